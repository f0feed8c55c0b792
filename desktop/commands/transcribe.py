"""`veldwerk transcribe` (a file, or an interview in a study) and `veldwerk models`."""
import sys
from pathlib import Path

from desktop.commands.common import open_study, print_table
from storage.errors import VeldwerkError


def register(sub) -> None:
    tr = sub.add_parser(
        "transcribe",
        help="transcribe an audio/video file, or an interview inside a study",
        description="Transcribe on this laptop with Whisper. AUDIO: writes txt/srt/vtt/json (to --out or stdout, only "
        "on success). DIR --interview ID: stores the transcript in the study; Ctrl+C keeps what is done and a rerun resumes.",
    )
    tr.add_argument("target", metavar="AUDIO|DIR", help="an audio or video file, or a study folder")
    tr.add_argument("--interview", type=int, help="interview id (when the target is a study)")
    tr.add_argument("--model", help="model name from `veldwerk models list`, or a model folder")
    tr.add_argument("--language", help="spoken language (default: nl, or the study's language; 'auto' detects)")
    tr.add_argument("--fast", action="store_true", help="draft mode: beam 3, one piece per batch, only the loop guard (slightly less accurate)")
    tr.add_argument("--threads", type=int, help="CPU threads (default: physical cores)")
    tr.add_argument("--device", default="auto", help="auto (an NVIDIA GPU when CTranslate2 sees one, float16; else the "
                    "CPU, int8), cpu or cuda (falls back to the CPU with a note when there is no GPU)")
    tr.add_argument("--format", choices=("txt", "srt", "vtt", "json"), help="output format for a file (default from --out, else txt)")
    tr.add_argument("--out", help="output file (default: stdout)")
    tr.add_argument("--speakers", metavar="N|auto", help="interviews: afterwards, label who spoke when (N speakers, "
                    "or 'auto' to estimate; on this laptop, nothing downloaded); the labels are a proposal to correct")
    tr.add_argument("--replace", action="store_true", help="replace a finished transcript (discards its edits and codings)")
    tr.set_defaults(func=_transcribe)

    models = sub.add_parser("models", help="the model library: list, add a model folder, remove one")
    commands = models.add_subparsers(dest="models_command", metavar="ACTION", required=True)
    commands.add_parser("list", help="list the models, with the speed measured on this computer").set_defaults(func=_models_list)
    calibrate = commands.add_parser("calibrate", help="measure each model's speed on this computer (a few seconds of "
                                    "the bundled Dutch sample) and store it")
    calibrate.add_argument("names", metavar="NAME", nargs="*", help="models to measure (default: every model)")
    calibrate.add_argument("--device", default="auto", help="auto, cpu or cuda")
    calibrate.set_defaults(func=_models_calibrate)
    add = commands.add_parser("add", help="add a CTranslate2 Whisper model folder (copied into the library)")
    add.add_argument("path", metavar="PATH")
    add.add_argument("--name", help="library name (default: the folder name)")
    add.add_argument("--link", action="store_true", help="refer to the folder instead of copying it")
    add.set_defaults(func=_models_add)
    remove = commands.add_parser("remove", help="remove a model from the library")
    remove.add_argument("name", metavar="NAME")
    remove.set_defaults(func=_models_remove)


class _Progress:
    """A tqdm bar on stderr fed by the engine's (fraction, elapsed, remaining) callback.

    The bar, and the device note above it, appear with the first progress report, so a refusal
    before the transcription starts (a bad model, a busy interview) is the only line printed, and
    stdout carries only the transcript.
    """

    def __init__(self, label: str, note: str = ""):
        self.label = label
        self.note = note
        self.bar = None

    def __call__(self, fraction: float, elapsed: float, remaining: float | None) -> None:
        if self.bar is None:
            from tqdm import tqdm

            if self.note:
                print(self.note, file=sys.stderr)

            self.bar = tqdm(total=100, desc=self.label, unit="%", file=sys.stderr,
                            bar_format="{desc}: {percentage:3.0f}%|{bar}| {postfix}")
        self.bar.n = round(fraction * 100, 1)
        left = "?" if remaining is None else f"{remaining:.0f}s"
        self.bar.set_postfix_str(f"elapsed {elapsed:.0f}s, remaining {left}", refresh=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _transcribe(args) -> int:
    from transcribe.engine import check_language, check_threads

    check_language(args.language)  # before any model, audio or transcript is touched
    check_threads(args.threads)
    from transcribe.device import choose_device

    args.choice = choose_device(args.device)
    args.device_note = f"Device: {args.choice.label}." + (f" {args.choice.note}" if args.choice.note else "")
    target = Path(args.target)
    if target.is_dir():
        return _transcribe_interview(args, target)
    if args.interview is not None:
        raise VeldwerkError(f"{target} is not a study folder; --interview needs one.")
    if args.speakers is not None:
        raise VeldwerkError("--speakers labels an interview in a study (DIR --interview ID), not a file.")
    return _transcribe_file(args, target)


def _transcribe_file(args, path: Path) -> int:
    from storage.transcript_formats import format_for, render
    from transcribe.engine import transcribe_file

    fmt = args.format or (format_for(args.out) if args.out else "txt")
    if args.out:  # checked before the transcription, not after it
        folder = Path(args.out).parent
        if not folder.is_dir():
            raise VeldwerkError(f"The folder {folder} does not exist; nothing was transcribed.")
        if Path(args.out).is_dir():
            raise VeldwerkError(f"{args.out} is a folder; give a file name to write.")
    progress = _Progress(path.name, args.device_note)
    language = None if args.language == "auto" else (args.language or "nl")
    try:
        if args.choice.device == "cpu":
            segments = transcribe_file(path, model=args.model, language=language,
                                       fast=args.fast, on_progress=progress, threads=args.threads)
        else:
            from transcribe.decode import decode_pcm16
            from transcribe.device import load_for_job
            from transcribe.engine import transcribe_audio

            whisper = load_for_job(args.model, args.choice, args.threads)
            segments = transcribe_audio(decode_pcm16(path)[0], whisper, language=language, fast=args.fast,
                                        on_progress=progress)
    finally:
        progress.close()
    text = render(segments, fmt, source=path.name)
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


def _transcribe_interview(args, folder: Path) -> int:
    from storage.errors import Cancelled
    from transcribe.job import transcribe_interview

    if args.interview is None:
        raise VeldwerkError("Name the interview to transcribe: --interview ID (see `veldwerk interview list`).")
    if args.out or args.format:
        raise VeldwerkError("--out/--format are for files; export a study's transcript with `veldwerk export`.")
    speakers = None
    if args.speakers is not None:
        from transcribe.speaker_job import parse_speakers

        speakers = parse_speakers(args.speakers)  # refuse a bad count before transcribing
    with open_study(folder) as study:
        progress = _Progress(f"interview {args.interview}", args.device_note)
        try:
            tid = transcribe_interview(study, args.interview, model=args.model, language=args.language,
                                       fast=args.fast, on_progress=progress, threads=args.threads, replace=args.replace,
                                       device=args.device)
        except (KeyboardInterrupt, Cancelled):
            progress.close()
            done = study.transcripts.for_interview(args.interview)
            kept = done.progress_end if done else 0
            print(f"veldwerk: stopped; {kept:.0f} s transcribed and kept. Run the same command to resume.", file=sys.stderr)
            return 130
        progress.close()
        segments = len(study.transcripts.segments(tid))
        if args.speakers is not None:
            from transcribe.speaker_job import label_speakers

            names = label_speakers(study, tid, speakers=speakers)
            print(f"Speakers (a proposal; rename and correct in the editor): "
                  f"{', '.join(f'{k} = {v}' for k, v in names.items())}.", file=sys.stderr)
    print(f"Transcript {tid}: {segments} segments.", file=sys.stderr)
    return 0


def _models_list(args) -> int:
    from transcribe.device import choose_device
    from transcribe.models import list_models
    from transcribe.speed import expected_speed

    choice = choose_device()
    rows = []
    for m in list_models():
        speed = expected_speed(m.name, choice)
        rows.append({"name": m.name, "size_mb": round(m.size_bytes / 2**20), "languages": m.languages,
                     "default": "*" if m.is_default else "",
                     "speed": f"{speed['x_realtime']}x" if speed else "not measured", "path": str(m.path)})
    print_table(rows, ["name", "size_mb", "languages", "default", "speed", "path"])
    print(f"Device: {choice.label}. Speed = seconds of audio per second on this computer "
          f"(`veldwerk models calibrate` measures it).", file=sys.stderr)
    return 0


def _models_calibrate(args) -> int:
    from transcribe.device import choose_device
    from transcribe.models import list_models, resolve_model
    from transcribe.speed import expected_seconds, measure_speed

    choice = choose_device(args.device)
    names = args.names or [m.name for m in list_models() if m.available]
    for name in names:
        resolve_model(name)  # refuse an unknown name before measuring anything
    print(f"Device: {choice.label}." + (f" {choice.note}" if choice.note else ""), file=sys.stderr)
    rows = []
    for name in names:
        entry = measure_speed(name, choice)
        hour = expected_seconds(entry, 3600)
        rows.append({"name": name, "speed": f"{entry['x_realtime']}x", "load_s": entry["load_s"],
                     "one_hour_interview": f"{hour / 60:.0f} min"})
    print_table(rows, ["name", "speed", "load_s", "one_hour_interview"])
    return 0


def _models_add(args) -> int:
    from transcribe.models import add_model

    info = add_model(args.path, name=args.name, link=args.link)
    print(info.name)
    return 0


def _models_remove(args) -> int:
    from transcribe.models import remove_model

    remove_model(args.name)
    return 0
