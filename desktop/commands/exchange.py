"""`veldwerk exchange export|import|conflicts|resolve|list`: team work between copies of one study.

Passphrases: the study's from VELDWERK_PASSPHRASE (or asked); the exchange file's from
VELDWERK_EXCHANGE_PASSPHRASE, else asked in a terminal (twice for a new file).
The researcher: --researcher NAME, else VELDWERK_RESEARCHER.
"""
import getpass
import os
import sys

from desktop.commands.common import add_study_arg, open_study, print_table, read_passphrase
from storage.errors import VeldwerkError
from storage.exchange.container import PASSPHRASE_ENV, SUFFIX
from storage.exchange.researchers import RESEARCHER_ENV


def register(sub) -> None:
    exchange = sub.add_parser(
        "exchange", help="exchange codings, memos, codebook changes and corrections with another copy of the study",
        description="Team work without a server: each researcher writes an encrypted exchange file of their "
        "changes; another copy of the same study merges it. Nothing is overwritten silently: what both sides "
        "changed is listed by `exchange conflicts` and decided with `exchange resolve`.",
    )
    commands = exchange.add_subparsers(dest="exchange_command", metavar="ACTION", required=True)

    export = commands.add_parser("export", help="write your changes since a point to an encrypted exchange file")
    add_study_arg(export)
    export.add_argument("--out", required=True, metavar="FILE",
                        help=f"the exchange file to write (outside any study folder; e.g. ellen-1{SUFFIX})")
    export.add_argument("--since", metavar="POINT", default="last",
                        help="'last' (your previous export from this copy; the default), 'all', a date "
                        "(2026-11-28), a time (2026-11-28T14:30) or the id of an earlier exchange")
    export.add_argument("--researcher", metavar="NAME", help=f"whose changes (default: ${RESEARCHER_ENV})")
    export.add_argument("--with-audio", action="store_true",
                        help="also the audio of the interviews these changes are in, for participants who consented "
                        "to recording and did not withdraw (a copy whose recording lacks its audio gets it back)")
    export.set_defaults(func=_export)

    merge = commands.add_parser("import", help="merge an exchange file into this copy of the study")
    add_study_arg(merge)
    merge.add_argument("file", metavar="FILE", help="the exchange file")
    merge.add_argument("--researcher", metavar="NAME", help=f"who merges (default: ${RESEARCHER_ENV})")
    merge.set_defaults(func=_import)

    listing = commands.add_parser("conflicts", help="what an import left for you to decide, both versions side by side")
    add_study_arg(listing)
    listing.add_argument("--all", action="store_true", help="also the resolved ones")
    listing.set_defaults(func=_conflicts)

    resolve = commands.add_parser("resolve", help="decide a conflict: keep this copy's version or take theirs")
    add_study_arg(resolve)
    resolve.add_argument("conflict", type=int, metavar="ID", help="the conflict's id (see `exchange conflicts`)")
    resolve.add_argument("--keep", required=True, choices=["mine", "theirs"], help="which version stays")
    resolve.add_argument("--researcher", metavar="NAME", help=f"who decides (default: ${RESEARCHER_ENV})")
    resolve.set_defaults(func=_resolve)

    history = commands.add_parser("list", help="exchange files written and merged on this copy")
    add_study_arg(history)
    history.set_defaults(func=_list)


def researcher_name(args) -> str:
    """--researcher, else VELDWERK_RESEARCHER, else ''."""
    return (getattr(args, "researcher", None) or os.environ.get(RESEARCHER_ENV) or "").strip()


def _exchange_passphrase(new: bool) -> str:
    """The exchange file's passphrase: the variable, else typed (twice for a new file) in a terminal."""
    if os.environ.get(PASSPHRASE_ENV) is not None:
        return read_passphrase(env=PASSPHRASE_ENV)
    if not sys.stdin.isatty():
        raise VeldwerkError(f"Set {PASSPHRASE_ENV} to the exchange file's passphrase, or run in a terminal to be asked.")
    if not new:
        return getpass.getpass("Passphrase of the exchange file: ")
    from storage.passphrase import require_acceptable

    first = getpass.getpass("New passphrase for the exchange file: ")
    require_acceptable(first)
    if getpass.getpass("Repeat it: ") != first:
        raise VeldwerkError("The two passphrases differ; nothing was written.")
    return first


def _export(args) -> int:
    from storage.exchange.collect import export
    from storage.exports.target import check_target
    from storage.passphrase import require_acceptable

    name = researcher_name(args)
    if not name:
        raise VeldwerkError(f"Say whose changes to export: --researcher NAME or set {RESEARCHER_ENV}.")
    check_target(args.out)
    with open_study(args.dir) as study:
        passphrase = _exchange_passphrase(new=True)
        require_acceptable(passphrase)
        summary = export(study, args.out, passphrase, researcher=name, since=args.since, with_audio=args.with_audio)
    counts = summary["counts"]
    print(f"exchange: {summary['id']}")
    print(f"researcher: {summary['researcher']}")
    print(f"since: {summary['since'] or 'the start'}")
    print(f"codings: {counts.get('coding', 0)}, removed codings: {counts.get('removal', 0)}, "
          f"corrected segments: {counts.get('segment', 0)}, codes: {counts.get('code', 0)}")
    if args.with_audio:
        print(f"audio: {counts.get('audio', 0)} recording(s)" + (
            f"; {counts['audio_no_consent']} interview(s) left out: no consent to recording"
            if counts.get("audio_no_consent") else ""))
    print(f"file: {summary['path']}")
    return 0


def _import(args) -> int:
    from storage.exchange.merge import merge

    with open_study(args.dir) as study:
        if researcher_name(args):
            study.researchers.use(researcher_name(args))
        summary = merge(study, args.file, _exchange_passphrase(new=False))
    if summary["already"]:
        print(f"{args.file} (exchange {summary['id']}) was merged into this copy before; nothing was changed.")
        return 0
    counts = summary["counts"]
    print(f"exchange: {summary['id']} from {summary['researcher']}")
    for key in sorted(counts):
        if key != "conflicts":
            print(f"{key.replace('_', ' ')}: {counts[key]}")
    conflicts = counts.get("conflicts", 0)
    print(f"conflicts: {conflicts}" + (f" (decide them: veldwerk exchange conflicts {args.dir})" if conflicts else ""))
    return 0


def _conflicts(args) -> int:
    from storage.exchange.conflicts import listing

    with open_study(args.dir) as study:
        rows = listing(study, all_=args.all)
    columns = ["id", "kind", "where", "researcher", "here", "there"] + (["resolution"] if args.all else [])
    print_table([{k: (v.replace("\t", " ").replace("\n", " ") if isinstance(v, str) else v) for k, v in r.items()}
                 for r in rows], columns)
    return 0


def _resolve(args) -> int:
    from storage.exchange.conflicts import resolve

    with open_study(args.dir) as study:
        if researcher_name(args):
            study.researchers.use(researcher_name(args))
        kept = resolve(study, args.conflict, args.keep)
    print(f"conflict {args.conflict}: kept {'this copy' if kept == 'mine' else 'their'} version")
    return 0


def _list(args) -> int:
    from storage.exchange.points import listing

    with open_study(args.dir) as study:
        rows = listing(study)
    for row in rows:
        row["since"] = row["since"] or "start"
        row["counts"] = ", ".join(f"{k} {v}" for k, v in sorted(row["counts"].items()))
    print_table(rows, ["id", "direction", "researcher", "at", "since", "counts"])
    return 0
