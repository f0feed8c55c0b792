"""Measure the built app (dist/Veldwerk): size, self-test, and start-up time to the first window.

    python bench/package_bench.py [--dist dist/Veldwerk] [--build-seconds S] [--write] [--no-window]

- size: the whole one-folder app, and its largest parts;
- self-test: runs `Veldwerk --selftest` inside a network namespace when `unshare` allows it
  (else plainly) and fails (exit 1) unless it passes;
- start-up: launches `Veldwerk` with a fresh data dir on an X display (starts Xvfb when
  DISPLAY is unset) and times until a visible window titled Veldwerk is mapped
  (`xdotool search --sync --onlyvisible --name Veldwerk`); median of 3 runs, cold run reported apart.
`--write` replaces the "Package" section of docs/benchmarks.md with the figures.
"""
import argparse
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXE = "Veldwerk.exe" if sys.platform == "win32" else "Veldwerk"


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def largest_parts(dist: Path, n: int = 6) -> list[tuple[str, int]]:
    internal = dist / "_internal"
    parts: dict[str, int] = {}
    for p in internal.rglob("*"):
        if p.is_file() and not p.is_symlink():
            rel = p.relative_to(internal).parts
            key = "/".join(rel[:2]) if rel[0] in ("PySide6", "models") and len(rel) > 2 else rel[0]
            parts[key] = parts.get(key, 0) + p.stat().st_size
    return sorted(parts.items(), key=lambda kv: -kv[1])[:n]


def _netns_prefix() -> list[str]:
    if shutil.which("unshare"):
        for prefix in (["unshare", "-rn"], ["unshare", "-n"]):
            if subprocess.run(prefix + ["true"], capture_output=True).returncode == 0:
                return prefix
    return []


def run_selftest(dist: Path, env: dict) -> tuple[bool, float, str, str]:
    """Run the app's self-test (offline namespace when possible): (passed, seconds, output, how)."""
    prefix = _netns_prefix()
    cpu_before = _children_cpu()
    began = time.monotonic()
    proc = subprocess.run(prefix + [str(dist / EXE), "--selftest"], capture_output=True, text=True,
                          env=env, timeout=600)
    took = time.monotonic() - began
    cpu = _children_cpu() - cpu_before
    how = f"in a network namespace ({' '.join(prefix)})" if prefix else "with the network present"
    load = f"; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores" if hasattr(os, "getloadavg") else ""
    return proc.returncode == 0, took, proc.stdout + proc.stderr, f"{how}, {cpu:.1f} s CPU{load}"


def _children_cpu() -> float:
    try:
        import resource
    except ImportError:  # Windows
        return 0.0
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _start_xvfb() -> tuple[subprocess.Popen | None, str]:
    if os.environ.get("DISPLAY"):
        return None, os.environ["DISPLAY"]
    for n in range(91, 120):
        if not Path(f"/tmp/.X{n}-lock").exists():
            proc = subprocess.Popen(["Xvfb", f":{n}", "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            for _ in range(100):  # ready when a client can talk to it
                ready = subprocess.run(["xdotool", "getmouselocation"], env=dict(os.environ, DISPLAY=f":{n}"),
                                       capture_output=True)
                if ready.returncode == 0:
                    return proc, f":{n}"
                time.sleep(0.1)
            proc.kill()
    raise RuntimeError("could not start Xvfb")


def time_to_window(dist: Path, env: dict, display: str, timeout: float = 120) -> float:
    """Seconds from launching the app until a visible window named Veldwerk exists."""
    env = dict(env, DISPLAY=display, QT_QPA_PLATFORM="xcb")
    began = time.monotonic()
    app = subprocess.Popen([str(dist / EXE)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        while time.monotonic() - began < timeout:
            found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "Veldwerk"],
                                   env=env, capture_output=True, text=True)
            if found.stdout.strip():
                return time.monotonic() - began
            if app.poll() is not None:
                raise RuntimeError(f"the app exited ({app.returncode}): {app.stderr.read().decode()[-500:]}")
            time.sleep(0.05)
        raise RuntimeError(f"no window within {timeout:.0f} s")
    finally:
        app.terminate()
        try:
            app.wait(10)
        except subprocess.TimeoutExpired:
            app.kill()


def write_section(figures: str) -> None:
    """Replace (or add) the '## Package' section of docs/benchmarks.md."""
    path = ROOT / "docs" / "benchmarks.md"
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    section = "## Package\n\n" + figures.strip() + "\n"
    pattern = re.compile(r"^## Package\n.*?(?=^## |\Z)", re.S | re.M)
    if pattern.search(text):
        text = pattern.sub(lambda _: section + "\n", text, count=1).rstrip() + "\n"
    else:
        text = text.rstrip() + "\n\n" + section
    path.write_text(text, encoding="utf-8")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist" / "Veldwerk")
    parser.add_argument("--build-seconds", type=float, help="the measured build time, to report")
    parser.add_argument("--prepare-seconds", type=float,
                        help="the measured first-build preparation time (packaging/prepare.py), to report")
    parser.add_argument("--write", action="store_true", help="write the Package section of docs/benchmarks.md")
    parser.add_argument("--no-window", action="store_true", help="skip the start-up measurement")
    args = parser.parse_args(argv)
    dist = args.dist.resolve()
    if not (dist / EXE).is_file():
        print(f"package_bench: {dist / EXE} not found; run `make package` first", file=sys.stderr)
        return 2

    size = folder_size(dist)
    print(f"package size: {size / 2**20:.0f} MiB ({dist})")
    parts = largest_parts(dist)
    for name, n in parts:
        print(f"  {n / 2**20:7.1f} MiB  {name}")

    tmp = Path(tempfile.mkdtemp(prefix="veldwerk-pkgbench-"))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HF_", "VELDWERK_"))}
    env.update(VELDWERK_DATA_DIR=str(tmp / "data"), HOME=str(tmp))
    ok, st_seconds, output, how = run_selftest(dist, env)
    print(f"self-test {how}: {'passed' if ok else 'FAILED'} in {st_seconds:.1f} s")
    print(output.rstrip())
    ok2, warm_seconds, _, how2 = run_selftest(dist, env)  # second run: model checksum marker exists
    print(f"self-test again (warm) {how2}: {'passed' if ok2 else 'FAILED'} in {warm_seconds:.1f} s")

    window = None
    if not args.no_window and shutil.which("xdotool"):
        xvfb, display = _start_xvfb()
        try:
            env_w = dict(env, VELDWERK_DATA_DIR=str(tmp / "data-window"))
            cold = time_to_window(dist, env_w, display)
            warm = [time_to_window(dist, env_w, display) for _ in range(3)]
            window = (cold, statistics.median(warm))
            print(f"start-up to first window: first start {cold:.2f} s, then median {window[1]:.2f} s")
        finally:
            if xvfb:
                xvfb.terminate()
    elif not args.no_window:
        print("start-up to first window: not measured (xdotool is missing: apt-get install xdotool)")
    shutil.rmtree(tmp, ignore_errors=True)

    if args.write:
        cpu = f"{os.cpu_count()} cores" + (f", {platform.processor()}" if platform.processor() else "")
        lines = [
            f"Measured with `python bench/package_bench.py --write` on {platform.system()} "
            f"{platform.machine()} ({cpu}), PyInstaller one-folder build of `build.spec`.",
            "",
            "| what | value |",
            "|---|---|",
            f"| package size (`dist/Veldwerk/`) | {size / 2**20:.0f} MiB |",
        ]
        lines += [f"| of which `{name}` | {n / 2**20:.0f} MiB |" for name, n in parts]
        if args.build_seconds:
            lines.append(f"| build time (`pyinstaller --clean build.spec`, nice 10, `build/prepared/` reused) | "
                         f"{args.build_seconds / 60:.1f} min |")
        if args.prepare_seconds:
            lines.append(f"| first build only: `packaging/prepare.py` (model assembly + deduce tables) | "
                         f"{args.prepare_seconds / 60:.1f} min more |")
        lines.append(f"| `Veldwerk --selftest`, first run ({how}) | {'pass' if ok else 'FAIL'}, {st_seconds:.1f} s |")
        lines.append(f"| `Veldwerk --selftest`, again ({how2}) | {'pass' if ok2 else 'FAIL'}, {warm_seconds:.1f} s |")
        if window:
            lines.append(f"| start-up to the first window (Xvfb, `xdotool search --onlyvisible`) | "
                         f"{window[0]:.2f} s first start, {window[1]:.2f} s median of 3 after |")
        lines += ["", "The self-test's wall time depends on what else runs: with the load average shown, its CPU time "
                  "(the figure that does not depend on other jobs) is the better guide; on an otherwise idle machine "
                  "the wall time is close to it. Most of it is loading deduce's prebuilt tables (an 80 MB pickle; "
                  "building them instead would take minutes) and the Whisper model."]
        write_section("\n".join(lines))
        print("wrote the Package section of docs/benchmarks.md")
    return 0 if ok and ok2 else 1


if __name__ == "__main__":
    sys.exit(main())
