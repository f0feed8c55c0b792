"""The table model of the excerpt browser: one row per coding, filled lazily by the view."""
from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor

from storage.timefmt import clock


def _headers() -> list[str]:
    return [
        QCoreApplication.translate("ExcerptBrowser", "Play"),
        QCoreApplication.translate("ExcerptBrowser", "Participant"),
        QCoreApplication.translate("ExcerptBrowser", "Role"),
        QCoreApplication.translate("ExcerptBrowser", "Code"),
        QCoreApplication.translate("ExcerptBrowser", "About"),
        QCoreApplication.translate("ExcerptBrowser", "Time"),
        QCoreApplication.translate("ExcerptBrowser", "Excerpt"),
        QCoreApplication.translate("ExcerptBrowser", "Memo"),
    ]


class ExcerptModel(QAbstractTableModel):
    PLAY, PARTICIPANT, ROLE, CODE, ABOUT, TIME, TEXT, MEMO = range(8)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list = []  # storage.codings.Coding
        self.texts: dict[int, str] = {}  # coding id → its coded text
        self.code_labels: dict[str, str] = {}
        self.role_labels: dict[str, str] = {}
        self.headers = _headers()
        self.playing_row: int | None = None   # the row whose audio plays (its ▶ shows ■, a click stops it)

    def set_playing(self, row: int | None) -> None:
        previous, self.playing_row = self.playing_row, row
        for r in {previous, row} - {None}:
            if r < len(self.rows):
                self.dataChanged.emit(self.index(r, self.PLAY), self.index(r, self.PLAY))

    def set_rows(self, rows: list, texts: dict, code_labels: dict, role_labels: dict) -> None:
        self.beginResetModel()
        self.rows, self.texts, self.code_labels, self.role_labels = rows, texts, code_labels, role_labels
        self.playing_row = None
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(self.headers)

    PLAY_HEADER = "▶"   # the play column is as narrow as its ▶ buttons; its name is the header's tool tip

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return self.PLAY_HEADER if section == self.PLAY else self.headers[section]
        if orientation == Qt.Horizontal and role == Qt.ToolTipRole:
            return self.headers[section]
        return None

    def data(self, index, role=Qt.DisplayRole):
        c = self.rows[index.row()]
        col = index.column()
        if role in (Qt.DisplayRole, Qt.ToolTipRole):
            if col == self.PLAY:
                if index.row() == self.playing_row:
                    return "■" if role == Qt.DisplayRole else QCoreApplication.translate("ExcerptBrowser", "Stop playing")
                return "▶" if role == Qt.DisplayRole else QCoreApplication.translate("ExcerptBrowser", "Play this excerpt")
            return (
                None,
                c.participant,
                self.role_labels.get(c.role, c.role),
                self.code_labels.get(c.code, c.code),
                self.role_labels.get(c.about_role, c.about_role or ""),
                clock(c.start_time or 0),
                self.texts.get(c.id, ""),
                c.memo or "",
            )[col]
        if role == Qt.BackgroundRole and col == self.CODE:
            color = QColor(c.color)
            color.setAlpha(110)
            return color
        if role == Qt.TextAlignmentRole and col == self.PLAY:
            return int(Qt.AlignCenter)
        return None
