"""The sidebar: participants (code, role, consent icon) with their interviews (date, duration, transcript)."""
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem

from desktop.coding.labels import role_label
from desktop.participants.consent_state import consent_state, state_label
from desktop.widgets.icons import consent_icon, icon
from storage.timefmt import clock

KIND = Qt.UserRole
KEY = Qt.UserRole + 1


def transcript_label(state: str) -> str:
    return {
        "none": QCoreApplication.translate("Transcript", "not transcribed"),
        "partial": QCoreApplication.translate("Transcript", "transcript unfinished"),
        "complete": QCoreApplication.translate("Transcript", "transcribed"),
    }.get(state, state)


class ParticipantTree(QTreeWidget):
    """Emits participant_selected(code), interview_selected(id) and files_dropped(code, paths)."""

    participant_selected = Signal(str)
    interview_selected = Signal(int)
    files_dropped = Signal(str, list)
    refreshed = Signal()   # after every reload (the window widens the panel when the details need it)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.study = None
        self.setHeaderLabels([self.tr("Participant / interview"), self.tr("Details")])
        self.setAccessibleName(self.tr("Participants and interviews"))
        self.header().setSectionResizeMode(0, QHeaderView.ResizeToContents)
        self.header().setStretchLastSection(True)
        self.setTextElideMode(Qt.ElideRight)   # a narrow panel shows "…", and every cell's tooltip holds its full text
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DropOnly)
        self.itemSelectionChanged.connect(self._selection)

    def set_study(self, study) -> None:
        self.study = study
        self.refresh()

    def refresh(self) -> None:
        """Reload from the store, keeping the selection."""
        selected = self.current_key()
        self.blockSignals(True)
        self.clear()
        if self.study is not None:
            interviews = {}
            for row in self.study.interviews.list():
                interviews.setdefault(row.participant_id, []).append(row)
            for p in self.study.participants.list():
                state = consent_state(self.study, p)
                item = QTreeWidgetItem([p["code"], role_label(self.study, p["role"])])
                item.setIcon(0, consent_icon(state))
                item.setData(0, KIND, "participant")
                item.setData(0, KEY, p["code"])
                item.setToolTip(0, state_label(state))
                item.setToolTip(1, role_label(self.study, p["role"]))
                item.setData(0, Qt.AccessibleDescriptionRole, state_label(state))
                if p.get("withdrawn_at"):
                    item.setForeground(0, Qt.gray)
                    item.setForeground(1, Qt.gray)
                self.addTopLevelItem(item)
                for row in interviews.get(p["id"], []):
                    text = f"{row.date}  {clock(row.duration)}"
                    if row.kind.is_session:  # a focus group or meeting: say so
                        from desktop.sessions import kind_label

                        text = f"{kind_label(row.kind)} · {text}"
                        child_tip = ", ".join(p["code"] for p in self.study.sessions.present(row.id))
                    else:
                        child_tip = ""
                    child = QTreeWidgetItem([text, transcript_label(row.transcript_state)])
                    child.setIcon(0, icon("interview" if row.transcript_state == "complete" else "interview-audio"))
                    child.setData(0, KIND, "interview")
                    child.setData(0, KEY, row.id)
                    child.setToolTip(0, text + (f" — {child_tip}" if child_tip else ""))
                    child.setToolTip(1, transcript_label(row.transcript_state))
                    if row.recovered:
                        child.setToolTip(0, text + " — " + self.tr("Recovered after an interruption"))
                    item.addChild(child)
                item.setExpanded(True)
        self.blockSignals(False)
        if selected:
            self.select(*selected, emit=False)
        self.refreshed.emit()

    def needed_width(self) -> int:
        """The width that shows both columns without eliding (plus the frame and a scroll bar)."""
        columns = sum(max(self.sizeHintForColumn(c), self.header().sectionSizeHint(c)) for c in range(self.columnCount()))
        return columns + 2 * self.frameWidth() + self.verticalScrollBar().sizeHint().width() + 8

    def current_key(self):
        item = self.currentItem()
        return (item.data(0, KIND), item.data(0, KEY)) if item else None

    def current_participant(self) -> str | None:
        item = self.currentItem()
        if item is None:
            return None
        if item.data(0, KIND) == "interview":
            item = item.parent()
        return item.data(0, KEY)

    def select(self, kind: str, key, emit: bool = True) -> bool:
        for i in range(self.topLevelItemCount()):
            top = self.topLevelItem(i)
            for item in [top] + [top.child(j) for j in range(top.childCount())]:
                if item.data(0, KIND) == kind and item.data(0, KEY) == key:
                    if not emit:
                        self.blockSignals(True)
                    self.setCurrentItem(item)
                    self.blockSignals(False)
                    return True
        return False

    def _selection(self) -> None:
        key = self.current_key()
        if not key:
            return
        if key[0] == "participant":
            self.participant_selected.emit(key[1])
        else:
            self.interview_selected.emit(int(key[1]))

    # -- drag and drop of audio files onto a participant ----------------------------------
    def _drop_target(self, event):
        item = self.itemAt(event.position().toPoint())
        if item is not None and item.data(0, KIND) == "interview":
            item = item.parent()
        return item

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.mimeData().hasUrls() and self._drop_target(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt API
        item = self._drop_target(event)
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if item is None or not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.files_dropped.emit(item.data(0, KEY), [str(Path(p)) for p in paths])
