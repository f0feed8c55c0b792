"""Import a clip and transcribe it through the queue while the UI thread keeps running; cancel a job."""
import pytest
from PySide6.QtCore import QTimer

from desktop.importing import ImportWorker
from desktop.queue.dock import QueueDock
from desktop.queue.jobs import TranscriptionQueue
from tests.desktop.conftest import FIXTURE_WAV, shown_window


@pytest.fixture
def make_queue(qtbot):
    """A queue whose worker thread is always finished before the test ends."""
    made = []

    def make(study):
        queue = TranscriptionQueue(study)
        made.append(queue)
        return queue

    yield make
    for queue in made:
        queue.cancel_all()
        qtbot.waitUntil(lambda: queue.worker is None, timeout=60000)


def _import(qtbot, study, code="R01") -> int:
    worker = ImportWorker(study, code, [FIXTURE_WAV])
    done = []
    worker.imported.connect(lambda iid, name: done.append(iid))
    worker.failed.connect(lambda name, why: pytest.fail(f"{name}: {why}"))
    with qtbot.waitSignal(worker.finished, timeout=60000):
        worker.start()
    worker.wait()
    assert len(done) == 1
    return done[0]


def test_import_refused_without_consent(app, qtbot, study, settings):
    study.participants.add("R09", "ggd")
    worker = ImportWorker(study, "R09", [FIXTURE_WAV])
    failures = []
    worker.failed.connect(lambda name, why: failures.append(why))
    with qtbot.waitSignal(worker.finished, timeout=60000):
        worker.start()
    worker.wait()
    assert failures and "consent" in failures[0]
    assert study.interviews.list() == []


@pytest.mark.slow
def test_transcription_runs_in_the_queue_and_the_ui_keeps_running(app, qtbot, consenting, settings, make_queue):
    study = consenting
    interview_id = _import(qtbot, study)
    import soundfile

    assert study.interviews.get(interview_id).duration == pytest.approx(soundfile.info(FIXTURE_WAV).duration, abs=0.1)
    # Loading the model the first time holds the GIL for 1-2 s (the tokenizers library parses
    # tokenizer.json without releasing it), a known stall at the start of the first job of a session.
    # Load it first, so this test measures what the UI does while the model runs.
    from transcribe.engine import load_model

    load_model(None)
    queue = make_queue(study)
    dock = QueueDock()
    qtbot.addWidget(dock)
    dock.set_queue(queue)
    # The UI thread's timer notes, at each tick, whether the job is running.
    ticks = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(queue.running() is not None))
    timer.start()
    progress = []
    queue.changed.connect(lambda job_id: progress.append(queue.job(job_id).fraction))
    with qtbot.waitSignal(queue.finished, timeout=300000) as finished:
        job = queue.add(interview_id, "R01 fixture")
    timer.stop()
    job_id, transcript_id = finished.args
    assert job_id == job.id and job.state == "done"
    # The UI thread ran its timer while the job ran (a job on the UI thread would block it until done):
    # the timer kept ticking while the job was running, not only before and after it.
    assert sum(ticks) >= 5, (sum(ticks), len(ticks))
    assert progress[-1] == 1.0 and any(0 < p < 1 for p in progress) or len(progress) >= 2
    text = " ".join(s.text for s in study.transcripts.segments(transcript_id)).lower()
    assert "ggd" in text and "interview" in text
    row = dock.rows[job.id]
    assert row.action.text() == "Open" and row.bar.value() == 1000
    assert study.interviews.get(interview_id).transcript_state == "complete"
    qtbot.waitUntil(lambda: queue.worker is None, timeout=60000)
    assert len(study._connections) == 1  # the import and job threads closed their connections


@pytest.mark.slow
def test_cancel_a_running_job_then_resume(app, qtbot, consenting, settings, make_queue):
    study = consenting
    interview_id = _import(qtbot, study)
    queue = make_queue(study)
    dock = QueueDock()
    qtbot.addWidget(dock)
    dock.set_queue(queue)
    job = queue.add(interview_id, "R01 fixture")
    assert job.state == "running"
    dock.rows[job.id].action.click()  # Cancel
    assert job.cancel.is_set()
    qtbot.waitUntil(lambda: job.state == "cancelled", timeout=60000)
    assert "cancelled" in job.message.lower()
    qtbot.waitUntil(lambda: queue.worker is None, timeout=60000)
    assert study.interviews.get(interview_id).transcript_state in ("partial", "none")
    assert dock.rows[job.id].action.text() in ("Retry", "Resume")
    with qtbot.waitSignal(queue.finished, timeout=180000):
        dock.rows[job.id].action.click()  # Retry resumes after what was saved
    assert study.interviews.get(interview_id).transcript_state == "complete"


def test_a_failed_job_shows_the_reason(app, qtbot, study, settings, make_queue):
    study.participants.add("R03", "klant")
    study.consent.record("R03", {1: True, 2: False, 3: False, 4: False, 5: False}, method="written", researcher="AB")
    interview_id = _import(qtbot, study, "R03")
    queue = make_queue(study)
    with qtbot.waitSignal(queue.failed, timeout=60000) as failed:
        job = queue.add(interview_id, "R03")
    assert job.state == "failed" and "transcription" in failed.args[1]


def _finished_job(queue, interview_id: int, label: str):
    """A job as the queue holds it once done (no transcription run: the test is about the dock's size)."""
    from desktop.queue.jobs import Job

    job = Job(interview_id, label, 1, model="base", state="done", fraction=1.0, elapsed=10.0, remaining=0.0,
              speakers=2, message="Speakers: R01, Interviewer (a proposal; check them in the editor)")
    queue.jobs.append(job)
    queue.changed.emit(job.id)
    return job


def _text_height(dock) -> int:
    """The height of the dock below its title bar, as laid out on screen."""
    return dock.height() - dock.widget().geometry().top()


def test_the_queue_dock_is_as_high_as_its_rows_at_1366x768(app, qtbot, study, settings):
    """One finished job is one row of the dock, not a third of a small screen (it took about 110 px)."""

    window = shown_window(qtbot, study)
    dock = window.queue_dock
    job = _finished_job(window.queue, 1, "R01 2026-11-29 (#2)")
    dock.show()
    row = dock.rows[job.id]
    qtbot.waitUntil(lambda: row.isVisible() and row.height() > 0, timeout=5000)
    qtbot.wait(50)   # the main window lays its docks out on the next turn of the event loop
    assert window.height() == 768
    viewport = dock.widget().viewport()
    top_left = row.mapTo(viewport, row.rect().topLeft())
    assert top_left.y() >= 0 and top_left.y() + row.height() <= viewport.height()   # the whole row is seen
    assert _text_height(dock) <= row.height() + 12, (dock.height(), row.height())    # and hardly more
    assert dock.height() < 80

    for n in range(2, 7):   # more jobs: the dock grows to three rows, then the list scrolls
        _finished_job(window.queue, n, f"R0{n} 2026-11-29 (#{n})")
    qtbot.wait(50)
    heights = sorted(r.height() for r in dock.rows.values())
    assert _text_height(dock) >= sum(heights[:3])
    assert _text_height(dock) <= sum(heights[-3:]) + 24
    assert dock.widget().verticalScrollBar().maximum() > 0
