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


def insert_codings(conn, transcript_id: int, segments: list, codes: dict, roles: list, rng, count: int, stamp: str, *,
                   longest: int = 2, memo=lambda k: "") -> None:
    """`count` synthetic codings over `segments` ((id, text length, start) per segment) with direct inserts:
    beeldvorming (with an about-role), trots and oplossingen in turn, each over 1..`longest` segments."""
    for k in range(count):
        key = ("beeldvorming", "trots", "oplossingen")[k % 3]
        first = rng.randrange(len(segments) - 3)
        last = first + rng.randrange(longest)
        (sa, _, t0), (sb, lb, t1) = segments[first], segments[last]
        conn.execute(
            "INSERT INTO codings(transcript_id, code_id, start_segment_id, start_offset, end_segment_id, end_offset, "
            "start_time, end_time, about_role, memo, author, created_at, updated_at) "
            "VALUES (?, ?, ?, 0, ?, ?, ?, ?, ?, ?, 'bench', ?, ?)",
            [transcript_id, codes[key]["id"], sa, sb, lb, t0, t1 + 9.0,
             rng.choice(roles) if key == "beeldvorming" else None, memo(k), stamp, stamp])
