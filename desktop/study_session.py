"""The open study and the work running on it, without Qt: the main window observes it.

A `StudySession` holds at most one open `storage.Study`. Work that reads the study in a thread of its
own (the transcription queue, imports, export previews) is added to the session, which cancels it by
participant (a withdrawal) and stops and waits for all of it before the study closes, so no thread
reads a study whose connections are closed. Observers are told when a study opens and when it closed.

Work is any object with `cancel_participant(participant_id)` (cancel what belongs to that participant
and wait for it) and `stop()` (cancel or finish everything and wait). Observers have
`study_opened(study)` and `study_closed()`.
"""
from typing import Protocol


class Work(Protocol):
    def cancel_participant(self, participant_id: int) -> None: ...

    def stop(self) -> None: ...


class Observer(Protocol):
    def study_opened(self, study) -> None: ...

    def study_closed(self) -> None: ...


class StudySession:
    """Opens and closes one study and owns the work running on it."""

    def __init__(self):
        self.study = None
        self.work: list[Work] = []
        self.observers: list[Observer] = []

    def observe(self, observer: Observer) -> None:
        self.observers.append(observer)

    def open(self, study) -> None:
        """Take an opened study (the previous one must be closed first) and tell the observers."""
        if self.study is not None:
            raise RuntimeError("close the open study before opening another")
        self.study = study
        for observer in list(self.observers):
            observer.study_opened(study)

    def add_work(self, work: Work) -> Work:
        """Own `work` until it ends (`work_ended`) or the study closes."""
        self.work.append(work)
        return work

    def work_ended(self, work: Work) -> None:
        if work in self.work:
            self.work.remove(work)

    def cancel_participant(self, participant_id: int) -> None:
        """Cancel every piece of work on this participant's data and wait for it (before a withdrawal)."""
        for work in list(self.work):
            work.cancel_participant(participant_id)

    def stop_work(self) -> None:
        """Stop every piece of work and wait for it (what was done is saved)."""
        while self.work:
            self.work.pop().stop()

    def close(self, keep_open: bool = False) -> None:
        """Stop the work, close the study (unless keep_open: it is handed on) and tell the observers."""
        if self.study is None:
            return
        self.stop_work()
        study, self.study = self.study, None
        if not keep_open:
            study.close()
        for observer in list(self.observers):
            observer.study_closed()
