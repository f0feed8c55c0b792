"""Drag and drop carriers: fragments (codings) onto themes, action cards onto a status column."""
from PySide6.QtCore import QByteArray, QMimeData, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QListView, QListWidget, QTreeWidget

FRAGMENT_MIME = "application/x-veldwerk-coding"
ACTION_MIME = "application/x-veldwerk-action"
ID_ROLE = Qt.UserRole


def mime_for(kind: str, ids) -> QMimeData:
    data = QMimeData()
    data.setData(kind, QByteArray(",".join(str(i) for i in ids).encode()))
    return data


def wrap_fully(view) -> None:
    """Wrapped items that are never elided: their height follows the width of the view."""
    view.setWordWrap(True)
    view.setTextElideMode(Qt.ElideNone)
    view.setAlternatingRowColors(True)
    if isinstance(view, QListView):
        view.setResizeMode(QListView.Adjust)
        view.setUniformItemSizes(False)


def ids_from(data: QMimeData, kind: str) -> list[int]:
    if not data.hasFormat(kind):
        return []
    return [int(x) for x in bytes(data.data(kind)).decode().split(",") if x.strip().isdigit()]


class FragmentList(QListWidget):
    """The solution fragments (codings); drag them onto a theme."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragOnly)
        wrap_fully(self)

    def mimeData(self, items):
        return mime_for(FRAGMENT_MIME, [i.data(ID_ROLE) for i in items])

    def mimeTypes(self):
        return [FRAGMENT_MIME]


class ThemeTree(QTreeWidget):
    """Themes (top level) with their fragments; fragments dropped on a theme are attached to it."""

    fragmentsDropped = Signal(int, list)  # theme id, coding ids

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DropOnly)
        self.setHeaderHidden(True)
        self.header().setSectionResizeMode(QHeaderView.Stretch)
        wrap_fully(self)

    def theme_at(self, pos) -> int | None:
        item = self.itemAt(pos)
        while item is not None and item.parent() is not None:
            item = item.parent()
        return item.data(0, ID_ROLE) if item is not None else None

    def dragEnterEvent(self, event):
        event.setAccepted(event.mimeData().hasFormat(FRAGMENT_MIME))

    def dragMoveEvent(self, event):
        event.setAccepted(event.mimeData().hasFormat(FRAGMENT_MIME) and self.theme_at(event.position().toPoint()) is not None)

    def dropEvent(self, event):
        theme = self.theme_at(event.position().toPoint())
        ids = ids_from(event.mimeData(), FRAGMENT_MIME)
        if theme is None or not ids:
            event.ignore()
            return
        event.acceptProposedAction()
        self.fragmentsDropped.emit(theme, ids)


class StatusColumn(QListWidget):
    """The action cards of one status; a card dropped here asks to move to this status."""

    actionDropped = Signal(int, str)  # action id, status value

    def __init__(self, status: str, parent=None):
        super().__init__(parent)
        self.status = status
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDrop)
        self.setDefaultDropAction(Qt.MoveAction)
        wrap_fully(self)

    def mimeData(self, items):
        return mime_for(ACTION_MIME, [i.data(ID_ROLE) for i in items])

    def mimeTypes(self):
        return [ACTION_MIME]

    def dragEnterEvent(self, event):
        event.setAccepted(event.mimeData().hasFormat(ACTION_MIME))

    def dragMoveEvent(self, event):
        event.setAccepted(event.mimeData().hasFormat(ACTION_MIME))

    def dropEvent(self, event):
        ids = ids_from(event.mimeData(), ACTION_MIME)
        if not ids:
            event.ignore()
            return
        # The view reloads the cards from the study; Qt must not move the item itself.
        event.setDropAction(Qt.CopyAction)
        event.accept()
        for action_id in ids:
            self.actionDropped.emit(action_id, self.status)
