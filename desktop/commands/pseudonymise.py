"""`veldwerk pseudonymise ...`: review what exports replace, per interview and for the whole study.

These commands print the detected terms (names, places...) themselves: that is the review.
They never print transcript text.
"""
from desktop.commands.common import add_study_arg, open_study, print_table
from storage.pseudonymise.deidentify import PLACEHOLDERS
from storage.timefmt import clock


def _interview(parser) -> None:
    parser.add_argument("--interview", type=int, required=True, metavar="ID")


def register(sub) -> None:
    pseudo = sub.add_parser("pseudonymise", help="review the replacements exports make (names, places, numbers...)")
    commands = pseudo.add_subparsers(dest="pseudonymise_command", metavar="ACTION", required=True)

    scan = commands.add_parser("scan", help="detect names, places, phone numbers, e-mail addresses and dates now")
    add_study_arg(scan)
    scan.add_argument("--interview", type=int, metavar="ID", help="only this interview (default: all)")
    scan.set_defaults(func=_scan)

    listing = commands.add_parser("list", help="the proposed replacements of an interview and the decisions on them")
    add_study_arg(listing)
    _interview(listing)
    listing.set_defaults(func=_list)

    accept = commands.add_parser("accept", help="replace a proposed term (by its placeholder, or --as TEXT)")
    add_study_arg(accept)
    _interview(accept)
    accept.add_argument("term", metavar="TERM")
    accept.add_argument("--as", dest="replacement", default="", metavar="TEXT")
    accept.set_defaults(func=_accept)

    reject = commands.add_parser("reject", help="keep a proposed term as it is in this interview")
    add_study_arg(reject)
    _interview(reject)
    reject.add_argument("term", metavar="TERM")
    reject.set_defaults(func=_reject)

    add = commands.add_parser("add", help="replace a term the detector missed, everywhere in this interview")
    add_study_arg(add)
    _interview(add)
    add.add_argument("term", metavar="TERM")
    add.add_argument("--kind", default="naam", choices=sorted(PLACEHOLDERS), help="what it is (default naam)")
    add.add_argument("--as", dest="replacement", default="", metavar="TEXT", help="replacement (default: the kind's placeholder)")
    add.set_defaults(func=_add)

    undo = commands.add_parser("undo", help="forget the decision about a term in this interview")
    add_study_arg(undo)
    _interview(undo)
    undo.add_argument("term", metavar="TERM")
    undo.set_defaults(func=_undo)

    replace = commands.add_parser("replace", help="study-wide: always replace TERM (e.g. a nickname) --with TEXT (e.g. R03)")
    add_study_arg(replace)
    replace.add_argument("term", metavar="TERM")
    replace.add_argument("--with", dest="replacement", required=True, metavar="TEXT")
    replace.set_defaults(func=_replace)

    keep = commands.add_parser("keep", help="study-wide: never replace TERM (e.g. the study's town)")
    add_study_arg(keep)
    keep.add_argument("term", metavar="TERM")
    keep.set_defaults(func=_keep)

    unlist = commands.add_parser("unlist", help="remove TERM from the study's replacement list")
    add_study_arg(unlist)
    unlist.add_argument("term", metavar="TERM")
    unlist.set_defaults(func=_unlist)

    shown = commands.add_parser("replacements", help="show the study's replacement list")
    add_study_arg(shown)
    shown.set_defaults(func=_replacements)

    known = commands.add_parser(
        "known", help="study-wide: names or places you expect to come up; always replaced, and Whisper's hotwords",
        description="Put names or places that are likely to come up on the study's replacement list before "
        "transcribing: every export replaces them by the kind's placeholder, and transcription is primed with "
        "them so they are spelled the same way every time. Without TERM: list them.")
    add_study_arg(known)
    known.add_argument("terms", nargs="*", metavar="TERM", help="a name or place (quote a name of several words)")
    known.add_argument("--kind", default="naam", choices=sorted(PLACEHOLDERS), help="what they are (default naam)")
    known.set_defaults(func=_known)

    hot = commands.add_parser("hotwords", help="show the words transcription is primed with (glossary, then the list)")
    add_study_arg(hot)
    hot.set_defaults(func=_hotwords)

    review = commands.add_parser("review", help="an interview's proposals ranked by risk, with where they are in the audio")
    add_study_arg(review)
    _interview(review)
    review.set_defaults(func=_review)

    finish = commands.add_parser("finish", help="mark an interview's pseudonymisation review finished")
    add_study_arg(finish)
    _interview(finish)
    finish.add_argument("--by", default=None, metavar="NAME", help="who reviewed it (default: your login name)")
    finish.set_defaults(func=_finish)

    reopen = commands.add_parser("reopen", help="mark an interview's review not finished again")
    add_study_arg(reopen)
    _interview(reopen)
    reopen.set_defaults(func=_reopen)

    status = commands.add_parser("status", help="whether each interview's review is finished (exports say so too)")
    add_study_arg(status)
    status.add_argument("--interview", type=int, metavar="ID", help="only this interview (default: all transcribed)")
    status.set_defaults(func=_status)


def _reviewer(study):
    from storage.pseudonymise.pseudonymiser import Pseudonymiser

    return Pseudonymiser(study)


def _scan(args) -> int:
    with open_study(args.dir) as study:
        reviewer = _reviewer(study)
        if args.interview is not None:
            ids = [study.interviews.get(args.interview).id]
        else:
            ids = [i.id for i in study.interviews.list() if i.transcript_state != "none"]
        total = sum(reviewer.scan(i) for i in ids)
    print(f"{total} text(s) scanned in {len(ids)} interview(s)")
    return 0


def _list(args) -> int:
    with open_study(args.dir) as study:
        rows = _reviewer(study).proposals(args.interview)
    print_table(rows, ["term", "kind_label", "count", "decision", "replacement"])
    return 0


def _accept(args) -> int:
    with open_study(args.dir) as study:
        _reviewer(study).accept(args.interview, args.term, replacement=args.replacement)
    return 0


def _reject(args) -> int:
    with open_study(args.dir) as study:
        _reviewer(study).reject(args.interview, args.term)
    return 0


def _add(args) -> int:
    with open_study(args.dir) as study:
        _reviewer(study).add(args.interview, args.term, kind=args.kind, replacement=args.replacement)
    return 0


def _undo(args) -> int:
    with open_study(args.dir) as study:
        _reviewer(study).undo(args.interview, args.term)
    return 0


def _replace(args) -> int:
    with open_study(args.dir) as study:
        _reviewer(study).replace_everywhere(args.term, args.replacement)
    return 0


def _keep(args) -> int:
    with open_study(args.dir) as study:
        _reviewer(study).keep_everywhere(args.term)
    return 0


def _unlist(args) -> int:
    with open_study(args.dir) as study:
        _reviewer(study).remove_from_list(args.term)
    return 0


def _replacements(args) -> int:
    with open_study(args.dir) as study:
        rows = _reviewer(study).replacement_list()
    print_table(rows, ["term", "action", "replacement"])
    return 0


def _known(args) -> int:
    from storage.pseudonymise.known_names import add_many, known

    with open_study(args.dir) as study:
        if args.terms:
            added = add_many(study, args.terms, args.kind)
            print(f"{added} term(s) added: always replaced by {PLACEHOLDERS[args.kind]}, and primed for transcription")
            return 0
        rows = known(study)
    print_table(rows, ["term", "kind"])
    return 0


def _hotwords(args) -> int:
    from storage.pseudonymise.known_names import hotwords

    with open_study(args.dir) as study:
        words = hotwords(study)
    for word in words:
        print(word)
    return 0


def _review(args) -> int:
    from storage.pseudonymise.review_list import review_items

    with open_study(args.dir) as study:
        study.interviews.get(args.interview)
        rows = review_items(study, args.interview)
    for row in rows:
        row["risk"] = f"{row['risk']:.2f}" + (" ?" if row["possible"] else "")
        row["at"] = clock(row["start"], missing="-")
    print_table(rows, ["risk", "term", "kind_label", "count", "at", "decision"])  # never the transcript text
    return 0


def _line(interview, status) -> str:
    from storage.pseudonymise.review_state import ReviewStatus

    state = status["status"]
    done = f" {status['finished_at']}" + (f" by {status['finished_by']}" if status["finished_by"] else "")
    text = {ReviewStatus.FINISHED: "finished" + done, ReviewStatus.CHANGED: "NOT finished (changed after the review of"
            + done + ")", ReviewStatus.UNREVIEWED: "NOT finished"}[state]
    return f"{interview.id}\t{interview.participant}\t{text}"


def _finish(args) -> int:
    from storage.pseudonymise.review_state import ReviewState

    with open_study(args.dir) as study:
        status = ReviewState(study).finish(args.interview, by=args.by)
        print(_line(study.interviews.get(args.interview), status))
    return 0


def _reopen(args) -> int:
    from storage.pseudonymise.review_state import ReviewState

    with open_study(args.dir) as study:
        ReviewState(study).reopen(args.interview)
    return 0


def _status(args) -> int:
    from storage.pseudonymise.review_state import ReviewState

    with open_study(args.dir) as study:
        reviews = ReviewState(study)
        if args.interview is not None:
            interviews = [study.interviews.get(args.interview)]
        else:
            interviews = [i for i in study.interviews.list() if i.transcript_state != "none"]
        for interview in interviews:
            print(_line(interview, reviews.status(interview.id)))
    return 0
