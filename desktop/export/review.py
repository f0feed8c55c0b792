"""Pseudonymisation review per interview: what exports will replace, and the researcher's decisions.

The scan runs in the background (the first time it loads deduce's Dutch name lists, about a
minute); every decision goes straight to the core (`storage.pseudonymise.pseudonymiser.Pseudonymiser`)."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QHBoxLayout, QHeaderView, QInputDialog, QLabel, QProgressBar,
    QPushButton, QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget,
)

from desktop.export.jobs import ProposalsJob
from desktop.export.replacement_list import ReplacementListTab
from storage.pseudonymise.deidentify import KIND_LABELS, PLACEHOLDERS
from storage.errors import VeldwerkError


class PseudonymReviewDialog(QDialog):
    COLUMNS = ("term", "kind", "count", "context", "decision")

    def __init__(self, study, interview_id: int | None = None, parent=None):
        super().__init__(parent)
        from storage.pseudonymise.pseudonymiser import Pseudonymiser

        self.study = study
        self.reviewer = Pseudonymiser(study)
        self.rows: list[dict] = []
        self.job: ProposalsJob | None = None
        self.setObjectName("pseudonym_review")
        self.setWindowTitle(self.tr("Pseudonymisation review"))
        self.resize(860, 520)

        self.interview_box = QComboBox()
        for row in study.interviews.list():
            if row["transcript_state"] != "none":
                self.interview_box.addItem(self.tr("%1 – interview %2 (%3)").replace("%1", row["participant"])
                                           .replace("%2", str(row["id"])).replace("%3", row["date"] or ""), row["id"])
        if interview_id is not None and self.interview_box.findData(interview_id) >= 0:
            self.interview_box.setCurrentIndex(self.interview_box.findData(interview_id))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Interview:")))
        top.addWidget(self.interview_box, 1)

        intro = QLabel(self.tr("Exports replace what is detected below by its placeholder. Reject a term the detector "
                               "got wrong (it then stays in the text), accept it with your own replacement, or add a "
                               "term it missed. Decisions are saved at once."))
        intro.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(10)
        self.status = QLabel()
        self.status.setObjectName("review_status")
        self.status.setWordWrap(True)

        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("proposals")
        self.table.setHorizontalHeaderLabels([self.tr("Term"), self.tr("Kind"), self.tr("Count"), self.tr("Context"),
                                              self.tr("Decision")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for col in (0, 1, 2, 4):
            header.setSectionResizeMode(col, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.accept_button = QPushButton(self.tr("Replace"))
        self.accept_button.setToolTip(self.tr("Accept: replace the term by its placeholder"))
        self.accept_as_button = QPushButton(self.tr("Replace with…"))
        self.reject_button = QPushButton(self.tr("Keep (detector wrong)"))
        self.undo_button = QPushButton(self.tr("Undo decision"))
        self.add_button = QPushButton(self.tr("Add a term…"))
        self.accept_button.clicked.connect(lambda: self.accept_term(self.selected_term()))
        self.accept_as_button.clicked.connect(self._accept_as)
        self.reject_button.clicked.connect(lambda: self.reject_term(self.selected_term()))
        self.undo_button.clicked.connect(lambda: self.undo_term(self.selected_term()))
        self.add_button.clicked.connect(self._add)
        actions = QHBoxLayout()
        for button in (self.accept_button, self.accept_as_button, self.reject_button, self.undo_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.add_button)

        page = QWidget()
        inner = QVBoxLayout(page)
        inner.addWidget(intro)
        inner.addWidget(self.table, 1)
        inner.addLayout(actions)
        self.list_tab = ReplacementListTab(self.reviewer, self)
        self.list_tab.changed.connect(self.reload)
        self.tabs = QTabWidget()
        self.tabs.addTab(page, self.tr("This interview"))
        self.tabs.addTab(self.list_tab, self.tr("Study's replacement list"))

        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.busy)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)

        self.interview_box.currentIndexChanged.connect(self.load)
        self._update_buttons()
        self.load()

    def interview_id(self) -> int | None:
        return self.interview_box.currentData()

    # -- loading --------------------------------------------------------------------------------
    def load(self) -> None:
        """Scan the interview in the background and show its proposals."""
        from storage.pseudonymise import deidentify

        if self.job is not None:
            self.job.cancel()
            self.job = None
        iid = self.interview_id()
        self.rows = []
        self.table.setRowCount(0)
        if iid is None:
            self.status.setText(self.tr("No transcribed interview yet."))
            self.busy.hide()
            return
        self.busy.setRange(0, 0)
        self.busy.show()
        self.status.setText(self.tr("Looking for names, places, phone numbers, e-mail addresses and dates…") + (
            "" if deidentify.is_warm() else " " + self.tr("The first time this takes about a minute (the Dutch name lists are loaded).")))
        job = ProposalsJob(self.study, iid, self)
        job.progress.connect(lambda done, total: (self.busy.setRange(0, total), self.busy.setValue(done)))
        job.loaded.connect(lambda rows, j=job: j is self.job and self._loaded(rows))
        job.failed.connect(lambda msg, j=job: j is self.job and self._failed(msg))
        job.finished.connect(lambda j=job: self._job_ended(j))
        self.job = job
        self._update_buttons()
        job.start()

    def _job_ended(self, job) -> None:
        if job is self.job:
            self.job = None
            self.busy.hide()
            self._update_buttons()

    def loading(self) -> bool:
        return self.job is not None

    def reload(self) -> None:
        """Show the proposals again after a decision (already scanned: no detector needed)."""
        iid = self.interview_id()
        if iid is None or self.loading():
            return
        try:
            self._show(self.reviewer.proposals(iid))
        except VeldwerkError as exc:
            self._failed(str(exc))

    def _loaded(self, rows: list[dict]) -> None:
        try:
            self._show(rows)
        except VeldwerkError as exc:  # the study was closed meanwhile
            self._failed(str(exc))

    def _failed(self, message: str) -> None:
        self.busy.hide()
        self.status.setText(message)

    def decision_text(self, row: dict) -> str:
        labels = {
            "default": self.tr("replace by %1 (proposed)"), "accept": self.tr("replace by %1"),
            "add": self.tr("added: replace by %1"), "replace": self.tr("study list: replace by %1"),
            "reject": self.tr("keep as is"), "keep": self.tr("study list: keep as is"),
        }
        return labels.get(row["decision"], row["decision"]).replace("%1", row["replacement"])

    def _show(self, rows: list[dict]) -> None:
        self.busy.hide()
        selected = self.selected_term()
        self.rows = rows
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            values = (row["term"], row.get("kind_label", row["kind"]), str(row["count"]), row.get("context", ""),
                      self.decision_text(row))
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c == 2:
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                if c == 3:
                    item.setToolTip(value)
                if c == 4 and row["decision"] == "default":
                    item.setForeground(Qt.darkYellow)
                self.table.setItem(r, c, item)
            if row["term"] == selected:
                self.table.selectRow(r)
        open_terms = sum(1 for row in rows if row["decision"] == "default")
        self.status.setText(self.tr("%1 term(s), %2 without a decision.").replace("%1", str(len(rows)))
                            .replace("%2", str(open_terms)) if rows else self.tr("Nothing detected in this interview."))
        self.list_tab.refresh()
        self._update_buttons()

    # -- decisions (straight to the core) ------------------------------------------------------
    def selected_term(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()]["term"] if rows and rows[0].row() < len(self.rows) else None

    def select_term(self, term: str) -> bool:
        for r, row in enumerate(self.rows):
            if row["term"] == term:
                self.table.selectRow(r)
                return True
        return False

    def _decide(self, call, *args, **kwargs) -> bool:
        if self.interview_id() is None or not args[0]:
            return False
        try:
            call(self.interview_id(), *args, **kwargs)
        except VeldwerkError as exc:
            self.status.setText(str(exc))
            return False
        self.reload()
        return True

    def accept_term(self, term, replacement: str = "") -> bool:
        return self._decide(self.reviewer.accept, term, replacement=replacement)

    def reject_term(self, term) -> bool:
        return self._decide(self.reviewer.reject, term)

    def undo_term(self, term) -> bool:
        return self._decide(self.reviewer.undo, term)

    def add_term(self, term: str, kind: str = "naam", replacement: str = "") -> bool:
        return self._decide(self.reviewer.add, term.strip(), kind=kind, replacement=replacement.strip())

    def _accept_as(self) -> None:
        term = self.selected_term()
        if not term:
            return
        text, ok = QInputDialog.getText(self, self.tr("Replace with"),
                                        self.tr("Replace “%1” in this interview with (e.g. R05):").replace("%1", term))
        if ok and text.strip():
            self.accept_term(term, text.strip())

    def _add(self) -> None:
        term, ok = QInputDialog.getText(self, self.tr("Add a term"), self.tr("Term the detector missed (replaced everywhere in this interview):"))
        if not ok or not term.strip():
            return
        kinds = sorted(PLACEHOLDERS)
        labels = [f"{KIND_LABELS.get(k, k)} → {PLACEHOLDERS[k]}" for k in kinds]
        choice, ok = QInputDialog.getItem(self, self.tr("Add a term"), self.tr("What is it?"), labels, kinds.index("naam"), False)
        if not ok:
            return
        replacement, ok = QInputDialog.getText(self, self.tr("Add a term"), self.tr("Own replacement (empty: the placeholder):"))
        if ok:
            self.add_term(term, kinds[labels.index(choice)], replacement)

    def _update_buttons(self) -> None:
        term = self.selected_term()
        row = next((r for r in self.rows if r["term"] == term), None)
        ready = not self.loading()
        on_list = row is not None and row["decision"] in ("replace", "keep")
        for button in (self.accept_button, self.accept_as_button, self.reject_button):
            button.setEnabled(ready and row is not None and not on_list)
        self.undo_button.setEnabled(ready and row is not None and row["decision"] in ("accept", "reject", "add"))
        self.add_button.setEnabled(ready and self.interview_id() is not None)

    def _cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()  # the scan stops at its next text; what it found so far is not kept
        self.job = None

    def done(self, result: int) -> None:
        self._cancel()
        super().done(result)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API (a hidden dialog's close does not call done)
        self._cancel()
        super().closeEvent(event)
