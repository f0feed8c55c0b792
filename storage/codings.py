"""Codings: an excerpt of a transcript (a character range across segments) tagged with a code.

A range runs from (start_segment_id, start_offset) to (end_segment_id, end_offset), offsets
counted in each segment's text, so edits elsewhere do not move it. Perception codes
(`beeldvorming`) also record the role the statement is about.
"""
import dataclasses

from storage.clock import now
from storage.errors import NotFound, VeldwerkError
from storage.segments import StoredSegment


@dataclasses.dataclass(frozen=True)
class Coding:
    """A coding as the core hands it out: the stored range with its code, interview and speaker."""

    id: int
    transcript_id: int
    code_id: int
    start_segment_id: int
    start_offset: int
    end_segment_id: int
    end_offset: int
    start_time: float | None
    end_time: float | None
    about_role: str | None  # a role key, for perception codes only
    memo: str | None
    author: str
    created_at: str
    updated_at: str
    uid: str | None  # the identity across copies of the study (exchange)
    updated_by: str
    code: str  # the code's key
    code_label: str
    color: str
    perception: bool
    interview_id: int
    participant: str  # the speaker's participant code (in a session: the attributed speaker)
    role: str  # the speaker's role key
    participant_id: int
    start_position: int  # the position of the first segment in its transcript

    @classmethod
    def from_row(cls, row: dict) -> "Coding":
        """A row of the codings query (`_SELECT`); before schema v10 (exchange) a coding has no uid or updated_by."""
        return cls(**{"uid": None, "updated_by": "", **row, "perception": bool(row["perception"])})


class Codings:
    """Adds, edits, removes and lists codings."""

    def __init__(self, study):
        self.study = study

    def add(self, transcript_id: int, code: str, start: tuple[int, int], end: tuple[int, int], *,
            about_role: str | None = None, memo: str = "", author: str = "") -> int:
        """Code the text from `start` to `end` ((segment_id, offset) each); returns the coding id."""
        code_row = self.study.codebook.get(code)
        about_role = self._check_about(code_row, about_role)
        first, last = self._check_range(transcript_id, start, end)
        author = author or self.study.researcher
        with self.study.transaction():
            cur = self.study.conn.execute(
                "INSERT INTO codings(transcript_id, code_id, start_segment_id, start_offset, end_segment_id, end_offset, "
                "start_time, end_time, about_role, memo, author, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [transcript_id, code_row["id"], start[0], start[1], end[0], end[1],
                 _time_at(first, start[1]), _time_at(last, end[1]), about_role, memo, author, now(), now()],
            )
            self.study.audit.log("coding.add", "coding", cur.lastrowid, {"code": code})
        return cur.lastrowid

    def add_by_time(self, interview_id: int, start: float, end: float, code: str, **kwargs) -> int:
        """Code the transcript text whose words fall within [start, end] seconds."""
        transcript = self.study.transcripts.for_interview(interview_id)
        if transcript is None:
            raise VeldwerkError(key="coding.no_transcript", interview_id=interview_id)
        segments = [s for s in self.study.transcripts.segments(transcript.id) if s.end > start and s.start < end]
        if not segments:
            raise VeldwerkError(key="coding.no_text_between", start=start, end=end)
        first, last = segments[0], segments[-1]
        return self.add(
            transcript.id, code,
            (first.id, _offset_at(first, start, at_end=False)),
            (last.id, _offset_at(last, end, at_end=True)),
            **kwargs,
        )

    def _check_about(self, code_row: dict, about_role: str | None) -> str | None:
        if code_row["perception"]:
            if not about_role:
                raise VeldwerkError(key="coding.needs_about_role", code=code_row["key"])
            self.study.require_role(about_role)
            return about_role
        if about_role:
            raise VeldwerkError(key="coding.not_about_role", code=code_row["key"])
        return None

    def _check_range(self, transcript_id: int, start, end) -> tuple[StoredSegment, StoredSegment]:
        first = self.study.transcripts.segment(start[0])
        last = self.study.transcripts.segment(end[0])
        if first.transcript_id != transcript_id or last.transcript_id != transcript_id:
            raise VeldwerkError(key="coding.outside_transcript")
        if (first.position, start[1]) >= (last.position, end[1]):
            raise VeldwerkError(key="coding.no_selection")
        if not (0 <= start[1] <= len(first.text) and 0 <= end[1] <= len(last.text)):
            raise VeldwerkError(key="coding.outside_segment")
        return first, last

    def get(self, coding_id: int) -> Coding:
        rows = list(self.study.db.query(_SELECT + " WHERE g.id = ?", [coding_id]))
        if not rows:
            raise NotFound(key="coding.not_found", coding_id=coding_id)
        return Coding.from_row(rows[0])

    def update(self, coding_id: int, *, code: str | None = None, about_role: str | None = ..., memo: str | None = None) -> None:
        """Re-code, change the about-role or the memo."""
        current = self.get(coding_id)
        code_row = self.study.codebook.get(code or current.code)
        about = current.about_role if about_role is ... else about_role
        if not code_row["perception"]:
            about = None
        about = self._check_about(code_row, about)
        with self.study.transaction():
            from storage.exchange.base import Kind, remember

            remember(self.study, Kind.CODING, current.uid, dataclasses.asdict(current))
            self.study.conn.execute(
                "UPDATE codings SET code_id = ?, about_role = ?, memo = ?, updated_at = ?, updated_by = ? WHERE id = ?",
                [code_row["id"], about, current.memo if memo is None else memo, now(), self.study.researcher,
                 coding_id],
            )
            self.study.audit.log("coding.update", "coding", coding_id)

    def remove(self, coding_id: int) -> Coding:
        """Delete a coding; returns it (for undo)."""
        row = self.get(coding_id)
        with self.study.transaction():
            self.study.conn.execute("DELETE FROM codings WHERE id = ?", [coding_id])
            self.study.audit.log("coding.remove", "coding", coding_id)
        return row

    def list(self, *, transcript_id: int | None = None, code: str | None = None, participant: str | None = None,
             role: str | None = None, about_role: str | None = None) -> list[Coding]:
        """Codings with code key, participant code, speaker role and interview, filtered as asked."""
        where, params = [], []
        for column, value in (("g.transcript_id", transcript_id), ("c.key", code), (SPEAKER_CODE, participant),
                              (SPEAKER_ROLE, role), ("g.about_role", about_role)):
            if value is not None:
                where.append(f"{column} = ?")
                params.append(value)
        for column, value in (("code", participant), ("role", role)):  # narrows first: the speaker columns are no index
            if value is not None:
                where.append(f"i.id IN (SELECT x.id FROM interviews x JOIN participants y ON y.id = x.participant_id "
                             f"WHERE y.{column} = ? OR x.kind != 'interview')")
                params.append(value)
        sql = _SELECT + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY t.interview_id, s1.position, g.start_offset"
        return [Coding.from_row(row) for row in self.study.db.query(sql, params)]

    def excerpt_text(self, coding: Coding) -> str:
        """The coded text (segments joined by a space)."""
        segments = self.study.transcripts.segments(coding.transcript_id)
        positions = {s.id: i for i, s in enumerate(segments)}
        a, b = positions[coding.start_segment_id], positions[coding.end_segment_id]
        parts = []
        for i in range(a, b + 1):
            text = segments[i].text
            lo = coding.start_offset if i == a else 0
            hi = coding.end_offset if i == b else len(text)
            parts.append(text[lo:hi])
        return " ".join(p.strip() for p in parts if p.strip())

    def excerpt_texts(self, codings) -> dict:
        """{coding id: coded text} for many codings at once (reads only the coded segments)."""
        import json

        ids = [c.id for c in codings]
        if not ids:
            return {}
        rows = self.study.conn.execute(
            "SELECT g.id, g.start_segment_id, g.start_offset, g.end_segment_id, g.end_offset, s.id, s.text "
            "FROM codings g JOIN segments a ON a.id = g.start_segment_id JOIN segments b ON b.id = g.end_segment_id "
            "JOIN segments s ON s.transcript_id = g.transcript_id AND s.position BETWEEN a.position AND b.position "
            "WHERE g.id IN (SELECT value FROM json_each(?)) ORDER BY g.id, s.position",
            [json.dumps(ids)],
        )
        parts: dict = {}
        for cid, first, lo, last, hi, sid, text in rows:
            start = lo if sid == first else 0
            end = hi if sid == last else len(text)
            piece = text[start:end].strip()
            if piece:
                parts.setdefault(cid, []).append(piece)
        return {cid: " ".join(parts.get(cid, [])) for cid in ids}

    def matrix(self) -> dict:
        """Counts of perception codings: {(speaker_role, about_role): n}. The speaker is the participant the
        coding's first segment is attributed to (a session's speaker label), else the interview's participant."""
        rows = self.study.conn.execute(
            f"SELECT {SPEAKER_ROLE} AS speaker_role, g.about_role, count(*) FROM codings g "
            "JOIN codes c ON c.id = g.code_id "
            "JOIN transcripts t ON t.id = g.transcript_id JOIN interviews i ON i.id = t.interview_id "
            f"JOIN participants p ON p.id = i.participant_id {SPEAKER_JOIN} "
            "WHERE c.perception = 1 GROUP BY speaker_role, g.about_role"
        )
        return {(speaker, about): n for speaker, about, n in rows}


# The speaker of a coding: in a focus group or meeting the participant its first segment's speaker label is
# attributed to (storage/sessions/store.py), else the interview's participant. Needs `g` (codings), `t`
# (transcripts), `i` (interviews) and `p` (the interview's participant) in the query. The segment is read for
# sessions only: its row is wide (the words), and reading it for every coding made the matrix six times slower.
SPEAKER_JOIN = ("LEFT JOIN speaker_attributions sa ON sa.interview_id = t.interview_id AND sa.label = "
                "CASE WHEN i.kind != 'interview' THEN (SELECT speaker FROM segments WHERE id = g.start_segment_id) END "
                "LEFT JOIN participants sp ON sp.id = sa.participant_id")
SPEAKER_CODE, SPEAKER_ROLE, SPEAKER_ID = "coalesce(sp.code, p.code)", "coalesce(sp.role, p.role)", "coalesce(sp.id, p.id)"
_SELECT = f"""
SELECT g.*, c.key AS code, c.label_nl AS code_label, c.color AS color, c.perception AS perception,
  t.interview_id AS interview_id, {SPEAKER_CODE} AS participant, {SPEAKER_ROLE} AS role,
  {SPEAKER_ID} AS participant_id, s1.position AS start_position
FROM codings g
JOIN codes c ON c.id = g.code_id
JOIN transcripts t ON t.id = g.transcript_id
JOIN interviews i ON i.id = t.interview_id
JOIN participants p ON p.id = i.participant_id
JOIN segments s1 ON s1.id = g.start_segment_id
{SPEAKER_JOIN}"""


def _time_at(segment: StoredSegment, offset: int) -> float:
    """The audio time of a character offset in a segment (from word timings when the text is unedited)."""
    text = segment.text
    if segment.words and text == segment.asr_text:
        position = 0
        for start, end, word, *_ in segment.words:
            found = text.find(word.strip(), position)
            if found < 0:
                break
            if offset <= found + len(word.strip()):
                return float(start if offset <= found else end)
            position = found + len(word.strip())
    share = offset / max(1, len(text))
    return segment.start + (segment.end - segment.start) * share


def _word_spans(segment: StoredSegment) -> list[tuple[int, int, float]]:
    """(char start, char end, time midpoint) of each word found in the segment's unedited text."""
    text, spans, position = segment.text, [], 0
    if not segment.words or text != segment.asr_text:
        return []
    for start, end, word, *_ in segment.words:
        word = word.strip()
        found = text.find(word, position)
        if found < 0:
            return []
        spans.append((found, found + len(word), (start + end) / 2))
        position = found + len(word)
    return spans


def _offset_at(segment: StoredSegment, seconds: float, *, at_end: bool) -> int:
    """The character offset where a time range starting (or ending) at `seconds` cuts the segment.

    Word-aligned: a word belongs to the range when its midpoint lies inside it.
    """
    text = segment.text
    if seconds <= segment.start:
        return 0
    if seconds >= segment.end:
        return len(text)
    spans = _word_spans(segment)
    if spans:
        if at_end:
            inside = [hi for lo, hi, mid in spans if mid <= seconds]
            return inside[-1] if inside else 0
        after = [lo for lo, hi, mid in spans if mid >= seconds]
        return after[0] if after else len(text)
    share = (seconds - segment.start) / max(1e-9, segment.end - segment.start)
    return round(len(text) * share)
