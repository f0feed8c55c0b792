"""Solution themes: named groups of fragments (codings) coded as solutions. One fragment may support
several themes; a theme's support is which roles brought it up and how often (the role of the
participant who spoke it: in a session the speaker its segment is attributed to)."""
from __future__ import annotations

from storage.actions.errors import NotASolution, UnknownTheme
from storage.clock import now
from storage.codings import SPEAKER_ID, SPEAKER_JOIN, SPEAKER_ROLE
from storage.errors import Duplicate, NotFound, VeldwerkError
from storage.messages import Text

SOLUTIONS_CODE = "oplossingen"  # the default category Oplossingsrichtingen (resources/codebook.json)
MAX_NAME = 120
# The solutions code and every code below it. A fragment recoded to another category stops supporting its
# themes (it is left out of every count and list) until it is coded a solution again.
SOLUTION_CODES = (f"(WITH RECURSIVE tree(id) AS (SELECT id FROM codes WHERE key = '{SOLUTIONS_CODE}' "
                  "UNION SELECT c.id FROM codes c JOIN tree ON c.parent_id = tree.id) SELECT id FROM tree)")
_CURRENT = f"JOIN codings g ON g.id = f.coding_id AND g.code_id IN {SOLUTION_CODES}"


def name_key(name: str) -> str:
    """A theme name compared case-insensitively, white space collapsed."""
    return " ".join(str(name).split()).casefold()


def _clean_name(name) -> str:
    name = " ".join(str(name or "").split())
    if not name:
        raise VeldwerkError(key="theme.no_name")
    if len(name) > MAX_NAME:
        raise VeldwerkError(key="theme.name_long", max=MAX_NAME)
    if name.isdigit():
        raise VeldwerkError(key="theme.name_number")
    return name


class SolutionThemes:
    """Adds, renames and lists themes; attaches and detaches solution fragments."""

    def __init__(self, study):
        self.study = study

    def add(self, name: str, description: str = "") -> int:
        """Add a theme; returns its id. Raises Duplicate for a name in use (any case)."""
        name = _clean_name(name)
        with self.study.transaction():
            self._refuse_taken(name)
            cur = self.study.conn.execute(
                "INSERT INTO solution_themes(name, name_key, description, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
                [name, name_key(name), description or "", now(), now()],
            )
            self.study.audit.log("theme.add", "theme", cur.lastrowid)
        return cur.lastrowid

    def _refuse_taken(self, name: str, but: int | None = None) -> None:
        row = self.study.conn.execute("SELECT id, name FROM solution_themes WHERE name_key = ?", [name_key(name)]).fetchone()
        if row and row[0] != but:
            raise Duplicate(key="theme.exists", name=row[1], number=row[0])

    def rename(self, theme, new_name: str) -> None:
        current = self.get(theme)
        new_name = _clean_name(new_name)
        if new_name == current["name"]:
            raise VeldwerkError(key="theme.same_name", new_name=new_name)
        with self.study.transaction():
            self._refuse_taken(new_name, but=current["id"])
            self.study.conn.execute(
                "UPDATE solution_themes SET name = ?, name_key = ?, updated_at = ? WHERE id = ?",
                [new_name, name_key(new_name), now(), current["id"]],
            )
            self.study.audit.log("theme.rename", "theme", current["id"])

    def get(self, theme) -> dict:
        """A theme by id (an int or a string of digits) or by name (any case); raises UnknownTheme."""
        if isinstance(theme, dict):
            theme = theme["id"]
        text = str(theme).strip()
        if text.isdigit():
            rows = list(self.study.db.query("SELECT * FROM solution_themes WHERE id = ?", [int(text)]))
        else:
            rows = list(self.study.db.query("SELECT * FROM solution_themes WHERE name_key = ?", [name_key(text)]))
        if not rows:
            names = ", ".join(repr(t["name"]) for t in self.study.db.query("SELECT name FROM solution_themes ORDER BY id"))
            raise UnknownTheme(key="theme.unknown", text=text, names=names or Text("theme.none_yet"))
        return rows[0]

    def list(self) -> list[dict]:
        """Themes in the order they were added, each with its number of fragments, its support and actions."""
        themes = list(self.study.db.query(
            f"SELECT t.*, (SELECT count(*) FROM theme_fragments f {_CURRENT} WHERE f.theme_id = t.id) AS fragments, "
            "(SELECT count(*) FROM actions a WHERE a.theme_id = t.id) AS actions FROM solution_themes t ORDER BY t.id"
        ))
        support = self._support_all()
        for theme in themes:
            theme["support"] = support.get(theme["id"], [])
        return themes

    # -- fragments ---------------------------------------------------------------------------
    def solution_code_ids(self) -> set[int]:
        """The solutions code and every code below it in the codebook."""
        return {r[0] for r in self.study.conn.execute(f"SELECT id FROM codes WHERE id IN {SOLUTION_CODES}")}

    def _check_solution(self, coding_id):
        try:
            coding_id = int(coding_id)
        except (TypeError, ValueError):
            raise VeldwerkError(key="theme.fragment_number", coding_id=coding_id) from None
        coding = self.study.codings.get(coding_id)
        allowed = self.solution_code_ids()
        if not allowed:
            raise NotASolution(key="theme.no_solution_code", code=SOLUTIONS_CODE)
        if coding.code_id not in allowed:
            raise NotASolution(
                key="theme.not_solution", coding_id=coding_id, code=coding.code, solutions=SOLUTIONS_CODE
            )
        return coding

    def attach(self, theme, coding_ids) -> int:
        """Let the codings support the theme; all or nothing. Returns how many were attached."""
        current = self.get(theme)
        ids = [self._check_solution(c).id for c in coding_ids]
        if not ids:
            raise VeldwerkError(key="theme.attach_none")
        if len(set(ids)) != len(ids):
            raise VeldwerkError(key="theme.coding_twice")
        with self.study.transaction():
            for coding_id in ids:
                if self.study.conn.execute("SELECT 1 FROM theme_fragments WHERE theme_id = ? AND coding_id = ?",
                                           [current["id"], coding_id]).fetchone():
                    raise Duplicate(key="theme.already_attached", coding_id=coding_id, theme=current["name"])
                self.study.conn.execute("INSERT INTO theme_fragments(theme_id, coding_id, added_at) VALUES (?, ?, ?)",
                                        [current["id"], coding_id, now()])
                self.study.audit.log("theme.attach", "theme", current["id"], {"coding": coding_id})
        return len(ids)

    def detach(self, theme, coding_ids) -> int:
        """Take the codings out of the theme; all or nothing. Returns how many were detached."""
        current = self.get(theme)
        ids = []
        for c in coding_ids:
            try:
                ids.append(int(c))
            except (TypeError, ValueError):
                raise VeldwerkError(key="theme.fragment_number", coding_id=c) from None
        if not ids:
            raise VeldwerkError(key="theme.detach_none")
        with self.study.transaction():
            for coding_id in ids:
                cur = self.study.conn.execute("DELETE FROM theme_fragments WHERE theme_id = ? AND coding_id = ?",
                                              [current["id"], coding_id])
                if not cur.rowcount:
                    raise NotFound(key="theme.not_attached", coding_id=coding_id, theme=current["name"])
                self.study.audit.log("theme.detach", "theme", current["id"], {"coding": coding_id})
        return len(ids)

    def fragments(self, theme) -> list[dict]:
        """The codings supporting the theme (as `study.codings.list` gives them), in interview and text order."""
        current = self.get(theme)
        ids = {r[0] for r in self.study.conn.execute(f"SELECT f.coding_id FROM theme_fragments f {_CURRENT} "
                                                      "WHERE f.theme_id = ?", [current["id"]])}
        return [c for c in self.study.codings.list() if c.id in ids]

    def fragment_ids(self) -> dict[int, set[int]]:
        """{theme id: ids of the codings supporting it} for every theme with fragments, in one query."""
        found: dict[int, set[int]] = {}
        for theme_id, coding_id in self.study.conn.execute(f"SELECT f.theme_id, f.coding_id FROM theme_fragments f {_CURRENT}"):
            found.setdefault(theme_id, set()).add(coding_id)
        return found

    def themes_of(self, coding_id: int) -> list[dict]:
        """The themes a coding supports."""
        return list(self.study.db.query(
            f"SELECT t.* FROM solution_themes t JOIN theme_fragments f ON f.theme_id = t.id {_CURRENT} WHERE f.coding_id = ? "
            "ORDER BY t.id", [coding_id]))

    def support(self, theme) -> list[dict]:
        """Which roles brought the theme up: [{"role", "label", "fragments", "participants"}] in role order."""
        theme_id = self.get(theme)["id"]
        return self._support_all(theme_id).get(theme_id, [])

    def _support_all(self, only: int | None = None) -> dict[int, list[dict]]:
        where = "WHERE f.theme_id = ?" if only is not None else ""
        rows = self.study.conn.execute(
            f"SELECT f.theme_id, {SPEAKER_ROLE} AS speaker_role, count(*), count(DISTINCT {SPEAKER_ID}) "
            f"FROM theme_fragments f {_CURRENT} JOIN transcripts t ON t.id = g.transcript_id "
            "JOIN interviews i ON i.id = t.interview_id JOIN participants p ON p.id = i.participant_id "
            f"{SPEAKER_JOIN} "
            f"{where} GROUP BY f.theme_id, speaker_role", [] if only is None else [only],
        ).fetchall()
        order = {r["key"]: (n, r["label"]) for n, r in enumerate(self.study.roles())}
        found: dict[int, list[dict]] = {}
        for theme_id, role, fragments, participants in rows:
            found.setdefault(theme_id, []).append({
                "role": role, "label": order.get(role, (0, role))[1], "fragments": fragments, "participants": participants,
            })
        for support in found.values():
            support.sort(key=lambda s: (order.get(s["role"], (len(order), ""))[0], s["role"]))
        return found


def support_line(support: list[dict]) -> str:
    """'Sekswerker 3, GGD 1' (fragments per role)."""
    return ", ".join(f"{s['label']} {s['fragments']}" for s in support)
