"""Every coded excerpt of the study, filtered by code, participant, role, about-role and text.

Clicking ▶ plays the excerpt's audio (from memory); double-clicking a row jumps to its place
(jumpRequested(interview_id, segment_id, offset)).
"""
from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.coding.events import Follower
from desktop.coding.excerpt_model import ExcerptModel
from desktop.coding.labels import code_label, role_labels
from desktop.coding.labels import roles as ui_roles
from desktop.editor.find_bar import fold
from desktop.editor.player import AudioPlayer
from storage.codings import Coding

PERCEPTION = "*perception"   # code filter: every perception code


class ExcerptBrowser(QWidget):
    jumpRequested = Signal(int, int, int)
    playRequested = Signal(int, float, float)

    WRAP_ROWS = 300   # up to this many rows, excerpts wrap and rows grow to fit

    def __init__(self, study, parent=None, *, show_filters: bool = True, load: bool = True):
        super().__init__(parent)
        self.study = study
        self.player = AudioPlayer(study, self)
        self.player.playingChanged.connect(self._playing_changed)
        self.rows: list[Coding] = []
        self.texts: dict[int, str] = {}  # coding id → its coded text
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        bar = QHBoxLayout()
        self.code_box, self.participant_box = QComboBox(), QComboBox()
        self.role_box, self.about_box = QComboBox(), QComboBox()
        self.text_edit = QLineEdit()
        self.text_edit.setPlaceholderText(self.tr("Text contains…"))
        self.text_edit.setClearButtonEnabled(True)
        for label, box in ((self.tr("Code"), self.code_box), (self.tr("Participant"), self.participant_box),
                           (self.tr("Role"), self.role_box), (self.tr("About"), self.about_box)):
            box.setAccessibleName(label)
            bar.addWidget(QLabel(label))
            bar.addWidget(box)
            box.currentIndexChanged.connect(self.refresh)
        bar.addWidget(self.text_edit, 1)
        self.text_edit.textChanged.connect(self.refresh)
        self.filter_bar = QWidget()
        self.filter_bar.setLayout(bar)
        self.filter_bar.setVisible(show_filters)
        layout.addWidget(self.filter_bar)
        self.count = QLabel()
        layout.addWidget(self.count)
        self.model = ExcerptModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Coded excerpts"))
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for col, width in ((1, 80), (2, 110), (3, 195), (4, 100), (5, 64), (7, 180)):
            header.setSectionResizeMode(col, QHeaderView.Interactive)
            header.resizeSection(col, width)
        header.setSectionResizeMode(6, QHeaderView.Stretch)
        header.setSectionResizeMode(0, QHeaderView.Interactive)   # not ResizeToContents: it measures every row
        header.resizeSection(0, header.fontMetrics().horizontalAdvance(self.model.PLAY_HEADER) + 24)
        self._widths = {col: header.sectionSize(col) for col in (1, 2, 3, 4, 5, 7)}
        self.table.viewport().installEventFilter(self)  # a narrow table shrinks the other columns, not the fragment
        self.table.clicked.connect(lambda index: index.column() == 0 and self.play(index.row()))
        self.table.doubleClicked.connect(lambda index: self.jump(index.row()))
        layout.addWidget(self.table, 1)
        self.follower = Follower(self, study, self.reload_filters)
        self.reload_filters(refresh=load)

    def showEvent(self, event):  # noqa: N802
        super().showEvent(event)
        self.follower.shown()

    # -- filters -------------------------------------------------------------------------
    def reload_filters(self, refresh: bool = True):
        roles = ui_roles(self.study)
        choices = {
            self.code_box: [(c["key"], code_label(c)) for c in self.study.codebook.list()],
            self.participant_box: [(p["code"], p["code"]) for p in self.study.participants.list()],
            self.role_box: [(r["key"], r["label"]) for r in roles],
            self.about_box: [(r["key"], r["label"]) for r in roles],
        }
        for box, items in choices.items():
            current = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(self.tr("(all)"), None)
            if box is self.code_box:
                box.addItem(self.tr("(all perception codes)"), PERCEPTION)
            for key, label in items:
                box.addItem(label, key)
            box.setCurrentIndex(max(0, box.findData(current)))
            box.blockSignals(False)
        if refresh:
            self.refresh()

    def set_filters(self, *, code=None, participant=None, role=None, about_role=None, text: str = ""):
        for box, value in ((self.code_box, code), (self.participant_box, participant), (self.role_box, role),
                           (self.about_box, about_role)):
            box.blockSignals(True)
            box.setCurrentIndex(max(0, box.findData(value)))
            box.blockSignals(False)
        self.text_edit.blockSignals(True)
        self.text_edit.setText(text)
        self.text_edit.blockSignals(False)
        self.refresh()

    # -- rows ----------------------------------------------------------------------------
    def refresh(self):
        code = self.code_box.currentData()
        codings = self.study.codings.list(
            code=None if code == PERCEPTION else code, participant=self.participant_box.currentData(),
            role=self.role_box.currentData(), about_role=self.about_box.currentData(),
        )
        if code == PERCEPTION:
            codings = [c for c in codings if c.perception]
        texts = self.study.codings.excerpt_texts(codings)
        needle = fold(self.text_edit.text().strip())
        self.rows = [c for c in codings
                     if not needle or needle in fold(texts.get(c.id, "")) or needle in fold(c.memo or "")]
        self.texts = {c.id: texts.get(c.id, "") for c in self.rows}
        self._fill()

    def _fill(self):
        labels = {c["key"]: code_label(c) for c in self.study.codebook.list()}
        roles = role_labels(self.study)
        wrap = len(self.rows) <= self.WRAP_ROWS
        self.table.setWordWrap(wrap)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeToContents if wrap else QHeaderView.Fixed)
        self.model.set_rows(self.rows, self.texts, labels, roles)
        self.count.setText(self.tr("%n excerpt(s)", "", len(self.rows)))

    def play(self, row: int):
        """Play the excerpt's audio (with half a second before and after); its row shows ■; again: stop."""
        if self.model.playing_row == row and self.player.is_playing():
            self.stop()
            return
        c = self.rows[row]
        start, end = max(0.0, (c.start_time or 0) - 0.5), (c.end_time or 0) + 0.5
        self.playRequested.emit(c.interview_id, start, end)
        if self.player.load_interview(c.interview_id):
            self.player.play(start, until=end)
            self.model.set_playing(row)

    def stop(self):
        self.player.stop()
        self.model.set_playing(None)

    def is_playing(self) -> bool:
        return self.model.playing_row is not None and self.player.is_playing()

    def toggle_play(self):
        """Esc / Space: stop what plays, else play the current row (the first when none is current)."""
        if self.is_playing():
            self.stop()
        elif self.rows:
            self.play(max(0, self.table.currentIndex().row()))

    def _playing_changed(self, playing: bool):
        if not playing:
            self.model.set_playing(None)

    def jump(self, row: int):
        c = self.rows[row]
        self.player.stop()
        self.jumpRequested.emit(c.interview_id, c.start_segment_id, c.start_offset)

    def set_column_width(self, col: int, width: int) -> None:
        """A column's width when there is room (fit_columns shrinks from it when the table is narrow)."""
        self._widths[col] = width
        self.table.horizontalHeader().resizeSection(col, width)

    FRAGMENT_MIN = 240  # pixels the fragment text keeps, however narrow the table

    def eventFilter(self, watched, event) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Resize:
            self.fit_columns(event.size().width())
        return super().eventFilter(watched, event)

    def fit_columns(self, width: int) -> None:
        """Share `width` so the fragment column keeps FRAGMENT_MIN: the other columns shrink together (to a third)."""
        header = self.table.horizontalHeader()
        visible = {c: w for c, w in self._widths.items() if not self.table.isColumnHidden(c)}
        budget = width - self.FRAGMENT_MIN - header.sectionSize(0)
        least: dict[int, int] = {}   # columns held at their header's width; the others share what is left
        while True:
            free = {c: w for c, w in visible.items() if c not in least}
            share = max(0.35, min(1.0, (budget - sum(least.values())) / max(1, sum(free.values()))))
            low = {c: self._least_width(c) for c, w in free.items() if w * share < self._least_width(c)}
            if not low:
                break
            least.update(low)
        for col, w in visible.items():
            header.resizeSection(col, least.get(col, int(w * share)))

    def _least_width(self, col: int) -> int:
        """A column never gets narrower than its header (and the time column than a time): no clipped names."""
        metrics = self.table.horizontalHeader().fontMetrics()
        widest = metrics.horizontalAdvance(self.model.headers[col])
        if col == self.model.TIME:
            widest = max(widest, self.table.fontMetrics().horizontalAdvance("0:00:00"))
        return widest + 10   # the header's margins (PM_HeaderMargin on both sides)
