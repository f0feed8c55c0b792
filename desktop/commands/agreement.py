"""`veldwerk agreement DIR [--interview ID] [--level char|segment] [--coder NAME ...] [--out FILE.xlsx]`."""
from desktop.commands.common import add_study_arg, open_study, print_table


def register(sub) -> None:
    agreement = sub.add_parser(
        "agreement",
        help="how far researchers who coded the same interviews agree (per code and overall)",
        description="Compare the codings of two or more researchers (each coding's author) over the interviews "
        "they both coded: percentage agreement, Cohen's kappa (two coders) and Krippendorff's alpha (nominal), "
        "per code and over all codes.",
    )
    add_study_arg(agreement)
    agreement.add_argument("--interview", type=int, metavar="ID", help="only this interview")
    agreement.add_argument("--level", choices=["char", "segment"], default="char",
                           help="unit of comparison: each character (default) or each segment")
    agreement.add_argument("--coder", action="append", metavar="NAME",
                           help="compare only these researchers (repeat; default: every author)")
    agreement.add_argument("--out", metavar="FILE.xlsx", help="also write the figures as an .xlsx report")
    agreement.set_defaults(func=_agreement)


def _agreement(args) -> int:
    from storage.agreement import compare
    from storage.agreement_report import COLUMNS, rows, write_xlsx
    from storage.errors import VeldwerkError

    if args.out is not None and not args.out.lower().endswith(".xlsx"):
        raise VeldwerkError(f"The report is an .xlsx file; give a name ending in .xlsx, not {args.out!r}.")
    with open_study(args.dir) as study:
        result = compare(study, interview_id=args.interview, level=args.level, coders=args.coder)
        table = rows(study, result)
        written = write_xlsx(study, result, args.out) if args.out else None
    print(f"coders: {', '.join(result.coders)}")
    print(f"interviews: {', '.join(str(i) for i in result.interviews)}")
    print(f"level: {result.level.value}")
    print()
    print_table(table, COLUMNS)
    if written:
        print(f"\nreport: {written}")
    return 0
