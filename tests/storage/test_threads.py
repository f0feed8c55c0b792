"""The UI thread and a worker thread can write to one study at the same time."""
import threading

from tests.storage.helpers import segment


def test_two_threads_writing_at_once(study):
    study.participants.add("R01", "ggd")
    iid = study.interviews.create("R01")
    tid = study.transcripts.begin(iid, model="base")
    errors = []

    def worker():
        try:
            for i in range(60):
                study.transcripts.append_segments(tid, [segment(i, i + 1, f"zin nummer {i}")], progress_end=i + 1)
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    thread = threading.Thread(target=worker)
    thread.start()
    for i in range(60):
        study.participants.add(f"P{i:02d}", "klant")
        study.set_setting("glossary", [f"woord{i}"])
    thread.join(timeout=60)
    assert not errors
    assert len(study.transcripts.segments(tid)) == 60
    assert [s.position for s in study.transcripts.segments(tid)] == list(range(60))
    assert len(study.participants.list()) == 61
    assert study.transcripts.resume_point(tid) == 60
