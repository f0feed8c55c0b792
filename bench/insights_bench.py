"""Benchmark: the insights handout (insights-docx) of a study of 50 interviews and 10 focus-group sessions.

Builds an encrypted study (SQLCipher) in .bench-data/insights/: the 50 two-hour interviews of
bench/export_bench.py (800 segments of 25 words, 300 codings each, every tenth participant without consent
to quoting), plus 10 "sessions" — until sessions exist (issue 16 item 1) they are interviews of their own,
each three hours with six voices (1,200 segments, 450 codings) — with 12 solution themes of 25 fragments
and 60 actions. Every review is finished except that of every seventh interview (so quotes are both used and
left out). Then times, separately: loading deduce's tables, scanning every text once (stored; later exports
reuse it), and the handout, several runs (median and spread).

    .venv/bin/python bench/insights_bench.py [--runs 5] [--keep]

Target (issue 16): the insights document in under 10 s. Figures go into docs/benchmarks.md by hand.
"""
import argparse
import gc
import json
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
from timing import fresh_study, insert_codings, timed  # noqa: E402

DATA = ROOT / ".bench-data" / "insights"
os.environ.setdefault("VELDWERK_DATA_DIR", str(DATA / "data"))
PASSPHRASE = "bench passphrase"
INTERVIEWS, SESSIONS = 50, 10
THEMES, FRAGMENTS_PER_THEME, ACTIONS_PER_THEME = 12, 25, 5


def add_sessions(study, rng, count: int, segments: int, codings: int) -> None:
    """`count` long recordings with six voices, as interviews (the hook until sessions exist)."""
    from export_bench import sentence

    from storage.clock import now

    roles = [r["key"] for r in study.roles()]
    codes = {c["key"]: c for c in study.codebook.list()}
    stamp = now()
    for n in range(count):
        code = f"F{n + 1:02d}"
        study.participants.add(code, roles[n % len(roles)])
        study.consent.record(code, {1: True, 2: True, 3: True, 4: True, 5: False}, method="written", researcher="bench")
    conn = study.conn
    with study.transaction():
        for n in range(count):
            pid = study.participants.get(f"F{n + 1:02d}")["id"]
            iid = conn.execute("INSERT INTO interviews(participant_id, date, interviewer, created_at) "
                               "VALUES (?, '2026-05-14', 'AB', ?)", [pid, stamp]).lastrowid
            tid = conn.execute(
                "INSERT INTO transcripts(interview_id, model, language, state, progress_end, speakers, created_at, updated_at) "
                "VALUES (?, 'whisper-base', 'nl', 'complete', 10800, ?, ?, ?)",
                [iid, json.dumps({f"S{k}": f"Spreker {k}" for k in range(1, 7)}), stamp, stamp]).lastrowid
            seg_ids, t = [], 0.0
            for position in range(segments):
                text = sentence(rng, 25)
                words = text.split()
                step = 9.0 / len(words)
                word_json = json.dumps([[round(t + i * step, 2), round(t + (i + 1) * step, 2), " " + w, 0.9]
                                        for i, w in enumerate(words)])
                seg_ids.append((conn.execute(
                    "INSERT INTO segments(transcript_id, position, start, end, speaker, text, asr_text, confidence, words) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, 0.9, ?)",
                    [tid, position, t, t + 9.0, f"S{1 + position % 6}", text, text, word_json]).lastrowid, len(text), t))
                t += 9.0
            insert_codings(conn, tid, seg_ids, codes, roles, rng, codings, stamp)


def add_plans(study, rng) -> None:
    """Themes of solution fragments and actions in every status, through the core API."""
    from storage.actions.parties import Party
    from storage.actions.status import ActionStatus

    roles = [r["key"] for r in study.roles()]
    solutions = [c.id for c in study.codings.list(code="oplossingen")]
    statuses = list(ActionStatus)
    for t in range(THEMES):
        theme = study.themes.add(f"Thema {t + 1}: vast aanspreekpunt en voorlichting", description="Uit de gesprekken")
        study.themes.attach(theme, rng.sample(solutions, FRAGMENTS_PER_THEME))
        for a in range(ACTIONS_PER_THEME):
            study.actions.add(theme, f"Actie {a + 1} van thema {t + 1}", owner=Party(role=rng.choice(roles)),
                              target="2026-12-01", status=statuses[(t + a) % len(statuses)], on="2026-06-01")


def build(path: Path) -> None:
    from export_bench import build as build_interviews

    from storage import Study

    build_interviews(path, INTERVIEWS, 800, 300)
    study = Study.open(path, PASSPHRASE)
    rng = random.Random(16)
    add_sessions(study, rng, SESSIONS, 1200, 450)
    add_plans(study, rng)
    study.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="handouts to time (median and spread)")
    parser.add_argument("--keep", action="store_true", help="reuse the study built by an earlier run")
    args = parser.parse_args()

    from storage import Study
    from storage.exports import export
    from storage.pseudonymise.pseudonymiser import scan
    from storage.pseudonymise.review_state import ReviewState

    path = DATA / "bench.veldwerk"
    results: dict = {}
    fresh_study(path, args.keep, f"build study ({INTERVIEWS} interviews, {SESSIONS} sessions, themes, actions)", results,
                lambda: build(path))
    study = Study.open(path, PASSPHRASE)
    interviews = study.interviews.list()
    timed("scan every text for identifying details (once, stored)", results,
          lambda: sum(scan(study, i.id) for i in interviews))
    reviews = ReviewState(study)
    for n, interview in enumerate(interviews):
        if n % 7 != 6 and not reviews.is_finished(interview.id):
            reviews.finish(interview.id, by="bench")
    out = DATA / "inzichten.docx"
    times, cpu = [], []
    for run in range(args.runs):
        gc.collect()
        began, began_cpu = time.perf_counter(), time.process_time()
        export(study, "insights-docx", out)
        times.append(time.perf_counter() - began)
        cpu.append(time.process_time() - began_cpu)
        print(f"insights-docx run {run + 1}: {times[-1]:.2f} s ({cpu[-1]:.2f} s CPU), load average "
              f"{os.getloadavg()[0]:.1f}", flush=True)
    detail = study.audit.entries("export")[-1]["detail"]
    codings = study.info()["codings"]
    study.close()
    median = statistics.median(times)
    print(f"\n{len(interviews)} interviews and sessions, {codings:,} codings; handout {out.stat().st_size / 1e3:.0f} kB, "
          f"{detail['omitted_quotes']:,} quotes left out (no consent), {len(detail['unreviewed'])} interviews unreviewed")
    print(f"insights-docx: median {median:.2f} s, min {min(times):.2f} s, max {max(times):.2f} s over {len(times)} runs "
          f"(target < 10 s): {'OK' if max(times) < 10 else 'OVER TARGET'}; CPU time median {statistics.median(cpu):.2f} s "
          f"(the rest is waiting for the cores: load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")


if __name__ == "__main__":
    main()
