"""Merging an exchange file into another copy of the same study.

Nothing is overwritten silently. Per item (storage/exchange/base.py):
- new here (a code, a coding): added, with its uid, author and times; the same passage coded by two
  researchers stays two codings;
- the same version on both sides: nothing;
- their version descends from ours: taken (a code's fields, a coding's code, about-role and memo, a
  segment's corrected text; codings in that segment follow the words);
- ours descends from theirs: ours is kept;
- both changed it, or it cannot be placed here (its text is not in this copy, its role is missing): a
  conflict, listed by `veldwerk exchange conflicts` until the researcher decides (storage/exchange/conflicts.py);
- a coding removed there: removed here too when this copy still holds the version that was removed; else a
  conflict.
Every step is in the audit log (identifiers and counts only). A file merged before changes nothing; a wrong
passphrase, a damaged file or a file of another study changes nothing.
"""
import json
from collections import Counter
from pathlib import Path

from storage.clock import now
from storage.errors import VeldwerkError
from storage.exchange import container, points
from storage.exchange.base import Kind, add_ancestors, ancestors, code_data, content_hash
from storage.exchange.container import ExchangeFileError
from storage.messages import Text, stored, technical


class Unplaced(VeldwerkError):
    """An item that cannot be applied on this copy (its text or role is missing)."""


def _one(study, sql: str, params) -> dict | None:
    rows = list(study.db.query(sql, params))
    return rows[0] if rows else None


class Merger:
    """Applies the items of one exchange file (also used to apply "theirs" when a conflict is resolved)."""

    def __init__(self, study, exchange_id: str, counts: Counter | None = None):
        self.study, self.exchange_id = study, exchange_id
        self.counts = Counter() if counts is None else counts
        self.unplaced: Unplaced | None = None  # why the last item applied could not be placed here

    # -- local state -----------------------------------------------------------------------------
    def local(self, kind: Kind, item: str) -> dict | None:
        """This copy's version of an item, in exchange form (None when it is not here)."""
        if kind == Kind.CODE:
            row = _one(self.study, "SELECT * FROM codes WHERE key = ?", [item])
            return None if row is None else dict(code_data(self.study, row), id=row["id"])
        if kind in (Kind.CODING, Kind.REMOVAL):
            return _one(self.study, "SELECT g.*, c.key AS code FROM codings g JOIN codes c ON c.id = g.code_id "
                        "WHERE g.uid = ?", [item])
        return _one(self.study, "SELECT id, transcript_id, position, text, edited_by, edited_at FROM segments "
                    "WHERE uid = ?", [item])

    def stamp(self, coding: dict) -> str:
        """A coding version's stamp, as the removal trigger (schema v10) writes it: time, who, role, code, memo
        length (no content)."""
        return self.study.conn.execute(
            "SELECT json_array(?, ?, ?, ?, length(?))", [coding.get("updated_at"), coding.get("updated_by") or "",
                                                         coding.get("about_role"), coding.get("code"),
                                                         coding.get("memo") or ""]).fetchone()[0]

    # -- one item --------------------------------------------------------------------------------
    def item(self, kind: Kind, item: str, data: dict) -> None:
        local = self.local(kind, item)
        if kind == Kind.REMOVAL:
            return self._removal(item, data, local)
        if local is None:
            return self._new(kind, item, data)
        if kind == Kind.CODE and data.get("needed_only"):
            return
        h_local, h_in = content_hash(kind, local), content_hash(kind, data)
        theirs = set(data.get("ancestors") or [])
        if h_local == h_in:
            add_ancestors(self.study, kind, item, theirs)
            return
        if h_in in ancestors(self.study, kind, item):
            self.counts[f"{kind.value}_kept"] += 1  # ours is newer: they hold a version we changed
            return
        if h_local in theirs:
            self.apply(kind, item, data)
            return
        self.conflict(kind, item, data)

    def _new(self, kind: Kind, item: str, data: dict) -> None:
        if kind == Kind.SEGMENT:
            return self.conflict(kind, item, data, problem="missing")
        if kind == Kind.CODING:
            removed = self.study.conn.execute("SELECT stamp FROM exchange_removed WHERE kind = 'coding' AND item = ?",
                                              [item]).fetchone()
            if removed is not None:
                if removed[0] == self.stamp(data):
                    self.counts["coding_kept_removed"] += 1  # removed here, unchanged there
                    return
                return self.conflict(kind, item, data, problem="removed")
        self.apply(kind, item, data)

    def _removal(self, item: str, data: dict, local: dict | None) -> None:
        if local is None:
            return
        if self.stamp(local) == data.get("stamp"):
            self.apply(Kind.REMOVAL, item, data)
        else:
            self.conflict(Kind.REMOVAL, item, data)

    # -- applying theirs -------------------------------------------------------------------------
    def apply(self, kind: Kind, item: str, data: dict) -> None:
        """Make this copy's item their version (or a conflict when it cannot be placed here)."""
        local = self.local(kind, item)
        try:
            with self.study.transaction():  # a savepoint: a refused step leaves nothing half done
                verb = getattr(self, f"_apply_{kind.value}")(item, data, local)
        except Unplaced as exc:
            self.unplaced = exc
            return self.conflict(kind, item, data, problem=stored(exc.key, exc.params))  # worded when shown
        if kind != Kind.REMOVAL:
            add_ancestors(self.study, kind, item, set(data.get("ancestors") or []) |
                          ({content_hash(kind, local)} if local else set()))
        self.counts[f"{kind.value}_{verb}"] += 1

    def _apply_code(self, key: str, data: dict, local: dict | None) -> str:
        fields = dict(label_nl=data["label_nl"], label_en=data.get("label_en") or "",
                      description=data.get("description") or "", color=data["color"],
                      parent=data.get("parent") or None, perception=bool(data.get("perception")))
        if fields["parent"] and self.local(Kind.CODE, fields["parent"]) is None:
            raise Unplaced(key="exchange.unplaced_parent", parent=fields["parent"])
        if local is None:
            row = self.study.codebook.add(key, **fields)
            self._log("exchange.code.add", "code", row["id"])
            return "added"
        fields["perception"] = int(fields["perception"])
        row = self.study.codebook.update(key, **fields)
        self._log("exchange.code.update", "code", row["id"])
        return "updated"

    def _segment_id(self, uid: str) -> int:
        row = self.study.conn.execute("SELECT id FROM segments WHERE uid = ?", [uid]).fetchone()
        if row is None:
            raise Unplaced(key="exchange.unplaced_text")
        return row[0]

    def _apply_coding(self, uid: str, data: dict, local: dict | None) -> str:
        codings = self.study.codings
        if local is None:
            first, last = self._segment_id(data["start_segment"]), self._segment_id(data["end_segment"])
            texts = {first: len(self.study.transcripts.segment(first).text),
                     last: len(self.study.transcripts.segment(last).text)}
            transcript = self.study.transcripts.segment(first).transcript_id
            start = (first, min(int(data["start_offset"]), texts[first]))
            end = (last, min(int(data["end_offset"]), texts[last]))
            try:
                self.study.codebook.get(data["code"])
                coding_id = codings.add(transcript, data["code"], start, end, about_role=data.get("about_role"),
                                        memo=data.get("memo") or "", author=data.get("author") or "")
            except VeldwerkError as exc:
                raise Unplaced(key=exc.key, **exc.params) from None  # every core refusal has a key
            verb = "added"
        else:
            coding_id = local["id"]
            try:
                codings.update(coding_id, code=data["code"], about_role=data.get("about_role"),
                               memo=data.get("memo") or "")
            except VeldwerkError as exc:
                raise Unplaced(key=exc.key, **exc.params) from None  # every core refusal has a key
            verb = "updated"
        self.study.conn.execute(
            "UPDATE codings SET uid = ?, author = ?, updated_by = ?, created_at = ?, updated_at = ? WHERE id = ?",
            [uid, data.get("author") or "", data.get("updated_by") or "", data["created_at"], data["updated_at"],
             coding_id],
        )
        self._log(f"exchange.coding.{'add' if verb == 'added' else 'update'}", "coding", coding_id)
        return verb

    def _apply_segment(self, uid: str, data: dict, local: dict | None) -> str:
        segment_id = self._segment_id(uid)
        self.study.transcripts.edit_segment(segment_id, data["text"])
        self.study.conn.execute("UPDATE segments SET edited_by = ?, edited_at = ? WHERE id = ?",
                                [data.get("edited_by") or "", data.get("edited_at"), segment_id])
        self._log("exchange.segment.edit", "segment", segment_id)
        return "updated"

    def _apply_removal(self, uid: str, data: dict, local: dict | None) -> str:
        if local is not None:
            self.study.codings.remove(local["id"])
            self._log("exchange.coding.remove", "coding", local["id"])
        return "removed"

    # -- conflicts -------------------------------------------------------------------------------
    def conflict(self, kind: Kind, item: str, data: dict, problem: str | dict | None = None) -> None:
        """Keep their version for the researcher to decide (an open conflict replaces an older one). `problem`
        is why it could not be placed: "missing", "removed" or a stored catalogue text (`storage.messages.stored`),
        never finished English; studies from before keep their English sentence."""
        there = json.dumps(dict(data, problem=problem) if problem else data, ensure_ascii=False, sort_keys=True)
        conn = self.study.conn
        open_rows = conn.execute("SELECT id, there FROM exchange_conflicts WHERE kind = ? AND item = ? AND "
                                 "resolved_at IS NULL", [kind.value, item]).fetchall()
        if any(row[1] == there for row in open_rows):
            return
        for row in open_rows:
            conn.execute("UPDATE exchange_conflicts SET resolved_at = ?, resolution = 'replaced' WHERE id = ?",
                         [now(), row[0]])
        cur = conn.execute(
            "INSERT INTO exchange_conflicts(exchange_id, kind, item, there, created_at) VALUES (?, ?, ?, ?, ?)",
            [self.exchange_id, kind.value, item, there, now()],
        )
        self.counts["conflicts"] += 1
        self._log("exchange.conflict", "exchange_conflict", cur.lastrowid, {"kind": kind.value})

    def _log(self, action: str, entity: str, entity_id, detail: dict | None = None) -> None:
        self.study.audit.log(action, entity, entity_id, dict(detail or {}, exchange=self.exchange_id))


def merge(study, path, passphrase: str) -> dict:
    """Merge an exchange file into this copy; returns a summary (id, researcher, counts, already)."""
    name = Path(path).name
    exchange = container.read(path, passphrase)
    meta = exchange.meta
    if meta["study_id"] != study.study_id:
        raise ExchangeFileError(key="exchange.other_study", name=name,
                                other=meta.get("study_name") or Text("exchange.no_name"), study=study.name)
    known = study.conn.execute("SELECT direction FROM exchanges WHERE id = ?", [exchange.exchange_id]).fetchone()
    summary = dict(id=exchange.exchange_id, researcher=meta["researcher"], since=meta.get("since"), counts={},
                   already=known is not None)
    if known and known[0] == "export":
        raise VeldwerkError(key="exchange.own_copy", name=name)
    if known:
        return summary
    merger = Merger(study, exchange.exchange_id)
    try:
        with study.transaction():
            researcher = study.researchers.add(meta["researcher"])
            for kind, item, data in exchange.items:
                merger.item(kind, item, data)
            if exchange.audio:
                from storage.exchange.audio import merge_audio

                merge_audio(study, exchange.audio, merger.counts, merger._log)
            points.record(study, exchange.exchange_id, "import", researcher, meta.get("since"), dict(merger.counts))
            study.audit.log("exchange.import", "exchange", exchange.exchange_id, dict(merger.counts))
    except (KeyError, TypeError, ValueError) as exc:
        raise ExchangeFileError(key="exchange.incomplete", name=name, detail=technical(exc)) from None
    summary.update(researcher=researcher, counts=dict(merger.counts))
    return summary
