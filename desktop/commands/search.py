"""`veldwerk search DIR QUERY`."""
from desktop.commands.common import add_study_arg, open_study, print_table
from storage.timefmt import hhmmss


def register(sub) -> None:
    search = sub.add_parser("search", help="full-text search over the study's transcripts")
    add_study_arg(search)
    search.add_argument("query", metavar="QUERY", help="words to find (case and accents ignored)")
    search.add_argument("--limit", type=int, default=50)
    search.set_defaults(func=_search)


def _search(args) -> int:

    with open_study(args.dir) as study:
        rows = study.search(args.query, limit=args.limit)
    for row in rows:
        row["time"] = hhmmss(row["start"])
    print_table(rows, ["interview_id", "participant", "segment_id", "time", "snippet"])
    return 0
