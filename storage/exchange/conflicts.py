"""Conflicts an import left for the researcher: listed side by side, then resolved one by one.

Keeping "mine" records their version as one this copy's version supersedes (the same file or an older one
does not raise the conflict again, and the other copy takes this version from the next exchange file);
taking "theirs" applies their version as a merge would have. Both are in the audit log.
"""
import json
from enum import Enum

from storage.clock import now
from storage.errors import NotFound, VeldwerkError
from storage.exchange.base import Kind, add_ancestors, content_hash
from storage.exchange.merge import Merger
from storage.messages import Text, from_stored


class Keep(str, Enum):
    """How a conflict is resolved."""

    MINE = "mine"
    THEIRS = "theirs"


def place(study, kind: Kind, data: dict, item: str) -> tuple[int, int] | None:
    """(interview id, segment position from 1) of a text or coding in this copy; None for a code or when absent."""
    if kind == Kind.CODE:
        return None
    uid = item if kind == Kind.SEGMENT else data.get("start_segment")
    if kind == Kind.REMOVAL:
        row = study.conn.execute("SELECT start_segment_id FROM codings WHERE uid = ?", [item]).fetchone()
        found = study.conn.execute("SELECT t.interview_id, s.position FROM segments s JOIN transcripts t ON "
                                   "t.id = s.transcript_id WHERE s.id = ?", [row[0]]).fetchone() if row else None
    else:
        found = study.conn.execute("SELECT t.interview_id, s.position FROM segments s JOIN transcripts t ON "
                                   "t.id = s.transcript_id WHERE s.uid = ?", [uid]).fetchone()
    return None if found is None else (found[0], found[1] + 1)


def _where(study, kind: Kind, data: dict, item: str) -> str:
    """Where the item is: a code's key, or the interview and segment of a text or coding."""
    if kind == Kind.CODE:
        return f"code {item}"
    found = place(study, kind, data, item)
    if found is None:
        return "not in this copy"
    return f"interview {found[0]}, segment {found[1]}"


def _show(kind: Kind, data: dict | None) -> str:
    """One line for a version of an item."""
    if data is None:
        return "(not here)"
    if kind == Kind.CODE:
        return f"{data.get('label_nl')} / {data.get('label_en') or '-'} {data.get('color')}" + (
            f" under {data['parent']}" if data.get("parent") else "")
    if kind == Kind.CODING:
        about = f" about {data['about_role']}" if data.get("about_role") else ""
        return f"{data.get('code')}{about}, memo: {data.get('memo') or '-'}"
    if kind == Kind.SEGMENT:
        return data.get("text") or ""
    return "removed"


def listing(study, *, all_: bool = False) -> list[dict]:
    """Open conflicts (or all, with how they were resolved), oldest first, each with both versions shown."""
    where = "" if all_ else "WHERE c.resolved_at IS NULL"
    rows = list(study.db.query(
        f"SELECT c.*, e.researcher FROM exchange_conflicts c LEFT JOIN exchanges e ON e.id = c.exchange_id "
        f"{where} ORDER BY c.id"))
    merger = Merger(study, "")
    out = []
    for row in rows:
        kind, there = Kind(row["kind"]), json.loads(row["there"])
        here = merger.local(kind, row["item"])
        problem = there.get("problem")
        out.append(dict(
            id=row["id"], kind=kind.value, where=_where(study, kind, there, row["item"]), researcher=row["researcher"],
            here=_show(Kind.CODING if kind == Kind.REMOVAL else kind, here),
            there=("removed" if kind == Kind.REMOVAL else _show(kind, there)) + (
                f" ({problem_text(problem)})" if problem else ""),
            resolution=row["resolution"] or "",
            # the same, structured, for a screen that words it in its own language
            item=row["item"], place=place(study, kind, there, row["item"]), problem=problem,
            here_data=here, there_data=there,
        ))
    return out


def problem_text(problem, lang: str = "en") -> str:
    """Why their version could not be placed, in `lang`. Stored as a key ("missing", "removed") or a catalogue
    text with its parameters (`storage.messages.stored`); a study from before this kept an English sentence,
    which is shown as it is."""
    if not problem:
        return ""
    if problem in ("missing", "removed"):
        return Text(f"exchange.problem.{problem}").render(lang)
    reason = from_stored(problem)
    if reason is not None:
        return Text("exchange.problem.unplaced", {"reason": reason}).render(lang)
    return str(problem)


def resolve(study, conflict_id: int, keep: Keep | str) -> str:
    """Decide one open conflict; returns the resolution ('mine' or 'theirs')."""
    try:
        keep = keep if isinstance(keep, Keep) else Keep(str(keep).lower())  # str(Keep.MINE) is 'Keep.MINE'
    except ValueError:
        raise VeldwerkError(key="exchange.keep", keep=keep) from None
    row = next(iter(study.db.query("SELECT * FROM exchange_conflicts WHERE id = ?", [conflict_id])), None)
    if row is None:
        raise NotFound(key="exchange.no_conflict", conflict_id=conflict_id)
    if row["resolved_at"]:
        raise VeldwerkError(key="exchange.conflict_resolved", conflict_id=conflict_id, resolution=row["resolution"])
    kind, there = Kind(row["kind"]), json.loads(row["there"])
    there.pop("problem", None)  # why it could not be placed when it came; applying tries again
    merger = Merger(study, row["exchange_id"])
    with study.transaction():
        if keep == Keep.THEIRS:
            merger.apply(kind, row["item"], there)
            if merger.unplaced:
                raise VeldwerkError(key="exchange.cannot_place", reason=merger.unplaced)
        elif kind != Kind.REMOVAL:
            add_ancestors(study, kind, row["item"], set(there.get("ancestors") or []) | {content_hash(kind, there)})
        study.conn.execute("UPDATE exchange_conflicts SET resolved_at = ?, resolution = ?, resolved_by = ? WHERE id = ?",
                           [now(), keep.value, study.researcher, conflict_id])
        study.audit.log("exchange.resolve", "exchange_conflict", conflict_id, {"keep": keep.value, "kind": kind.value})
    return keep.value
