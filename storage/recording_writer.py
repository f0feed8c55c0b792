"""Writing one take into the study, crash-safely: every flush is a committed transaction."""
import hashlib
import json
import os
from pathlib import Path

from storage.connection import DatabaseError
from storage.errors import DiskFull
from storage.vocabulary import RecordingState

try:
    import fcntl
except ImportError:  # Windows: no advisory locks; interrupted takes are recovered on open
    fcntl = None


def lock_path(study_path, recording_id: int) -> Path:
    """The lock file a live take holds, so another process does not 'recover' it."""
    return Path(study_path) / f"recording-{recording_id}.lock"


def is_locked(path: Path) -> bool:
    """Whether a live process holds the lock file."""
    if fcntl is None or not path.exists():
        return False
    with open(path, "a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return True
        fcntl.flock(handle, fcntl.LOCK_UN)
    return False


def _is_disk_full(exc: Exception) -> bool:
    text = str(exc).lower()
    return "full" in text or "no space" in text or "disk i/o" in text


class RecordingWriter:
    """Receives PCM16 mono bytes for one take. Thread-safe for one writer thread.

    write() buffers; flush() commits the buffer as one chunk; finish() closes the take.
    DiskFull from write/flush means the unflushed audio is lost and the rest is kept.
    """

    def __init__(self, study, recording_id: int, sample_rate: int):
        self.study = study
        self.recording_id = recording_id
        self.sample_rate = sample_rate
        self.frames = 0
        self.markers: list[dict] = []
        self._markers_saved = 0
        self._buffer = bytearray()
        self._sha = hashlib.sha256()
        self._lock_file = None
        self._aborted = False
        if fcntl is not None:
            self._lock_file = open(lock_path(study.path, recording_id), "w")
            fcntl.flock(self._lock_file, fcntl.LOCK_EX | fcntl.LOCK_NB)

    @property
    def seconds(self) -> float:
        """Seconds committed plus buffered."""
        return (self.frames + len(self._buffer) // 2) / self.sample_rate

    def write(self, pcm: bytes) -> None:
        """Queue mono PCM16 little-endian bytes."""
        self._buffer += pcm
        if len(self._buffer) >= self.sample_rate * 2 * 5:
            self.flush()

    def add_marker(self, time: float, label: str = "") -> None:
        """A marker at `time` seconds into the take, saved with the next flush."""
        self.markers.append({"time": round(float(time), 3), "label": label})

    def flush(self) -> None:
        """Commit buffered audio (and new markers) to the database."""
        usable = len(self._buffer) - len(self._buffer) % 2
        if usable == 0 and self._markers_saved == len(self.markers):
            return
        data = bytes(self._buffer[:usable])
        conn = self.study.conn
        try:
            if not conn.in_transaction:
                conn.execute("PRAGMA synchronous = FULL")
            with self.study.transaction():
                if data:
                    conn.execute(
                        "INSERT INTO audio_chunks(recording_id, start_frame, data) VALUES (?, ?, ?)",
                        [self.recording_id, self.frames, data],
                    )
                frames = self.frames + len(data) // 2
                conn.execute(
                    "UPDATE recordings SET frames = ?, duration = ?, markers = ? WHERE id = ?",
                    [frames, frames / self.sample_rate, json.dumps(self.markers, ensure_ascii=False), self.recording_id],
                )
        except (DatabaseError, OSError) as exc:
            if _is_disk_full(exc):
                raise DiskFull(key="disk.full_recording") from exc
            raise
        del self._buffer[:usable]
        self._sha.update(data)
        self.frames += len(data) // 2
        self._markers_saved = len(self.markers)

    def finish(self, source_name: str = "") -> int:
        """Flush, close the take and return its recording id."""
        self.flush()
        with self.study.transaction():
            self.study.conn.execute(
                "UPDATE recordings SET state = ?, frames = ?, duration = ?, sha256 = ?, source_name = ? "
                "WHERE id = ?",
                [RecordingState.COMPLETE, self.frames, self.frames / self.sample_rate, self._sha.hexdigest(), source_name, self.recording_id],
            )
            self.study.audit.log("recording.finish", "recording", self.recording_id, {"frames": self.frames})
        self._release()
        return self.recording_id

    def close_after_error(self) -> int:
        """End the take with what reached the disk (after DiskFull or a device error)."""
        try:
            return self.finish()
        except DiskFull:
            self._buffer.clear()
            self._release()
            return self.recording_id

    def abort(self) -> None:
        """Drop the take and its audio entirely (a second call does nothing)."""
        if self._aborted:
            return
        self._aborted = True
        self._buffer.clear()
        self._release()
        self.study.recordings.delete(self.recording_id)

    def _release(self) -> None:
        if self._lock_file is not None:
            path = self._lock_file.name
            self._lock_file.close()
            self._lock_file = None
            try:
                os.unlink(path)
            except OSError:
                pass
