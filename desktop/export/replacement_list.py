"""The study's replacement list (every interview): a nickname → R03, or a term never to replace."""
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import refusal
from storage.errors import VeldwerkError


class ReplacementListTab(QWidget):
    changed = Signal()

    def __init__(self, reviewer, parent=None):
        super().__init__(parent)
        self.reviewer = reviewer
        self.entries: list[dict] = []
        intro = QLabel(self.tr("Applies to every interview of the study: replace a nickname or a name that comes up in "
                               "several interviews by a code (e.g. R03), or keep a term that must never be replaced "
                               "(the study's own town, an organisation the research is about)."))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("replacement_list")
        self.table.setHorizontalHeaderLabels([self.tr("Term"), self.tr("Action"), self.tr("Replacement")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.Stretch)
        self.status = QLabel()
        self.status.setWordWrap(True)
        replace = QPushButton(self.tr("Replace everywhere…"))
        keep = QPushButton(self.tr("Keep everywhere…"))
        self.remove_button = QPushButton(self.tr("Remove from list"))
        replace.clicked.connect(self._ask_replace)
        keep.clicked.connect(self._ask_keep)
        self.remove_button.clicked.connect(lambda: self.remove(self.selected_term()))
        self.table.itemSelectionChanged.connect(lambda: self.remove_button.setEnabled(self.selected_term() is not None))
        buttons = QHBoxLayout()
        buttons.addWidget(replace)
        buttons.addWidget(keep)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.entries = self.reviewer.replacement_list()
        self.table.setRowCount(len(self.entries))
        actions = {"replace": self.tr("replace"), "keep": self.tr("keep as is")}
        for r, entry in enumerate(self.entries):
            values = (entry["term"], actions.get(entry["action"], entry["action"]),
                      entry["replacement"] if entry["action"] == "replace" else "")
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.remove_button.setEnabled(self.selected_term() is not None)

    def selected_term(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.entries[rows[0].row()]["term"] if rows and rows[0].row() < len(self.entries) else None

    def _apply(self, call, *args) -> bool:
        try:
            call(*args)
        except VeldwerkError as exc:
            self.status.setText(refusal(exc))
            return False
        self.status.setText("")
        self.refresh()
        self.changed.emit()
        return True

    def replace(self, term: str, replacement: str) -> bool:
        return self._apply(self.reviewer.replace_everywhere, term.strip(), replacement.strip())

    def keep(self, term: str) -> bool:
        return self._apply(self.reviewer.keep_everywhere, term.strip())

    def remove(self, term) -> bool:
        return bool(term) and self._apply(self.reviewer.remove_from_list, term)

    def _ask_replace(self) -> None:
        term, ok = QInputDialog.getText(self, self.tr("Replace everywhere"), self.tr("Term (e.g. a nickname):"))
        if not ok or not term.strip():
            return
        replacement, ok = QInputDialog.getText(self, self.tr("Replace everywhere"),
                                               self.tr("Replace “%1” in every interview with (e.g. R03):").replace("%1", term.strip()))
        if ok and replacement.strip():
            self.replace(term, replacement)

    def _ask_keep(self) -> None:
        term, ok = QInputDialog.getText(self, self.tr("Keep everywhere"), self.tr("Term never to replace (e.g. the study's town):"))
        if ok and term.strip():
            self.keep(term)
