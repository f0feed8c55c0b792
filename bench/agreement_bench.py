"""Benchmark: the coder comparison of a large study — what Coding ▸ Compare coders computes (both levels and
the passages where the coders differ) and the agreement report (agreement-docx, agreement-xlsx).

Builds an encrypted study (SQLCipher) in .bench-data/agreement/ through the core API: N interviews of 200
segments (about 60 characters each), coded by two researchers (ellen and sanne) with 40 codings each per
interview over the three default codes; sanne's ranges are ellen's shifted by a few characters, and a quarter
of them are her own. Then times compare (char, segment), disagreements, and both exports.

    .venv/bin/python bench/agreement_bench.py [--interviews 20] [--keep]

Prints the figures (issue 17 sets no target; the view runs in a worker thread, so this is the wait).
"""
import argparse
import os
import random
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = ROOT / ".bench-data" / "agreement"
os.environ.setdefault("VELDWERK_DATA_DIR", str(DATA / "data"))
PASSPHRASE = "bench passphrase"
WORDS = "ik ben trots op ons werk de politie komt vaak langs een vast aanspreekpunt zou helpen wij".split()


def build(path: Path, interviews: int):
    from storage import Study
    from tests.storage.helpers import interview_with_transcript

    rng = random.Random(17)
    study = Study.create(path, name="Bench", passphrase=PASSPHRASE)
    codes = ["beeldvorming", "trots", "oplossingen"]
    for n in range(interviews):
        texts = [" ".join(rng.choice(WORDS) for _ in range(12)) + "." for _ in range(200)]
        _, tid = interview_with_transcript(study, f"R{n + 1:02d}", texts=texts, seconds=2.0)
        segs = study.transcripts.segments(tid)
        for _ in range(40):
            s = rng.randrange(len(segs) - 3)
            e = s + rng.randrange(3)
            code = rng.choice(codes)
            about = "politie" if code == "beeldvorming" else None
            lo, hi = rng.randrange(10), rng.randrange(10, len(segs[e].text))
            study.codings.add(tid, code, (segs[s].id, lo), (segs[e].id, hi), author="ellen", about_role=about)
            if rng.random() < 0.25:
                s = rng.randrange(len(segs) - 3)
                e = s + rng.randrange(3)
            shift = rng.randrange(8)
            study.codings.add(tid, code, (segs[s].id, min(lo + shift, len(segs[s].text))),
                              (segs[e].id, min(hi + shift, len(segs[e].text))), author="sanne", about_role=about)
    return study


def timed(name, fn, results):
    start = time.perf_counter()
    value = fn()
    results.append((name, time.perf_counter() - start))
    print(f"{name}: {results[-1][1]:.2f} s", flush=True)
    return value


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--interviews", type=int, default=20)
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args()
    shutil.rmtree(DATA, ignore_errors=True)
    DATA.mkdir(parents=True)
    results = []
    study = timed("build", lambda: build(DATA / "bench.veldwerk", args.interviews), results)
    from storage.agreement import compare
    from storage.agreement_spans import disagreements
    from storage.exports import export

    char = timed("compare, characters", lambda: compare(study, level="char"), results)
    timed("compare, segments", lambda: compare(study, level="segment"), results)
    passages = timed("passages where they differ", lambda: disagreements(study, char), results)
    timed("agreement-docx", lambda: export(study, "agreement-docx", DATA / "o.docx"), results)
    timed("agreement-xlsx", lambda: export(study, "agreement-xlsx", DATA / "o.xlsx"), results)
    chars = sum(f.units for f in char.per_code.values()) // max(1, len(char.per_code))
    print(f"interviews: {len(char.interviews)}, characters: {chars}, codings: {len(study.codings.list())}, "
          f"passages: {len(passages)}, overall alpha (char): {char.overall.alpha:.3f}")
    view = sum(t for n, t in results if n.startswith(("compare", "passages")))
    print(f"Compare coders view, total: {view:.2f} s")
    study.close()
    if not args.keep:
        shutil.rmtree(DATA, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
