"""Interviews: one conversation with a participant, with its recordings and transcript."""
import dataclasses
from datetime import date as _date

from storage.clock import now
from storage.errors import NotFound
from storage.sessions.kinds import SessionKind
from storage.vocabulary import TranscriptState


@dataclasses.dataclass(frozen=True)
class Interview:
    """An interview (or a focus group or meeting) as the core hands it out, with its participant, audio and transcript."""

    id: int
    participant_id: int  # the participant of record (in a session: the first one named)
    date: str | None
    interviewer: str
    location: str
    notes: str
    created_at: str
    kind: SessionKind
    participant: str  # the participant's code
    role: str  # the participant's role key
    duration: float  # seconds of audio over its recordings
    recovered: bool  # a take of it was closed after a crash
    transcript_state: TranscriptState

    @classmethod
    def from_row(cls, row: dict) -> "Interview":
        """A row of the interviews query (`_LIST_SQL`); before schema v11 (sessions) every row is an interview."""
        return cls(**dict(row, kind=SessionKind(row.get("kind") or SessionKind.INTERVIEW), recovered=bool(row["recovered"]),
                          transcript_state=TranscriptState(row["transcript_state"])))


class Interviews:
    """Creates and lists interviews."""

    def __init__(self, study):
        self.study = study

    def create(self, participant: str, *, date: str | None = None, interviewer: str = "", location: str = "", notes: str = "") -> int:
        """A new interview with the participant (by code); returns its id."""
        p = self.study.participants.require_active(participant)
        with self.study.transaction():
            cur = self.study.conn.execute(
                "INSERT INTO interviews(participant_id, date, interviewer, location, notes, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [p["id"], date or _date.today().isoformat(), interviewer, location, notes, now()],
            )
            self.study.audit.log("interview.create", "interview", cur.lastrowid, {"participant": p["code"]})
        return cur.lastrowid

    def get(self, interview_id: int) -> Interview:
        """One interview with participant code, role, duration and transcript state; raises NotFound."""
        rows = list(self.study.db.query(_LIST_SQL + " WHERE i.id = ?", [interview_id]))
        if not rows:
            raise NotFound(key="interview.not_found", interview_id=interview_id)
        return Interview.from_row(rows[0])

    def list(self, participant: str | None = None) -> list[Interview]:
        """Interviews with participant code, role, date, duration (s), transcript state and recovered flag."""
        if participant:
            pid = self.study.participants.get(participant)["id"]
            rows = self.study.db.query(_LIST_SQL + " WHERE i.participant_id = ? ORDER BY i.id", [pid])
        else:
            rows = self.study.db.query(_LIST_SQL + " ORDER BY i.id")
        return [Interview.from_row(row) for row in rows]

    def update(self, interview_id: int, **fields) -> None:
        """Change date, interviewer, location or notes."""
        allowed = {k: v for k, v in fields.items() if k in ("date", "interviewer", "location", "notes")}
        self.get(interview_id)
        with self.study.transaction():
            for key, value in allowed.items():
                self.study.conn.execute(f"UPDATE interviews SET {key} = ? WHERE id = ?", [value, interview_id])
            self.study.audit.log("interview.update", "interview", interview_id, {"fields": sorted(allowed)})


    def delete_if_empty(self, interview_id: int) -> bool:
        """Remove an interview that never got audio or a transcript (a take that failed to start)."""
        with self.study.transaction():
            conn = self.study.conn
            if conn.execute("SELECT 1 FROM recordings WHERE interview_id = ?", [interview_id]).fetchone() or conn.execute(
                "SELECT 1 FROM transcripts WHERE interview_id = ?", [interview_id]
            ).fetchone():
                return False
            conn.execute("DELETE FROM interviews WHERE id = ?", [interview_id])
            self.study.audit.log("interview.delete", "interview", interview_id)
        return True


_LIST_SQL = """
SELECT i.*, p.code AS participant, p.role AS role,
  coalesce((SELECT sum(r.duration) FROM recordings r WHERE r.interview_id = i.id), 0) AS duration,
  coalesce((SELECT max(r.recovered) FROM recordings r WHERE r.interview_id = i.id), 0) AS recovered,
  coalesce((SELECT t.state FROM transcripts t WHERE t.interview_id = i.id), 'none') AS transcript_state
FROM interviews i JOIN participants p ON p.id = i.participant_id"""
