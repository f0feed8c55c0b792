"""`make bench`: run every benchmark in turn and print its figures.

    .venv/bin/python bench/run_all.py [--quick]

Each benchmark is its own script (see its docstring for options) and prints its figures; the
export and package benchmarks also write their sections of docs/benchmarks.md, the others' go
there by hand with the date and the machine. `--quick` skips the two-hour
transcription memory run, the held-out transcription set and the package measurement. The machine's load changes the figures: run on a quiet machine.
"""
import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="skip the 2 h memory run and the package")
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    runs = [
        ["bench/transcribe_bench.py"] + ([] if args.quick else ["--long-hours", "2", "--long-configs", "default,fast"]),
        ["bench/diarization_bench.py"] + (["--seeds", "1"] if args.quick else []),
        ["bench/editor_bench.py"],
        ["bench/export_bench.py"],
        ["bench/actions_bench.py"],
        ["bench/insights_bench.py"],
        ["bench/pseudonymise_bench.py"],
        ["bench/network_audit.py"],
    ]
    if not args.quick:
        runs.insert(1, ["bench/transcribe_bench.py", "--holdout", "--configs", "default,fast"])
    if not args.quick and (ROOT / "dist" / "Veldwerk").is_dir():
        runs.append(["bench/package_bench.py", "--write"])
    failed = []
    for run in runs:
        print(f"\n=== {' '.join(run)}", flush=True)
        if subprocess.run([sys.executable, *run], cwd=ROOT, env=env).returncode != 0:
            failed.append(run[0])
    if failed:
        print(f"\nfailed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
