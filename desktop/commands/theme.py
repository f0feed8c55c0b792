"""`veldwerk theme add|list|show|attach|detach|rename`: solution themes and the fragments that support them."""
from desktop.commands.common import add_study_arg, open_study, print_table
from storage.actions.themes import SOLUTIONS_CODE, support_line


def register(sub) -> None:
    theme = sub.add_parser(
        "theme", help="group solution fragments into named solution themes",
        description=f"A solution theme groups fragments coded {SOLUTIONS_CODE!r} (Oplossingsrichtingen); one fragment "
        "may support several themes. A theme is named by its number or its name (any case).",
    )
    commands = theme.add_subparsers(dest="theme_command", metavar="ACTION", required=True)

    add = commands.add_parser("add", help="add a theme; prints its number")
    add_study_arg(add)
    add.add_argument("name", metavar="NAME", help='the theme\'s name, e.g. "Vast aanspreekpunt"')
    add.add_argument("--description", default="", metavar="TEXT")
    add.set_defaults(func=_add)

    listing = commands.add_parser("list", help="list themes with their fragments, support by role and actions")
    add_study_arg(listing)
    listing.set_defaults(func=_list)

    show = commands.add_parser("show", help="list the fragments (codings) supporting a theme (no transcript text)")
    add_study_arg(show)
    show.add_argument("theme", metavar="THEME", help="number or name")
    show.set_defaults(func=_show)

    for name, verb, func in (("attach", "let solution fragments support a theme", _attach),
                             ("detach", "take fragments out of a theme", _detach)):
        parser = commands.add_parser(name, help=verb + " (all or nothing)")
        add_study_arg(parser)
        parser.add_argument("theme", metavar="THEME", help="number or name")
        parser.add_argument("codings", nargs="+", metavar="CODING_ID", help="coding numbers (see `veldwerk code list`)")
        parser.set_defaults(func=func)

    rename = commands.add_parser("rename", help="give a theme another name")
    add_study_arg(rename)
    rename.add_argument("theme", metavar="THEME", help="number or current name")
    rename.add_argument("name", metavar="NEW_NAME")
    rename.set_defaults(func=_rename)


def _add(args) -> int:
    with open_study(args.dir) as study:
        theme_id = study.themes.add(args.name, args.description)
    print(theme_id)
    return 0


def _list(args) -> int:
    with open_study(args.dir) as study:
        rows = study.themes.list()
    for row in rows:
        row["support"] = support_line(row["support"])
    print_table(rows, ["id", "name", "fragments", "support", "actions"])
    return 0


def _show(args) -> int:
    with open_study(args.dir) as study:
        rows = study.themes.fragments(args.theme)
    table = [dict(id=c.id, interview_id=c.interview_id, participant=c.participant, role=c.role, code=c.code,
                  start=round(c.start_time or 0, 1), end=round(c.end_time or 0, 1)) for c in rows]
    print_table(table, ["id", "interview_id", "participant", "role", "code", "start", "end"])
    return 0


def _attach(args) -> int:
    with open_study(args.dir) as study:
        count = study.themes.attach(args.theme, args.codings)
    print(count)
    return 0


def _detach(args) -> int:
    with open_study(args.dir) as study:
        count = study.themes.detach(args.theme, args.codings)
    print(count)
    return 0


def _rename(args) -> int:
    with open_study(args.dir) as study:
        study.themes.rename(args.theme, args.name)
    return 0
