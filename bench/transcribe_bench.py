#!/usr/bin/env python3
"""Transcription benchmark: faster-whisper (sequential and its own batched pipeline) vs Veldwerk.

Usage (from the repository root, with the project's virtualenv):

    .venv/bin/python bench/transcribe_bench.py [--data .bench-data/dutch] [--threads N]
                                               [--beam 5] [--configs batched,default,fast]
                                               [--pairs 3] [--interview]
                                               [--long-hours 2 --long-configs default]
                                               [--holdout] [--noise 10]

Configurations: `batched` is what a user who wants speed picks instead (faster-whisper's
BatchedInferencePipeline, beam 5, batch 8, word timestamps, VAD as it comes, as WhisperX uses it);
`raw` is faster-whisper's sequential decoder with the features Veldwerk turns on; `default` and
`fast` are Veldwerk's modes; `MODE+setting=value+...` runs a mode with other `Settings`, e.g.
`default+batched=False` (the sequential decoder) or `default+log_prob_threshold=None` (one guard off). With `--pairs N` the configurations run N times each, alternating
(A B C A B C ...), and the table gives the median and the spread (min–max) of the whole-process wall
time (start-up, imports, model load, decoding and writing the result: what a user waits for) and of
the in-process decode time, with each configuration's ratio to `batched` (median of the per-round
ratios). `--interview` runs on an interview-like recording instead: the dev clips grouped into turns of
20–90 s per speaker (the dataset's `m` and `v` alternate), built once into the data folder.

Builds the Dutch dev set with ../shared/datasets/dutch_dialogue.py (about 12
minutes of real speech; kept in the git-ignored .bench-data/, never committed)
unless it exists. Every configuration runs in its own subprocess with the same
model, threads and beam size, and reports real-time factor (processing time /
audio time, decode included, model load excluded), WER against the reference
(lower-cased, punctuation stripped, jiwer) and the subprocess's peak RSS. Paired runs also print
the time from the start of decoding (model loaded) to the first segment, when a user would see text
appear, and each configuration's WER difference to batched with a 95 % paired bootstrap interval
over the clips.
`--long-hours` adds a synthetic long file (the dev audio repeated) for peak memory.
The "others" column is the CPU cores other processes kept busy during each run.
`--holdout` runs the configurations instead on the dataset's other dev clips
(about 32 minutes the settings were not chosen on). `--noise DB` adds pink noise at that
signal-to-noise ratio to whichever set is chosen (bench/noise.py: degraded speech, as in a café or
beside a fan), built once into a folder beside the set.

The targets are checked at the end. Fast mode's gain comes from keeping every
core busy, so other work on the machine narrows it: the CPU other processes used is printed
with each row ("others"), and the check warns when the machine was not idle.
"""
import argparse
import json
import os
import platform
import re
import resource
import subprocess
import sys
import time
import wave
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATASET_SCRIPT = ROOT.parent / "shared" / "datasets" / "dutch_dialogue.py"


def normalise(text: str) -> str:
    """Lower-case, drop punctuation (keep letters, digits, apostrophes inside words)."""
    text = text.lower().replace("’", "'")
    text = re.sub(r"[^\w\s']|_", " ", text)
    text = re.sub(r"(?<!\w)'|'(?!\w)", " ", text)
    return " ".join(text.split())


def wer(reference: str, hypothesis: str) -> float:
    """Word error rate of normalised texts."""
    import jiwer

    return jiwer.wer(normalise(reference), normalise(hypothesis))


def clip_errors(reference_lines: list[str], hypothesis: str) -> list[tuple[int, int]]:
    """(errors, reference words) per reference line (one clip a line) of one long hypothesis.

    The hypothesis is aligned to the whole reference once (jiwer); a substitution or deletion
    counts for the clip of its reference word, an insertion for the clip of the reference word it
    stands before (the last clip at the very end)."""
    import jiwer

    owner = [n for n, line in enumerate(reference_lines) for _ in normalise(line).split()]
    counts = [[0, 0] for _ in reference_lines]
    for n in owner:
        counts[n][1] += 1
    out = jiwer.process_words(" ".join(normalise(line) for line in reference_lines), normalise(hypothesis))
    for chunk in out.alignments[0]:
        if chunk.type in ("substitute", "delete"):
            for i in range(chunk.ref_start_idx, chunk.ref_end_idx):
                counts[owner[i]][0] += 1
        elif chunk.type == "insert":
            counts[owner[min(chunk.ref_start_idx, len(owner) - 1)]][0] += chunk.hyp_end_idx - chunk.hyp_start_idx
    return [(e, w) for e, w in counts]


def wer_difference(reference_lines: list[str], hyp_a: str, hyp_b: str, resamples: int = 2000,
                   seed: int = 18) -> tuple[float, float, float]:
    """WER(a) - WER(b) in points and its 95 % paired bootstrap interval over the clips (resampled with
    replacement, the same clips for both)."""
    import numpy as np

    a, b = np.array(clip_errors(reference_lines, hyp_a)), np.array(clip_errors(reference_lines, hyp_b))
    rng = np.random.default_rng(seed)
    picks = rng.integers(0, len(a), size=(resamples, len(a)))
    words = a[:, 1][picks].sum(axis=1)
    diffs = 100 * (a[:, 0][picks].sum(axis=1) - b[:, 0][picks].sum(axis=1)) / words
    point = 100 * (a[:, 0].sum() - b[:, 0].sum()) / a[:, 1].sum()
    return float(point), float(np.percentile(diffs, 2.5)), float(np.percentile(diffs, 97.5))


# ---------------------------------------------------------------- worker side

def _worker(config: str, audio: str, threads: int, beam: int, out: str) -> None:
    sys.path.insert(0, str(ROOT))
    from transcribe import offline  # noqa: F401

    if config.startswith("cancel-"):
        _cancel_latency(config[len("cancel-"):], audio, threads, out)
        return
    first: list = []  # when the first segment arrived (perf_counter), as a user would see it on screen
    if config == "batched":  # faster-whisper's own batched pipeline, as a user who wants speed runs it
        from faster_whisper import BatchedInferencePipeline, WhisperModel
        from faster_whisper.audio import decode_audio

        from transcribe.models import resolve_model

        model = WhisperModel(str(resolve_model(None)), device="cpu", compute_type="int8", cpu_threads=threads)
        started, cpu_started = time.perf_counter(), time.process_time()
        samples = decode_audio(audio, sampling_rate=16000)
        segments, _ = BatchedInferencePipeline(model).transcribe(
            samples, language="nl", beam_size=beam, batch_size=8, word_timestamps=True)
        text = " ".join(_noting_first(s.text.strip(), first) for s in segments)
    elif config.startswith("raw"):
        from faster_whisper import WhisperModel
        from faster_whisper.audio import decode_audio

        from transcribe.models import resolve_model

        model = WhisperModel(str(resolve_model(None)), device="cpu", compute_type="int8", cpu_threads=threads)
        started, cpu_started = time.perf_counter(), time.process_time()
        samples = decode_audio(audio, sampling_rate=16000)
        if config == "raw":  # the same features Veldwerk turns on, nothing else
            segments, _ = model.transcribe(samples, language="nl", beam_size=beam, vad_filter=True, word_timestamps=True)
        else:  # raw-plain: faster-whisper's defaults
            segments, _ = model.transcribe(samples, language="nl", beam_size=beam)
        text = " ".join(_noting_first(s.text.strip(), first) for s in segments)
    else:
        from transcribe.decode import decode_pcm16
        from transcribe.engine import Settings, load_model, transcribe_audio, transcribe_file

        model = load_model(None, threads=threads)
        assert Settings().beam_size == beam, "Veldwerk's beam size differs from --beam"
        started, cpu_started = time.perf_counter(), time.process_time()
        if "+" in config:  # a mode with other settings, e.g. default+batched=False, default+log_prob_threshold=None
            pcm, _ = decode_pcm16(audio)
            mode, *pairs = config.split("+")
            overrides = {k: setting_value(v) for k, v in (pair.split("=", 1) for pair in pairs)}
            segments = transcribe_audio(pcm, model, fast=(mode == "fast"), settings=Settings(**overrides),
                                        on_segment=lambda segment: _noting_first(segment, first))
        elif config.startswith("fast-beam"):  # extra data point: fast mode at another beam, e.g. fast-beam5
            pcm, _ = decode_pcm16(audio)
            beam = int(config[len("fast-beam"):])
            segments = transcribe_audio(pcm, model, fast=True, settings=Settings(fast_beam_size=beam, best_of=beam),
                                        on_segment=lambda segment: _noting_first(segment, first))
        else:
            segments = transcribe_file(audio, language="nl", fast=(config == "fast"), threads=threads,
                                       on_progress=lambda done, *_: done > 0 and _noting_first(done, first))
        text = " ".join(s.text for s in segments)
    seconds = time.perf_counter() - started
    cpu_seconds = time.process_time() - cpu_started
    first_segment = first[0] - started if first else None
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    guards = dict(sys.modules["transcribe.engine"].guards_fired) if "transcribe.engine" in sys.modules else {}
    Path(out).write_text(json.dumps({"seconds": seconds, "cpu_seconds": cpu_seconds, "text": text, "peak_rss_mb": peak_kb / 1024,
                                     "first_segment_seconds": first_segment,
                                     "guards": guards}), encoding="utf-8")


def _noting_first(item, first: list):
    """Passes `item` on; notes the time the first one came."""
    if not first:
        first.append(time.perf_counter())
    return item


def setting_value(text: str):
    """A setting's value from the command line: None, True/False, an int or a float."""
    if text in ("None", "True", "False"):
        return {"None": None, "True": True, "False": False}[text]
    try:
        return int(text)
    except ValueError:
        return float(text)


def _cancel_latency(mode: str, audio: str, threads: int, out: str, trials: int = 6) -> None:
    """Seconds from setting the cancel event to Cancelled, at pseudo-random moments."""
    import random
    import threading

    from storage.errors import Cancelled
    from transcribe.decode import decode_pcm16
    from transcribe.engine import load_model, transcribe_audio

    model = load_model(None, threads=threads)
    pcm, _ = decode_pcm16(audio)
    rng = random.Random(7)
    latencies = []
    for _ in range(trials):
        cancel, done = threading.Event(), {}

        def run():
            try:
                transcribe_audio(pcm, model, fast=(mode == "fast"), start_at=rng.uniform(0, 600), cancel=cancel)
            except Cancelled:
                done["at"] = time.perf_counter()

        worker = threading.Thread(target=run)
        worker.start()
        time.sleep(rng.uniform(3, 9))
        asked = time.perf_counter()
        cancel.set()
        worker.join()
        latencies.append(done.get("at", asked) - asked)
    Path(out).write_text(json.dumps({"latencies": latencies}), encoding="utf-8")


# ---------------------------------------------------------------- driver side

def _duration(wav: Path) -> float:
    with wave.open(str(wav)) as w:
        return w.getnframes() / w.getframerate()


def _run(config: str, audio: Path, threads: int, beam: int, workdir: Path) -> dict:
    """One configuration in a fresh process; adds "process_seconds", the whole process's wall time."""
    out = workdir / f"result-{config}-{audio.stem}.json"
    cmd = [sys.executable, __file__, "--worker", config, "--audio", str(audio),
           "--threads", str(threads), "--beam", str(beam), "--out", str(out)]
    started = time.perf_counter()
    subprocess.run(cmd, check=True)
    result = json.loads(out.read_text(encoding="utf-8"))
    result["process_seconds"] = time.perf_counter() - started
    return result


def _interview_recording(data: Path, minutes: float = 12.0) -> Path:
    """An interview-like recording: the dev clips of `m` and `v` in turns of 20-90 s, alternating.

    Only the clips outside the dev set (held out from tuning) are used. Clips keep their order within each speaker; a turn takes one speaker's next clips until its
    drawn length (20-90 s, fixed seed) is reached, then the other speaker talks. 0.4 s between
    clips, 0.8 s between turns. Writes interview.wav, interview.txt and interview.segments.json.
    """
    import random

    import numpy as np
    from faster_whisper.audio import decode_audio

    target = data / "interview"
    if (target / "long.wav").is_file() and (target / "long.txt").is_file():
        return target
    rows = [json.loads(line) for line in (data / "manifest.jsonl").read_text(encoding="utf-8").splitlines() if line]
    tuned = {c["id"] for c in json.loads((data / "long.segments.json").read_text(encoding="utf-8"))}
    rows = [r for r in rows if r["id"] not in tuned]  # only clips the settings were never chosen on
    queues = {sp: [r for r in rows if r["speaker"] == sp] for sp in ("m", "v")}
    rng, speaker, pieces, texts, turns, total = random.Random(18), "m", [], [], [], 0.0
    while total < minutes * 60 and any(queues.values()):
        if not queues[speaker]:
            speaker = "v" if speaker == "m" else "m"
        length, turn_start, said = rng.uniform(20, 90), total, []
        while queues[speaker] and total - turn_start < length:
            clip = queues[speaker].pop(0)
            samples = decode_audio(clip["audio"], sampling_rate=16000)
            pieces += [samples, np.zeros(int(0.4 * 16000), dtype=np.float32)]
            said.append(clip["text"])
            total += len(samples) / 16000 + 0.4
        pieces.append(np.zeros(int(0.4 * 16000), dtype=np.float32))
        total += 0.4
        turns.append({"speaker": speaker, "start": round(turn_start, 2), "end": round(total, 2), "text": " ".join(said)})
        texts += said
        speaker = "v" if speaker == "m" else "m"
    pcm = (np.clip(np.concatenate(pieces), -1, 1) * 32767).astype("<i2")
    target.mkdir(parents=True, exist_ok=True)
    with wave.open(str(target / "long.wav"), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16000)
        w.writeframes(pcm.tobytes())
    (target / "long.txt").write_text("\n".join(texts) + "\n", encoding="utf-8")
    (target / "long.segments.json").write_text(json.dumps(turns, ensure_ascii=False), encoding="utf-8")
    return target


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def _guards(result: dict) -> str:
    """Batched pieces per guard verdict, e.g. "  pieces: kept 56, loop 5" (Veldwerk's batched modes only)."""
    guards = result.get("guards") or {}
    return ("  pieces: " + ", ".join(f"{k} {v}" for k, v in sorted(guards.items(), key=lambda kv: -kv[1]))) if guards else ""


def _paired(configs: list[str], pairs: int, audio: Path, threads: int, beam: int, workdir: Path, reference: str) -> None:
    """Run the configurations `pairs` times, alternating, and print median, spread and ratio to `batched`."""
    runs: dict[str, list[dict]] = {c: [] for c in configs}
    for round_no in range(pairs):
        order = configs if round_no % 2 == 0 else list(reversed(configs))  # alternate who goes first
        for config in order:
            r, load = _run_measuring_others(config, audio, threads, beam, workdir)
            r["load"], r["wer"] = load, 100 * wer(reference, r["text"])
            runs[config].append(r)
            print(f"  round {round_no + 1} {config:<10} process {r['process_seconds']:6.1f} s  decode {r['seconds']:6.1f} s  "
                  f"CPU {r['cpu_seconds']:6.1f} s  WER {r['wer']:5.2f} %  peak {r['peak_rss_mb']:5.0f} MB  "
                  f"first segment {r.get('first_segment_seconds') or float('nan'):5.1f} s  others {load:.2f}"
                  f"{_guards(r)}", flush=True)
    base = runs.get("batched")
    print(f"\n{'config':<10} {'process s (median, min-max)':>30} {'decode s (median, min-max)':>30} {'ratio to batched':>17} "
          f"{'WER %':>6} {'peak MB':>8} {'first segment s':>14}")
    for config, rs in runs.items():
        proc = [r["process_seconds"] for r in rs]
        dec = [r["seconds"] for r in rs]
        ratio = (f"{_median([a['process_seconds'] / b['process_seconds'] for a, b in zip(rs, base)]):.2f}x"
                 if base else "-")
        print(f"{config:<10} {_median(proc):>12.1f} ({min(proc):.1f}-{max(proc):.1f}) {'':>6}"
              f"{_median(dec):>12.1f} ({min(dec):.1f}-{max(dec):.1f}) {'':>6}{ratio:>17} "
              f"{_median([r['wer'] for r in rs]):>6.2f} {max(r['peak_rss_mb'] for r in rs):>8.0f}"
              f"{_median([r.get('first_segment_seconds') or float('nan') for r in rs]):>14.1f}", flush=True)
    if base:
        lines = [line for line in reference.splitlines() if line.strip()]
        for config, rs in runs.items():
            if config != "batched":
                point, lo, hi = wer_difference(lines, rs[-1]["text"], base[-1]["text"])
                print(f"WER {config} - batched: {point:+.2f} points, 95 % paired bootstrap interval over the "
                      f"{len(lines)} clips {lo:+.2f} to {hi:+.2f}")
        b_wer = _median([r["wer"] for r in base])
        for config, limit, extra in (("default", 1.0, 0.0), ("fast", 0.7, 1.0)):
            if config in runs:
                ratio = _median([a["process_seconds"] / b["process_seconds"] for a, b in zip(runs[config], base)])
                d_wer = _median([r["wer"] for r in runs[config]]) - b_wer
                ok = ratio <= limit and d_wer <= extra
                print(f"target: {config} <= {limit}x batched's wall time at WER <= batched {'+' + str(extra) if extra else ''}: "
                      f"{ratio:.2f}x, WER {d_wer:+.2f} points: {'met' if ok else 'NOT met'}")


def _busy_seconds() -> float:
    import psutil

    t = psutil.cpu_times()
    return t.user + t.nice + t.system + getattr(t, "irq", 0) + getattr(t, "softirq", 0) + getattr(t, "steal", 0)


def _run_measuring_others(config: str, audio: Path, threads: int, beam: int, workdir: Path) -> tuple[dict, float]:
    """_run's result and the CPU cores other processes kept busy meanwhile (on average)."""
    def child_cpu() -> float:
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        return usage.ru_utime + usage.ru_stime

    busy, child, started = _busy_seconds(), child_cpu(), time.perf_counter()
    r = _run(config, audio, threads, beam, workdir)
    wall = time.perf_counter() - started
    others = (_busy_seconds() - busy - (child_cpu() - child)) / wall
    return r, max(0.0, others)


def _ensure_dataset(data: Path, minutes: float) -> None:
    if (data / "long.wav").is_file() and (data / "long.txt").is_file():
        return
    subprocess.run([sys.executable, str(DATASET_SCRIPT), str(data), "--minutes", str(minutes)], check=True)


def _ensure_holdout(data: Path, minutes: float) -> Path:
    """The dev clips after the first `minutes` (the benchmark's set), joined the same way."""
    holdout = data.parent / (data.name + "-holdout")
    if (holdout / "long.wav").is_file() and (holdout / "long.txt").is_file():
        return holdout
    full = data.parent / (data.name + "-all")
    _ensure_dataset(full, 60.0)  # every dev clip (about 44 minutes)
    dev = json.loads((data / "long.segments.json").read_text(encoding="utf-8"))
    every = json.loads((full / "long.segments.json").read_text(encoding="utf-8"))
    assert [c["id"] for c in every[:len(dev)]] == [c["id"] for c in dev], "dev set is not a prefix of the full set"
    rest = every[len(dev):]
    with wave.open(str(full / "long.wav")) as w:
        params = w.getparams()
        w.setpos(int(rest[0]["start"] * w.getframerate()))
        frames = w.readframes(w.getnframes())
    holdout.mkdir(parents=True, exist_ok=True)
    with wave.open(str(holdout / "long.wav"), "wb") as w:
        w.setparams(params)
        w.writeframes(frames)
    (holdout / "long.txt").write_text("\n".join(c["text"] for c in rest) + "\n", encoding="utf-8")
    return holdout


def _noisy(data: Path, snr_db: float) -> Path:
    """A copy of the set with pink noise at snr_db (bench/noise.py), built once beside it."""
    import numpy as np
    from noise import with_noise

    noisy = data.parent / f"{data.name}-pink{snr_db:g}dB"
    if (noisy / "long.wav").is_file() and (noisy / "long.txt").is_file():
        return noisy
    with wave.open(str(data / "long.wav")) as w:
        params = w.getparams()
        x = np.frombuffer(w.readframes(w.getnframes()), "<i2").astype(np.float32) / 32768
    noisy.mkdir(parents=True, exist_ok=True)
    with wave.open(str(noisy / "long.wav"), "wb") as w:
        w.setparams(params)
        w.writeframes((with_noise(x, snr_db) * 32767).astype("<i2").tobytes())
    (noisy / "long.txt").write_text((data / "long.txt").read_text(encoding="utf-8"), encoding="utf-8")
    return noisy


def _check_targets(rows: list, cores: int, loads: list) -> None:
    """Print the issue's targets next to what was measured."""
    by = {r["config"]: r for r in rows if "seconds" in r}
    if "raw" in by and "default" in by:
        raw, default = by["raw"], by["default"]
        ok = default["seconds"] <= 1.05 * raw["seconds"] and default["wer"] <= raw["wer"]
        print(f"target: default within 5% of raw at equal or better WER: {default['seconds'] / raw['seconds']:.2f}x "
              f"raw's time, WER {default['wer'] - raw['wer']:+.2f} points: {'met' if ok else 'NOT met'}")
    if "default" in by and "fast" in by:
        default, fast = by["default"], by["fast"]
        speedup = default["seconds"] / fast["seconds"]
        ok = speedup >= 1.8 and fast["wer"] - default["wer"] <= 1.0
        print(f"target: fast >= 1.8x faster than default, WER within 1 point: {speedup:.2f}x "
              f"(CPU time {default['cpu_seconds'] / fast['cpu_seconds']:.2f}x), "
              f"WER {fast['wer'] - default['wer']:+.2f} points: {'met' if ok else 'NOT met'}")
    for r in rows:
        if "@" in r["config"]:
            print(f"target: peak RSS <= 1.5 GB for {r['audio_min'] / 60:.1f} h ({r['config']}): "
                  f"{r['peak_rss_mb']:.0f} MB: {'met' if r['peak_rss_mb'] <= 1536 else 'NOT met'}")
    if loads and max(loads) > 0.3:
        print(f"warning: other processes kept up to {max(loads):.1f} of {cores} cores busy during a run; fast mode "
              "uses every core, so other work narrows its lead (measure on an idle machine)")


def _long_file(data: Path, hours: float) -> Path:
    """The dev audio repeated to about `hours` hours (16 kHz mono PCM16)."""
    target = data / f"long-{hours:g}h.wav"
    if target.is_file():
        return target
    with wave.open(str(data / "long.wav")) as w:
        params, frames = w.getparams(), w.readframes(w.getnframes())
    repeats = max(1, round(hours * 3600 / (len(frames) / 2 / params.framerate)))
    with wave.open(str(target) + ".tmp", "wb") as w:
        w.setparams(params)
        for _ in range(repeats):
            w.writeframes(frames)
    os.replace(str(target) + ".tmp", target)
    return target


def machine() -> str:
    """A one-line description of this machine."""
    import psutil

    cpu = platform.processor() or platform.machine()
    try:
        for line in open("/proc/cpuinfo", encoding="utf-8"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = psutil.virtual_memory().total / 2**30
    return (f"{cpu}, {psutil.cpu_count(logical=False)} physical / {psutil.cpu_count()} logical cores, "
            f"{mem:.0f} GiB RAM, no GPU, {platform.system()} {platform.release()}, Python {platform.python_version()}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(ROOT / ".bench-data" / "dutch"))
    ap.add_argument("--minutes", type=float, default=12.0)
    ap.add_argument("--threads", type=int, default=0, help="0 = physical cores")
    ap.add_argument("--beam", type=int, default=5)
    ap.add_argument("--configs", default="batched,default,fast")
    ap.add_argument("--pairs", type=int, default=0, help="alternating rounds of every configuration (median, spread)")
    ap.add_argument("--interview", action="store_true", help="an interview-like recording (turns of 20-90 s)")
    ap.add_argument("--cancel", default="", help="modes to measure cancel latency for, e.g. default,fast")
    ap.add_argument("--long-hours", type=float, default=0.0)
    ap.add_argument("--long-configs", default="default")
    ap.add_argument("--holdout", action="store_true", help="run on the dev clips the settings were not chosen on")
    ap.add_argument("--noise", type=float, help="add pink noise at this signal-to-noise ratio in dB (bench/noise.py)")
    ap.add_argument("--json", help="also write the results here")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    ap.add_argument("--audio", help=argparse.SUPPRESS)
    ap.add_argument("--out", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if not args.threads:
        import psutil

        args.threads = psutil.cpu_count(logical=False) or 1
    os.environ.setdefault("VELDWERK_DATA_DIR", str(ROOT / ".bench-data" / "veldwerk-data"))
    if args.worker:
        _worker(args.worker, args.audio, args.threads, args.beam, args.out)
        return

    data = Path(args.data)
    _ensure_dataset(data, args.minutes)
    if args.interview:
        data = _interview_recording(data)
    elif args.holdout:
        data = _ensure_holdout(data, args.minutes)
    if args.noise is not None:
        data = _noisy(data, args.noise)
    reference = (data / "long.txt").read_text(encoding="utf-8")
    audio = data / "long.wav"
    seconds = _duration(audio)
    print(machine())
    print(f"{'interview-like' if args.interview else 'held-out' if args.holdout else 'dev'} set"
          f"{'' if args.noise is None else f' with pink noise at {args.noise:g} dB SNR'}: {seconds / 60:.1f} min, model base (int8), threads {args.threads}, beam {args.beam}, "
          f"load average {os.getloadavg()[0]:.1f}")
    if args.pairs:
        _paired([c for c in args.configs.split(",") if c], args.pairs, audio, args.threads, args.beam, data, reference)
        return
    rows, loads = [], []
    header = (f"{'config':<12} {'audio':>8} {'time s':>8} {'RTF':>7} {'CPU s':>8} {'WER %':>7} {'peak RSS MB':>12}"
              f" {'others':>6}")
    print(header)
    for config in [c for c in args.configs.split(",") if c]:
        r, load = _run_measuring_others(config, audio, args.threads, args.beam, data)
        loads.append(load)
        row = dict(config=config, audio_min=seconds / 60, seconds=r["seconds"], rtf=r["seconds"] / seconds,
                   cpu_seconds=r["cpu_seconds"], load=load,
                   wer=100 * wer(reference, r["text"]), peak_rss_mb=r["peak_rss_mb"])
        rows.append(row)
        print(f"{config:<12} {row['audio_min']:>7.1f}m {row['seconds']:>8.1f} {row['rtf']:>7.3f} "
              f"{row['cpu_seconds']:>8.1f} {row['wer']:>7.2f} {row['peak_rss_mb']:>12.0f} {load:>6.2f}"
              f"  {r.get('guards') or ''}", flush=True)
        (data / f"hyp-{config}.txt").write_text(r["text"], encoding="utf-8")
    for mode in [m for m in args.cancel.split(",") if m]:
        r = _run(f"cancel-{mode}", audio, args.threads, args.beam, data)
        lat = sorted(r["latencies"])
        rows.append(dict(config=f"cancel-{mode}", latencies=lat))
        print(f"cancel latency ({mode}): median {lat[len(lat) // 2]:.2f} s, max {lat[-1]:.2f} s "
              f"over {len(lat)} trials", flush=True)
    if args.long_hours:
        long_audio = _long_file(data, args.long_hours)
        long_seconds = _duration(long_audio)
        repeats = round(long_seconds / seconds)
        for config in [c for c in args.long_configs.split(",") if c]:
            r = _run(config, long_audio, args.threads, args.beam, data)
            row = dict(config=f"{config}@{args.long_hours:g}h", audio_min=long_seconds / 60, seconds=r["seconds"],
                       cpu_seconds=r["cpu_seconds"],
                       rtf=r["seconds"] / long_seconds, wer=100 * wer(" ".join([reference] * repeats), r["text"]),
                       peak_rss_mb=r["peak_rss_mb"])
            rows.append(row)
            print(f"{row['config']:<12} {row['audio_min']:>7.1f}m {row['seconds']:>8.1f} {row['rtf']:>7.3f} "
                  f"{row['cpu_seconds']:>8.1f} {row['wer']:>7.2f} {row['peak_rss_mb']:>12.0f}", flush=True)
    _check_targets(rows, args.threads, loads)
    if args.json:
        Path(args.json).write_text(json.dumps({"machine": machine(), "threads": args.threads, "beam": args.beam,
                                               "rows": rows}, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
