"""`veldwerk interview import|list`."""
import sys
from pathlib import Path

from desktop.commands.common import add_study_arg, open_study, print_table


def register(sub) -> None:
    interview = sub.add_parser("interview", help="import audio as interviews and list them")
    commands = interview.add_subparsers(dest="interview_command", metavar="ACTION", required=True)

    imp = commands.add_parser("import", help="import audio or video files as new interviews")
    add_study_arg(imp)
    imp.add_argument("--participant", required=True, help="participant code, e.g. R01")
    imp.add_argument("--date", help="interview date (YYYY-MM-DD; default today)")
    imp.add_argument("--interviewer", default="", help="who held the interview")
    imp.add_argument("--location", default="", help="where")
    imp.add_argument("audio", nargs="+", metavar="AUDIO", help="audio or video file(s)")
    imp.set_defaults(func=_import)

    listing = commands.add_parser("list", help="list interviews")
    add_study_arg(listing)
    listing.add_argument("--participant", help="only this participant's")
    listing.set_defaults(func=_list)


def _import(args) -> int:
    from transcribe.importing import import_audio

    with open_study(args.dir) as study:
        ids = [
            import_audio(study, args.participant, Path(path), date=args.date, interviewer=args.interviewer,
                         location=args.location, on_warning=lambda text: print(f"veldwerk: WARNING: {text}", file=sys.stderr))
            for path in args.audio
        ]
    for interview_id in ids:
        print(interview_id)
    return 0


def _list(args) -> int:
    with open_study(args.dir) as study:
        rows = study.interviews.list(args.participant)
    table = [dict(id=i.id, participant=i.participant, date=i.date, duration=round(i.duration, 1),
                  transcript_state=i.transcript_state, recovered=int(i.recovered)) for i in rows]
    print_table(table, ["id", "participant", "date", "duration", "transcript_state", "recovered"])
    return 0
