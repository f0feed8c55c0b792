"""`veldwerk session add|list|show|attend|attribute|import|record`: focus groups and meetings with several participants."""
import sys
from pathlib import Path

from desktop.commands.common import add_study_arg, open_study, print_table
from storage.consent.forms import ConsentItem
from storage.sessions.kinds import SessionKind


def register(sub) -> None:
    kinds = ", ".join(k.value.replace("_", " ") for k in SessionKind if k.is_session)
    session = sub.add_parser(
        "session", help="focus groups and meetings: who was present, who spoke",
        description="A session is recorded, imported and transcribed like an interview, with several participants "
        "present. Recording, importing and transcribing need the consent of everyone present; a speaker label "
        "attributed to a participant makes their codings count for their role, and their consent to quoting "
        "decides whether their words appear in exports.",
    )
    commands = session.add_subparsers(dest="session_command", metavar="ACTION", required=True)

    add = commands.add_parser("add", help="add a session with the participants present; prints its number")
    add_study_arg(add)
    add.add_argument("kind", metavar="KIND", help=f"{kinds} (also Dutch: focusgroep, bijeenkomst)")
    add.add_argument("participants", nargs="+", metavar="CODE", help="participant codes present; the first is "
                     "the session's participant of record")
    add.add_argument("--date", help="YYYY-MM-DD (default today)")
    add.add_argument("--interviewer", default="", help="who led the session")
    add.add_argument("--location", default="", help="where")
    add.add_argument("--notes", default="")
    add.set_defaults(func=_add)

    listing = commands.add_parser("list", help="list sessions with who was present")
    add_study_arg(listing)
    listing.set_defaults(func=_list)

    show = commands.add_parser("show", help="who was present (role, consent) and the speaker labels of a session")
    add_study_arg(show)
    show.add_argument("session", type=int, metavar="SESSION", help="the session's number")
    show.set_defaults(func=_show)

    attend = commands.add_parser("attend", help="add participants to those present (all or nothing)")
    add_study_arg(attend)
    attend.add_argument("session", type=int, metavar="SESSION")
    attend.add_argument("participants", nargs="+", metavar="CODE")
    attend.set_defaults(func=_attend)

    attribute = commands.add_parser("attribute", help="make a participant present the speaker of a speaker label")
    add_study_arg(attribute)
    attribute.add_argument("session", type=int, metavar="SESSION")
    attribute.add_argument("label", metavar="LABEL", help="a speaker label of the transcript, e.g. S2")
    who = attribute.add_mutually_exclusive_group(required=True)
    who.add_argument("participant", nargs="?", metavar="CODE", help="a participant present, e.g. R03")
    who.add_argument("--clear", action="store_true", help="take the label's attribution away")
    attribute.set_defaults(func=_attribute)

    imp = commands.add_parser("import", help="import an audio or video file as the session's recording")
    add_study_arg(imp)
    imp.add_argument("session", type=int, metavar="SESSION")
    imp.add_argument("audio", metavar="AUDIO")
    imp.set_defaults(func=_import)

    record = commands.add_parser("record", help="record the session (level meter on stderr; Ctrl+C stops and saves)")
    add_study_arg(record)
    record.add_argument("session", type=int, metavar="SESSION")
    record.add_argument("--device", help="input device index or name (see `veldwerk devices`)")
    record.add_argument("--seconds", type=float, help="stop after this many seconds of audio")
    record.add_argument("--rate", type=int, choices=(16000, 48000), default=16000, help="sample rate (default 16000)")
    record.set_defaults(func=_record)


def _add(args) -> int:
    with open_study(args.dir) as study:
        session_id = study.sessions.create(args.kind, args.participants, date=args.date, interviewer=args.interviewer,
                                           location=args.location, notes=args.notes)
    print(session_id)
    return 0


def _list(args) -> int:
    with open_study(args.dir) as study:
        rows = study.sessions.list()
    for row in rows:
        row["kind"] = SessionKind(row["kind"]).label_en.lower()
        row["present"] = " ".join(row["present"])
        row["speakers"] = " ".join(f"{label}={code}" for label, code in row["speakers"].items())
        row["duration"] = round(row["duration"], 1)
    print_table(rows, ["id", "kind", "date", "present", "speakers", "duration", "transcript_state"])
    return 0


def _show(args) -> int:
    with open_study(args.dir) as study:
        study.sessions.require_session(args.session)
        speakers = study.sessions.attributions(args.session)
        rows = []
        for person in study.sessions.present(args.session):
            rows.append({"participant": person["code"], "role": person["role"],
                         "consent": study.consent.state(person["id"]),
                         "quotes": "yes" if study.consent.allows(person["id"], ConsentItem.QUOTES) else "no",
                         "speaker": " ".join(label for label, code in speakers.items() if code == person["code"])})
        unattributed = [label for label in study.sessions.speaker_labels(args.session) if label not in speakers]
    print_table(rows, ["participant", "role", "consent", "quotes", "speaker"])
    if unattributed:
        print(f"Not attributed: {' '.join(unattributed)}")
    return 0


def _attend(args) -> int:
    with open_study(args.dir) as study:
        added = study.sessions.attend(args.session, args.participants)
    print(" ".join(added))
    return 0


def _attribute(args) -> int:
    with open_study(args.dir) as study:
        label = study.sessions.attribute(args.session, args.label, None if args.clear else args.participant)
        code = study.sessions.attributions(args.session).get(label, "")
    print(f"{label}={code}")
    return 0


def _import(args) -> int:
    from transcribe.importing import import_audio

    with open_study(args.dir) as study:
        session_id = import_audio(study, None, Path(args.audio), session=args.session,
                                  on_warning=lambda text: print(f"veldwerk: WARNING: {text}", file=sys.stderr))
    print(session_id)
    return 0


def _record(args) -> int:
    from desktop.commands.record import _Meter
    from storage.errors import VeldwerkError
    from transcribe.capture.devices import resolve_device
    from transcribe.capture.recorder import record_to_sink
    from transcribe.capture.takes import begin_session_take

    device = resolve_device(int(args.device) if args.device and args.device.isdigit() else args.device)
    with open_study(args.dir) as study:
        writer = begin_session_take(study, args.session, sample_rate=args.rate)
        result = record_to_sink(
            writer, device=device.index, seconds=args.seconds, samplerate=args.rate, on_level=_Meter(),
            on_error=lambda issue: print(f"\nveldwerk: {issue.message}", file=sys.stderr), disk_path=study.path,
            on_start=lambda recorder: print(f"Recording session {args.session} from {device.name}. Ctrl+C stops "
                                            "and saves.", file=sys.stderr, flush=True),
        )
        sys.stderr.write("\n")
        if result.saved is None or not result.frames:
            raise VeldwerkError(f"Nothing was recorded ({result.ended_by}).")
        print(f"Saved {result.seconds:.1f} s ({result.ended_by}).", file=sys.stderr)
    print(args.session)
    return 0 if result.ended_by in ("stopped", "interrupted", "duration") else 2
