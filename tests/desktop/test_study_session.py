"""The study session: opens and closes a study, owns the work on it, cancels a participant's jobs by id."""
import pytest

from desktop.queue.jobs import TranscriptionQueue
from desktop.study_session import StudySession


class Seen:
    """An observer noting what the session told it."""

    def __init__(self):
        self.events = []

    def study_opened(self, study):
        self.events.append(("opened", study))

    def study_closed(self):
        self.events.append(("closed",))


@pytest.fixture
def r1_and_r10(study):
    """R1 and R10 (R1's code is a prefix of R10's), two interviews of R10 and one of R1 (no audio needed:
    the queued jobs never run here)."""
    study.participants.add("R1", "sekswerker")
    study.participants.add("R10", "ggd")
    ids = {"R10a": study.interviews.create("R10"), "R1": study.interviews.create("R1"),
           "R10b": study.interviews.create("R10")}
    return study, ids


def _queue(qtbot, session, study):
    return session.add_work(TranscriptionQueue(study))


@pytest.mark.parametrize("running", ["R10a", "R1"])
def test_withdrawing_cancels_exactly_the_participants_jobs_by_id(app, qtbot, settings, r1_and_r10, running):
    study, ids = r1_and_r10
    session = StudySession()
    session.open(study)
    queue = _queue(qtbot, session, study)
    order = [running] + [k for k in ("R10a", "R1", "R10b") if k != running]
    jobs = {k: queue.add(ids[k], f"R1 {k}") for k in order}   # every label starts with "R1 ": labels do not decide
    assert jobs[running].state == "running" and all(jobs[k].state == "queued" for k in order[1:])
    r1 = study.participants.get("R1")["id"]
    assert jobs["R1"].participant_id == r1 and jobs["R10a"].participant_id == study.participants.get("R10")["id"]

    session.cancel_participant(r1)

    assert jobs["R1"].cancel.is_set() if running == "R1" else jobs["R1"].state == "cancelled"
    for key in ("R10a", "R10b"):
        assert not jobs[key].cancel.is_set() and jobs[key].state != "cancelled", key
    session.close()
    qtbot.waitUntil(lambda: queue.worker is None, timeout=60000)
    assert not any(j.active and not j.cancel.is_set() for j in queue.jobs)   # closing stopped the rest


def test_open_and_close_tell_the_observers_stop_the_work_and_close_the_study(app, qtbot, settings, r1_and_r10):
    study, ids = r1_and_r10
    session, seen = StudySession(), Seen()
    session.observe(seen)
    session.open(study)
    assert session.study is study and seen.events == [("opened", study)]
    with pytest.raises(RuntimeError):
        session.open(study)
    queue = _queue(qtbot, session, study)
    job = queue.add(ids["R1"], "R1")
    session.close()
    assert session.study is None and seen.events[-1] == ("closed",) and session.work == []
    assert job.cancel.is_set() or job.state in ("cancelled", "failed")
    assert study._closed


def test_keep_open_hands_the_study_on(app, settings, study):
    session = StudySession()
    session.open(study)
    session.close(keep_open=True)
    assert session.study is None and not study._closed
    study.participants.add("R2", "ggd")   # still usable
