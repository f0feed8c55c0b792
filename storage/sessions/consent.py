"""The one consent rule for a recording, an import or a transcription: everyone present must consent.

A plain interview has one person present, its participant; a focus group or meeting has everyone who
attends it (`session_participants`). `require_present` checks each of them and refuses with one line
that names who lacks which consent, before anything is created.
"""
from storage.connection import DatabaseError
from storage.consent.forms import ConsentItem
from storage.errors import ConsentRequired


class PresentConsentRequired(ConsentRequired):
    """Someone present in a session (or the interview's participant) lacks the consent the step needs: one line
    joining each person's own refusal, in the UI's language as theirs are."""

    def __init__(self, problems: list[ConsentRequired]):
        super().__init__("; ".join(str(p).rstrip(".") for p in problems) + ".")
        self.problems = problems

    def text(self, lang: str = "en") -> str:
        return "; ".join(p.text(lang).rstrip(".") for p in self.problems) + "."


def present_ids(study, interview_id: int) -> list[int]:
    """The participant ids present in the interview or session: its participant first, then the others."""
    row = study.conn.execute("SELECT participant_id FROM interviews WHERE id = ?", [interview_id]).fetchone()
    if row is None:
        from storage.errors import NotFound

        raise NotFound(key="session.not_found", interview_id=interview_id)
    ids = [row[0]]
    try:
        rows = study.conn.execute(
            "SELECT participant_id FROM session_participants WHERE interview_id = ? ORDER BY rowid", [interview_id]
        ).fetchall()
    except DatabaseError:  # a database still at a schema step before sessions (v11): nobody else can be present
        rows = []
    ids += [pid for (pid,) in rows if pid not in ids]
    return ids


def require_present(study, item: ConsentItem, *, interview_id: int | None = None, participant_ids=()) -> None:
    """Raise PresentConsentRequired (one line naming each person and what they lack) unless every participant
    present — of `interview_id`, plus `participant_ids` — has a current consent covering `item`."""
    ids = list(present_ids(study, interview_id)) if interview_id is not None else []
    ids += [pid for pid in participant_ids if pid not in ids]
    problems = []
    for pid in ids:
        try:
            study.consent.require(pid, item)
        except ConsentRequired as exc:
            problems.append(exc)
    if problems:
        raise PresentConsentRequired(problems)
