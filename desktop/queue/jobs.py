"""Transcription jobs for the desktop: the core job (transcribe.job) in a worker thread, one at a time."""
import itertools
import threading
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QSettings, Signal

from desktop.i18n import refusal, unexpected
from desktop.workers import ThreadWorker
from storage.errors import Cancelled, VeldwerkError

_ids = itertools.count(1)


@dataclass
class Job:
    interview_id: int
    label: str
    participant_id: int  # whose interview (from the core, not the label): a withdrawal cancels their jobs by it
    model: str | None = None
    fast: bool = False
    threads: int | None = None
    speakers: int | str | None = None  # who spoke when afterwards: None off, N speakers, "auto" estimate
    device: str = "auto"
    id: int = field(default_factory=lambda: next(_ids))
    state: str = "queued"  # queued, running, done, failed, cancelled
    fraction: float = 0.0
    elapsed: float = 0.0
    remaining: float | None = None
    message: str = ""
    transcript_id: int | None = None
    cancel: threading.Event = field(default_factory=threading.Event)

    @property
    def active(self) -> bool:
        return self.state in ("queued", "running")


def preferences() -> dict:
    """The laptop's transcription preferences: CPU threads (None = physical cores), fast mode, device and
    who spoke when (desktop/queue/options.py; by default the expected count: interviewer + participant)."""
    from desktop.queue.options import device_preference, speakers_preference

    settings = QSettings()
    threads = int(settings.value("transcription/threads", 0) or 0)
    fast = settings.value("transcription/fast", False)
    return {"threads": threads or None, "fast": fast in (True, "true", "1", 1), "speakers": speakers_preference(),
            "device": device_preference()}


class JobWorker(ThreadWorker):
    """Runs one core transcription job in a thread; its signals arrive on the UI thread."""

    progress = Signal(int, float, float, object)
    phase = Signal(int, str)  # job id, a note such as "Detecting speakers…"
    done = Signal(int, int)
    failed = Signal(int, str)
    cancelled = Signal(int, str)

    def __init__(self, study, job: Job, parent=None):
        super().__init__(parent)
        self.study = study
        self.job = job

    def run(self) -> None:
        from transcribe.job import transcribe_interview

        job = self.job
        try:
            tid = transcribe_interview(
                self.study, job.interview_id, model=job.model, fast=job.fast, threads=job.threads,
                on_progress=lambda f, e, r: self.post("progress", job.id, f, e, r), cancel=job.cancel,
                device=job.device,
            )
            if job.speakers is not None and not job.cancel.is_set():
                self._label_speakers(tid)
        except Cancelled as exc:
            self.post("cancelled", job.id, refusal(exc))
        except VeldwerkError as exc:
            self.post("failed", job.id, refusal(exc))
        except Exception as exc:  # noqa: BLE001 - a bug still has to reach the researcher
            self.post("failed", job.id, unexpected(exc))
        else:
            self.post("done", job.id, tid)
        finally:
            self.study.close_thread_connection()

    def _label_speakers(self, transcript_id: int) -> None:
        """Who spoke when, after the transcript is complete; a failure here keeps the transcript."""
        from desktop.editor.speaker_tools import error_text
        from transcribe.speaker_job import AUTO_SPEAKERS, detect_speakers

        job = self.job
        self.post("phase", job.id, "speakers")
        try:
            labels, names = detect_speakers(self.study, transcript_id, None if job.speakers == AUTO_SPEAKERS else job.speakers,
                                            cancel=job.cancel)
            self.study.transcripts.set_speakers(transcript_id, labels, names)
        except Cancelled:
            self.post("phase", job.id, "speakers-cancelled")
        except Exception as exc:  # noqa: BLE001 - the transcript is done; say why the speakers are not
            self.post("phase", job.id, "speakers-failed:" + error_text(exc))
        else:
            self.post("phase", job.id, "speakers-done:" + ", ".join(names.values()))


class TranscriptionQueue(QObject):
    """Queued jobs, run one after another in a worker thread."""

    changed = Signal(int)  # job id (a new job, progress or a new state)
    finished = Signal(int, int)  # job id, transcript id
    failed = Signal(int, str)
    idle = Signal()

    def __init__(self, study, parent=None):
        super().__init__(parent)
        self.study = study
        self.jobs: list[Job] = []
        self.worker: JobWorker | None = None

    def job(self, job_id: int) -> Job:
        return next(j for j in self.jobs if j.id == job_id)

    def add(self, interview_id: int, label: str = "", model: str | None = None, fast: bool | None = None,
            speakers: int | str | None = "default", device: str | None = None) -> Job:
        """Queue an interview (a partial transcript resumes where it stopped). speakers: None off, N, "auto",
        or "default" for the preference."""
        for existing in self.jobs:
            if existing.interview_id == interview_id and existing.active:
                return existing
        prefs = preferences()
        model = model or self.study.get_setting("model") or None
        participant_id = self.study.interviews.get(interview_id).participant_id
        job = Job(interview_id, label or str(interview_id), participant_id, model=model,
                  fast=prefs["fast"] if fast is None else fast, threads=prefs["threads"],
                  speakers=prefs["speakers"] if speakers == "default" else speakers, device=device or prefs["device"])
        self.jobs.append(job)
        self.changed.emit(job.id)
        self._next()
        return job

    def cancel(self, job_id: int) -> None:
        job = self.job(job_id)
        if job.state == "queued":
            job.state = "cancelled"
            job.message = self.tr("Cancelled before it started.")
            self.changed.emit(job.id)
        elif job.state == "running":
            job.cancel.set()
            job.message = self.tr("Cancelling…")
            self.changed.emit(job.id)

    def cancel_participant(self, participant_id: int, timeout_ms: int = 15000) -> list[Job]:
        """Cancel every active job on the participant's interviews (a withdrawal) and wait for a running
        one to stop; returns them. Other participants' jobs go on."""
        jobs = [j for j in self.jobs if j.active and j.participant_id == participant_id]
        running = any(j.state == "running" for j in jobs)
        for job in jobs:
            self.cancel(job.id)
        if running and self.worker is not None:
            self.worker.wait(timeout_ms)
        return jobs

    def stop(self) -> None:
        """Session work (desktop/study_session.py): cancel every job and wait."""
        self.cancel_all()

    def retry(self, job_id: int) -> Job:
        """Run a failed or cancelled job again; it resumes after what was saved."""
        old = self.job(job_id)
        self.jobs.remove(old)
        return self.add(old.interview_id, old.label, old.model, old.fast, old.speakers, old.device)

    def running(self) -> Job | None:
        return next((j for j in self.jobs if j.state == "running"), None)

    def busy(self) -> bool:
        return any(j.active for j in self.jobs)

    def cancel_all(self) -> None:
        """Cancel every job and wait for the worker thread to end (what was done is saved)."""
        for job in self.jobs:
            if job.state == "queued":
                job.state = "cancelled"
        for job in self.jobs:
            if job.active:
                self.cancel(job.id)
        if self.worker is not None:
            self.worker.wait()

    def _next(self) -> None:
        if self.worker is not None:
            return
        job = next((j for j in self.jobs if j.state == "queued"), None)
        if job is None:
            self.idle.emit()
            return
        job.state = "running"
        job.message = ""
        worker = JobWorker(self.study, job, self)
        worker.progress.connect(self._progress)
        worker.phase.connect(self._phase)
        worker.done.connect(self._done)
        worker.failed.connect(self._failed)
        worker.cancelled.connect(self._cancelled)
        worker.finished.connect(self._worker_finished)
        self.worker = worker
        self.changed.emit(job.id)
        worker.start()

    def _progress(self, job_id: int, fraction: float, elapsed: float, remaining) -> None:
        job = self.job(job_id)
        job.fraction, job.elapsed, job.remaining = fraction, elapsed, remaining
        self.changed.emit(job_id)

    def _phase(self, job_id: int, phase: str) -> None:
        job = self.job(job_id)
        kind, _, detail = phase.partition(":")
        job.message = {
            "speakers": self.tr("Detecting speakers…"),
            "speakers-done": self.tr("Speakers: %1 (a proposal; check them in the editor)").replace("%1", detail),
            "speakers-failed": detail,
            "speakers-cancelled": self.tr("Speaker detection cancelled; the transcript is kept."),
        }[kind]
        self.changed.emit(job_id)

    def _done(self, job_id: int, transcript_id: int) -> None:
        job = self.job(job_id)
        job.state, job.fraction, job.transcript_id, job.remaining = "done", 1.0, transcript_id, 0.0
        job.message = job.message if job.speakers is not None and job.message else self.tr("Done")
        self.changed.emit(job_id)
        self.finished.emit(job_id, transcript_id)

    def _failed(self, job_id: int, message: str) -> None:
        job = self.job(job_id)
        job.state, job.message = "failed", message
        self.changed.emit(job_id)
        self.failed.emit(job_id, message)

    def _cancelled(self, job_id: int, message: str) -> None:
        job = self.job(job_id)
        job.state, job.message = "cancelled", message
        self.changed.emit(job_id)

    def _worker_finished(self) -> None:
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.deleteLater()
        self._next()
