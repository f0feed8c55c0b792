"""Recordings: audio kept inside the study database as mono 16-bit PCM chunks.

In an encrypted study the chunks are encrypted with everything else by SQLCipher, so no
audio reaches the disk in plaintext. A take being recorded is committed chunk by chunk
(at least once a second), so a crash loses at most the last second; the next open finds
the interrupted take and marks it recovered.
"""
import dataclasses
import hashlib
import json
import os

import numpy as np

from storage.clock import now
from storage.consent.forms import ConsentItem
from storage.errors import NotAudio, NotFound
from storage.recording_writer import RecordingWriter, is_locked, lock_path
from storage.vocabulary import RecordingKind, RecordingState

MAX_CHUNK_SECONDS = 10


@dataclasses.dataclass(frozen=True)
class Recording:
    """A take, an imported file or a consent clip as the core hands it out (its audio is read apart)."""

    id: int
    interview_id: int | None  # None for a consent clip
    participant_id: int
    kind: RecordingKind
    state: RecordingState
    sample_rate: int
    frames: int
    duration: float  # seconds
    sha256: str | None  # of the PCM bytes, set when the take is finished
    source_name: str  # the imported file's name
    recovered: bool  # closed after a crash with the audio that reached the disk
    markers: list  # [{"time": seconds, "label": str}]
    created_at: str

    @classmethod
    def from_row(cls, row: dict) -> "Recording":
        """A row of the recordings table (markers as their JSON text)."""
        return cls(**dict(row, kind=RecordingKind(row["kind"]), state=RecordingState(row["state"]),
                          recovered=bool(row["recovered"]), markers=json.loads(row["markers"] or "[]")))


class Recordings:
    """Stores and reads a study's audio."""

    def __init__(self, study):
        self.study = study

    def begin(self, *, interview_id: int | None, participant_id: int, sample_rate: int,
              kind: RecordingKind = RecordingKind.RECORDED) -> RecordingWriter:
        """Start a take; write PCM16 bytes to the returned writer, flush at least once a second."""
        kind = RecordingKind(kind)
        if kind in (RecordingKind.RECORDED, RecordingKind.IMPORTED):
            from storage.sessions.consent import require_present

            # refuses unless everyone present (the participant, or all in a session) consented to audio recording
            require_present(self.study, ConsentItem.RECORDING, interview_id=interview_id, participant_ids=[participant_id])
        elif kind == RecordingKind.CONSENT_CLIP:
            self.study.participants.require_active(participant_id)
        with self.study.transaction():
            cur = self.study.conn.execute(
                "INSERT INTO recordings(interview_id, participant_id, kind, state, sample_rate, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [interview_id, participant_id, kind, RecordingState.RECORDING, sample_rate, now()],
            )
            self.study.audit.log("recording.begin", "recording", cur.lastrowid, {"kind": kind})
        return RecordingWriter(self.study, cur.lastrowid, sample_rate)

    def add_pcm(self, *, interview_id: int | None, participant_id: int, pcm, sample_rate: int,
                kind: RecordingKind = RecordingKind.IMPORTED, source_name: str = "") -> int:
        """Store a whole clip of mono PCM16 (bytes or int16 array) in one go; returns the recording id."""
        data = np.asarray(pcm, dtype="<i2").tobytes() if not isinstance(pcm, (bytes, bytearray)) else bytes(pcm)
        if len(data) < 2:
            raise NotAudio(key="audio.empty")
        step = sample_rate * 2 * MAX_CHUNK_SECONDS
        return self.add_stream(interview_id=interview_id, participant_id=participant_id, sample_rate=sample_rate,
                               blocks=(data[o:o + step] for o in range(0, len(data), step)), kind=kind,
                               source_name=source_name)

    def add_stream(self, *, interview_id: int | None, participant_id: int, blocks, sample_rate: int,
                   kind: RecordingKind = RecordingKind.IMPORTED, source_name: str = "") -> int:
        """Store mono PCM16 blocks (bytes or int16 arrays) as they come, in bounded memory; returns the recording id.

        Called inside the caller's transaction (as `transcribe.importing` does), the whole clip is stored or
        nothing: a block iterator that raises midway leaves no trace.
        """
        writer = self.begin(interview_id=interview_id, participant_id=participant_id, sample_rate=sample_rate, kind=kind)
        try:
            for block in blocks:
                writer.write(block if isinstance(block, (bytes, bytearray)) else np.asarray(block, dtype="<i2").tobytes())
            if writer.seconds == 0:
                raise NotAudio(key="audio.empty")
            return writer.finish(source_name=source_name)
        except BaseException:
            writer.abort()
            raise

    def get(self, recording_id: int) -> Recording:
        rows = list(self.study.db.query("SELECT * FROM recordings WHERE id = ?", [recording_id]))
        if not rows:
            raise NotFound(key="recording.not_found", recording_id=recording_id)
        return Recording.from_row(rows[0])

    def for_interview(self, interview_id: int) -> list[Recording]:
        """The interview's recordings, oldest first."""
        return [
            Recording.from_row(r)
            for r in self.study.db.query(
                "SELECT * FROM recordings WHERE interview_id = ? AND kind != ? ORDER BY id",
                [interview_id, RecordingKind.CONSENT_CLIP],
            )
        ]

    def main_for_interview(self, interview_id: int) -> Recording:
        """The interview's audio to transcribe and play (its first complete recording)."""
        for rec in self.for_interview(interview_id):
            if rec.state == RecordingState.COMPLETE:
                return rec
        raise NotFound(key="recording.no_audio", interview_id=interview_id)

    def iter_chunks(self, recording_id: int):
        """(start_frame, PCM16 bytes) in order."""
        cur = self.study.conn.execute(
            "SELECT start_frame, data FROM audio_chunks WHERE recording_id = ? ORDER BY start_frame", [recording_id]
        )
        yield from cur

    def read_pcm(self, recording_id: int, start: float = 0.0, end: float | None = None) -> np.ndarray:
        """Mono int16 samples of the recording, or of the range [start, end) in seconds."""
        rate = self.get(recording_id).sample_rate
        first = int(start * rate)
        last = None if end is None else int(end * rate)
        lookback = first - rate * MAX_CHUNK_SECONDS * 2
        sql = "SELECT start_frame, data FROM audio_chunks WHERE recording_id = ? AND start_frame >= ?"
        params = [recording_id, lookback]
        if last is not None:
            sql += " AND start_frame < ?"
            params.append(last)
        parts = []
        for start_frame, data in self.study.conn.execute(sql + " ORDER BY start_frame", params):
            samples = np.frombuffer(data, dtype="<i2")
            lo = max(0, first - start_frame)
            hi = len(samples) if last is None else max(0, min(len(samples), last - start_frame))
            if lo < hi:
                parts.append(samples[lo:hi])
        return np.concatenate(parts) if parts else np.zeros(0, dtype="<i2")

    def read_float32(self, recording_id: int, rate: int = 16000) -> np.ndarray:
        """Mono float32 samples in [-1, 1] at `rate` (resampled in memory when needed)."""
        native = self.get(recording_id).sample_rate
        samples = self.read_pcm(recording_id).astype(np.float32) / 32768.0
        if native == rate or samples.size == 0:
            return samples
        from storage.resample import resample

        return resample(samples, native, rate)

    def sha256(self, recording_id: int) -> str:
        """The sha256 of the recording's PCM bytes, recomputed from the stored chunks."""
        digest = hashlib.sha256()
        for _, data in self.iter_chunks(recording_id):
            digest.update(data)
        return digest.hexdigest()

    def set_markers(self, recording_id: int, markers: list[dict]) -> None:
        """Replace the take's markers ([{"time": seconds, "label": str}])."""
        with self.study.transaction():
            self.study.conn.execute(
                "UPDATE recordings SET markers = ? WHERE id = ?", [json.dumps(markers, ensure_ascii=False), recording_id]
            )

    def delete(self, recording_id: int) -> None:
        """Delete a recording and its audio (inside the caller's transaction, if any)."""
        with self.study.transaction():
            self.study.conn.execute("DELETE FROM audio_chunks WHERE recording_id = ?", [recording_id])
            self.study.conn.execute("UPDATE transcripts SET recording_id = NULL WHERE recording_id = ?", [recording_id])
            self.study.conn.execute("DELETE FROM recordings WHERE id = ?", [recording_id])
            self.study.audit.log("recording.delete", "recording", recording_id)

    def interrupted(self) -> list[Recording]:
        """Takes left in the recording state by a crash (and not still being written)."""
        rows = self.study.db.query("SELECT * FROM recordings WHERE state = ? ORDER BY id", [RecordingState.RECORDING])
        return [Recording.from_row(r) for r in rows if not is_locked(lock_path(self.study.path, r["id"]))]

    def recover_interrupted(self) -> list[Recording]:
        """Close every interrupted take, keeping all audio that reached the disk; marks it recovered."""
        recovered = []
        for rec in self.interrupted():
            frames = self.study.conn.execute(
                "SELECT coalesce(sum(length(data)), 0) / 2 FROM audio_chunks WHERE recording_id = ?", [rec.id]
            ).fetchone()[0]
            with self.study.transaction():
                self.study.conn.execute(
                    "UPDATE recordings SET state = ?, recovered = 1, frames = ?, duration = ?, sha256 = ? "
                    "WHERE id = ?",
                    [RecordingState.COMPLETE, frames, frames / rec.sample_rate, self.sha256(rec.id), rec.id],
                )
                self.study.audit.log("recording.recover", "recording", rec.id, {"frames": frames})
            try:
                os.unlink(lock_path(self.study.path, rec.id))
            except OSError:
                pass
            recovered.append(self.get(rec.id))
        return recovered
