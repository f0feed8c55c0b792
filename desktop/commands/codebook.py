"""`veldwerk codebook import|list`."""
from desktop.commands.common import add_study_arg, open_study, print_table


def register(sub) -> None:
    codebook = sub.add_parser("codebook", help="list the codebook or import a REFI-QDA codebook (.qdc)")
    commands = codebook.add_subparsers(dest="codebook_command", metavar="ACTION", required=True)

    imp = commands.add_parser("import", help="add the codes of a REFI-QDA .qdc codebook (codes with the same name are kept)")
    add_study_arg(imp)
    imp.add_argument("file", metavar="FILE.qdc", help="the REFI-QDA codebook to import")
    imp.set_defaults(func=_import)

    listing = commands.add_parser("list", help="list the codes: key, label, colour, number of codings")
    add_study_arg(listing)
    listing.set_defaults(func=_list)


def _import(args) -> int:
    from storage.codebook_import import import_codebook

    with open_study(args.dir) as study:
        result = import_codebook(study, args.file)
    for code in result.added:
        under = f" (under {code['parent']})" if code["parent"] else ""
        print(f"added\t{code['key']}\t{code['label']}{under}")
    for code in result.skipped:
        print(f"skipped\t{code['key']}\t{code['label']} (a code with this name exists; kept as it is)")
    print(f"{len(result.added)} added, {len(result.skipped)} skipped")
    return 0


def _list(args) -> int:
    with open_study(args.dir) as study:
        codes = study.codebook.list()
    keys = {c["id"]: c["key"] for c in codes}
    rows = [
        {"key": c["key"], "label": c["label_nl"], "colour": c["color"], "count": c["count"], "parent": keys.get(c["parent_id"], "")}
        for c in codes
    ]
    print_table(rows, ["key", "label", "colour", "count", "parent"])
    return 0
