"""One writer per study, across processes: advisory file locks (flock) inside the study folder.

- `study.lock`: every open Study holds it *shared*; a passphrase change needs it *exclusive*, so a
  re-key refuses while another window, command or Study object has the study open (a running
  recording would otherwise lose what it writes after the change).
- `transcribe-<interview id>.lock`: held *exclusive* while an interview is transcribed, so a second
  transcription of the same interview is refused instead of interleaving its segments, and a
  withdrawal refuses while the participant's interview is being transcribed.
- `recording-<recording id>.lock` (storage/recording_writer.py): held while a take is recorded.

The kernel releases a flock when its process ends, also on kill -9, so no stale lock ever blocks.
The lock files hold no content. On a system without fcntl (Windows) the locks are no-ops.
"""
import os
from pathlib import Path

from storage.errors import StudyBusy

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None

STUDY_LOCK = "study.lock"


def _open(path: Path):
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    return os.fdopen(fd, "r+")


def _try(handle, mode) -> bool:
    try:
        fcntl.flock(handle, mode | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        return False


class StudyLock:
    """The shared lock an open Study holds; `exclusive()` upgrades it for a passphrase change."""

    def __init__(self, study_path):
        self.path = Path(study_path) / STUDY_LOCK
        self._handle = None
        if fcntl is None:
            return
        self._handle = _open(self.path)
        if not _try(self._handle, fcntl.LOCK_SH):
            self._handle.close()
            self._handle = None
            raise StudyBusy(key="busy.rekey")

    def exclusive(self):
        """A context in which no other process or Study object has this study open; StudyBusy otherwise."""
        return _Exclusive(self)

    def release(self) -> None:
        if self._handle is not None:
            self._handle.close()  # closing the descriptor drops the flock
            self._handle = None


class _Exclusive:
    def __init__(self, lock: StudyLock):
        self.lock = lock

    def __enter__(self):
        handle = self.lock._handle
        if handle is not None and not _try(handle, fcntl.LOCK_EX):
            fcntl.flock(handle, fcntl.LOCK_SH)  # a failed conversion may have dropped the shared lock
            raise StudyBusy(key="busy.open_elsewhere")
        return self

    def __exit__(self, *exc):
        handle = self.lock._handle
        if handle is not None:
            fcntl.flock(handle, fcntl.LOCK_SH)
        return False


def job_lock_path(study_path, interview_id: int) -> Path:
    return Path(study_path) / f"transcribe-{interview_id}.lock"


class TranscriptionLock:
    """Held while one interview is transcribed (`with TranscriptionLock(study, interview, code): ...`)."""

    def __init__(self, study, interview_id: int, participant_code: str):
        self.path = job_lock_path(study.path, interview_id)
        self.code = participant_code
        self._handle = None

    def __enter__(self):
        if fcntl is None:
            return self
        self._handle = _open(self.path)
        if not _try(self._handle, fcntl.LOCK_EX):
            self._handle.close()
            self._handle = None
            raise StudyBusy(key="busy.transcribing", code=self.code)
        return self

    def __exit__(self, *exc):
        if self._handle is not None:
            self._handle.close()
            self._handle = None
        return False


def being_transcribed(study, interview_ids) -> list[int]:
    """The interviews among these that a live transcription (any process) holds."""
    if fcntl is None:
        return []
    busy = []
    for interview_id in interview_ids:
        path = job_lock_path(study.path, interview_id)
        if not path.exists():
            continue
        with _open(path) as handle:
            if _try(handle, fcntl.LOCK_EX):
                fcntl.flock(handle, fcntl.LOCK_UN)
            else:
                busy.append(interview_id)
    return busy
