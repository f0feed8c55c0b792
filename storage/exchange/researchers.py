"""Researchers: the names a study's codings, memos and transcript corrections carry.

A name is typed (or spoken) in many spellings: "Ellen", "ellen ", "ELLEN" are one researcher, kept in the
spelling first used. The current researcher is chosen per session (`Study.researcher`): on the command line
with `--researcher NAME` or VELDWERK_RESEARCHER, in the app with Study ▸ Exchange ▸ Researcher… (desktop/team).
"""
import re

from storage.clock import now
from storage.errors import VeldwerkError

RESEARCHER_ENV = "VELDWERK_RESEARCHER"
MAX_LENGTH = 60


def name_key(name: str) -> str:
    """The key two spellings of one name share: spaces collapsed, case folded."""
    return " ".join(name.split()).casefold()


def clean_name(name) -> str:
    """The name as stored (spaces collapsed); raises VeldwerkError for a name that cannot be one."""
    if not isinstance(name, str) or not name.strip():
        raise VeldwerkError(key="researcher.no_name")
    name = " ".join(name.split())
    if len(name) > MAX_LENGTH or re.search(r"[\x00-\x1f]", name):
        raise VeldwerkError(key="researcher.too_long", max=MAX_LENGTH)
    return name


class Researchers:
    """The study's researchers and the one working now."""

    def __init__(self, study):
        self.study = study

    def find(self, name: str) -> str | None:
        """The stored spelling of this name, or None when no such researcher is known."""
        row = self.study.conn.execute("SELECT name FROM researchers WHERE name_key = ?", [name_key(name)]).fetchone()
        return row[0] if row else None

    def add(self, name: str) -> str:
        """Register a researcher (once per name, whatever the spelling); returns the stored spelling."""
        name = clean_name(name)
        known = self.find(name)
        if known is not None:
            return known
        with self.study.transaction():
            self.study.conn.execute(
                "INSERT INTO researchers(name, name_key, created_at) VALUES (?, ?, ?)", [name, name_key(name), now()]
            )
            self.study.audit.log("researcher.add", "researcher", None)
        return name

    def use(self, name: str) -> str:
        """Work as this researcher from now on in this session (registered if new); returns the stored spelling."""
        self.study.researcher = self.add(name)
        return self.study.researcher

    def list(self) -> list[dict]:
        """Every researcher: the registered ones and authors of codings from before names were registered."""
        rows = {r["name_key"]: dict(name=r["name"], since=r["created_at"])
                for r in self.study.db.query("SELECT * FROM researchers ORDER BY id")}
        counts: dict[str, int] = {}
        for author, n in self.study.conn.execute("SELECT author, count(*) FROM codings WHERE author != '' GROUP BY author"):
            rows.setdefault(name_key(author), dict(name=author, since=None))
            counts[name_key(author)] = counts.get(name_key(author), 0) + n
        for key, row in rows.items():
            row["codings"] = counts.get(key, 0)
        return list(rows.values())
