"""`veldwerk researcher list|add`: the researchers whose names codings, memos and corrections carry.

Work as a researcher in any command with VELDWERK_RESEARCHER=NAME (or --researcher on `exchange`).
"""
from desktop.commands.common import add_study_arg, open_study, print_table


def register(sub) -> None:
    researcher = sub.add_parser("researcher", help="the study's researchers (names their codings carry)")
    commands = researcher.add_subparsers(dest="researcher_command", metavar="ACTION", required=True)
    listing = commands.add_parser("list", help="every researcher and how many codings they made")
    add_study_arg(listing)
    listing.set_defaults(func=_list)
    add = commands.add_parser("add", help="add a researcher (one name whatever its spelling)")
    add_study_arg(add)
    add.add_argument("name", metavar="NAME")
    add.set_defaults(func=_add)


def _list(args) -> int:
    with open_study(args.dir) as study:
        rows = study.researchers.list()
    for row in rows:
        row["since"] = row["since"] or ""
    print_table(rows, ["name", "since", "codings"])
    return 0


def _add(args) -> int:
    with open_study(args.dir) as study:
        print(study.researchers.add(args.name))
    return 0
