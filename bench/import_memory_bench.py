"""Peak memory of importing a long recording into an encrypted study (issue 13, finding 8).

    .venv/bin/python bench/import_memory_bench.py [--hours 10] [--rate 44100] [--channels 2]

Makes a file of low-level pink noise with sox (in a temporary folder), imports it in a fresh child
process through `transcribe.importing.import_audio`, and prints the file's size, the import's wall
time and the child's peak resident memory (ru_maxrss) with the rise over its baseline after start-up.
The import streams decoded blocks into the database, so the rise should not grow with the length.
"""
import argparse
import os
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHILD = textwrap.dedent("""
    import resource, sys, time
    from storage import Study
    from tests.storage.helpers import consent_all
    from transcribe.importing import import_audio
    study = Study.create(sys.argv[1], name="bench", passphrase="bench-passphrase")
    study.participants.add("R01", "ggd")
    consent_all(study, "R01")
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    began = time.monotonic()
    iid = import_audio(study, "R01", sys.argv[2])
    took = time.monotonic() - began
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"RESULT {before // 1024} {peak // 1024} {took:.1f} {study.interviews.get(iid).duration:.0f}")
    study.close()
""")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hours", type=float, default=10)
    parser.add_argument("--rate", type=int, default=16000)
    parser.add_argument("--channels", type=int, default=1)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="veldwerk-import-bench-") as tmp:
        audio = Path(tmp) / "long.wav"
        subprocess.run(["sox", "-n", "-r", str(args.rate), "-c", str(args.channels), "-b", "16", str(audio),
                        "synth", str(int(args.hours * 3600)), "pinknoise", "vol", "0.05"], check=True)
        began = time.monotonic()
        proc = subprocess.run([sys.executable, "-c", CHILD, str(Path(tmp) / "s.veldwerk"), str(audio)], cwd=ROOT,
                              env=dict(os.environ, PYTHONPATH=str(ROOT)), capture_output=True, text=True)
        wall = time.monotonic() - began
    line = next((ln for ln in proc.stdout.splitlines() if ln.startswith("RESULT ")), None)
    if proc.returncode != 0 or line is None:
        print(proc.stderr[-2000:])
        return 1
    base, peak, took, seconds = line.split()[1:]
    print(f"import of {args.hours:g} h ({args.rate} Hz, {args.channels} ch, {audio.name}): "
          f"import {took} s (process {wall:.0f} s), peak RSS {peak} MB, rise over start-up {int(peak) - int(base)} MB, "
          f"stored {int(seconds) / 3600:.2f} h")
    return 0


if __name__ == "__main__":
    sys.exit(main())
