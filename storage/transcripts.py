"""Transcripts: ordered segments with speaker, edited text beside the original ASR text, and words.

A transcript's lifecycle has one owner, this module. A transcription job calls start() (the consent
check and the start / resume / replace decision, nothing written yet), then open() once its model and
audio are ready, append_segments() as segments finish and complete(); a rerun after a cancel or crash
resumes after resume_point(). begin() is start's decision without the consent check, for importers
and fixtures that fill a transcript themselves.
"""
import dataclasses
import difflib
import json

from storage.clock import now
from storage.consent.forms import ConsentItem
from storage.errors import NotFound, VeldwerkError
from storage.segments import Segment, StoredSegment
from storage.vocabulary import TranscriptState


def shift_offset(ops, offset: int, new_length: int, *, at_end: bool) -> int:
    """Where a character offset of the old text lands in the new one, given difflib opcodes.

    Unchanged text keeps its place; an offset inside replaced or deleted text moves to the edge of
    the change, so a coding never takes in words typed just outside it.
    """
    for tag, i1, i2, j1, j2 in ops:
        if tag == "insert":
            if at_end and offset == i1:
                return j1          # text typed right after a coding stays outside it
            continue
        if i1 <= offset < i2:
            if tag == "equal":
                return j1 + offset - i1
            return j1 if offset == i1 or not at_end else j2   # a corrected word stays inside
    return new_length


@dataclasses.dataclass(frozen=True)
class Transcript:
    """A transcript as the core hands it out (`Transcripts.get` / `for_interview`); its segments are read apart."""

    id: int
    interview_id: int
    recording_id: int | None
    model: str
    language: str
    state: TranscriptState  # PARTIAL (a job resumes it) or COMPLETE
    progress_end: float  # seconds of audio done, for resuming
    speakers: dict  # {speaker label: display name}
    created_at: str
    updated_at: str | None

    @classmethod
    def from_row(cls, row: dict) -> "Transcript":
        """A row of the transcripts table (speakers as their JSON text)."""
        return cls(**dict(row, state=TranscriptState(row["state"]), speakers=json.loads(row["speakers"] or "{}")))


@dataclasses.dataclass(frozen=True)
class TranscriptStart:
    """How an interview's transcription starts, decided before anything is written (Transcripts.start)."""

    interview_id: int
    recording_id: int | None
    language: str
    model: str | None = None  # the unfinished transcript's model when resuming, else the one asked for
    resume_id: int | None = None  # the unfinished transcript this run continues
    discard_id: int | None = None  # the transcript this run replaces (deleted when it opens)


class Transcripts:
    """Stores transcripts and edits to them."""

    def __init__(self, study):
        self.study = study

    # -- the transcription job's side -----------------------------------------------------
    def start(self, interview_id: int, *, model: str | None = None, language: str | None = None,
              replace: bool = False) -> TranscriptStart:
        """Decide how transcribing the interview starts; raises before anything is written.

        Refuses (ConsentRequired) unless the participant consented to transcription, (NotFound) without
        audio, and (VeldwerkError) a complete transcript unless `replace`, or resuming an unfinished one
        with another model. language: None takes the study's; model: None takes the unfinished
        transcript's, else the study's `model` setting (still None: the caller's default).
        """
        from storage.sessions.consent import require_present

        self.study.interviews.get(interview_id)
        # the participant, or in a focus group or meeting everyone present
        require_present(self.study, ConsentItem.TRANSCRIPTION, interview_id=interview_id)
        recording = self.study.recordings.main_for_interview(interview_id)
        plan = self._decide(interview_id, model=model, language=language or self.study.language or "nl",
                            recording_id=recording.id, replace=replace)
        return plan if plan.model else dataclasses.replace(plan, model=self.study.get_setting("model") or None)

    def open(self, plan: TranscriptStart, *, model: str) -> int:
        """Carry out a start(): the resumed transcript, or a new one (the replaced one deleted with it)."""
        if plan.resume_id is not None:
            return plan.resume_id
        with self.study.transaction():  # the old transcript goes only together with the new one's start
            if plan.discard_id is not None:
                self._delete(plan.discard_id)
            cur = self.study.conn.execute(
                "INSERT INTO transcripts(interview_id, recording_id, model, language, state, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [plan.interview_id, plan.recording_id, model, plan.language, TranscriptState.PARTIAL, now(), now()],
            )
            self.study.audit.log("transcript.begin", "transcript", cur.lastrowid, {"model": model})
        return cur.lastrowid

    def begin(self, interview_id: int, *, model: str = "", language: str = "", recording_id: int | None = None,
              replace: bool = False) -> int:
        """The interview's transcript to fill: the unfinished one to resume, or a new one (no consent check).

        A complete transcript is only replaced (with its edits and codings) when `replace` is set.
        """
        self.study.interviews.get(interview_id)
        plan = self._decide(interview_id, model=model or None, language=language, recording_id=recording_id,
                            replace=replace)
        return self.open(plan, model=model)

    def _decide(self, interview_id: int, *, model: str | None, language: str, recording_id: int | None,
                replace: bool) -> TranscriptStart:
        """Start, resume or replace: the one place this is decided."""
        plan = TranscriptStart(interview_id, recording_id, language, model)
        existing = self.for_interview(interview_id)
        if existing is None:
            return plan
        if existing.state == TranscriptState.PARTIAL and not replace:
            if model and existing.model and model != existing.model:
                raise VeldwerkError(key="transcript.other_model", interview=interview_id, model=existing.model)
            return dataclasses.replace(plan, model=existing.model or model, resume_id=existing.id)
        if existing.state != TranscriptState.PARTIAL and not replace:
            raise VeldwerkError(key="transcript.exists", interview=interview_id)
        return dataclasses.replace(plan, discard_id=existing.id)

    def resume_point(self, transcript_id: int) -> float:
        """Seconds of audio already transcribed."""
        return self.get(transcript_id).progress_end

    def append_segments(self, transcript_id: int, segments: list[Segment | dict], progress_end: float) -> None:
        """Save finished segments (Segment, or a dict {start, end, text, words, confidence, speaker}) and the progress mark."""
        conn = self.study.conn
        with self.study.transaction():
            position = conn.execute(
                "SELECT coalesce(max(position), -1) + 1 FROM segments WHERE transcript_id = ?", [transcript_id]
            ).fetchone()[0]
            for offset, seg in enumerate(segments):
                seg = seg.to_dict() if isinstance(seg, Segment) else seg
                text = seg["text"].strip()
                conn.execute(
                    "INSERT INTO segments(transcript_id, position, start, end, speaker, text, asr_text, confidence, words) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [
                        transcript_id,
                        position + offset,
                        float(seg["start"]),
                        float(seg["end"]),
                        seg.get("speaker") or "",
                        text,
                        text,
                        seg.get("confidence"),
                        json.dumps([list(w) for w in seg.get("words") or []], ensure_ascii=False),
                    ],
                )
            conn.execute(
                "UPDATE transcripts SET progress_end = ?, updated_at = ? WHERE id = ?",
                [float(progress_end), now(), transcript_id],
            )

    def complete(self, transcript_id: int) -> None:
        """Mark the transcript finished."""
        with self.study.transaction():
            self.study.conn.execute(
                "UPDATE transcripts SET state = ?, updated_at = ? WHERE id = ?",
                [TranscriptState.COMPLETE, now(), transcript_id],
            )
            self.study.audit.log("transcript.complete", "transcript", transcript_id)

    # -- reading ---------------------------------------------------------------------------
    def get(self, transcript_id: int) -> Transcript:
        rows = list(self.study.db.query("SELECT * FROM transcripts WHERE id = ?", [transcript_id]))
        if not rows:
            raise NotFound(key="transcript.not_found", transcript_id=transcript_id)
        return Transcript.from_row(rows[0])

    def for_interview(self, interview_id: int) -> Transcript | None:
        rows = list(self.study.db.query("SELECT id FROM transcripts WHERE interview_id = ?", [interview_id]))
        return self.get(rows[0]["id"]) if rows else None

    def segments(self, transcript_id: int) -> list[StoredSegment]:
        """Segments in reading order, words decoded."""
        return [
            StoredSegment.from_row(r)
            for r in self.study.db.query(
                "SELECT * FROM segments WHERE transcript_id = ? ORDER BY position", [transcript_id]
            )
        ]

    def segment(self, segment_id: int) -> StoredSegment:
        rows = list(self.study.db.query("SELECT * FROM segments WHERE id = ?", [segment_id]))
        if not rows:
            raise NotFound(key="segment.not_found", segment_id=segment_id)
        return StoredSegment.from_row(rows[0])

    def text(self, transcript_id: int) -> str:
        """The transcript as plain text, one segment a line."""
        return "\n".join(s.text for s in self.segments(transcript_id))

    # -- editing ---------------------------------------------------------------------------
    def edit_segment(self, segment_id: int, text: str) -> None:
        """Replace a segment's text; the original ASR text stays beside it. Codings in the segment
        keep covering the same words: their offsets follow the edit (see shift_offset)."""
        text = text.strip("\n")
        segment = self.segment(segment_id)
        old = segment.text
        conn = self.study.conn
        with self.study.transaction():
            if old != text:
                from storage.exchange.base import Kind, remember

                remember(self.study, Kind.SEGMENT, segment.uid, segment.to_dict())
            conn.execute("UPDATE segments SET text = ? WHERE id = ?", [text, segment_id])
            if old != text:
                conn.execute("UPDATE segments SET edited_by = ?, edited_at = ? WHERE id = ?",
                             [self.study.researcher, now(), segment_id])
                ops = difflib.SequenceMatcher(a=old, b=text, autojunk=False).get_opcodes()
                rows = conn.execute(
                    "SELECT id, start_segment_id, start_offset, end_segment_id, end_offset FROM codings "
                    "WHERE start_segment_id = ? OR end_segment_id = ?", [segment_id, segment_id],
                ).fetchall()
                for cid, first, lo, last, hi in rows:
                    lo = shift_offset(ops, lo, len(text), at_end=False) if first == segment_id else lo
                    hi = shift_offset(ops, hi, len(text), at_end=True) if last == segment_id else hi
                    conn.execute("UPDATE codings SET start_offset = ?, end_offset = ? WHERE id = ?", [lo, hi, cid])
            self.study.audit.log("segment.edit", "segment", segment_id)

    def restore_segment(self, segment_id: int) -> None:
        """Put back the original ASR text."""
        self.edit_segment(segment_id, self.segment(segment_id).asr_text)

    def set_speaker(self, segment_id: int, speaker: str) -> None:
        with self.study.transaction():
            self.study.conn.execute("UPDATE segments SET speaker = ? WHERE id = ?", [speaker, segment_id])
            self.study.audit.log("segment.speaker", "segment", segment_id)

    def set_speakers(self, transcript_id: int, labels: dict, names: dict) -> None:
        """Speaker labels for many segments ({segment_id: label}) and their display names, at once.

        In a session, an attributed label whose segments change here (speakers detected again, a merge) loses its
        attribution: the label may now hold someone else's words (storage/sessions/store.py)."""
        from storage.sessions.store import drop_changed_attributions

        with self.study.transaction(), drop_changed_attributions(self.study, transcript_id):
            self.study.conn.executemany(
                "UPDATE segments SET speaker = ? WHERE id = ? AND transcript_id = ?",
                [(label, sid, transcript_id) for sid, label in labels.items()],
            )
            self.study.conn.execute(
                "UPDATE transcripts SET speakers = ? WHERE id = ?", [json.dumps(names, ensure_ascii=False), transcript_id]
            )
            self.study.audit.log("transcript.speakers", "transcript", transcript_id, {"segments": len(labels)})

    def set_speaker_names(self, transcript_id: int, names: dict) -> None:
        """Display names for speaker labels, e.g. {"S1": "Interviewer", "S2": "R01"}."""
        with self.study.transaction():
            self.study.conn.execute(
                "UPDATE transcripts SET speakers = ? WHERE id = ?", [json.dumps(names, ensure_ascii=False), transcript_id]
            )

    def split_segment(self, segment_id: int, offset: int) -> int:
        """Split a segment at a character offset; returns the new (second) segment's id."""
        seg = self.segment(segment_id)
        text = seg.text
        if not 0 < offset < len(text):
            raise VeldwerkError(key="segment.split_inside")
        first, second = text[:offset].rstrip(), text[offset:].lstrip()
        cut = seg.start + (seg.end - seg.start) * offset / max(1, len(text))
        words_a = [w for w in seg.words if w.start < cut]
        words_b = [w for w in seg.words if w.start >= cut]
        if words_b:
            cut = words_b[0].start
        if seg.asr_text == text:
            asr_a, asr_b = first, second
        elif seg.words:  # edited: each half keeps the recognised words on its side of the cut
            asr_a, asr_b = ("".join(w.word for w in part).strip() for part in (words_a, words_b))
        else:
            asr_a, asr_b = seg.asr_text, ""
        conn = self.study.conn
        with self.study.transaction():
            conn.execute(
                "UPDATE segments SET position = position + 1 WHERE transcript_id = ? AND position > ?",
                [seg.transcript_id, seg.position],
            )
            conn.execute(
                "UPDATE segments SET text = ?, asr_text = ?, end = ?, words = ? WHERE id = ?",
                [first, asr_a, cut, json.dumps(words_a), segment_id],
            )
            new_id = conn.execute(
                "INSERT INTO segments(transcript_id, position, start, end, speaker, text, asr_text, confidence, words) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [seg.transcript_id, seg.position + 1, cut, seg.end, seg.speaker, second,
                 asr_b, seg.confidence, json.dumps(words_b)],
            ).lastrowid
            shift = len(text) - len(second)
            for col in ("start", "end"):
                conn.execute(
                    f"UPDATE codings SET {col}_segment_id = ?, {col}_offset = max(0, {col}_offset - ?) "
                    f"WHERE {col}_segment_id = ? AND {col}_offset >= ?",
                    [new_id, shift, segment_id, offset],
                )
                conn.execute(
                    f"UPDATE codings SET {col}_offset = min({col}_offset, ?) WHERE {col}_segment_id = ?",
                    [len(first), segment_id],
                )
            self.study.audit.log("segment.split", "segment", segment_id, {"new": new_id})
        return new_id

    def merge_with_next(self, segment_id: int) -> None:
        """Join a segment with the one after it (codings keep their place)."""
        seg = self.segment(segment_id)
        rows = list(
            self.study.db.query(
                "SELECT * FROM segments WHERE transcript_id = ? AND position > ? ORDER BY position LIMIT 1",
                [seg.transcript_id, seg.position],
            )
        )
        if not rows:
            raise VeldwerkError(key="segment.last")
        nxt = StoredSegment.from_row(rows[0])
        joined = seg.text + " " + nxt.text
        shift = len(seg.text) + 1
        conn = self.study.conn
        with self.study.transaction():
            conn.execute(
                "UPDATE segments SET text = ?, asr_text = ?, end = ?, words = ? WHERE id = ?",
                [joined, (seg.asr_text + " " + nxt.asr_text).strip(), nxt.end,
                 json.dumps(seg.words + nxt.words), segment_id],
            )
            for col in ("start", "end"):
                conn.execute(
                    f"UPDATE codings SET {col}_segment_id = ?, {col}_offset = {col}_offset + ? WHERE {col}_segment_id = ?",
                    [segment_id, shift, nxt.id],
                )
            conn.execute("DELETE FROM segments WHERE id = ?", [nxt.id])
            self.study.audit.log("segment.merge", "segment", segment_id, {"removed": nxt.id})

    def delete(self, transcript_id: int) -> None:
        """Delete a transcript with its segments and codings."""
        with self.study.transaction():
            self._delete(transcript_id)

    def _delete(self, transcript_id: int) -> None:
        conn = self.study.conn
        conn.execute("DELETE FROM speaker_attributions WHERE interview_id = "  # the labels go with the transcript
                     "(SELECT interview_id FROM transcripts WHERE id = ?)", [transcript_id])
        conn.execute("DELETE FROM codings WHERE transcript_id = ?", [transcript_id])
        conn.execute("DELETE FROM segments WHERE transcript_id = ?", [transcript_id])
        conn.execute("DELETE FROM transcripts WHERE id = ?", [transcript_id])
        self.study.audit.log("transcript.delete", "transcript", transcript_id)
