"""What an exchange left for the researcher to decide: both versions side by side, decided one by one.

Codebook conflicts (one code key, another label or colour), transcript corrections made on both copies,
memos changed on both, a coding removed there but changed here, or a coding whose text is not in this copy.
The decisions are the core's (storage/exchange/conflicts.py: keep mine, take theirs); nothing is decided
here without the researcher's click.
"""
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import current_language, refusal
from storage.errors import VeldwerkError
from storage.exchange.conflicts import Keep, listing, problem_text, resolve


def _t(text: str) -> str:
    return QCoreApplication.translate("ConflictsDialog", text)


def kind_label(kind: str) -> str:
    return {"code": QCoreApplication.translate("ConflictsDialog", "Codebook: code"), "coding": QCoreApplication.translate("ConflictsDialog", "Coding"), "segment": QCoreApplication.translate("ConflictsDialog", "Transcript text"),
            "removal": QCoreApplication.translate("ConflictsDialog", "Coding removed there")}.get(kind, kind)


def place_label(row: dict, participants: dict | None = None) -> str:
    """Where a conflict is: the code, or (participant ·) interview and segment."""
    if row["kind"] == "code":
        return QCoreApplication.translate("ConflictsDialog", "code %1").replace("%1", row["item"])
    if row["place"] is None:
        return QCoreApplication.translate("ConflictsDialog", "not in this copy")
    where = QCoreApplication.translate("ConflictsDialog", "interview %1, segment %2").replace(
        "%1", str(row["place"][0])).replace("%2", str(row["place"][1]))
    code = (participants or {}).get(row["place"][0])
    return f"{code} · {where}" if code else where


def version_text(study, kind: str, data: dict | None, theirs: bool) -> str:
    """One version of an item, worded in the UI's language."""
    if kind == "removal" and theirs:
        return QCoreApplication.translate("ConflictsDialog", "Removed in their copy.")
    if data is None:
        return QCoreApplication.translate("ConflictsDialog", "(not in this copy)")
    if kind == "code":
        lines = [QCoreApplication.translate("ConflictsDialog", "Label (Dutch): %1").replace("%1", data.get("label_nl") or ""),
                 QCoreApplication.translate("ConflictsDialog", "Label (English): %1").replace("%1", data.get("label_en") or "–"),
                 QCoreApplication.translate("ConflictsDialog", "Colour: %1").replace("%1", data.get("color") or "–")]
        if data.get("parent"):
            lines.append(QCoreApplication.translate("ConflictsDialog", "Under: %1").replace("%1", data["parent"]))
        if data.get("description"):
            lines.append(QCoreApplication.translate("ConflictsDialog", "Description: %1").replace("%1", data["description"]))
        return "\n".join(lines)
    if kind == "segment":
        return data.get("text") or ""
    lines = [QCoreApplication.translate("ConflictsDialog", "Code: %1").replace("%1", data.get("code") or "")]
    if data.get("about_role"):
        lines.append(QCoreApplication.translate("ConflictsDialog", "About: %1").replace("%1", data["about_role"]))
    lines.append(QCoreApplication.translate("ConflictsDialog", "Memo: %1").replace("%1", data.get("memo") or "–"))
    if not theirs and data.get("start_segment_id"):
        try:
            lines.append(QCoreApplication.translate("ConflictsDialog", "Coded text: %1").replace("%1", study.codings.excerpt_text(study.codings.get(data["id"]))))
        except (KeyError, VeldwerkError):
            pass
    return "\n".join(lines)


PROBLEMS = {"missing": "Their version cannot be placed: this text is not in this copy.",
            "removed": "You removed this coding in this copy; they changed it."}


def problem_label(problem) -> str:
    """Why their version could not be placed, in the UI's language (a sentence an older study stored in English
    is shown as it is)."""
    if isinstance(problem, str) and problem in PROBLEMS:
        return _t(PROBLEMS[problem])
    text = problem_text(problem, current_language())
    return text[:1].upper() + text[1:]


class ConflictsDialog(QDialog):
    """The open conflicts, a table above both versions side by side; Keep mine / Take theirs per conflict."""

    def __init__(self, study, parent=None):
        super().__init__(parent)
        self.study = study
        self.rows: list[dict] = []
        self.setWindowTitle(self.tr("Conflicts from exchanges"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Both copies changed these items. Nothing was overwritten: choose per item which "
                               "version stays. Keeping yours also tells the other copy at the next exchange."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        splitter = QSplitter(Qt.Vertical)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("What"), self.tr("Where"), self.tr("From")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeToContents)
        self.table.itemSelectionChanged.connect(self.show_current)
        splitter.addWidget(self.table)
        sides = QWidget()
        side_layout = QHBoxLayout(sides)
        side_layout.setContentsMargins(0, 0, 0, 0)
        self.mine_box, self.mine = self._pane(self.tr("In this copy (yours)"))
        self.theirs_box, self.theirs = self._pane(self.tr("Theirs"))
        side_layout.addWidget(self.mine_box)
        side_layout.addWidget(self.theirs_box)
        splitter.addWidget(sides)
        splitter.setSizes([180, 260])
        layout.addWidget(splitter, 1)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #8a5a00;")
        layout.addWidget(self.problem)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.keep_mine = QPushButton(self.tr("Keep mine"))
        self.take_theirs = QPushButton(self.tr("Take theirs"))
        self.keep_mine.clicked.connect(lambda: self.decide(Keep.MINE))
        self.take_theirs.clicked.connect(lambda: self.decide(Keep.THEIRS))
        close = QDialogButtonBox(QDialogButtonBox.Close)
        close.rejected.connect(self.reject)
        close.accepted.connect(self.accept)
        buttons.addWidget(self.keep_mine)
        buttons.addWidget(self.take_theirs)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.resize(900, 600)
        self.reload()

    def _pane(self, title: str):
        box = QGroupBox(title)
        inner = QVBoxLayout(box)
        text = QPlainTextEdit()
        text.setReadOnly(True)
        inner.addWidget(text)
        return box, text

    def reload(self, select: int = 0) -> None:
        self.rows = listing(self.study)
        participants = {i.id: i.participant for i in self.study.interviews.list()}
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            for c, text in enumerate((kind_label(row["kind"]), place_label(row, participants), row["researcher"] or "")):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.message.setText(self.tr("%n conflict(s) still open.", "", len(self.rows)) if self.rows
                             else self.tr("No open conflicts: every exchange is settled."))
        if self.rows:
            self.table.selectRow(min(select, len(self.rows) - 1))
        self.show_current()

    def current(self) -> dict | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None

    def show_current(self) -> None:
        row = self.current()
        for widget in (self.keep_mine, self.take_theirs):
            widget.setEnabled(row is not None)
        if row is None:
            self.mine.setPlainText("")
            self.theirs.setPlainText("")
            self.problem.setText("")
            return
        kind = row["kind"]
        self.theirs_box.setTitle(self.tr("Theirs (%1)").replace("%1", row["researcher"] or "?"))
        self.mine.setPlainText(version_text(self.study, kind, row["here_data"], theirs=False))
        self.theirs.setPlainText(version_text(self.study, kind, row["there_data"], theirs=True))
        self.problem.setText(problem_label(row["problem"]))

    def decide(self, keep: Keep) -> None:
        row = self.current()
        if row is None:
            return
        index = self.rows.index(row)
        try:
            resolve(self.study, row["id"], keep)
        except VeldwerkError as exc:
            self.problem.setText(refusal(exc))
            return
        self.reload(select=index)


def _problems_for_lupdate() -> None:  # pragma: no cover - lupdate reads these source strings
    QCoreApplication.translate("ConflictsDialog", "Their version cannot be placed: this text is not in this copy.")
    QCoreApplication.translate("ConflictsDialog", "You removed this coding in this copy; they changed it.")
