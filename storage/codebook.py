"""The codebook: codes with key, Dutch and English label, description, colour and parent."""
import json
import re

from storage.errors import Duplicate, NotFound, VeldwerkError

KEY = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$")
COLOR = re.compile(r"^#[0-9A-Fa-f]{6}$")


class Codebook:
    """Adds, edits, merges and deletes codes."""

    def __init__(self, study):
        self.study = study

    def load_defaults(self) -> None:
        """Add the default codes from resources/codebook.json (those not present yet)."""
        from resources import resource_path

        codes = json.loads(resource_path("codebook.json").read_text(encoding="utf-8"))["codes"]
        with self.study.transaction():
            for code in codes:
                if not self._row(code["key"]):
                    self.add(**code)

    def _row(self, key: str) -> dict | None:
        rows = list(self.study.db.query("SELECT * FROM codes WHERE key = ?", [key]))
        return rows[0] if rows else None

    def get(self, key: str) -> dict:
        """The code with this key; raises NotFound listing the valid keys."""
        row = self._row(key)
        if row is None:
            keys = ", ".join(c["key"] for c in self.list())
            raise NotFound(key="code.unknown", code=key, keys=keys)
        return row

    def by_id(self, code_id: int) -> dict:
        rows = list(self.study.db.query("SELECT * FROM codes WHERE id = ?", [code_id]))
        if not rows:
            raise NotFound(key="code.no_id", code_id=code_id)
        return rows[0]

    def list(self) -> list[dict]:
        """Codes in display order, each with its number of codings."""
        return list(
            self.study.db.query(
                "SELECT c.*, (SELECT count(*) FROM codings g WHERE g.code_id = c.id) AS count "
                "FROM codes c ORDER BY c.position, c.id"
            )
        )

    def add(self, key: str, label_nl: str, *, label_en: str = "", description: str = "", color: str = "#FFD166",
            parent: str | None = None, perception: bool = False) -> dict:
        """Add a code; raises Duplicate for a key in use."""
        if not KEY.match(key):
            raise VeldwerkError(key="code.bad_key", code=key)
        if not COLOR.match(color):
            raise VeldwerkError(key="code.bad_color", color=color)
        if not label_nl.strip():
            raise VeldwerkError(key="code.no_label")
        parent_id = self.get(parent)["id"] if parent else None
        with self.study.transaction():
            if self._row(key):
                raise Duplicate(key="code.exists", name=key)
            position = self.study.conn.execute("SELECT coalesce(max(position), -1) + 1 FROM codes").fetchone()[0]
            cur = self.study.conn.execute(
                "INSERT INTO codes(key, label_nl, label_en, description, color, parent_id, position, perception) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [key, label_nl, label_en, description, color.upper(), parent_id, position, int(bool(perception))],
            )
            self.study.audit.log("code.add", "code", cur.lastrowid, {"key": key})
        return self.get(key)

    def update(self, key: str, **fields) -> dict:
        """Change label_nl, label_en, description, color, parent (key or None) or perception."""
        code = self.get(key)
        if "color" in fields and not COLOR.match(fields["color"]):
            raise VeldwerkError(key="code.bad_color", color=fields["color"])
        if "parent" in fields:
            parent = fields.pop("parent")
            fields["parent_id"] = self.get(parent)["id"] if parent else None
            if fields["parent_id"] == code["id"]:
                raise VeldwerkError(key="code.own_parent")
        allowed = {k: v for k, v in fields.items() if k in ("label_nl", "label_en", "description", "color", "parent_id", "perception", "position")}
        with self.study.transaction():
            from storage.exchange.base import Kind, code_data, remember

            remember(self.study, Kind.CODE, key, code_data(self.study, code))
            for column, value in allowed.items():
                self.study.conn.execute(f"UPDATE codes SET {column} = ? WHERE id = ?", [value, code["id"]])
            self.study.audit.log("code.update", "code", code["id"], {"fields": sorted(allowed)})
        return self.get(key)

    def rename_key(self, key: str, new_key: str) -> dict:
        code = self.get(key)
        if not KEY.match(new_key):
            raise VeldwerkError(key="code.bad_new_key", code=new_key)
        if self._row(new_key):
            raise Duplicate(key="code.exists", name=new_key)
        with self.study.transaction():
            self.study.conn.execute("UPDATE codes SET key = ? WHERE id = ?", [new_key, code["id"]])
            self.study.audit.log("code.rename", "code", code["id"], {"from": key, "to": new_key})
        return self.get(new_key)

    def delete_impact(self, key: str) -> dict:
        """What deleting the code would do: its codings and child codes."""
        code = self.get(key)
        codings = self.study.conn.execute("SELECT count(*) FROM codings WHERE code_id = ?", [code["id"]]).fetchone()[0]
        children = [r["key"] for r in self.study.db.query("SELECT key FROM codes WHERE parent_id = ?", [code["id"]])]
        return {"codings": codings, "children": children}

    def delete(self, key: str) -> int:
        """Delete a code and its codings (children move up to its parent); returns the codings removed."""
        code = self.get(key)
        with self.study.transaction():
            removed = self.study.conn.execute("DELETE FROM codings WHERE code_id = ?", [code["id"]]).rowcount
            self.study.conn.execute("UPDATE codes SET parent_id = ? WHERE parent_id = ?", [code["parent_id"], code["id"]])
            self.study.conn.execute("DELETE FROM codes WHERE id = ?", [code["id"]])
            self.study.audit.log("code.delete", "code", code["id"], {"key": key, "codings": removed})
        return removed

    def merge(self, source: str, target: str) -> int:
        """Move every coding of `source` to `target` and delete `source`; returns codings moved."""
        src, dst = self.get(source), self.get(target)
        if src["id"] == dst["id"]:
            raise VeldwerkError(key="code.merge_itself")
        with self.study.transaction():
            moved = self.study.conn.execute("UPDATE codings SET code_id = ? WHERE code_id = ?", [dst["id"], src["id"]]).rowcount
            if not dst["perception"]:
                self.study.conn.execute("UPDATE codings SET about_role = NULL WHERE code_id = ?", [dst["id"]])
            self.study.conn.execute("UPDATE codes SET parent_id = ? WHERE parent_id = ?", [dst["id"], src["id"]])
            self.study.conn.execute("DELETE FROM codes WHERE id = ?", [src["id"]])
            self.study.audit.log("code.merge", "code", dst["id"], {"from": source, "moved": moved})
        return moved
