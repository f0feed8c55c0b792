"""The append-only audit log: who changed what, when. It never holds interview content."""
import getpass
import json

from storage.clock import now


def _actor() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


class AuditLog:
    """Appends and lists audit entries."""

    def __init__(self, study):
        self.study = study

    def log(self, action: str, entity: str | None, entity_id, detail: dict | None = None) -> None:
        """Append one entry. `detail` must hold identifiers and counts only, never content."""
        self.study.conn.execute(
            "INSERT INTO audit_log(at, actor, action, entity, entity_id, detail) VALUES (?, ?, ?, ?, ?, ?)",
            [now(), _actor(), action, entity, None if entity_id is None else str(entity_id), json.dumps(detail or {})],
        )

    def entries(self, action: str | None = None) -> list[dict]:
        """Entries, oldest first, optionally only one action."""
        where, params = ("WHERE action = ?", [action]) if action else ("", [])
        return [
            dict(row, detail=json.loads(row["detail"] or "{}"))
            for row in self.study.db.query(f"SELECT * FROM audit_log {where} ORDER BY id", params)
        ]
