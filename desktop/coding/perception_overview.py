"""Beeldvorming over en weer: a role × role matrix (speaker role → role spoken about) with counts
from the core, a network picture of the same, and the excerpts of a clicked cell."""
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QLabel, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from desktop.coding.events import Follower
from desktop.coding.excerpt_browser import PERCEPTION, ExcerptBrowser
from desktop.coding.header_labels import header_label
from desktop.coding.labels import roles
from desktop.coding.network_view import NetworkView


class PerceptionOverview(QWidget):
    """jumpRequested(interview_id, segment_id, offset) from the cell's excerpt list."""

    jumpRequested = Signal(int, int, int)

    def __init__(self, study, parent=None):
        super().__init__(parent)
        self.study = study
        self.matrix: dict = {}
        self.counts = study.codings.matrix   # the Analyse view swaps in counts over its filtered codings
        self.cell_filters: dict = {}         # and adds its participant/text filters to a cell's excerpts
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        title = QLabel("<b>" + self.tr("Perceptions: who says what about whom") + "</b><br>"
                       + self.tr("Rows: the speaker's role. Columns: the role spoken about. Click a count to read the excerpts."))
        title.setWordWrap(True)
        layout.addWidget(title)
        self.table = QTableWidget()
        self.table.setAccessibleName(self.tr("Perception matrix"))
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.table.cellClicked.connect(self.show_cell)
        self.network = NetworkView()
        self.cell_label = QLabel()
        self.excerpts = ExcerptBrowser(study, show_filters=False, load=False)
        self.excerpts.jumpRequested.connect(self.jumpRequested)
        self.excerpts.table.setColumnHidden(3, True)   # the code: every row is a perception coding
        cell = QWidget()
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.cell_label)
        box.addWidget(self.excerpts)
        self.bottom = bottom = QSplitter(Qt.Horizontal)
        bottom.addWidget(self.network)
        bottom.addWidget(cell)
        bottom.setSizes([420, 760])
        self.split = split = QSplitter(Qt.Vertical)
        split.addWidget(self.table)
        split.addWidget(bottom)
        split.setSizes([250, 450])
        for splitter in (bottom, split):
            splitter.setChildrenCollapsible(False)   # a drag never hides the picture or the matrix
            for i in range(splitter.count()):
                splitter.setCollapsible(i, False)
        layout.addWidget(split, 1)
        self._headers_fit = QTimer(self, singleShot=True, interval=0, timeout=self._fit_headers)
        self._matrix_fit = QTimer(self, singleShot=True, interval=0, timeout=self._fit_matrix)
        self._dragged = False
        split.splitterMoved.connect(lambda *_: setattr(self, "_dragged", True))
        self.table.horizontalHeader().sectionResized.connect(lambda *_: self._headers_fit.start())
        self.follower = Follower(self, study, self.refresh)
        self.refresh()

    BOTTOM_MIN = 240   # pixels the network picture and the cell's excerpts keep under the matrix

    def showEvent(self, event):  # noqa: N802
        super().showEvent(event)
        self.follower.shown()
        self._matrix_fit.start()

    def resizeEvent(self, event):  # noqa: N802 - the layout has sized the splitter already: fit now, or
        super().resizeEvent(event)    # QSplitter shares the next resize out by the old proportions
        self._fit_matrix()

    def _fit_matrix(self) -> None:
        """The matrix shows every row when the window leaves the picture BOTTOM_MIN (at 1366×768 it cut off the
        last rows); once the researcher drags the splitter, the drag decides."""
        if self._dragged or not self.isVisible():
            return
        table, total = self.table, sum(self.split.sizes())
        needed = table.horizontalHeader().height() + table.verticalHeader().length() + 2 * table.frameWidth() + 2
        if total > 0:
            top = max(min(needed, total - self.BOTTOM_MIN), min(total // 3, needed))
            self.split.setSizes([top, total - top])

    def refresh(self):
        self.matrix = self.counts()
        self.roles = roles(self.study)
        n = len(self.roles)
        self.table.clear()
        self.table.setRowCount(n + 1)
        self.table.setColumnCount(n + 1)
        labels = [r["label"] for r in self.roles]
        self.table.setHorizontalHeaderLabels(labels + [self.tr("Total")])
        self.table.setVerticalHeaderLabels(labels + [self.tr("Total")])
        top = max(self.matrix.values(), default=0)
        bold = QFont()
        bold.setBold(True)
        for i, speaker in enumerate(self.roles + [None]):
            for j, about in enumerate(self.roles + [None]):
                count = sum(v for (s, a), v in self.matrix.items()
                            if (speaker is None or s == speaker["key"]) and (about is None or a == about["key"]))
                item = QTableWidgetItem(str(count) if count else "·")
                item.setTextAlignment(Qt.AlignCenter)
                item.setData(Qt.UserRole, (speaker["key"] if speaker else None, about["key"] if about else None))
                if speaker is None or about is None:
                    item.setFont(bold)
                elif count:
                    shade = QColor("#F4A261")
                    shade.setAlpha(int(50 + 200 * count / max(1, top)))
                    item.setBackground(shade)
                item.setToolTip(self.tr("%1 about %2: %3").replace("%1", speaker["label"] if speaker else self.tr("all"))
                                .replace("%2", about["label"] if about else self.tr("all")).replace("%3", str(count)))
                self.table.setItem(i, j, item)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        for j, role in enumerate(self.roles):
            self.table.horizontalHeaderItem(j).setText(header_label(role["label"]))  # never clipped: a long word breaks
            self.table.horizontalHeaderItem(j).setToolTip(self.tr("spoken about: %1").replace("%1", role["label"]))
        self._fit_headers()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.network.show_matrix(self.matrix, self.roles)
        self.excerpts.reload_filters(refresh=False)
        cell = getattr(self, "_cell", None)
        if cell is not None:
            self.show_cell(*cell)          # keep the cell being read after a refresh
        else:
            self.excerpts.set_filters(code=PERCEPTION, **self.cell_filters)
            self.cell_label.setText(self.tr("All perception excerpts"))

    def _fit_headers(self) -> None:
        """A role name wider than its column (a narrow window: "Handhaving" at 1366×768 beside the participants
        panel) breaks in two as well, whatever its length; in bold, as the current column's header is drawn."""
        header = self.table.horizontalHeader()
        font = QFont(header.font())
        font.setBold(True)
        metrics = QFontMetrics(font)
        for j, role in enumerate(getattr(self, "roles", [])):
            item = self.table.horizontalHeaderItem(j)
            if item is None:
                continue
            text = header_label(role["label"])
            if max(metrics.horizontalAdvance(line) for line in text.split("\n")) > header.sectionSize(j) - 8:
                text = header_label(role["label"], one_line=0)
            if item.text() != text:
                item.setText(text)

    def count(self, speaker_role: str, about_role: str) -> int:
        """The count shown in a cell."""
        row = [r["key"] for r in self.roles].index(speaker_role)
        col = [r["key"] for r in self.roles].index(about_role)
        text = self.table.item(row, col).text()
        return int(text) if text.isdigit() else 0

    def show_cell(self, row: int, column: int):
        self._cell = (row, column)
        self.table.setCurrentCell(row, column)
        speaker, about = self.table.item(row, column).data(Qt.UserRole)
        extra = dict(self.cell_filters)
        speaker, about = speaker or extra.pop("role", None), about or extra.pop("about_role", None)
        extra.pop("role", None), extra.pop("about_role", None)
        self.excerpts.set_filters(code=PERCEPTION, role=speaker, about_role=about, **extra)
        self.excerpts.table.setColumnHidden(2, speaker is not None)   # the cell already says who speaks
        self.excerpts.table.setColumnHidden(4, about is not None)     # and about whom
        names = {r["key"]: r["label"] for r in self.roles}
        self.cell_label.setText(self.tr("%1 about %2").replace("%1", names.get(speaker, self.tr("all")))
                                .replace("%2", names.get(about, self.tr("all"))))
