"""Since when an export reaches back, and the record of every exchange file written or read here.

A point is `last` (this researcher's previous export from this copy; everything when there is none), `all`,
a date or time (2026-11-28, 2026-11-28T14:30; without a zone it is this computer's local time), or the id of
an earlier exchange (or its first 8 or more characters) as `veldwerk exchange list` shows it.
"""
import json
import re
from datetime import datetime, timezone

from storage.clock import now
from storage.errors import VeldwerkError
from storage.exchange.researchers import name_key

LAST, ALL = "last", "all"


def _as_utc(text: str) -> str | None:
    try:
        moment = datetime.fromisoformat(text.strip().replace(" ", "T", 1))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.astimezone()  # this computer's local time
    return moment.astimezone(timezone.utc).replace(microsecond=0).isoformat()


def resolve(study, point: str | None, researcher: str) -> str | None:
    """The UTC timestamp (stored format) changes are taken from, or None for everything."""
    point = (point or LAST).strip()
    if point.lower() == ALL:
        return None
    if point.lower() == LAST:
        rows = study.conn.execute("SELECT researcher, at FROM exchanges WHERE direction = 'export' ORDER BY at DESC")
        for who, at in rows:
            if name_key(who) == name_key(researcher):
                return at
        return None
    if re.fullmatch(r"[0-9a-fA-F]{8,32}", point):
        rows = study.conn.execute("SELECT at FROM exchanges WHERE id LIKE ?", [point.lower() + "%"]).fetchall()
        if len(rows) == 1:
            return rows[0][0]
        if len(rows) > 1:
            raise VeldwerkError(key="exchange.since_ambiguous", point=point)
    moment = _as_utc(point)
    if moment is None:
        raise VeldwerkError(key="exchange.since", point=point)
    return moment


def record(study, exchange_id: str, direction: str, researcher: str, since: str | None, counts: dict,
           at: str | None = None) -> None:
    """Keep that an exchange file was written (export) or merged (import) here."""
    study.conn.execute(
        "INSERT INTO exchanges(id, direction, researcher, since, at, counts) VALUES (?, ?, ?, ?, ?, ?)",
        [exchange_id, direction, researcher, since, at or now(), json.dumps(counts)],
    )


def imported(study, exchange_id: str) -> bool:
    """Whether this exchange file was merged into this copy already."""
    return study.conn.execute("SELECT 1 FROM exchanges WHERE id = ? AND direction = 'import'",
                              [exchange_id]).fetchone() is not None


def listing(study) -> list[dict]:
    """Every exchange written or read here, newest first."""
    return [dict(r, counts=json.loads(r["counts"] or "{}"))
            for r in study.db.query("SELECT * FROM exchanges ORDER BY at DESC, rowid DESC")]
