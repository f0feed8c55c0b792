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
DER is frame level (10 ms), overlap-free reference, best one-to-one mapping of speakers (scipy
linear_sum_assignment): (missed + false alarm + confusion) / reference speech; without a collar
and with the usual 0.25 s collar. Two references, both printed:
  - "clip": each clip is speech from its first to its last sample (the old reference: a clip's
    own leading and trailing silence counts as speech);
  - "speech": each clean clip alone, before it is placed in the recording, with its leading and
    trailing silence cut by sox's `silence` effect (below -40 dBFS for at least 20 ms; the clips
    peak near 0 dBFS). Pauses inside a clip stay speech. This is independent of the diarizer's
    own speech detection (Silero VAD and the recording-relative energy mask in transcribe/).
"Segments right": each clip taken as a transcript segment, labelled by assign_speakers.
  - m/v/x turns: three voices in turns of 5-30 s, as in a small focus group: m, v and the part's
    longest other voice (a third character, 46-61 s of clips; whether another actor voices it is
    not known), until that voice's clips run out; and m/m'/v turns: m, half of m's clips
    pitch-shifted -200 cents, and v, in turns of 5-30 s.
`--noise DB` adds pink noise at that signal-to-noise ratio to every recording (bench/noise.py); the
references stay those of the clean clips.
Diarization is given the number of voices in the recording (2, or 3) as a hint, as the app gives it the
session's interviewer and participants, and estimates the count itself.
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

from noise import with_noise  # noqa: E402  (bench/noise.py)

from storage.segments import Segment  # noqa: E402
from transcribe.decode import SAMPLE_RATE, decode_float32  # noqa: E402
from transcribe.diarize import assign_speakers, diarize  # noqa: E402

DATASET_SCRIPTS = [ROOT.parent / "shared" / "datasets" / "dutch_dialogue.py",
                   Path("/work/shared/datasets/dutch_dialogue.py")]
STEP = 0.01
SHIFT_CENTS = 200
TRIM = ["silence", "1", "0.02", "-40d"]  # sox: cut until 20 ms above -40 dBFS (reference only)


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
        self.tmp, self.cache, self.edges = tmp, {}, {}

    def speech(self, clip: dict, cents: int = 0) -> tuple[float, float]:
        """(lead, trail): seconds of silence sox's `silence` effect cuts from the clean clip's ends."""
        key = (clip["audio"], cents)
        if key not in self.edges:
            x = self.get(clip, cents)
            raw = ["sox", "-t", "raw", "-r", str(SAMPLE_RATE), "-e", "floating-point", "-b", "32", "-c", "1"]
            lead = len(_sox(raw, x, TRIM))
            both = len(_sox(raw, x, TRIM + ["reverse"] + TRIM + ["reverse"]))
            self.edges[key] = ((len(x) - lead) / SAMPLE_RATE, (lead - both) / SAMPLE_RATE)
        return self.edges[key]

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


def build_turns(pools: dict, audio: Audio, rng, minutes: float, turn: tuple = (20, 90)):
    """Turns of `turn` seconds (drawn) of the speakers in `pools` ({name: [(clip, cents)]}), in turn order,
    until `minutes` or until one speaker has no clips left."""
    names = list(pools)
    queues = {n: list(rng.permutation(len(pools[n]))) for n in names}
    pieces, ref, t, who = [], [], 0.0, 0
    while t < minutes * 60 and all(queues.values()):
        name = names[who % len(names)]
        target, spoken = rng.uniform(*turn), 0.0
        while spoken < target and queues[name]:
            clip, cents = pools[name][queues[name].pop()]
            x = audio.get(clip, cents)
            pieces += [x, np.zeros(int(0.3 * SAMPLE_RATE), np.float32)]
            ref.append((t, t + len(x) / SAMPLE_RATE, name, audio.speech(clip, cents)))
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
        ref.append((t, t + len(x) / SAMPLE_RATE, clip["speaker"], audio.speech(clip)))
        t += len(x) / SAMPLE_RATE + 0.5
    return np.concatenate(pieces), ref


def _frames(spans, n: int, names: dict) -> np.ndarray:
    out = np.full(n, -1)
    for s, e, who in spans:
        out[int(round(s / STEP)): int(round(e / STEP))] = names.setdefault(who, len(names))
    return out


def score(ref, turns, seconds: float, collar: float = 0.0, segments: bool = True) -> tuple[float, float, float, float, float]:
    """(DER, missed, false alarm, confusion, segments right) as shares, for reference spans
    (start, end, speaker) and hypothesis turns; the first four are shares of reference speech.

    collar: seconds either side of every reference boundary left out of the DER (NIST uses 0.25);
    segments=False skips the segments-right share (returned as 0)."""
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
    lookup = np.full(max(h.max() + 1, 1), -2)
    lookup[list(mapping)] = list(mapping.values())
    confusion = (lookup[h[both]] != r[both]).sum()
    der = (missed + false_alarm + confusion) / speech
    if not segments:
        return der, missed / speech, false_alarm / speech, confusion / speech, 0.0
    ref_names = {}
    _frames(ref, 1, ref_names)
    hyp_names = {}
    _frames([(t.start, t.end, t.speaker) for t in turns], 1, hyp_names)
    labels = assign_speakers([Segment(s, e, "", 0.0) for s, e, _ in ref], turns)
    right = sum(1 for (s, e, who), lab in zip(ref, labels)
                if lab in hyp_names and mapping.get(hyp_names[lab]) == ref_names[who])
    return der, missed / speech, false_alarm / speech, confusion / speech, right / len(ref)


def references(ref) -> tuple[list, list]:
    """(clip reference, speech reference) from (start, end, speaker, (lead, trail)) per clip."""
    clips = [(s, e, who) for s, e, who, _ in ref]
    speech = [(s + lead, e - trail, who) for s, e, who, (lead, trail) in ref if e - trail > s + lead]
    return clips, speech


def _median(values: list, spread: bool = True) -> str:
    text = f"{statistics.median(values):5.1f}"
    return f"{text} ({min(values):4.1f}-{max(values):4.1f})" if spread and len(values) > 1 else text


def recordings(mine: list, audio: "Audio", minutes: float) -> dict:
    """The four test recordings of a part's clips, each a builder taking a random generator: the two main
    voices in turns and as clips, and the pitch-shifted same-voice pairs in turns."""
    by = {s: [r for r in mine if r["speaker"] == s] for s in ("m", "v")}
    return {
        "m/v turns": lambda rng: build_turns({s: [(c, 0) for c in by[s]] for s in by}, audio, rng, minutes),
        "m/v clips": lambda rng: build_clips([r for r in mine if r["speaker"] in ("m", "v")], audio, minutes),
        "v/v' turns": lambda rng: build_turns(_split(by["v"], rng, SHIFT_CENTS), audio, rng, minutes),
        "m/m' turns": lambda rng: build_turns(_split(by["m"], rng, -SHIFT_CENTS), audio, rng, minutes),
    }


def _character(clip: dict) -> str:
    """A clip's voice as "level-character" (the level and the dialogue id's second part)."""
    return f"{clip['level']}-{clip['id'].split('-')[1]}"


def third_voice(mine: list) -> str:
    """The part's longest voice besides m and v."""
    seconds: dict = {}
    for r in mine:
        if r["speaker"] == "other":
            seconds[_character(r)] = seconds.get(_character(r), 0.0) + r["duration"]
    return max(seconds, key=seconds.get)


def group_recordings(mine: list, audio: "Audio", minutes: float) -> dict:
    """Three voices in shorter turns (5-30 s), as in a small focus group: m, v and the part's longest other
    voice (a third character; whether another actor voices it is not known), until that voice runs out;
    and m, m' (half of m's clips pitch-shifted) and v."""
    by = {s: [r for r in mine if r["speaker"] == s] for s in ("m", "v")}
    third = third_voice(mine)
    by[third] = [r for r in mine if r["speaker"] == "other" and _character(r) == third]

    def pitched(rng):  # m, m pitch-shifted (half of m's clips) and v: the same-voice-type stand-in with a third voice
        half = _split(by["m"], rng, -SHIFT_CENTS)
        return build_turns({"m": half["a"], "m'": half["b"], "v": [(c, 0) for c in by["v"]]}, audio, rng, minutes,
                           turn=(5, 30))

    return {"m/v/x turns": lambda rng: build_turns({s: [(c, 0) for c in by[s]] for s in by}, audio, rng, minutes,
                                                   turn=(5, 30)),
            "m/m'/v turns": pitched}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(ROOT / ".bench-data" / "dutch"))
    ap.add_argument("--seeds", type=int, default=3)
    ap.add_argument("--minutes", type=float, default=8.0)
    ap.add_argument("--part", choices=("tune", "held-out"), help="only this part (choose settings on tune alone)")
    ap.add_argument("--condition", help="only this recording, e.g. \"m/v/x turns\"")
    ap.add_argument("--noise", type=float, help="add pink noise at this signal-to-noise ratio in dB (bench/noise.py)")
    args = ap.parse_args()
    rows = load(Path(args.data))
    levels = sorted({r["level"] for r in rows})
    parts = {"tune": set(levels[0::2]), "held-out": set(levels[1::2])}
    print(f"machine: {platform.machine()} {platform.processor() or ''} python {platform.python_version()}; "
          f"{len(rows)} clips, {len(levels)} levels"
          f"{'' if args.noise is None else f'; pink noise at {args.noise:g} dB SNR'}", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        audio = Audio(Path(tmp))
        print(f"{'part':9} {'condition':11} {'audio':>6} | {'clip ref: DER':>18} {'0.25 s collar':>18} | "
              f"{'speech ref: DER':>18} {'0.25 s collar':>18} {'missed':>6} {'f.a.':>5} {'conf.':>5} | "
              f"{'segs right':>10} {'count':>6} {'x RT':>6}")
        for part, keep in parts.items():
            if args.part and part != args.part:
                continue
            mine = [r for r in rows if r["level"] in keep]
            conditions = recordings(mine, audio, args.minutes) | group_recordings(mine, audio, args.minutes)
            for name, build in conditions.items():
                if args.condition and name != args.condition:
                    continue
                got = {k: [] for k in ("clip", "clip_c", "speech", "speech_c", "missed", "fa", "conf", "right", "count", "speed")}
                secs = 0.0
                for seed in range(args.seeds if "turns" in name else 1):
                    x, ref = build(np.random.default_rng(seed))
                    if args.noise is not None:
                        x = with_noise(x, args.noise, seed)
                    clip_ref, speech_ref = references(ref)
                    secs = len(x) / SAMPLE_RATE
                    t0 = time.process_time()
                    turns = diarize(x, expected=len({who for _, _, who, _ in ref}))
                    got["speed"].append((time.process_time() - t0) / secs)
                    der, _, _, _, right = score(clip_ref, turns, secs)
                    got["clip"].append(der * 100)
                    got["right"].append(right * 100)
                    got["clip_c"].append(score(clip_ref, turns, secs, collar=0.25)[0] * 100)
                    der, missed, fa, conf, _ = score(speech_ref, turns, secs)
                    for key, value in (("speech", der), ("missed", missed), ("fa", fa), ("conf", conf)):
                        got[key].append(value * 100)
                    got["speech_c"].append(score(speech_ref, turns, secs, collar=0.25)[0] * 100)
                    got["count"].append(len({t.speaker for t in turns}))
                print(f"{part:9} {name:11} {secs / 60:5.1f}m | {_median(got['clip']):>18} {_median(got['clip_c']):>18} | "
                      f"{_median(got['speech']):>18} {_median(got['speech_c']):>18} {_median(got['missed'], False):>6} "
                      f"{_median(got['fa'], False):>5} {_median(got['conf'], False):>5} | {_median(got['right'], False):>10} "
                      f"{'/'.join(map(str, got['count'])):>6} {statistics.median(got['speed']):6.3f}", flush=True)
    print("DER %: median over seeds (min-max), no collar and with the usual 0.25 s collar, against the clip reference "
          "(clips speech end to end) and the speech reference (clip ends cut by sox silence); missed, false alarm "
          "and confusion: medians, % of the speech reference; segs right: clips labelled right (%); count: speakers "
          "found per seed; x RT: CPU seconds per audio second.")
    return 0


def _sox(command: list, x: np.ndarray, effects: list) -> np.ndarray:
    out = subprocess.run(command + ["-", "-t", "raw", "-"] + effects, input=x.astype(np.float32).tobytes(),
                         check=True, capture_output=True).stdout
    return np.frombuffer(out, np.float32)


def _split(clips: list[dict], rng, cents: int) -> dict:
    order = rng.permutation(len(clips))
    half = len(clips) // 2
    return {"a": [(clips[i], 0) for i in order[:half]], "b": [(clips[i], cents) for i in order[half:]]}


if __name__ == "__main__":
    sys.exit(main())
