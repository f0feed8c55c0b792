"""`veldwerk devices` and `veldwerk record`: record an interview from a microphone into a study."""
import sys
import time

from desktop.commands.common import add_study_arg, open_study, print_table
from storage.errors import VeldwerkError
from storage.timefmt import clock


def register(sub) -> None:
    devices = sub.add_parser("devices", help="list audio input devices")
    devices.set_defaults(func=_devices)

    record = sub.add_parser("record", help="record an interview (level meter on stderr; Ctrl+C stops and saves)")
    add_study_arg(record)
    record.add_argument("--participant", required=True, help="participant code, e.g. R01")
    record.add_argument("--device", help="input device index or name (see `veldwerk devices`)")
    record.add_argument("--seconds", type=float, help="stop after this many seconds of audio")
    record.add_argument("--rate", type=int, choices=(16000, 48000), default=16000, help="sample rate (default 16000)")
    record.add_argument("--interviewer", default="", help="who holds the interview")
    record.add_argument("--location", default="", help="where")
    record.set_defaults(func=_record)


def _devices(args) -> int:
    from transcribe.capture.devices import list_input_devices

    rows = [d.__dict__ | {"default": "*" if d.is_default else ""} for d in list_input_devices()]
    if not rows:
        raise VeldwerkError("No microphone found.")
    print_table(rows, ["index", "name", "channels", "default_rate", "default"])
    return 0


class _Meter:
    """A one-line level meter and clock on stderr, redrawn a few times a second."""

    def __init__(self, stream=sys.stderr):
        self.stream = stream
        self.last = 0.0

    def __call__(self, level) -> None:
        now = time.monotonic()
        if now - self.last < 0.2:
            return
        self.last = now
        seconds = level.at
        bar_len = max(0, min(30, int((level.rms_dbfs + 60) / 2)))
        state = " PAUSED" if level.paused else (" CLIP" if level.clipped else "")
        self.stream.write(
            f"\r{clock(seconds, tenths=True)} "
            f"[{'#' * bar_len}{'.' * (30 - bar_len)}] RMS {level.rms_dbfs:6.1f} dBFS peak {level.peak_dbfs:6.1f}{state} "
        )
        self.stream.flush()


def _record(args) -> int:
    from transcribe.capture.devices import resolve_device
    from transcribe.capture.recorder import record_to_sink
    from transcribe.capture.takes import begin_interview_take, end_take

    device = resolve_device(int(args.device) if args.device and args.device.isdigit() else args.device)
    with open_study(args.dir) as study:
        interview_id, writer = begin_interview_take(
            study, args.participant, sample_rate=args.rate, interviewer=args.interviewer, location=args.location
        )
        try:
            result = record_to_sink(
                writer, device=device.index, seconds=args.seconds, samplerate=args.rate, on_level=_Meter(),
                on_error=lambda issue: print(f"\nveldwerk: {issue.message}", file=sys.stderr),
                on_low_disk=lambda free, hours: print(
                    f"\nveldwerk: less than one hour of recording space left on the disk ({free // 2**20} MB free).",
                    file=sys.stderr,
                ),
                disk_path=study.path,
                on_start=lambda recorder: print(
                    f"Recording interview {interview_id} from {device.name}. Ctrl+C stops and saves.", file=sys.stderr, flush=True
                ),
            )
        except BaseException:
            end_take(study, interview_id, 0)
            raise
        sys.stderr.write("\n")
        if not end_take(study, interview_id, result.frames if result.saved is not None else 0):
            raise VeldwerkError(f"Nothing was recorded ({result.ended_by}).")
        print(
            f"Saved {result.seconds:.1f} s ({result.ended_by}; {result.overflows} input overflows, "
            f"{len(result.markers)} markers).",
            file=sys.stderr,
        )
    print(interview_id)
    return 0 if result.ended_by in ("stopped", "interrupted", "duration") else 2
