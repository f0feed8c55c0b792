#!/usr/bin/env python3
"""Diarization benchmark: DER and share of segments labelled right, on real Dutch speech.

Usage (from the repository root, with the project's virtualenv):

    .venv/bin/python bench/diarization_bench.py [--data .bench-data/dutch] [--seeds 3] [--minutes 8]

Builds the dataset with /work/shared/datasets/dutch_dialogue.py into the git-ignored
.bench-data/ unless it exists. The dataset's levels are split in two: the even ones were
used while choosing the method's settings ("tune"), the odd ones were not ("held-out").
Conditions, each as a synthetic recording per part and seed:
  - m/v turns: the two main actors (a female/male pair) in alternating turns of 20-90 s
    built from their clips (0.3 s between clips, 0.5 s between turns);
  - m/v clips: the same two voices in the dataset's own short-clip dialogue order;
  - v/v' and m/m' turns: SAME-voice-type pairs made by pitch-shifting half of one actor's
    clips with sox (+/-200 cents, formants move with the pitch), the other half unchanged.
    The dataset's other voices are too short (at most about 1.5 minutes each, unnamed across
    levels) to build real same-gender pairs; this is a stand-in, not a real second person.
DER is frame level (10 ms), no collar, overlap-free reference, best one-to-one mapping of
speakers (scipy linear_sum_assignment): (missed + false alarm + confusion) / reference speech.
"Segments right": each clip taken as a transcript segment, labelled by assign_speakers.
Diarization is given the expected count (2) as a hint and estimates the count itself.
"""
import argparse
import json
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from transcribe.decode import SAMPLE_RATE, decode_float32  # noqa: E402
from transcribe.diarize import assign_speakers, diarize  # noqa: E402

DATASET_SCRIPTS = [ROOT.parent / "shared" / "datasets" / "dutch_dialogue.py",
                   Path("/work/shared/datasets/dutch_dialogue.py")]
STEP = 0.01
SHIFT_CENTS = 200


def load(data: Path) -> list[dict]:
    manifest = data / "manifest.jsonl"
    if not manifest.exists():
        script = next(p for p in DATASET_SCRIPTS if p.exists())
        data.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, str(script), str(data), "--minutes", "1"], check=True)
    rows = [json.loads(line) for line in manifest.open(encoding="utf-8")]
    return [r for r in rows if r.get("duration", 0) >= 0.5]  # a few clips are empty


class Audio:
    """Decoded clips, cached; `shifted` pitch-shifts with sox."""

    def __init__(self, tmp: Path):
        self.tmp, self.cache = tmp, {}

    def get(self, clip: dict, cents: int = 0) -> np.ndarray:
        key = (clip["audio"], cents)
        if key not in self.cache:
            path = clip["audio"]
            if cents:
                out = self.tmp / f"{len(self.cache)}.wav"
                subprocess.run(["sox", path, "-r", str(SAMPLE_RATE), "-c", "1", str(out), "pitch", str(cents)],
                               check=True, capture_output=True)
                path = out
            self.cache[key] = decode_float32(path)
        return self.cache[key]


def build_turns(pools: dict, audio: Audio, rng, minutes: float):
    """Alternating 20-90 s turns of the speakers in `pools` ({name: [(clip, cents)]})."""
    names = list(pools)
    queues = {n: list(rng.permutation(len(pools[n]))) for n in names}
    pieces, ref, t, who = [], [], 0.0, 0
    while t < minutes * 60 and all(queues.values()):
        name = names[who % len(names)]
        target, spoken = rng.uniform(20, 90), 0.0
        while spoken < target and queues[name]:
            clip, cents = pools[name][queues[name].pop()]
            x = audio.get(clip, cents)
            pieces += [x, np.zeros(int(0.3 * SAMPLE_RATE), np.float32)]
            ref.append((t, t + len(x) / SAMPLE_RATE, name))
            t += len(x) / SAMPLE_RATE + 0.3
            spoken += len(x) / SAMPLE_RATE
        pieces.append(np.zeros(int(0.2 * SAMPLE_RATE), np.float32))
        t += 0.2
        who += 1
    return np.concatenate(pieces), ref


def build_clips(clips: list[dict], audio: Audio, minutes: float):
    """The clips in the dataset's order (short alternating lines), 0.5 s apart."""
    pieces, ref, t = [], [], 0.0
    for clip in clips:
        if t >= minutes * 60:
            break
        x = audio.get(clip)
        pieces += [x, np.zeros(int(0.5 * SAMPLE_RATE), np.float32)]
        ref.append((t, t + len(x) / SAMPLE_RATE, clip["speaker"]))
        t += len(x) / SAMPLE_RATE + 0.5
    return np.concatenate(pieces), ref


def _frames(spans, n: int, names: dict) -> np.ndarray:
    out = np.full(n, -1)
    for s, e, who in spans:
        out[int(round(s / STEP)): int(round(e / STEP))] = names.setdefault(who, len(names))
    return out


def score(ref, turns, seconds: float, collar: float = 0.0) -> tuple[float, float, float]:
    """(DER, confusion share, segments right) for reference spans and hypothesis turns.

    collar: seconds either side of every reference boundary left out of the DER (NIST uses 0.25)."""
    from scipy.optimize import linear_sum_assignment

    n = int(seconds / STEP) + 1
    r = _frames(ref, n, {})
    h = _frames([(t.start, t.end, t.speaker) for t in turns], n, {})
    if collar:
        scored = np.ones(n, bool)
        c = int(round(collar / STEP))
        for s, e, _ in ref:
            for edge in (int(round(s / STEP)), int(round(e / STEP))):
                scored[max(0, edge - c): edge + c] = False
        r, h = r[scored], h[scored]
    both = (r >= 0) & (h >= 0)
    counts = np.zeros((r.max() + 1, max(h.max() + 1, 1)))
    np.add.at(counts, (r[both], h[both]), 1)
    rows, cols = linear_sum_assignment(-counts)
    mapping = dict(zip(cols, rows))
    speech = (r >= 0).sum()
    missed = ((r >= 0) & (h < 0)).sum()
    false_alarm = ((r < 0) & (h >= 0)).sum()
    mapped = np.array([mapping.get(x, -2) for x in h[both]])
    confusion = (mapped != r[both]).sum()
    der = (missed + false_alarm + confusion) / speech
    ref_names = {}
    _frames(ref, 1, ref_names)
    hyp_names = {}
    _frames([(t.start, t.end, t.speaker) for t in turns], 1, hyp_names)
    labels = assign_speakers([{"start": s, "end": e} for s, e, _ in ref], turns)
    right = sum(1 for (s, e, who), lab in zip(ref, labels)
                if lab in hyp_names and mapping.get(hyp_names[lab]) == ref_names[who])
    return der, confusion / speech, right / len(ref)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(ROOT / ".bench-data" / "dutch"))
    ap.add_argument("--seeds", type=int, default=3)
    ap.add_argument("--minutes", type=float, default=8.0)
    args = ap.parse_args()
    rows = load(Path(args.data))
    levels = sorted({r["level"] for r in rows})
    parts = {"tune": set(levels[0::2]), "held-out": set(levels[1::2])}
    print(f"machine: {platform.machine()} {platform.processor() or ''} python {platform.python_version()}; "
          f"{len(rows)} clips, {len(levels)} levels", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        audio = Audio(Path(tmp))
        print(f"{'part':9} {'condition':12} {'audio':>6} {'DER %':>14} {'DER 0.25 s collar':>18} {'confusion %':>12} {'segments right %':>17} {'count':>6} {'x RT':>6}")
        for part, keep in parts.items():
            mine = [r for r in rows if r["level"] in keep]
            by = {s: [r for r in mine if r["speaker"] == s] for s in ("m", "v")}
            conditions = {
                "m/v turns": lambda rng: build_turns({s: [(c, 0) for c in by[s]] for s in by}, audio, rng, args.minutes),
                "m/v clips": lambda rng: build_clips([r for r in mine if r["speaker"] in ("m", "v")], audio, args.minutes),
                "v/v' turns": lambda rng: build_turns(_split(by["v"], rng, SHIFT_CENTS), audio, rng, args.minutes),
                "m/m' turns": lambda rng: build_turns(_split(by["m"], rng, -SHIFT_CENTS), audio, rng, args.minutes),
            }
            for name, build in conditions.items():
                ders, collared, confs, rights, counts, speeds, secs = [], [], [], [], [], [], 0.0
                for seed in range(args.seeds if "turns" in name else 1):
                    x, ref = build(np.random.default_rng(seed))
                    secs = len(x) / SAMPLE_RATE
                    t0 = time.process_time()
                    turns = diarize(x, expected=2)
                    speeds.append((time.process_time() - t0) / secs)
                    der, conf, right = score(ref, turns, secs)
                    collared.append(score(ref, turns, secs, collar=0.25)[0] * 100)
                    ders.append(der * 100)
                    confs.append(conf * 100)
                    rights.append(right * 100)
                    counts.append(len({t.speaker for t in turns}))
                spread = f"{statistics.median(ders):5.1f} ({min(ders):4.1f}-{max(ders):4.1f})"
                spread_c = f"{statistics.median(collared):5.1f} ({min(collared):4.1f}-{max(collared):4.1f})"
                print(f"{part:9} {name:12} {secs / 60:5.1f}m {spread:>14} {spread_c:>18} {statistics.median(confs):12.1f} "
                      f"{statistics.median(rights):17.1f} {'/'.join(map(str, counts)):>6} {statistics.median(speeds):6.3f}",
                      flush=True)
    print("DER: median over seeds (min-max), no collar and with the usual 0.25 s collar; count: speakers found per seed; x RT: CPU seconds per audio second.")
    return 0


def _split(clips: list[dict], rng, cents: int) -> dict:
    order = rng.permutation(len(clips))
    half = len(clips) // 2
    return {"a": [(clips[i], 0) for i in order[:half]], "b": [(clips[i], cents) for i in order[half:]]}


if __name__ == "__main__":
    sys.exit(main())
