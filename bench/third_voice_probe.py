#!/usr/bin/env python3
"""Why the dataset's third characters are not separated from m and v: a per-clip voice probe.

Usage (from the repository root, with the project's virtualenv):

    .venv/bin/python bench/third_voice_probe.py [--data .bench-data/dutch] [--clips 40]
                                                [--dvector-python /path/to/python]

The diarization bench's "m/v/x turns" (docs/benchmarks.md, *Three voices*) gives 31-37 % DER: the third
character's speech is split between the two main actors' clusters. This probe asks whether any voice
model tells those characters apart, clip by clip, without the diarizer's windows, clustering or speech
detection in the way. For each voice with at least 20 s of clips (m, v, and the "other" characters as
"level-character") it embeds up to --clips clips (seeded choice) in two ways:

  - **supervector**: the diarizer's own voice model (transcribe/diarize.py): MFCC+delta frames, a
    64-component GMM-UBM fitted on all probed clips' loud frames, MAP-adapted means per clip;
  - **d-vector** (only with --dvector-python): the GE2E speaker encoder whose trained weights ship in
    the `resemblyzer` wheel (Apache-2.0), trained on thousands of speakers. It needs torch, so it runs
    in another interpreter, e.g. a scratch venv with `pip install torch==2.13.0 resemblyzer av`; the
    project does not depend on it.

It prints, per embedding, the leave-one-out nearest-centroid identification (cosine) of each clip among
{m, v, X} for each third character X: how many of X's clips come out as X, as m and as v. A voice model
that can give X a cluster of its own must at least recognise most of X's clips here.
"""
import argparse
import json
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
MIN_SECONDS = 20.0


def character(clip: dict) -> str:
    return clip["speaker"] if clip["speaker"] != "other" else f"{clip['level']}-{clip['id'].split('-')[1]}"


def probed_clips(data: Path, per_voice: int) -> dict:
    rows = [json.loads(line) for line in (data / "manifest.jsonl").open(encoding="utf-8")]
    by = defaultdict(list)
    for r in rows:
        if r.get("duration", 0) >= 1.0:
            by[character(r)].append(r)
    rng = np.random.default_rng(0)
    return {name: [clips[i] for i in sorted(rng.choice(len(clips), min(per_voice, len(clips)), replace=False))]
            for name, clips in sorted(by.items()) if sum(c["duration"] for c in clips) >= MIN_SECONDS}


def supervectors(picked: dict) -> dict:
    sys.path.insert(0, str(ROOT))
    from transcribe.decode import decode_float32
    from transcribe.diarize import _supervectors
    from transcribe.voice_features import mfcc_frames, speech_mask

    feats, masks, owners = [], [], []
    for name, clips in picked.items():
        for clip in clips:
            f, energy = mfcc_frames(decode_float32(clip["audio"]))
            feats.append(f)
            masks.append(speech_mask(energy))
            owners.append(name)
    # one window per clip over the clips laid end to end, as the diarizer models windows of one recording
    bounds = np.cumsum([0] + [len(f) for f in feats])
    vectors, _ = _supervectors(np.concatenate(feats), np.concatenate(masks),
                               list(zip(bounds[:-1], bounds[1:])), seed=0)
    vectors = vectors - vectors.mean(axis=0)
    out = defaultdict(list)
    for owner, v in zip(owners, vectors):
        out[owner].append(v)
    return {k: np.array(v) for k, v in out.items()}


def dvectors_here(picked: dict, out: Path) -> None:
    """Runs under an interpreter with resemblyzer (and torch, av) installed."""
    import av
    from resemblyzer import VoiceEncoder, preprocess_wav

    def load(path: str) -> np.ndarray:
        with av.open(path) as container:
            resampler = av.AudioResampler(format="s16", layout="mono", rate=16000)
            parts = [g.to_ndarray().reshape(-1) for f in container.decode(audio=0) for g in resampler.resample(f)]
        return np.concatenate(parts).astype(np.float32) / 32768

    encoder = VoiceEncoder("cpu", verbose=False)
    np.save(out, {name: np.array([encoder.embed_utterance(preprocess_wav(load(c["audio"]), 16000)) for c in clips])
                  for name, clips in picked.items()}, allow_pickle=True)


def identify(vectors: dict, names: list) -> dict:
    """{(true, found): clips}: leave-one-out nearest centroid (cosine) among `names`."""
    unit = {n: vectors[n] / np.linalg.norm(vectors[n], axis=1, keepdims=True) for n in names}
    found = defaultdict(int)
    for n in names:
        for i in range(len(unit[n])):
            scores = {}
            for m in names:
                pool = np.delete(unit[m], i, axis=0) if m == n else unit[m]
                centre = pool.mean(axis=0)
                scores[m] = float(unit[n][i] @ centre / np.linalg.norm(centre))
            found[(n, max(scores, key=scores.get))] += 1
    return found


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(ROOT / ".bench-data" / "dutch"))
    ap.add_argument("--clips", type=int, default=40, help="clips per voice at most")
    ap.add_argument("--dvector-python", help="an interpreter with resemblyzer, torch and av installed")
    ap.add_argument("--dvector-out", help=argparse.SUPPRESS)
    args = ap.parse_args()
    picked = probed_clips(Path(args.data), args.clips)
    if args.dvector_out:
        dvectors_here(picked, Path(args.dvector_out))
        return 0
    embeddings = {"supervector": supervectors(picked)}
    if args.dvector_python:
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "dvectors.npy"
            subprocess.run([args.dvector_python, __file__, "--data", args.data, "--clips", str(args.clips),
                            "--dvector-out", str(out)], check=True)
            embeddings["d-vector"] = np.load(out, allow_pickle=True).item()
    thirds = [n for n in picked if n not in ("m", "v")]
    print(f"{len(picked)} voices, {sum(len(c) for c in picked.values())} clips (at most {args.clips} a voice)")
    print("leave-one-out identification among {m, v, X}: X's clips found as X / m / v; m's and v's clips right")
    for kind, vectors in embeddings.items():
        print(f"\n{kind}")
        totals = np.zeros(3, int)
        for x in thirds:
            found = identify(vectors, ["m", "v", x])
            row = [found[(x, x)], found[(x, "m")], found[(x, "v")]]
            totals += row
            main_right = found[("m", "m")] + found[("v", "v")]
            print(f"  {x:18} {len(vectors[x]):3} clips: as X {row[0]:3}, as m {row[1]:3}, as v {row[2]:3}; "
                  f"m and v right {main_right}/{len(vectors['m']) + len(vectors['v'])}")
        print(f"  all third voices: as X {totals[0]} of {totals.sum()} ({100 * totals[0] / totals.sum():.0f} %), "
              f"as m {totals[1]}, as v {totals[2]}")
        found = identify(vectors, ["m", "v"])
        print(f"  m against v alone: {found[('m', 'm')] + found[('v', 'v')]} of {len(vectors['m']) + len(vectors['v'])} right")
    return 0


if __name__ == "__main__":
    sys.exit(main())
