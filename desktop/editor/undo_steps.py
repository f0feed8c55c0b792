"""Undoable steps on an interview (the editor's undo stack). Each step calls the core; the workspace redraws.

Ids can change on undo/redo (a split segment or a removed coding comes back with a new id);
`Ids` remembers the replacements so later commands still find their object.
"""
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand


class Ids:
    """Old id → current id, per kind ("segment", "coding")."""

    def __init__(self):
        self._map: dict[tuple[str, int], int] = {}

    def alias(self, kind: str, old: int, new: int) -> None:
        if old != new:
            self._map[(kind, old)] = new

    def __call__(self, kind: str, value: int) -> int:
        seen = set()
        while (kind, value) in self._map and value not in seen:
            seen.add(value)
            value = self._map[(kind, value)]
        return value


class EditSegment(QUndoCommand):
    """Replace a segment's text (the document already shows the new text on the first redo)."""

    def __init__(self, ws, segment_id: int, old: str, new: str):
        super().__init__(QCoreApplication.translate("EditorCommands", "Edit text"))
        self.ws, self.sid, self.old, self.new = ws, segment_id, old, new
        self._first = True

    def redo(self):
        sid = self.ws.ids("segment", self.sid)
        self.ws.study.transcripts.edit_segment(sid, self.new)
        self.ws.segment_changed(sid, self.new, update_document=not self._first)
        self._first = False

    def undo(self):
        sid = self.ws.ids("segment", self.sid)
        self.ws.study.transcripts.edit_segment(sid, self.old)
        self.ws.segment_changed(sid, self.old, update_document=True)


class RestoreSegment(EditSegment):
    def __init__(self, ws, segment_id: int, old: str, asr: str):
        super().__init__(ws, segment_id, old, asr)
        self.setText(QCoreApplication.translate("EditorCommands", "Restore original text"))
        self._first = False


class SplitSegment(QUndoCommand):
    def __init__(self, ws, segment_id: int, offset: int):
        super().__init__(QCoreApplication.translate("EditorCommands", "Split segment"))
        self.ws, self.sid, self.offset, self.new_id = ws, segment_id, offset, None

    def redo(self):
        sid = self.ws.ids("segment", self.sid)
        new = self.ws.study.transcripts.split_segment(sid, self.offset)
        if self.new_id is not None:
            self.ws.ids.alias("segment", self.new_id, new)
        else:
            self.new_id = new
        self.ws.segments_split(sid, new)

    def undo(self):
        sid = self.ws.ids("segment", self.sid)
        self.ws.study.transcripts.merge_with_next(sid)
        self.ws.segments_merged(sid)


class MergeSegments(QUndoCommand):
    def __init__(self, ws, segment_id: int, next_id: int, first_length: int):
        super().__init__(QCoreApplication.translate("EditorCommands", "Merge segments"))
        self.ws, self.sid, self.next_id, self.length = ws, segment_id, next_id, first_length

    def redo(self):
        sid = self.ws.ids("segment", self.sid)
        self.ws.study.transcripts.merge_with_next(sid)
        self.ws.segments_merged(sid)

    def undo(self):
        sid = self.ws.ids("segment", self.sid)
        new = self.ws.study.transcripts.split_segment(sid, self.length)
        self.ws.ids.alias("segment", self.next_id, new)
        self.ws.segments_split(sid, new)


class SetSpeaker(QUndoCommand):
    def __init__(self, ws, changes: list[tuple[int, str, str]]):
        super().__init__(QCoreApplication.translate("EditorCommands", "Assign speaker"))
        self.ws, self.changes = ws, changes   # (segment_id, old label, new label)

    def _apply(self, index: int):
        with self.ws.study.transaction():
            for change in self.changes:
                self.ws.study.transcripts.set_speaker(self.ws.ids("segment", change[0]), change[index])
        self.ws.speakers_changed([self.ws.ids("segment", change[0]) for change in self.changes])

    def redo(self):
        self._apply(2)

    def undo(self):
        self._apply(1)


class AddCoding(QUndoCommand):
    def __init__(self, ws, code: str, start: tuple[int, int], end: tuple[int, int], about_role=None, memo=""):
        super().__init__(QCoreApplication.translate("EditorCommands", "Code text"))
        self.ws, self.code, self.start, self.end, self.about, self.memo = ws, code, start, end, about_role, memo
        self.coding_id = None

    def redo(self):
        ids = self.ws.ids
        new = self.ws.study.codings.add(
            self.ws.transcript_id, self.code, (ids("segment", self.start[0]), self.start[1]),
            (ids("segment", self.end[0]), self.end[1]), about_role=self.about, memo=self.memo,
        )
        if self.coding_id is None:
            self.coding_id = new
        else:
            ids.alias("coding", self.coding_id, new)
        self.ws.codings_changed()

    def undo(self):
        self.ws.study.codings.remove(self.ws.ids("coding", self.coding_id))
        self.ws.codings_changed()


class RemoveCoding(QUndoCommand):
    def __init__(self, ws, coding_id: int):
        super().__init__(QCoreApplication.translate("EditorCommands", "Remove coding"))
        self.ws, self.coding_id, self.row = ws, coding_id, None

    def redo(self):
        self.row = self.ws.study.codings.remove(self.ws.ids("coding", self.coding_id))
        self.ws.codings_changed()

    def undo(self):
        r, ids = self.row, self.ws.ids
        new = self.ws.study.codings.add(
            r.transcript_id, r.code, (ids("segment", r.start_segment_id), r.start_offset),
            (ids("segment", r.end_segment_id), r.end_offset), about_role=r.about_role, memo=r.memo or "",
            author=r.author or "",
        )
        ids.alias("coding", self.coding_id, new)
        self.ws.codings_changed()


class UpdateCoding(QUndoCommand):
    """Re-code, change the about-role or the memo: `before` and `after` are dicts of those fields."""

    def __init__(self, ws, coding_id: int, before: dict, after: dict, text: str):
        super().__init__(text)
        self.ws, self.coding_id, self.before, self.after = ws, coding_id, before, after

    def _apply(self, fields: dict):
        self.ws.study.codings.update(self.ws.ids("coding", self.coding_id), **fields)
        self.ws.codings_changed()

    def redo(self):
        self._apply(self.after)

    def undo(self):
        self._apply(self.before)
