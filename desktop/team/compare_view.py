"""Coding ▸ Compare coders: how far the researchers who coded the same interviews agree, and where they differ.

Above, the figures per code and overall (percentage agreement, Cohen's kappa, Krippendorff's alpha) at
character and at segment level (storage/agreement.py); below, side by side per passage where they differ
(storage/agreement_spans.py): the interview, the text, each coder's codes, and a play button for the
passage's audio when the interview has audio. A code filter narrows the passages. Computed off the UI thread.
"""
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.coding.labels import code_label
from desktop.export.jobs import _Job, _message
from desktop.i18n import decimal, with_detail
from storage.timefmt import clock

PAD = 0.5   # seconds of audio before and after a passage, as the excerpt list plays them
WRAP_ROWS = 300   # above this many passages rows keep one line (as the excerpt list does)


class CompareJob(_Job):
    """Both comparisons and the passages; emits done((char, segment, passages)) or failed(message)."""

    done = Signal(object)
    failed = Signal(str)

    def __init__(self, study, parent=None):
        super().__init__(parent)
        self.study = study

    def run(self) -> None:
        from storage.agreement import Level, compare
        from storage.agreement_spans import disagreements

        try:
            char = compare(self.study, level=Level.CHAR)
            self.check()
            segment = compare(self.study, level=Level.SEGMENT, coders=char.coders)
            self.check()
            passages = disagreements(self.study, char)
        except Exception as exc:  # noqa: BLE001 - said in the view
            self.post("failed", _message(exc))
            return
        self.post("done", (char, segment, passages))


def _percent(value) -> str:
    return "–" if value is None else f"{decimal(100 * value)}%"


def _number(value) -> str:
    return "–" if value is None else decimal(value, 3)


class CompareView(QWidget):
    """The figures table above the passages table, with a code filter."""

    jumpRequested = Signal(int, int, int)

    def __init__(self, study, parent=None):
        super().__init__(parent)
        self.study = study
        self.char = self.segment = None
        self.passages = []
        self.shown = []
        self.codes = {c["key"]: c for c in study.codebook.list()}
        self.player = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.summary = QLabel(self.tr("Comparing…"))
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        splitter = QSplitter(Qt.Vertical)
        splitter.setChildrenCollapsible(False)
        self.figures = QTableWidget(0, 9)
        self.figures.setHorizontalHeaderLabels([
            self.tr("Code"), self.tr("Characters"), self.tr("Agreement"), self.tr("Kappa"), self.tr("Alpha"),
            self.tr("Segments"), self.tr("Agreement"), self.tr("Kappa"), self.tr("Alpha")])
        for col in range(1, 9):
            item = self.figures.horizontalHeaderItem(col)
            item.setToolTip(self.tr("per character") if col < 5 else self.tr("per segment"))
        self.figures.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.figures.verticalHeader().setVisible(False)
        header = self.figures.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        self.figures.setMinimumHeight(120)
        splitter.addWidget(self.figures)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Passages where the coders differ, on code:")))
        self.code_box = QComboBox()
        self.code_box.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self.code_box.currentIndexChanged.connect(self.fill_passages)
        bar.addWidget(self.code_box)
        self.count = QLabel()
        bar.addWidget(self.count, 1)
        self.note = QLabel()
        self.note.setStyleSheet("color: #8a5a00;")
        bar.addWidget(self.note)
        lower_layout.addLayout(bar)
        self.table = QTableWidget(0, 0)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.cellDoubleClicked.connect(self.jump)
        self.table.setToolTip(self.tr("Double-click a passage to open it in the editor"))
        lower_layout.addWidget(self.table, 1)
        splitter.addWidget(lower)
        splitter.setSizes([200, 400])
        layout.addWidget(splitter, 1)
        self.job = CompareJob(study, self)
        self.job.done.connect(self.show_result)
        self.job.failed.connect(self.show_failure)
        self.job.start()

    # -- results ---------------------------------------------------------------------------------
    def show_failure(self, message: str) -> None:
        self.summary.setText(message)
        self.summary.setStyleSheet("color: #b00020;")

    def label(self, key: str) -> str:
        return code_label(self.codes[key]) if key in self.codes else key

    def show_result(self, result) -> None:
        self.char, self.segment, self.passages = result
        names = {i.id: i.participant for i in self.study.interviews.list()}
        self.summary.setText(self.tr("Coders: %1 · interviews: %2 · %3 passage(s) where they differ")
                             .replace("%1", ", ".join(self.char.coders))
                             .replace("%2", ", ".join(f"{names.get(i, '?')} ({i})" for i in self.char.interviews))
                             .replace("%3", str(len(self.passages))))
        keys = list(self.char.per_code)
        rows = [(self.label(k), self.char.per_code[k], self.segment.per_code.get(k)) for k in keys]
        rows.append((self.tr("All codes"), self.char.overall, self.segment.overall))
        self.figures.setRowCount(len(rows))
        for r, (name, char, segment) in enumerate(rows):
            values = [name, str(char.units), _percent(char.agreement), _number(char.kappa), _number(char.alpha)]
            values += ([str(segment.units), _percent(segment.agreement), _number(segment.kappa), _number(segment.alpha)]
                       if segment else ["–"] * 4)
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                if r == len(rows) - 1:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.figures.setItem(r, c, item)
        self.code_box.blockSignals(True)
        self.code_box.clear()
        self.code_box.addItem(self.tr("any code"), None)
        for key in keys:
            self.code_box.addItem(self.label(key), key)
        self.code_box.blockSignals(False)
        coders = self.char.coders
        self.table.setColumnCount(4 + len(coders))
        self.table.setHorizontalHeaderLabels([self.tr("Interview"), self.tr("Time"), "", self.tr("Text")] + coders)
        header = self.table.horizontalHeader()
        for col in (0, 1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.Stretch)
        for col in range(4, 4 + len(coders)):
            header.setSectionResizeMode(col, QHeaderView.Interactive)
            header.resizeSection(col, 170)
        self.audio = {i: self._has_audio(i) for i in self.char.interviews}
        self.fill_passages()

    def _has_audio(self, interview_id: int) -> bool:
        try:
            self.study.recordings.main_for_interview(interview_id)
        except Exception:  # NotFound: a text-only interview
            return False
        return True

    def fill_passages(self, *_):
        code = self.code_box.currentData()
        self.shown = [p for p in self.passages if code is None or code in p.differing]
        wrap = len(self.shown) <= WRAP_ROWS   # fitting every row's height to wrapped text is slow for thousands
        self.table.setWordWrap(wrap)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeToContents if wrap else QHeaderView.Fixed)
        self.table.setRowCount(len(self.shown))
        coders = self.char.coders if self.char else []
        for r, p in enumerate(self.shown):
            self.table.setItem(r, 0, QTableWidgetItem(f"{p.participant} ({p.interview_id})"))
            self.table.setItem(r, 1, QTableWidgetItem(clock(p.start_time)))
            button = QToolButton()
            button.setIcon(self.style().standardIcon(QStyle.SP_MediaPlay))
            button.setAutoRaise(True)
            has_audio = self.audio.get(p.interview_id, False)
            button.setEnabled(has_audio)
            button.setToolTip(self.tr("Play this passage") if has_audio else self.tr("This interview has no audio"))
            button.clicked.connect(lambda _=False, row=r: self.play(row))
            self.table.setCellWidget(r, 2, button)
            self.table.setItem(r, 3, QTableWidgetItem(p.text))
            for c, coder in enumerate(coders):
                codes = p.codes.get(coder)
                if codes is None:
                    text = self.tr("(did not code this interview)")
                else:
                    text = ", ".join(("● " if k in p.differing else "") + self.label(k) for k in codes) or "—"
                item = QTableWidgetItem(text)
                item.setToolTip(self.tr("● marks the codes the coders differ on"))
                self.table.setItem(r, 4 + c, item)
        self.count.setText(self.tr("%n passage(s)", "", len(self.shown)))

    # -- actions ---------------------------------------------------------------------------------
    def play(self, row: int) -> bool:
        """Play the passage's audio (with half a second around it); False when the interview has none."""
        from desktop.editor.player import AudioPlayer

        p = self.shown[row]
        if self.player is None:
            self.player = AudioPlayer(self.study, self)
        if not self.player.load_interview(p.interview_id):
            return False
        self.player.play(max(0.0, p.start_time - PAD), until=p.end_time + PAD)
        self.note.setText(with_detail(self.tr("No sound device could be opened; the passage plays without sound."),
                                      self.player.device_error) if self.player.device_error else "")
        return True

    def jump(self, row: int, _column: int = 0) -> None:
        p = self.shown[row]
        if self.player is not None:
            self.player.stop()
        self.jumpRequested.emit(p.interview_id, p.start[0], p.start[1])

    def stop(self) -> None:
        self.job.cancel()
        if self.player is not None:
            self.player.stop()


class CompareDialog(QDialog):
    """The comparison in its own window (non-modal), so the editor stays at hand."""

    def __init__(self, study, parent=None, on_jump=None):
        """on_jump(interview_id, segment_id, offset): opens a pair's first coding in the editor (the main window's jump_to)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare coders"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.view = CompareView(study, self)
        layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        report = QPushButton(QCoreApplication.translate("CompareDialog", "Export the agreement report…"))
        report.clicked.connect(self.export_report)
        row.addWidget(report)
        row.addStretch(1)
        close = QPushButton(QCoreApplication.translate("CompareDialog", "Close"))
        close.clicked.connect(self.close)
        row.addWidget(close)
        layout.addLayout(row)
        if on_jump is not None:
            self.view.jumpRequested.connect(on_jump)
        self.resize(1200, 680)

    def export_report(self):
        """The Export dialog with the agreement report chosen (.docx; the .xlsx is one choice away)."""
        from desktop.export.dialog import ExportDialog

        dialog = ExportDialog(self.view.study, None, self)
        dialog.set_format("agreement-docx")
        dialog.open()
        return dialog

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.view.stop()
        super().closeEvent(event)
