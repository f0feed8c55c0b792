"""Timing helpers shared by the benchmarks (run as scripts: `python bench/x.py` puts bench/ on sys.path)."""
import gc
import shutil
import time
from pathlib import Path


def timed(label: str, results: dict, function, digits: int = 2):
    """Run `function` once, store its wall seconds under `label` in `results`, print them; returns its value.
    A collection first, so the previous step's garbage is not collected on this step's clock."""
    gc.collect()
    began = time.perf_counter()
    value = function()
    results[label] = time.perf_counter() - began
    print(f"{label}: {results[label]:.{digits}f} s", flush=True)
    return value


def fresh_study(path: Path, keep: bool, label: str, results: dict, build):
    """Build the bench's study at `path` (timed under `label`) unless `keep` and it exists; then load deduce's
    tables (timed), as every export bench does. Returns what `build` returned, or None when kept."""
    from storage.pseudonymise import deidentify

    built = None
    if not (keep and path.exists()):
        shutil.rmtree(path, ignore_errors=True)
        path.parent.mkdir(parents=True, exist_ok=True)
        built = timed(label, results, build)
    timed("load deduce's lookup tables", results, deidentify.warm_up)
    return built
