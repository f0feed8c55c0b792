"""`veldwerk code add|list|remove`: code transcript text by time range, for scripts and tests."""
from desktop.commands.common import add_study_arg, open_study, print_table
from storage.errors import VeldwerkError


def register(sub) -> None:
    code = sub.add_parser("code", help="code transcript text by time range and list codings")
    commands = code.add_subparsers(dest="code_command", metavar="ACTION", required=True)

    add = commands.add_parser("add", help="code the words of an interview between two times")
    add_study_arg(add)
    add.add_argument("--interview", type=int, required=True, metavar="ID")
    add.add_argument("--start", type=float, required=True, metavar="SECONDS")
    add.add_argument("--end", type=float, required=True, metavar="SECONDS")
    add.add_argument("--code", required=True, metavar="KEY", help="code key, e.g. beeldvorming, trots, oplossingen")
    add.add_argument("--about", metavar="ROLE", help="for perception codes: the role the statement is about")
    add.add_argument("--memo", default="", metavar="TEXT")
    add.add_argument("--author", default="", metavar="NAME")
    add.set_defaults(func=_add)

    listing = commands.add_parser("list", help="list codings (no transcript text)")
    add_study_arg(listing)
    listing.add_argument("--interview", type=int, metavar="ID")
    listing.add_argument("--code", metavar="KEY")
    listing.set_defaults(func=_list)

    remove = commands.add_parser("remove", help="remove a coding")
    add_study_arg(remove)
    remove.add_argument("coding", type=int, metavar="CODING_ID")
    remove.set_defaults(func=_remove)


def _add(args) -> int:
    if args.start < 0 or args.end <= args.start:
        raise VeldwerkError("Give a time range with 0 <= --start < --end (in seconds).")
    with open_study(args.dir) as study:
        study.interviews.get(args.interview)
        coding_id = study.codings.add_by_time(
            args.interview, args.start, args.end, args.code, about_role=args.about, memo=args.memo, author=args.author
        )
    print(coding_id)
    return 0


def _list(args) -> int:
    with open_study(args.dir) as study:
        transcript_id = None
        if args.interview is not None:
            study.interviews.get(args.interview)
            transcript = study.transcripts.for_interview(args.interview)
            if transcript is None:
                raise VeldwerkError(f"Interview {args.interview} has no transcript yet.")
            transcript_id = transcript.id
        if args.code:
            study.codebook.get(args.code)
        rows = study.codings.list(transcript_id=transcript_id, code=args.code)
    table = [dict(id=c.id, interview_id=c.interview_id, participant=c.participant, role=c.role, code=c.code,
                  about=c.about_role or "", start=round(c.start_time or 0, 1), end=round(c.end_time or 0, 1),
                  memo="yes" if c.memo else "") for c in rows]
    print_table(table, ["id", "interview_id", "participant", "role", "code", "about", "start", "end", "memo"])
    return 0


def _remove(args) -> int:
    with open_study(args.dir) as study:
        study.codings.remove(args.coding)
    return 0
