#!/usr/bin/env python3
"""Choose the diarizer's speech-activity settings on the TUNE part of the diarization bench only.

    .venv/bin/python bench/diarization_activity_tune.py [--data .bench-data/dutch] [--seeds 3]

The speaker labels per window are computed once per recording (transcribe.diarize.speaker_windows);
only where turns start and end varies: the old energy mask (hangover in frames, turns joined over
short pauses) against the Silero VAD shipped in faster-whisper (threshold, padding, minimum pause).
Prints the median DER (no collar) against both references of bench/diarization_bench.py, per
condition and over all tune recordings. The held-out part is never read here.
This was the first step; the settings now in use (300 ms padding cut back at 35 dB, then
resegmentation) were chosen by bench/diarization_reseg_tune.py, so this script's "as chosen" row
(the VAD defaults without the cut or resegmentation) no longer matches what diarize() does.
"""
import argparse
import statistics
import sys
import tempfile
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import diarization_bench as bench  # noqa: E402

from transcribe.decode import SAMPLE_RATE  # noqa: E402
from transcribe.diarize import _turns, speaker_windows  # noqa: E402
from transcribe.speech_activity import speech_activity  # noqa: E402
from transcribe.voice_features import mfcc_frames, speech_mask  # noqa: E402


def variants(extra: bool = False):
    if extra:  # the second round, around the first round's best (pad 200 ms, join 0.3 s)
        for thr, pad in ((0.5, 300), (0.5, 400), (0.35, 200), (0.35, 300)):
            yield f"silero thr {thr} pad {pad} ms min pause 300 ms, join 0.3", ("silero", thr, pad, 300), 0.3
        return
    for hang in (20, 5):
        for join in (0.3, 0.0):
            yield f"energy hangover {hang * 10} ms, join {join}", ("energy", hang), join
    for thr in (0.5,):
        for pad in (30, 100, 200):
            for sil in (100, 300):
                for join in (0.3, 0.0):
                    yield f"silero thr {thr} pad {pad} ms min pause {sil} ms, join {join}", ("silero", thr, pad, sil), join


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(bench.ROOT / ".bench-data" / "dutch"))
    ap.add_argument("--seeds", type=int, default=3)
    ap.add_argument("--minutes", type=float, default=8.0)
    ap.add_argument("--round", type=int, default=1, choices=(1, 2), help="2: the variants around round 1's best")
    args = ap.parse_args()
    rows = bench.load(Path(args.data))
    levels = sorted({r["level"] for r in rows})
    mine = [r for r in rows if r["level"] in set(levels[0::2])]  # tune part only
    results: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        audio = bench.Audio(Path(tmp))
        conditions = bench.recordings(mine, audio, args.minutes)
        for name, build in conditions.items():
            for seed in range(args.seeds if "turns" in name else 1):
                x, ref = build(np.random.default_rng(seed))
                clip_ref, speech_ref = bench.references(ref)
                secs = len(x) / SAMPLE_RATE
                windows, labels, mask = speaker_windows(x, expected=2)
                got = results.setdefault("silero as chosen (speech_activity defaults), join 0.3", {}).setdefault(name, [])
                turns = _turns(windows, labels, speech_activity(x, len(mask)))
                got.append((bench.score(speech_ref, turns, secs, segments=False)[0] * 100,
                            bench.score(clip_ref, turns, secs, segments=False)[0] * 100))
                energy = mfcc_frames(x)[1]
                cache = {}
                for title, how, join in variants(args.round == 2):
                    if how not in cache:
                        cache[how] = (speech_mask(energy, hangover=how[1]) if how[0] == "energy"
                                      else speech_activity(x, len(mask), *how[1:]))
                    turns = _turns(windows, labels, cache[how], join)
                    got = results.setdefault(title, {}).setdefault(name, [])
                    got.append((bench.score(speech_ref, turns, secs, segments=False)[0] * 100,
                                bench.score(clip_ref, turns, secs, segments=False)[0] * 100))
                print(f"done {name} seed {seed}", file=sys.stderr, flush=True)
    names = list(conditions)
    print(f"{'variant (tune part only)':58} " + " ".join(f"{n:>13}" for n in names) + f" {'all: speech':>11} {'all: clip':>9} {'worst':>6}")
    for title, per in results.items():
        allv = [v for n in names for v in per[n]]
        print(f"{title:58} " + " ".join(f"{statistics.median(v[0] for v in per[n]):6.1f}/{statistics.median(v[1] for v in per[n]):5.1f}" for n in names)
              + f" {statistics.median(v[0] for v in allv):11.1f} {statistics.median(v[1] for v in allv):9.1f} {max(v[0] for v in allv):6.1f}")
    print("DER % without collar, median over seeds: speech reference / clip reference; worst: highest single recording, speech reference.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
