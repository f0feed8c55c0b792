"""Editor and search benchmark: a study of 50 two-hour interviews (~20,000 words, ~1,500 segments each).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/editor_bench.py [--rebuild] [--interviews 50]

Builds the study once in .bench-data/ (encrypted, inserts through the core, one transaction per
interview; one interview gets two hours of audio), then prints: study open time, study-wide
search time, workspace open time for one 2 h interview (offscreen), scrolling, keystroke and
commit latency, and the time to start playing.
"""
import argparse
import os
import shutil
import statistics
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PASSPHRASE = "bench passphrase for the editor"
WORDS = ("ik de het een en van dat is niet op te je met wat voor maar zijn ze dan ook als er naar bij werk "
         "politie gemeente klant sekswerker exploitant handhaving hulpverlening ggd vergunning controle veilig "
         "beleid stigma vertrouwen gesprek samenwerking club kamer raam Tilburg altijd soms nooit gewoon eigenlijk "
         "belangrijk moeilijk respect voorlichting spreekuur uitstappen media beeld oordeel grenzen trots").split()
SEGMENTS, WORDS_PER_SEGMENT, SECONDS = 1500, 13, 7200.0


def make_segments(rng) -> list[dict]:
    segments, t = [], 0.0
    step = SECONDS / SEGMENTS
    for i in range(SEGMENTS):
        n = WORDS_PER_SEGMENT + int(rng.integers(-3, 5))
        chosen = rng.choice(WORDS, size=n)
        dur = step * 0.9 / n
        words = [[round(t + k * dur, 2), round(t + (k + 1) * dur, 2), " " + w, round(float(rng.uniform(0.3, 1.0)), 2)]
                 for k, w in enumerate(chosen)]
        text = " ".join(chosen).capitalize() + "."
        segments.append({"start": t, "end": t + step * 0.95, "speaker": "S1" if i % 2 == 0 else "S2", "text": text,
                         "words": words, "confidence": 0.8})
        t += step
    return segments


def build(path: Path, interviews: int) -> None:
    from storage import Study
    from tools.demo_study import consent

    roles = ["sekswerker", "klant", "exploitant", "gemeente", "handhaving", "politie", "hulpverlening", "ggd"]
    rng = np.random.default_rng(1)
    t0 = time.perf_counter()
    study = Study.create(path, name="Benchmark", passphrase=PASSPHRASE)
    for n in range(interviews):
        code = f"B{n + 1:02d}"
        with study.transaction():
            study.participants.add(code, roles[n % len(roles)])
            consent(study, code)
            iid = study.interviews.create(code, date="2026-11-01")
            tid = study.transcripts.begin(iid, model="bench", language="nl")
            study.transcripts.append_segments(tid, make_segments(rng), SECONDS)
            study.transcripts.complete(tid)
            study.transcripts.set_speaker_names(tid, {"S1": "Interviewer", "S2": code})
            seg_ids = [r[0] for r in study.conn.execute("SELECT id FROM segments WHERE transcript_id = ? ORDER BY position", [tid])]
            for k in range(40):   # codings spread over the interview
                sid = seg_ids[(k * 37) % len(seg_ids)]
                key = ("beeldvorming", "trots", "oplossingen")[k % 3]
                study.codings.add(tid, key, (sid, 0), (sid, 10), about_role=roles[(n + k) % len(roles)] if key == "beeldvorming" else None)
        if n == 0:   # two hours of (quiet, noisy) audio for the interview the benchmark opens
            pid = study.participants.get(code)["id"]
            w = study.recordings.begin(interview_id=iid, participant_id=pid, sample_rate=16000)
            block = (rng.standard_normal(16000 * 10) * 800).astype("<i2").tobytes()
            for _ in range(int(SECONDS / 10)):
                w.write(block)
            w.finish()
        print(f"  built interview {n + 1}/{interviews} ({time.perf_counter() - t0:.0f} s)", end="\r", flush=True)
    study.close()
    print()


def settle(app, seconds: float = 0.0) -> None:
    end = time.perf_counter() + seconds
    app.processEvents()
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.005)


def measure(path: Path) -> dict:
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from storage import Study

    out = {}
    t = time.perf_counter()
    study = Study.open(path, PASSPHRASE)
    interviews = study.interviews.list()
    study.participants.list()
    out["study_open_s"] = time.perf_counter() - t
    out["interviews"] = len(interviews)
    out["segments"] = study.conn.execute("SELECT count(*) FROM segments").fetchone()[0]
    out["words"] = sum(len(t.split()) for (t,) in study.conn.execute("SELECT text FROM segments"))

    times = []
    for query in ("politie", "vertrouwen", "samenwerking gemeente", "voorl", "stigma beleid respect", "Tilburg"):
        for _ in range(3):
            t = time.perf_counter()
            study.search(query)
            times.append(time.perf_counter() - t)
    out["search_median_ms"] = statistics.median(times) * 1000
    out["search_max_ms"] = max(times) * 1000

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from desktop.editor.workspace import InterviewWorkspace

    iid = interviews[0].id
    t = time.perf_counter()
    ws = InterviewWorkspace(study, iid)
    ws.resize(1280, 800)
    ws.show()
    settle(app)
    out["workspace_open_s"] = time.perf_counter() - t
    t = time.perf_counter()
    while not len(ws.waveform.levels) and time.perf_counter() - t < 120:
        settle(app, 0.02)
    out["waveform_background_s"] = time.perf_counter() - t

    bar = ws.view.verticalScrollBar()
    frames = []
    for i in range(40):
        t = time.perf_counter()
        bar.setValue(int(bar.maximum() * i / 39))
        app.processEvents()              # includes formatting the newly visible blocks
        ws.view.viewport().repaint()
        frames.append(time.perf_counter() - t)
    out["scroll_frame_max_ms"] = max(frames) * 1000
    out["scroll_frame_median_ms"] = statistics.median(frames) * 1000

    block = len(ws.segments) // 2
    ws.view.select_range(block, 5, 5)
    ws.view.setFocus()
    keys = []
    for ch in "abcdefghij":
        t = time.perf_counter()
        QTest.keyClick(ws.view, ch)
        ws.view.viewport().repaint()
        keys.append(time.perf_counter() - t)
    out["keystroke_max_ms"] = max(keys) * 1000
    out["keystroke_median_ms"] = statistics.median(keys) * 1000
    t = time.perf_counter()
    committed = ws.flush()
    out["commit_ms"] = (time.perf_counter() - t) * 1000
    assert committed == 1
    t = time.perf_counter()
    ws.undo()
    out["undo_ms"] = (time.perf_counter() - t) * 1000
    ws.view.select_range(block, 0, 12)
    ws.coding.about_role_provider = lambda *a: "politie"
    t = time.perf_counter()
    ws.coding.apply_code("trots")
    out["code_selection_ms"] = (time.perf_counter() - t) * 1000
    ws.undo()
    t = time.perf_counter()
    ws.split_at(block, 10)
    out["split_ms"] = (time.perf_counter() - t) * 1000
    ws.undo()

    t = time.perf_counter()
    ws.play_from(block, 0)
    start = ws.player.position()
    while ws.player.position() <= start + 0.05 and time.perf_counter() - t < 5:
        settle(app, 0.005)
    out["play_start_to_moving_ms"] = (time.perf_counter() - t) * 1000
    out["audio_device"] = "sounddevice" if not ws.player.device_error else "clock (no device)"
    ws.player.stop()
    ws.close()

    from desktop.coding.excerpt_browser import ExcerptBrowser
    from desktop.coding.perception_overview import PerceptionOverview

    out["codings"] = study.conn.execute("SELECT count(*) FROM codings").fetchone()[0]
    t = time.perf_counter()
    browser = ExcerptBrowser(study)
    browser.resize(1200, 700)
    browser.show()
    settle(app)
    out["excerpt_browser_open_s"] = time.perf_counter() - t
    t = time.perf_counter()
    browser.set_filters(code="beeldvorming", role="politie")
    out["excerpt_filter_ms"] = (time.perf_counter() - t) * 1000
    browser.close()
    t = time.perf_counter()
    overview = PerceptionOverview(study)
    overview.resize(1200, 760)
    overview.show()
    settle(app)
    out["perception_overview_open_s"] = time.perf_counter() - t
    overview.close()
    study.close()
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--interviews", type=int, default=50)
    parser.add_argument("--data", default=str(ROOT / ".bench-data" / "editor-bench.veldwerk"))
    args = parser.parse_args(argv)
    path = Path(args.data)
    if args.rebuild and path.exists():
        shutil.rmtree(path)
    if not path.exists():
        print(f"Building {args.interviews} interviews in {path} …")
        t = time.perf_counter()
        build(path, args.interviews)
        print(f"built in {time.perf_counter() - t:.0f} s")
    results = measure(path)
    width = max(len(k) for k in results)
    for key, value in results.items():
        print(f"{key:<{width}}  {value:.3f}" if isinstance(value, float) else f"{key:<{width}}  {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
