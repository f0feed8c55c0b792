"""What an exchange carries, and which versions of an item its current version descends from.

Every item has a kind and an identity that holds across copies of a study: a code its key, a coding and a
segment their uid. Content is compared by hash only. Before each local change, the hash of the version being
left is kept as an ancestor of the item (`exchange_ancestors`; forgotten when the item is deleted, so a
withdrawal leaves nothing behind). A merge then tells apart:
- their version descends from ours (ours is among their ancestors): take theirs;
- ours descends from theirs: keep ours;
- neither: both changed it, a conflict for the researcher to decide.
"""
import hashlib
import json
from enum import Enum


class Kind(str, Enum):
    """The kinds of item in an exchange file (and of conflicts)."""

    CODE = "code"
    CODING = "coding"
    SEGMENT = "segment"
    REMOVAL = "removal"  # a coding removed on the exporting copy


CODE_FIELDS = ("label_nl", "label_en", "description", "color", "parent", "perception")


def content(kind: Kind, data: dict) -> list:
    """The part of an item a merge compares (a coding's range follows its segments' texts on each side)."""
    if kind == Kind.CODE:
        return [int(bool(data.get(f))) if f == "perception" else (data.get(f) or None) for f in CODE_FIELDS]
    if kind == Kind.CODING:
        return [data.get("code"), data.get("about_role") or None, data.get("memo") or ""]
    if kind == Kind.SEGMENT:
        return [data.get("text")]
    raise ValueError(kind)


def content_hash(kind: Kind, data: dict) -> str:
    """A hash of an item's content (see `content`)."""
    text = json.dumps([Kind(kind).value, content(Kind(kind), data)], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()


def ancestors(study, kind: Kind, item: str) -> set[str]:
    """Hashes of the versions the item's current version here descends from."""
    rows = study.conn.execute("SELECT hash FROM exchange_ancestors WHERE kind = ? AND item = ?",
                              [Kind(kind).value, item])
    return {h for (h,) in rows}


def add_ancestors(study, kind: Kind, item: str, hashes) -> None:
    """Record versions the item's current version here descends from."""
    study.conn.executemany("INSERT OR IGNORE INTO exchange_ancestors(kind, item, hash) VALUES (?, ?, ?)",
                           [(Kind(kind).value, item, h) for h in hashes if h])


def remember(study, kind: Kind, item: str | None, data: dict) -> None:
    """Before a local change: the version being left becomes an ancestor of the item."""
    if item:
        add_ancestors(study, kind, item, [content_hash(kind, data)])


def code_data(study, row: dict) -> dict:
    """A code row as an exchange item (the parent by key)."""
    parent = None
    if row.get("parent_id"):
        found = study.conn.execute("SELECT key FROM codes WHERE id = ?", [row["parent_id"]]).fetchone()
        parent = found[0] if found else None
    return dict(key=row["key"], label_nl=row["label_nl"], label_en=row["label_en"] or "",
                description=row["description"] or "", color=row["color"], parent=parent,
                perception=int(bool(row["perception"])))
