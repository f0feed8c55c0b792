"""Benchmark: what sessions cost the shared paths — the codings listing, the perception matrix and the category
report (no pseudonymisation, so deduce is not timed) — on a study of 50 interviews, and with 10 focus groups of 5
participants each added (speaker labels attributed, one participant per group without consent to quoting);
then a session transcript export and the withdrawal of a focus-group participant.

    PYTHONPATH=. .venv/bin/python bench/sessions_bench.py [--interviews 50] [--sessions 10]

The interview-only figures can be compared with the same script run on a tree without sessions (it skips the
session steps there). Prints the figures; writes nothing but its study in .bench-data/sessions/.
"""
import argparse
import json
import random
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = ROOT / ".bench-data" / "sessions"

from bench.export_bench import PASSPHRASE, build, sentence  # noqa: E402


def timed(label: str, function, repeat: int = 3):
    best, value = None, None
    for _ in range(repeat):
        began = time.perf_counter()
        value = function()
        took = time.perf_counter() - began
        best = took if best is None else min(best, took)
    print(f"{label}: {best:.3f} s (best of {repeat})", flush=True)
    return value


def add_sessions(study, sessions: int, segments: int, codings: int) -> list[int]:
    """Focus groups of 5 new participants, 5 speaker labels attributed, codings spread over them."""
    from storage.clock import now

    rng = random.Random(11)
    roles = [r["key"] for r in study.roles()]
    codes = {c["key"]: c for c in study.codebook.list()}
    ids = []
    for n in range(sessions):
        people = [f"F{n + 1:02d}{k}" for k in "abcde"]
        for k, code in enumerate(people):
            study.participants.add(code, roles[(n + k) % len(roles)])
            study.consent.record(code, {1: True, 2: True, 3: k != 4, 4: True, 5: False}, method="written",
                                 researcher="bench")
        sid = study.sessions.create("focus group", people, date="2026-04-01")
        stamp, conn = now(), study.conn
        with study.transaction():
            tid = conn.execute(
                "INSERT INTO transcripts(interview_id, model, language, state, progress_end, speakers, created_at, "
                "updated_at) VALUES (?, 'whisper-base', 'nl', 'complete', 7200, '{}', ?, ?)", [sid, stamp, stamp],
            ).lastrowid
            seg_ids, t = [], 0.0
            for position in range(segments):
                text = sentence(rng, 25)
                words = json.dumps([[t, t + 9.0, " " + w, 0.9] for w in text.split()])
                seg_ids.append((conn.execute(
                    "INSERT INTO segments(transcript_id, position, start, end, speaker, text, asr_text, confidence, words) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, 0.9, ?)", [tid, position, t, t + 9.0, f"S{position % 5 + 1}", text,
                                                             text, words]).lastrowid, len(text), t))
                t += 9.0
            for k in range(codings):
                key = ("beeldvorming", "trots", "oplossingen")[k % 3]
                first = rng.randrange(len(seg_ids) - 1)
                (sa, la, t0) = seg_ids[first]
                conn.execute(
                    "INSERT INTO codings(transcript_id, code_id, start_segment_id, start_offset, end_segment_id, "
                    "end_offset, start_time, end_time, about_role, memo, author, created_at, updated_at) "
                    "VALUES (?, ?, ?, 0, ?, ?, ?, ?, ?, '', 'bench', ?, ?)",
                    [tid, codes[key]["id"], sa, sa, la, t0, t0 + 9.0,
                     rng.choice(roles) if key == "beeldvorming" else None, stamp, stamp])
        for k, code in enumerate(people):
            study.sessions.attribute(sid, f"S{k + 1}", code)
        ids.append(sid)
    return ids


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--interviews", type=int, default=50)
    parser.add_argument("--sessions", type=int, default=10)
    parser.add_argument("--segments", type=int, default=800)
    parser.add_argument("--codings", type=int, default=300)
    args = parser.parse_args()
    from storage import Study
    from storage.exports import export

    shutil.rmtree(DATA, ignore_errors=True)
    DATA.mkdir(parents=True)
    path = DATA / "bench.veldwerk"
    began = time.perf_counter()
    build(path, args.interviews, args.segments, args.codings)
    print(f"build {args.interviews} interviews: {time.perf_counter() - began:.1f} s", flush=True)
    with Study.open(path, PASSPHRASE) as study:
        def shared(label: str) -> None:
            n = len(timed(f"{label}: codings.list ({study.conn.execute('SELECT count(*) FROM codings').fetchone()[0]})",
                          study.codings.list))
            assert n
            timed(f"{label}: codings.matrix", study.codings.matrix)
            timed(f"{label}: report-docx --no-pseudonymise",
                  lambda: export(study, "report-docx", DATA / "report.docx", pseudonymise=False), repeat=1)

        shared("interviews only")
        if not hasattr(study, "sessions"):
            print("(no sessions in this tree: session steps skipped)")
            return
        began = time.perf_counter()
        sids = add_sessions(study, args.sessions, args.segments, args.codings)
        print(f"add {args.sessions} focus groups of 5: {time.perf_counter() - began:.1f} s", flush=True)
        shared(f"with {args.sessions} focus groups")
        timed("txt export of one focus group (1 of 5 speakers left out)",
              lambda: export(study, "txt", DATA / "session.txt", interview_id=sids[0], pseudonymise=False))
        began = time.perf_counter()
        summary = study.consent.withdraw("F01a", researcher="bench")["deleted"]
        print(f"withdraw a focus-group participant: {time.perf_counter() - began:.2f} s "
              f"({summary.get('session_segments', 0)} segments emptied, "
              f"{summary.get('session_seconds_silenced', 0)} s silenced)", flush=True)


if __name__ == "__main__":
    main()
