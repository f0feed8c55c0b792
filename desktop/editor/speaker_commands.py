"""Undoable speaker changes for a whole transcript: rename, merge, and labels detected by diarization.

Each is one step on the workspace's undo stack and one transaction in the core
(`Transcripts.set_speakers`: the labels of the segments that change plus the name map).
Assigning a run of segments is `commands.SetSpeaker`.
"""
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand


class ReplaceSpeakers(QUndoCommand):
    """Set segment labels ({segment_id: label}) and the name map; undo puts both back."""

    def __init__(self, ws, labels: dict[int, str], names: dict[str, str], text: str):
        super().__init__(text)
        self.ws = ws
        self.new_labels = dict(labels)
        self.new_names = dict(names)
        by_id = {s.id: s.speaker for s in ws.segments.segments}
        self.old_labels = {sid: by_id.get(ws.ids("segment", sid), "") for sid in labels}
        self.old_names = dict(ws.speaker_names)

    def _apply(self, labels: dict[int, str], names: dict[str, str]):
        current = {self.ws.ids("segment", sid): label for sid, label in labels.items()}
        self.ws.study.transcripts.set_speakers(self.ws.transcript_id, current, names)
        self.ws.speakers_changed(list(current))

    def redo(self):
        self._apply(self.new_labels, self.new_names)

    def undo(self):
        self._apply(self.old_labels, self.old_names)


def rename_speakers(ws, names: dict[str, str]) -> ReplaceSpeakers:
    """New display names for labels (every segment of a label shows the new name at once)."""
    return ReplaceSpeakers(ws, {}, names, QCoreApplication.translate("EditorCommands", "Name speakers"))


def merge_speakers(ws, source: str, target: str) -> ReplaceSpeakers:
    """Every segment of `source` goes to `target`; `source` leaves the name map."""
    labels = {s.id: target for s in ws.segments.segments if s.speaker == source}
    names = {label: name for label, name in ws.speaker_names.items() if label != source}
    names.setdefault(target, target)
    return ReplaceSpeakers(ws, labels, names, QCoreApplication.translate("EditorCommands", "Merge speakers"))


def detected_speakers(ws, labels: dict[int, str], names: dict[str, str]) -> ReplaceSpeakers:
    """Labels found by diarization replace the old ones (undo brings the old ones back)."""
    return ReplaceSpeakers(ws, labels, names, QCoreApplication.translate("EditorCommands", "Detect speakers"))
