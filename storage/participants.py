"""Participants: a pseudonym code (such as R01), a stakeholder role and notes. No real names."""
import re

from storage.clock import now
from storage.errors import Duplicate, NotFound, VeldwerkError

CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$")


class Participants:
    """Adds, edits and lists a study's participants."""

    def __init__(self, study):
        self.study = study

    def add(self, code: str, role: str, notes: str = "") -> dict:
        """Add a participant; raises Duplicate for a code in use and UnknownRole for a bad role."""
        code = code.strip()
        if not CODE.match(code):
            raise VeldwerkError(key="participant.bad_code", code=code)
        self.study.require_role(role)
        with self.study.transaction():
            if self.study.conn.execute("SELECT 1 FROM participants WHERE code = ?", [code]).fetchone():
                raise Duplicate(key="participant.exists", code=code)
            cur = self.study.conn.execute(
                "INSERT INTO participants(code, role, notes, created_at) VALUES (?, ?, ?, ?)",
                [code, role, notes, now()],
            )
            self.study.audit.log("participant.add", "participant", cur.lastrowid, {"code": code, "role": role})
        return self.get(code)

    def get(self, code: str) -> dict:
        """The participant with this code; raises NotFound."""
        rows = list(self.study.db.query("SELECT * FROM participants WHERE code = ?", [code]))
        if not rows:
            raise NotFound(key="participant.not_found", code=code)
        return rows[0]

    def by_id(self, participant_id: int) -> dict:
        rows = list(self.study.db.query("SELECT * FROM participants WHERE id = ?", [participant_id]))
        if not rows:
            raise NotFound(key="participant.no_id", participant_id=participant_id)
        return rows[0]

    def list(self) -> list[dict]:
        """All participants ordered by code, with counts of interviews."""
        return list(
            self.study.db.query(
                "SELECT p.*, (SELECT count(*) FROM interviews i WHERE i.participant_id = p.id) AS interviews "
                "FROM participants p ORDER BY p.code"
            )
        )

    def update(self, code: str, *, new_code: str | None = None, role: str | None = None, notes: str | None = None) -> dict:
        """Change a participant's code, role or notes."""
        current = self.get(code)
        if role is not None:
            self.study.require_role(role)
        if new_code is not None and new_code != code:
            if not CODE.match(new_code):
                raise VeldwerkError(key="participant.bad_code", code=new_code)
            if self.study.conn.execute("SELECT 1 FROM participants WHERE code = ?", [new_code]).fetchone():
                raise Duplicate(key="participant.exists", code=new_code)
        with self.study.transaction():
            self.study.conn.execute(
                "UPDATE participants SET code = ?, role = ?, notes = ? WHERE id = ?",
                [
                    new_code or code,
                    role if role is not None else current["role"],
                    notes if notes is not None else current["notes"],
                    current["id"],
                ],
            )
            self.study.audit.log("participant.update", "participant", current["id"])
        return self.get(new_code or code)

    def require_active(self, code_or_id) -> dict:
        """The participant, refusing one who has fully withdrawn."""
        participant = self.by_id(code_or_id) if isinstance(code_or_id, int) else self.get(code_or_id)
        if participant["withdrawn_at"]:
            from storage.errors import ConsentRequired

            raise ConsentRequired(key="consent.participant_withdrawn", code=participant["code"])
        return participant
