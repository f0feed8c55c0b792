#!/usr/bin/env python3
"""Where a long transcription's memory goes: resident size over time, per configuration.

Usage (from the repository root, with the project's virtualenv):

    .venv/bin/python bench/transcribe_memory.py AUDIO.wav [--configs default,fast,default+batched=True]
                                                [--code DIR] [--stop-after SECONDS] [--trace out.tsv]

Each configuration runs in a fresh process: the model is loaded, the file decoded to 16-bit PCM,
then transcribed with `transcribe_audio`. A thread samples the process's resident size (VmRSS)
every 0.2 s; the table gives the resident size after start-up, after the model load, after
decoding, the peak (VmHWM, the kernel's own high-water mark) and the resident size at each quarter
of the recording, so a peak that keeps rising with the length of the recording shows as such.
The sha1 of the transcript's text is printed: a change that only saves memory must leave it
unchanged (decoding at temperature 0 is deterministic). `--code DIR` runs another checkout's
`transcribe/` (e.g. the code before a change); `--stop-after` stops a configuration after that many
seconds of audio have been transcribed (its peak so far is printed, marked as partial).
Times are printed only for orientation: memory does not depend on the load of the machine, time does.
"""
import argparse
import hashlib
import json
import subprocess
import sys
import threading
import time
from pathlib import Path

from transcribe_bench import setting_value  # the same MODE+setting=value syntax

ROOT = Path(__file__).resolve().parent.parent


def _status(field: str) -> int:
    """A field of /proc/self/status in MB."""
    for line in open("/proc/self/status", encoding="ascii"):
        if line.startswith(field + ":"):
            return int(line.split()[1]) // 1024
    return 0


def _worker(config: str, audio: str, threads: int, stop_after: float, out: str) -> None:
    from transcribe import offline  # noqa: F401

    samples: list = []
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.2):
            samples.append((time.perf_counter(), _status("VmRSS")))

    threading.Thread(target=sample, daemon=True).start()
    marks = {"start": _status("VmRSS")}
    from storage.errors import Cancelled
    from transcribe.decode import decode_pcm16
    from transcribe.engine import Settings, load_model, transcribe_audio

    model = load_model(None, threads=threads)
    marks["model"] = _status("VmRSS")
    pcm, _ = decode_pcm16(audio)
    marks["decoded"] = _status("VmRSS")
    mode, *pairs = config.split("+")
    overrides = {k: setting_value(v) for k, v in (pair.split("=", 1) for pair in pairs)}
    cancel = threading.Event()
    seconds = len(pcm) / 16000
    progress: list = []

    def on_segment(segment) -> None:
        progress.append((time.perf_counter(), segment.end))
        if stop_after and segment.end >= stop_after:
            cancel.set()

    started, cpu_started = time.perf_counter(), time.process_time()
    partial = False
    try:
        segments = transcribe_audio(pcm, model, fast=(mode == "fast"), settings=Settings(**overrides),
                                    on_segment=on_segment, cancel=cancel)
    except Cancelled:
        segments, partial = None, True
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    done.set()
    text = " ".join(s.text for s in segments) if segments is not None else ""
    quarters = {}
    for q in (0.25, 0.5, 0.75, 1.0):
        at = next((t for t, end in progress if end >= q * seconds), None)
        if at is not None or (q == 1.0 and not partial):  # the last segment may end before the recording does
            quarters[f"rss_{int(q * 100)}%"] = max((r for t, r in samples if at is None or t <= at), default=0)
    Path(out).write_text(json.dumps({
        **marks, **quarters, "peak": _status("VmHWM"), "seconds": elapsed, "cpu_seconds": cpu, "audio_s": seconds,
        "partial": partial, "sha1": hashlib.sha1(text.encode()).hexdigest()[:12], "words": len(text.split()),
        "trace": [(round(t - started, 1), r) for t, r in samples[::5]],
    }), encoding="utf-8")




def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("audio")
    ap.add_argument("--configs", default="default,fast,default+batched=True")
    ap.add_argument("--threads", type=int, default=0, help="0 = physical cores")
    ap.add_argument("--code", default=str(ROOT), help="the checkout whose transcribe/ runs")
    ap.add_argument("--stop-after", type=float, default=0.0, help="seconds of audio, 0 = all")
    ap.add_argument("--trace", help="write each run's RSS trace (seconds, MB) here as JSON")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    ap.add_argument("--out", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        sys.path.insert(0, args.code)
        _worker(args.worker, args.audio, args.threads or None, args.stop_after, args.out)
        return
    import os

    os.environ.setdefault("VELDWERK_DATA_DIR", str(ROOT / ".bench-data" / "veldwerk-data"))
    print(f"{Path(args.audio).name}, code {args.code}, load average {os.getloadavg()[0]:.1f}")
    print(f"{'config':<24} {'start':>6} {'model':>6} {'decoded':>8} {'25%':>6} {'50%':>6} {'75%':>6} {'100%':>6}"
          f" {'peak MB':>8} {'time s':>7} {'CPU s':>6}  text")
    traces = {}
    for config in [c for c in args.configs.split(",") if c]:
        out = Path(f"/tmp/transcribe-memory-{os.getpid()}-{config}.json")
        subprocess.run([sys.executable, __file__, args.audio, "--worker", config, "--out", str(out),
                        "--threads", str(args.threads), "--code", args.code, "--stop-after", str(args.stop_after)],
                       check=True, env={**os.environ, "PYTHONPATH": args.code})
        r = json.loads(out.read_text(encoding="utf-8"))
        out.unlink()
        traces[config] = r.pop("trace")
        cells = " ".join(f"{r.get(k, 0):>6}" for k in ("rss_25%", "rss_50%", "rss_75%", "rss_100%"))
        text = "partial" if r["partial"] else f"{r['sha1']} ({r['words']} words)"
        print(f"{config:<24} {r['start']:>6} {r['model']:>6} {r['decoded']:>8} {cells} {r['peak']:>8}"
              f" {r['seconds']:>7.0f} {r['cpu_seconds']:>6.0f}  {text}", flush=True)
    if args.trace:
        Path(args.trace).write_text(json.dumps(traces), encoding="utf-8")


if __name__ == "__main__":
    main()
