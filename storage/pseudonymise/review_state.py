"""Whether an interview's pseudonymisation review is finished, so every export can say so honestly.

The researcher marks the review of an interview finished once they went through its proposals
(the review screen, or `veldwerk pseudonymise finish`). The study keeps who did it, when, and a
fingerprint of the interview's texts at that moment (segments, memos, speaker names): when the
text changes afterwards (an edit, a split, a new transcript) the review shows as out of date
(`ReviewStatus.CHANGED`) and exports treat it as not finished. Finishing and reopening are
audit-logged (ids only).

    reviews = ReviewState(study)
    reviews.finish(interview_id, by="anna")
    reviews.status(interview_id)  # {"status": ReviewStatus.FINISHED, "finished_at": ..., "finished_by": "anna"}
"""
import getpass
import hashlib
from enum import Enum

from storage.clock import now
from storage.errors import NotFound, VeldwerkError
from storage.pseudonymise.store import text_sha


class ReviewStatus(str, Enum):
    """The review state of one interview."""

    UNREVIEWED = "unreviewed"  # never marked finished (or reopened)
    FINISHED = "finished"      # finished, and the text is as it was then
    CHANGED = "changed"        # finished, but the text changed afterwards: not reviewed as it is now


def _who() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


class ReviewState:
    """Reads and writes `interview_reviews`."""

    def __init__(self, study):
        self.study = study

    def fingerprint(self, interview_id: int) -> str:
        """A sha256 over the interview's texts as exports include them (order-insensitive)."""
        from storage.pseudonymise.pseudonymiser import interview_texts

        digest = hashlib.sha256()
        for sha in sorted(text_sha(t) for t in interview_texts(self.study, interview_id)):
            digest.update(sha.encode("ascii"))
        return digest.hexdigest()

    def status(self, interview_id: int) -> dict:
        """{status: ReviewStatus, finished_at, finished_by} (times and name empty when never finished)."""
        row = self.study.conn.execute(
            "SELECT finished_at, finished_by, fingerprint FROM interview_reviews WHERE interview_id = ?", [interview_id]
        ).fetchone()
        if row is None:
            return {"status": ReviewStatus.UNREVIEWED, "finished_at": "", "finished_by": ""}
        finished_at, finished_by, fingerprint = row
        same = fingerprint == self.fingerprint(interview_id)
        return {"status": ReviewStatus.FINISHED if same else ReviewStatus.CHANGED,
                "finished_at": finished_at, "finished_by": finished_by or ""}

    def is_finished(self, interview_id: int) -> bool:
        return self.status(interview_id)["status"] is ReviewStatus.FINISHED

    def finish(self, interview_id: int, by: str | None = None) -> dict:
        """Mark the review of the interview finished (as its text is now); returns the new status."""
        self.study.interviews.get(interview_id)
        transcript = self.study.transcripts.for_interview(interview_id)
        if transcript is None:
            raise VeldwerkError(key="pseudonym.no_transcript", interview_id=interview_id)
        if transcript.state != "complete":
            raise VeldwerkError(key="pseudonym.transcribing", interview_id=interview_id)
        by = " ".join((by if by is not None else _who()).split())[:100]
        with self.study.transaction():
            self.study.conn.execute(
                "INSERT INTO interview_reviews(interview_id, finished_at, finished_by, fingerprint) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(interview_id) DO UPDATE SET finished_at = excluded.finished_at, "
                "finished_by = excluded.finished_by, fingerprint = excluded.fingerprint",
                [interview_id, now(), by, self.fingerprint(interview_id)],
            )
            self.study.audit.log("pseudonymise.review.finish", "interview", interview_id)
        return self.status(interview_id)

    def reopen(self, interview_id: int) -> None:
        """Mark the review not finished again; raises NotFound when it was not finished."""
        self.study.interviews.get(interview_id)
        with self.study.transaction():
            cur = self.study.conn.execute("DELETE FROM interview_reviews WHERE interview_id = ?", [interview_id])
            if not cur.rowcount:
                raise NotFound(key="pseudonym.not_finished", interview_id=interview_id)
            self.study.audit.log("pseudonymise.review.reopen", "interview", interview_id)


def review_line(interview, status: dict) -> str:
    """One Dutch line for an export: whether this interview's review is finished (documents are in Dutch)."""
    who = f"interview {interview.id} ({interview.participant})"
    state = status["status"]
    if state is ReviewStatus.FINISHED:
        by = f" door {status['finished_by']}" if status["finished_by"] else ""
        return f"Controle pseudonimisering {who}: afgerond op {status['finished_at'][:10]}{by}."
    if state is ReviewStatus.CHANGED:
        return (f"Controle pseudonimisering {who}: NIET afgerond. De tekst is gewijzigd na de controle van "
                f"{status['finished_at'][:10]}; alleen de automatische herkenning is toegepast.")
    return (f"Controle pseudonimisering {who}: NIET afgerond. Alleen de automatische herkenning is toegepast; "
            "namen en andere gegevens kunnen zijn gemist.")
