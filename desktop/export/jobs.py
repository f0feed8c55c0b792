"""Background jobs of the export screens, on the app's ThreadWorker (plain thread, results as signals)."""
import threading

from PySide6.QtCore import Signal

from desktop.i18n import refusal
from desktop.workers import ThreadWorker


class Cancelled(Exception):
    """Raised inside a job (from a progress callback) once it was cancelled."""


_running: set = set()
_scanning = threading.Lock()  # one scan at a time: no duplicate detector work on a shared two-core laptop


class _Job(ThreadWorker):
    """A tracked, cancellable job: closing the study first stops and waits for it (stop_all)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.cancelled = False
        self.finished.connect(lambda: _running.discard(self))

    def start(self, *args) -> None:
        _running.add(self)
        super().start(*args)

    def cancel(self) -> None:
        """Stop at the next check (between texts or interviews); what it would emit is dropped."""
        self.cancelled = True

    def check(self, *_progress) -> None:
        if self.cancelled:
            raise Cancelled()

    def post(self, signal: str, *args) -> None:
        if not self.cancelled:
            super().post(signal, *args)


def stop_all(timeout_ms: int = 30000) -> bool:
    """Cancel every running preview or scan and wait for all jobs (exports run to the end); true if all ended.

    Call before closing the study: a thread must not read a study whose connections are closed."""
    jobs = list(_running)
    for job in jobs:
        if not isinstance(job, ExportJob):
            job.cancel()
    ended = all(job.wait(timeout_ms) for job in jobs)
    _running.difference_update(j for j in jobs if not j.isRunning())
    return ended


class ExportWork:
    """The export jobs as session work (desktop/study_session.py): stopped before the study closes."""

    def cancel_participant(self, participant_id: int) -> None:
        """Nothing to cancel: a preview counts again when it is shown after the withdrawal."""

    def stop(self) -> None:
        stop_all()


def _message(exc: Exception) -> str:
    return refusal(exc)   # a core refusal in the UI's language; anything else a sentence and a technical detail


class ExportJob(_Job):
    """Runs `storage.exports.export(...)`; emits done(path) or failed(message)."""

    done = Signal(str)
    failed = Signal(str)

    def __init__(self, study, fmt: str, out: str, interview_id, pseudonymise: bool, parent=None):
        super().__init__(parent)
        self.args = (study, fmt, out, interview_id, pseudonymise)

    def run(self) -> None:
        from storage.exports import export

        study, fmt, out, interview_id, pseudonymise = self.args
        try:
            path = export(study, fmt, out, interview_id=interview_id, pseudonymise=pseudonymise)
        except Exception as exc:  # noqa: BLE001 - shown to the researcher, the dialog stays usable
            self.post("failed", _message(exc))
            return
        self.post("done", str(path))


class PreviewJob(_Job):
    """Counts what an export includes, then (if asked) how much pseudonymisation review is open."""

    counted = Signal(object)
    reviewed = Signal(object)
    failed = Signal(str)

    def __init__(self, study, fmt: str, interview_id, check_review: bool, parent=None):
        super().__init__(parent)
        self.args = (study, fmt, interview_id, check_review)

    def run(self) -> None:
        from desktop.export.preview import counts, open_review

        study, fmt, interview_id, check_review = self.args
        try:
            preview = counts(study, fmt, interview_id)
            self.post("counted", preview)
            if check_review and preview.unit is not None and preview.interviews:
                with _scanning:
                    self.check()
                    self.post("reviewed", open_review(study, [i["id"] for i in preview.interviews], self.check))
        except Cancelled:
            return
        except Exception as exc:  # noqa: BLE001
            self.post("failed", _message(exc))


class ProposalsJob(_Job):
    """Scans an interview (deduce's tables load the first time) and lists its proposals ranked for review."""

    loaded = Signal(object)
    progress = Signal(int, int)
    failed = Signal(str)

    def __init__(self, study, interview_id: int, parent=None):
        super().__init__(parent)
        self.study, self.interview_id = study, interview_id

    def run(self) -> None:
        from storage.pseudonymise.pseudonymiser import Pseudonymiser
        from storage.pseudonymise.review_list import review_items

        try:
            reviewer = Pseudonymiser(self.study)
            def progress(done, total):
                self.check()
                self.post("progress", done, total)

            with _scanning:
                self.check()
                reviewer.scan(self.interview_id, progress)
                self.check()
                self.post("loaded", review_items(self.study, self.interview_id))
        except Cancelled:
            return
        except Exception as exc:  # noqa: BLE001
            self.post("failed", _message(exc))


_warm_thread: threading.Thread | None = None


def start_warm_up() -> threading.Thread | None:
    """Load deduce's lookup tables in a background thread, once, unless VELDWERK_NO_WARMUP is set.

    Never blocks: the first export or review then does not stall for a minute."""
    import os

    global _warm_thread
    if os.environ.get("VELDWERK_NO_WARMUP"):
        return None
    if _warm_thread is not None:
        return _warm_thread
    from storage.pseudonymise import deidentify

    if deidentify.is_warm():
        return None

    def warm() -> None:
        try:
            deidentify.warm_up()
        except Exception:  # noqa: BLE001 - the export will report it when it needs the tables
            pass

    _warm_thread = threading.Thread(target=warm, name="deduce-warm-up", daemon=True)
    _warm_thread.start()
    return _warm_thread
