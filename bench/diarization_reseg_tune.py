#!/usr/bin/env python3
"""Choose the resegmentation and speech-activity settings on the TUNE part of the diarization bench only.

    .venv/bin/python bench/diarization_reseg_tune.py [--data .bench-data/dutch] [--seeds 3] [--top 25]

The clustering runs once per recording (transcribe.diarize._analyse); then every combination of
  - resegmentation (transcribe/resegment.py): off, or its cost per change of speaker;
  - the Silero VAD's threshold, padding and minimum pause (transcribe/speech_activity.py);
  - trimming each speech stretch's ends while their frames are quieter than D dB under the
    recording's loud frames (95th percentile of frame energy), or not;
  - joining a speaker's turns over pauses up to 0.3 s, or not
is scored: DER without collar against the speech reference of bench/diarization_bench.py, median
over all tune recordings, per condition, and the worst single recording. The held-out part is
never read here.
"""
import argparse
import itertools
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import diarization_bench as bench  # noqa: E402

from transcribe.decode import SAMPLE_RATE  # noqa: E402
from transcribe.diarize import _analyse, _turns_from_frames, frame_labels  # noqa: E402
from transcribe.resegment import resegment  # noqa: E402
from transcribe.speech_activity import speech_activity, trim_quiet_ends  # noqa: E402
from transcribe.voice_features import mfcc_frames  # noqa: E402

ROUNDS = {  # (costs, VAD threshold x padding ms x minimum pause ms, trims dB, joins s)
    1: ((None, 10.0, 20.0, 40.0, 80.0, 160.0), list(itertools.product((0.35, 0.5), (30, 60, 100, 200), (100, 300))),
        (None, 30.0, 40.0), (0.3, 0.0)),
    # round 1's best sat at the edge of its grid (cost 160, padding 200 ms, trim 40 dB)
    2: ((None, 160.0, 320.0, 640.0, 1280.0), list(itertools.product((0.2, 0.35), (200, 300, 500), (300,))),
        (35.0, 40.0, 45.0, 50.0), (0.3,)),
}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(bench.ROOT / ".bench-data" / "dutch"))
    ap.add_argument("--seeds", type=int, default=3)
    ap.add_argument("--minutes", type=float, default=8.0)
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--round", type=int, default=1, choices=sorted(ROUNDS))
    args = ap.parse_args()
    costs, vads, trims, joins = ROUNDS[args.round]
    rows = bench.load(Path(args.data))
    levels = sorted({r["level"] for r in rows})
    mine = [r for r in rows if r["level"] in set(levels[0::2])]  # tune part only
    results: dict = {}  # variant -> condition -> [(der, missed, fa, conf)]
    cost_s: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        audio = bench.Audio(Path(tmp))
        conditions = bench.recordings(mine, audio, args.minutes)
        for name, build in conditions.items():
            for seed in range(args.seeds if "turns" in name else 1):
                x, ref = build(np.random.default_rng(seed))
                _, speech_ref = bench.references(ref)
                secs = len(x) / SAMPLE_RATE
                found = _analyse(x, None, 2, 0, None)
                energy = mfcc_frames(x)[1]
                labelled = {}
                for cost in costs:
                    t0 = time.process_time()
                    per = frame_labels(found, resegmentation=False)
                    if cost is not None and found.ubm is not None:
                        voiced = np.flatnonzero(found.mask)
                        per[voiced] = resegment(found.feats, voiced, per[voiced], found.ubm, found.count, switch_cost=cost)
                    cost_s.setdefault(cost, []).append((time.process_time() - t0) / secs)
                    labelled[cost] = per
                for vad in vads:
                    t0 = time.process_time()
                    raw = speech_activity(x, len(found.mask), *vad)
                    cost_s.setdefault("vad", []).append((time.process_time() - t0) / secs)
                    for trim in trims:
                        speech = raw if trim is None else trim_quiet_ends(raw, energy, trim)
                        for cost, join in itertools.product(costs, joins):
                            turns = _turns_from_frames(labelled[cost], speech, join)
                            key = (cost, vad, trim, join)
                            der, missed, fa, conf, _ = bench.score(speech_ref, turns, secs, segments=False)
                            results.setdefault(key, {}).setdefault(name, []).append((der * 100, missed * 100, fa * 100, conf * 100))
                print(f"done {name} seed {seed}", file=sys.stderr, flush=True)
    names = list(conditions)

    def summary(key):
        per = results[key]
        allv = [v for n in names for v in per[n]]
        return statistics.median(v[0] for v in allv), max(v[0] for v in allv), per, allv

    def line(key) -> str:
        med, worst, per, allv = summary(key)
        cost, (thr, pad, sil), trim, join = key
        title = (f"reseg {'off' if cost is None else f'{cost:g}':>4} | thr {thr} pad {pad:3d} pause {sil:3d} | "
                 f"trim {'-' if trim is None else f'{trim:g} dB':>5} | join {join}")
        mfc = " ".join(f"{statistics.median(v[i] for v in allv):4.1f}" for i in (1, 2, 3))
        return (f"{title:62} " + " ".join(f"{statistics.median(v[0] for v in per[n]):9.1f}" for n in names)
                + f" {med:6.1f} {worst:6.1f}   {mfc}")

    head = f"{'variant (tune part only)':62} " + " ".join(f"{n:>9}" for n in names) + f" {'all':>6} {'worst':>6}   miss f.a. conf"
    print(head)
    if (None, (0.35, 200, 300), None, 0.3) in results:
        print("as before (reseg off, thr 0.35 pad 200 pause 300, no trim, join 0.3):")
        print(line((None, (0.35, 200, 300), None, 0.3)))
    print(f"best {args.top} by the median over all tune recordings:")
    for key in sorted(results, key=lambda k: summary(k)[0])[: args.top]:
        print(line(key))
    print("best per resegmentation cost:")
    for cost in costs:
        best = min((k for k in results if k[0] == cost), key=lambda k: summary(k)[0])
        print(line(best))
    print("CPU s per audio s: " + ", ".join(f"{'reseg ' + format(k, 'g') if isinstance(k, float) else ('labels only' if k is None else k)}"
                                            f" {statistics.median(v):.4f}" for k, v in cost_s.items()))
    print("DER % without collar against the speech reference, median per condition and over all tune recordings; "
          "worst: highest single recording; miss/f.a./conf: medians over all tune recordings.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
