"""`veldwerk consent record|show|verify|form|add-form|settings`: the consent ledger from the command line."""
import datetime
import json
import re
import sys
from pathlib import Path

from desktop.commands.common import add_study_arg, open_study, print_table
from storage.errors import DeviceError, NotAudio, VeldwerkError
from storage.messages import technical

DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def register(sub) -> None:
    consent = sub.add_parser("consent", help="record, show and verify participants' consent")
    commands = consent.add_subparsers(dest="consent_command", metavar="ACTION", required=True)

    record = commands.add_parser("record", help="record a participant's consent (a new ledger entry)")
    add_study_arg(record)
    record.add_argument("--participant", required=True, help="pseudonym code such as R01")
    record.add_argument("--items", default="", help="items agreed to, e.g. 1,2,3,5 (items not named are declined)")
    record.add_argument("--declined", default="", help="items explicitly declined, e.g. 4")
    record.add_argument("--method", required=True, choices=["verbal", "written"], help="verbal needs a consent clip")
    clip = record.add_mutually_exclusive_group()
    clip.add_argument("--clip", metavar="AUDIO", help="an audio file with the spoken consent")
    clip.add_argument("--record-clip", metavar="SECONDS", type=float, help="record the spoken consent now, for SECONDS")
    record.add_argument("--device", help="input device for --record-clip (number or name)")
    record.add_argument("--researcher", required=True, help="who took the consent")
    record.add_argument("--form-version", type=int, help="the form version read out (default: the current one)")
    record.set_defaults(func=_record)

    show = commands.add_parser("show", help="a participant's current consent and its history")
    add_study_arg(show)
    show.add_argument("--participant", required=True, help="pseudonym code such as R01")
    show.set_defaults(func=_show)

    verify = commands.add_parser("verify", help="recompute the ledger's hash chain, forms and consent clips")
    add_study_arg(verify)
    verify.set_defaults(func=_verify)

    form = commands.add_parser("form", help="print a consent form to read aloud")
    add_study_arg(form)
    which = form.add_mutually_exclusive_group()
    which.add_argument("--version", type=int, help="form version (default: the current one)")
    which.add_argument("--language", help="the newest form in this language, e.g. en")
    form.set_defaults(func=_form)

    add_form = commands.add_parser("add-form", help="add a new version of the consent form from a JSON file")
    add_study_arg(add_form)
    add_form.add_argument("--file", required=True, help='JSON: {"language", "title", "text", "items": [{"number", "text"}]}')
    add_form.set_defaults(func=_add_form)

    settings = commands.add_parser("settings", help="the retention date and contact the form names")
    add_study_arg(settings)
    settings.add_argument("--retention-until", metavar="YYYY-MM-DD", help="date until which the data is kept")
    settings.add_argument("--contact", help="who participants contact with questions or to withdraw")
    settings.set_defaults(func=_settings)


def parse_items(text: str, option: str) -> list[int]:
    """'1,2,3' → [1, 2, 3]; a clear error for anything else."""
    items = []
    for part in (text or "").replace(" ", "").split(","):
        if not part:
            continue
        if not part.isdigit() or int(part) < 1:
            raise VeldwerkError(key="consent.cli.items", option=option, text=text)
        items.append(int(part))
    return items


def _answers(args) -> dict[int, bool]:
    given = parse_items(args.items, "--items")
    declined = parse_items(args.declined, "--declined")
    both = sorted(set(given) & set(declined))
    if both:
        raise VeldwerkError(key="consent.cli.both", item=both[0])
    return {**{n: False for n in declined}, **{n: True for n in given}}


def _record(args) -> int:
    answers = _answers(args)
    if args.method == "verbal" and not args.clip and args.record_clip is None:
        raise VeldwerkError(key="consent.cli.verbal_clip")
    if args.clip and not Path(args.clip).is_file():
        raise NotAudio(key="consent.cli.no_clip", path=args.clip)
    if args.record_clip is not None and not args.record_clip > 0:
        raise VeldwerkError(key="consent.cli.clip_seconds")
    with open_study(args.dir) as study:
        ledger = study.consent
        checked = ledger.validate(args.participant, answers, args.method, args.researcher, args.form_version)
        pid = checked["person"]["id"]
        if args.clip:
            from transcribe.decode import decode_pcm16

            pcm, rate = decode_pcm16(args.clip)
            with study.transaction():
                clip_id = study.recordings.add_pcm(
                    interview_id=None, participant_id=pid, pcm=pcm, sample_rate=rate, kind="consent_clip",
                    source_name=Path(args.clip).name,
                )
                rec = ledger.record(args.participant, answers, args.method, args.researcher, clip_id, args.form_version)
        elif args.record_clip is not None:
            clip_id = _record_clip(study, pid, args.record_clip, args.device)
            try:
                rec = ledger.record(args.participant, answers, args.method, args.researcher, clip_id, args.form_version)
            except BaseException:
                study.recordings.delete(clip_id)
                raise
        else:
            rec = ledger.record(args.participant, answers, args.method, args.researcher, None, args.form_version)
    yes = ",".join(str(n) for n, v in rec["answers"].items() if v) or "none"
    no = ",".join(str(n) for n, v in rec["answers"].items() if not v) or "none"
    print(f"Consent of {rec['participant_code']} recorded (ledger record {rec['id']}, form version "
          f"{rec['form_version']}): agreed {yes}; declined {no}.")
    return 0


def _record_clip(study, participant_id: int, seconds: float, device) -> int:
    """Record the spoken consent from the microphone; returns the clip's recording id."""
    from transcribe.capture.recorder import record_to_sink

    if device is not None and str(device).isdigit():
        device = int(device)
    from transcribe.capture.takes import begin_consent_clip

    writer = begin_consent_clip(study, participant_id, sample_rate=16000)
    try:
        print(f"Recording the consent clip for {seconds:g} s (Ctrl+C stops)...", file=sys.stderr)
        result = record_to_sink(writer, device=device, seconds=seconds, samplerate=16000)
    except BaseException:
        writer.abort()
        raise
    clip_id = result.saved if isinstance(result.saved, int) else writer.recording_id
    if not result.frames:
        study.recordings.delete(clip_id)
        raise DeviceError(key="consent.cli.clip_empty", ended=result.ended_by)
    if result.ended_by not in ("duration", "stopped", "interrupted"):
        print(f"Note: the consent clip ended early ({result.ended_by}); {result.seconds:.1f} s were kept.", file=sys.stderr)
    return clip_id


def _show(args) -> int:
    with open_study(args.dir) as study:
        ledger = study.consent
        person = study.participants.get(args.participant)
        state = ledger.state(person["id"])
        current = ledger.current(person["id"])
        history = ledger.history(person["id"])
    from storage.consent.ledger import purpose

    print(f"participant: {person['code']}")
    print(f"state: {state}")
    for number, allowed in current.items():
        print(f"  item {number} ({purpose(number)}): {'yes' if allowed else 'no'}")
    rows = []
    for rec in history:
        rows.append({
            "record": rec["id"], "time": rec["created_at"], "kind": rec["kind"], "method": rec["method"],
            "form": rec["form_version"], "researcher": rec["researcher"],
            "yes": ",".join(str(n) for n, v in rec["answers"].items() if v) if rec["kind"] == "consent" else "",
            "no": ",".join(str(n) for n, v in rec["answers"].items() if not v),
            "clip": rec["clip_recording_id"],
        })
    print()
    print_table(rows, ["record", "time", "kind", "method", "form", "researcher", "yes", "no", "clip"])
    return 0


def _verify(args) -> int:
    with open_study(args.dir) as study:
        result = study.consent.verify()
    if not result.ok:
        raise VeldwerkError(key="consent.cli.broken", record=result.first_broken.record_id,
                            reason=result.first_broken.reason, checked=result.checked)
    print(f"The consent ledger is intact: {result.checked} record(s), their forms and consent clips check out.")
    print(f"head: {result.head}")
    return 0


def _form(args) -> int:
    with open_study(args.dir) as study:
        forms = study.consent.forms
        form = forms.get(args.version) if args.version is not None else forms.current(args.language)
        if args.language and form["language"] != args.language:
            raise VeldwerkError(key="consent.cli.no_form_in", language=args.language)
        text = forms.render(form["version"])
    print(f"[consent form version {form['version']}, {form['language']}, sha256 {form['sha256'][:16]}]")
    print()
    print(text, end="")
    return 0


def _add_form(args) -> int:
    path = Path(args.file)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise VeldwerkError(key="consent.cli.cannot_read", path=str(path), reason=technical(exc.strerror or exc)) from None
    except ValueError as exc:
        raise VeldwerkError(key="consent.cli.not_json", path=str(path), detail=technical(exc)) from None
    if not isinstance(data, dict):
        raise VeldwerkError(key="consent.cli.not_object", path=str(path))
    text = data.get("text", "")
    if isinstance(text, list):
        text = "\n\n".join(str(t) for t in text)
    with open_study(args.dir) as study:
        version = study.consent.add_form(str(text), data.get("items"), data.get("language", "nl"), data.get("title", ""))
    print(version)
    return 0


def _settings(args) -> int:
    if args.retention_until is not None:
        try:
            if not DATE.match(args.retention_until):
                raise ValueError
            datetime.date.fromisoformat(args.retention_until)
        except ValueError:
            raise VeldwerkError(key="consent.cli.retention_date", value=args.retention_until) from None
    if args.contact is not None and not args.contact.strip():
        raise VeldwerkError(key="consent.cli.contact_empty")
    with open_study(args.dir) as study:
        if args.retention_until is not None:
            study.set_setting("retention_until", args.retention_until)
        if args.contact is not None:
            study.set_setting("consent_contact", args.contact.strip())
        print(f"retention_until: {study.get_setting('retention_until') or '(not set)'}")
        print(f"contact: {study.get_setting('consent_contact') or '(not set)'}")
    return 0


_NAMES = {
    "interviews": "interview(s)", "recordings": "recording(s), consent clips included", "audio_chunks": "audio chunk(s)",
    "transcripts": "transcript(s)", "segments": "transcript segment(s)", "codings": "coding(s)",
    "pseudonym_list": "term(s) of the replacement list that only they mentioned",
    "theme_fragments": "fragment(s) from solution themes", "action_parties": "place(s) as owner or member of an action "
    "(the actions stay)", "action_links": "link(s) from actions to their interviews",
}


def print_withdrawal(summary: dict) -> None:
    """What a withdrawal did, for the researcher to confirm to the participant."""
    from storage.consent.ledger import purpose

    code = summary["participant"]
    if "items" in summary:
        names = "; ".join(f"{n} ({purpose(n)})" for n in summary["items"])
        print(f"{code} withdrew consent to item {names}.")
        print(f"Recorded in consent ledger record {summary['record']}. Their recordings and transcripts are kept;")
        print("withdraw everything (without --items) to delete them.")
        return
    print(f"{code} withdrew from the study. Deleted:")
    for table, count in summary["deleted"].items():
        print(f"  {count} {_NAMES.get(table, 'row(s) of ' + table)}")
    print("  the participant's notes")
    print(f"Consent ledger record {summary['record']} keeps only the code {code}, the time and the hashes.")
    if not summary.get("log_emptied", True):
        print("Note: another window or job has this study open; close it so the write-ahead log is emptied.")
