"""The pseudonymisation review of one interview: its possible identifiers ranked by risk, heard and decided by keyboard.

The list comes from the core (`storage.pseudonymise.review_list.review_items`: highest risk first, the detector's
*possible* identifiers marked), each with its context and time; Space plays the audio around it
(the editor's player: from memory, nothing written to disk), Enter replaces, N keeps. Every
decision goes straight to the core (`storage.pseudonymise.pseudonymiser.Pseudonymiser`: one decision, on the
study's replacement list, everywhere); "Review finished" records it through `storage.pseudonymise.review_state`,
which every export states. The scan runs in the background (the first time it loads deduce's
Dutch name lists, about a minute)."""
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.export import review_rows as rr
from desktop.export.context_delegate import TERM_ROLE, ContextDelegate
from desktop.export.jobs import ProposalsJob
from desktop.export.replacement_list import ReplacementListTab
from desktop.i18n import refusal, with_detail
from storage.errors import VeldwerkError
from storage.pseudonymise.deidentify import PLACEHOLDERS
from storage.timefmt import clock

POSSIBLE_BACKGROUND = QColor("#fff3c4")  # the detector is unsure: listen first


class PseudonymReviewDialog(QDialog):
    COLUMNS = ("risk", "term", "kind", "time", "context", "decision")
    TERM, DECISION = 1, 5

    def __init__(self, study, interview_id: int | None = None, parent=None):
        super().__init__(parent)
        from desktop.editor.player import AudioPlayer
        from storage.pseudonymise.pseudonymiser import Pseudonymiser
        from storage.pseudonymise.review_state import ReviewState

        self.study = study
        self.reviewer = Pseudonymiser(study)
        self.reviews = ReviewState(study)
        self.player = AudioPlayer(study, self)
        self.has_audio = False
        self.rows: list[dict] = []
        self.job: ProposalsJob | None = None
        self.setObjectName("pseudonym_review")
        self.setWindowTitle(self.tr("Pseudonymisation review"))
        self.resize(1100, 640)

        self.interview_box = QComboBox()
        for row in study.interviews.list():
            if row.transcript_state != "none":
                self.interview_box.addItem(self.tr("%1 – interview %2 (%3)").replace("%1", row.participant)
                                           .replace("%2", str(row.id)).replace("%3", row.date or ""), row.id)
        if interview_id is not None and self.interview_box.findData(interview_id) >= 0:
            self.interview_box.setCurrentIndex(self.interview_box.findData(interview_id))
        self.interview_box.setFocusPolicy(Qt.ClickFocus)  # the keys belong to the list
        self.state_label = QLabel()
        self.state_label.setObjectName("review_state")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Interview:")))
        top.addWidget(self.interview_box, 1)
        top.addWidget(self.state_label)

        intro = QLabel(self.tr("Possible names, places and numbers in this interview, highest risk first. Listen "
                               "where you are unsure, then replace the term or keep it. Terms marked “? possible” are "
                               "words speech recognition was unsure of in a name position. Each decision is saved at "
                               "once and holds for every interview of the study."))
        intro.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(10)
        self.status = QLabel()
        self.status.setObjectName("review_status")
        self.status.setWordWrap(True)

        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("proposals")
        self.table.setHorizontalHeaderLabels([self.tr("Risk"), self.tr("Term"), self.tr("Kind"), self.tr("Time"),
                                              self.tr("Context"), self.tr("Decision")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for col in range(len(self.COLUMNS)):
            header.setSectionResizeMode(col, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.Stretch)
        self.table.setItemDelegateForColumn(4, ContextDelegate(self.table))  # the term in bold
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.play_button = self._button(self.tr("Play"), rr.KEY_PLAY, self.tr("Play the audio around the term"), self.play_selected)
        self.accept_button = self._button(self.tr("Replace"), rr.KEY_REPLACE,
                                          self.tr("It identifies someone: replace it by its placeholder, in every interview"),
                                          lambda: self.accept_term(self.selected_term(), advance=True))
        self.accept_as_button = QPushButton(self.tr("Replace with…"))
        self.accept_as_button.setAutoDefault(False)
        self.accept_as_button.setFocusPolicy(Qt.TabFocus)
        self.accept_as_button.clicked.connect(self._accept_as)
        self.reject_button = self._button(self.tr("Keep"), rr.KEY_KEEP, self.tr("Not an identifier: keep it in the text"),
                                          lambda: self.reject_term(self.selected_term(), advance=True))
        self.undo_button = self._button(self.tr("Undo decision"), rr.KEY_UNDO, "", lambda: self.undo_term(self.selected_term()))
        self.add_button = self._button(self.tr("Add a missed term…"), rr.KEY_ADD,
                                       self.tr("A name or place the list misses: replaced everywhere"), self._add)
        actions = QHBoxLayout()
        for button in (self.play_button, self.accept_button, self.accept_as_button, self.reject_button, self.undo_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.add_button)
        self.legend = QLabel(rr.keys_legend())
        self.legend.setObjectName("review_keys")
        self.legend.setWordWrap(True)
        self.legend.setStyleSheet("color: palette(dark);")

        page = QWidget()
        inner = QVBoxLayout(page)
        inner.addWidget(intro)
        inner.addWidget(self.table, 1)
        inner.addLayout(actions)
        inner.addWidget(self.legend)
        self.list_tab = ReplacementListTab(self.reviewer, self)
        self.list_tab.changed.connect(self.reload)
        self.tabs = QTabWidget()
        self.tabs.addTab(page, self.tr("This interview"))
        self.tabs.addTab(self.list_tab, self.tr("Study's replacement list"))

        self.progress_label = QLabel()
        self.progress_label.setObjectName("review_progress")
        self.finish_button = self._button(self.tr("Review finished"), rr.KEY_FINISH,
                                          self.tr("Record that you reviewed this interview: exports then say so"), self.finish_review)
        close = QPushButton(self.tr("Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.progress_label)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.finish_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.busy)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)

        self.player.finished.connect(self._update_buttons)
        self.player.playingChanged.connect(lambda _on: self._update_buttons())
        self.interview_box.currentIndexChanged.connect(self.load)
        self._update_buttons()
        self.load()

    def _button(self, text: str, key: str, tip: str, slot) -> QPushButton:
        """A button showing its key, and the key as an action of the whole dialog (works from the list)."""
        button = QPushButton(f"{text} ({rr.key_label(key)})")
        button.setAutoDefault(False)
        button.setFocusPolicy(Qt.TabFocus)  # a click keeps the keys on the list (Space must play, not press a button)
        button.setToolTip(tip)
        button.clicked.connect(lambda _=False: slot())
        action = QAction(self)
        action.setShortcuts([QKeySequence(k) for k in (key, *rr.ALSO.get(key, ()))])
        action.setShortcutContext(Qt.WindowShortcut)
        action.triggered.connect(lambda _=False, b=button: self.tabs.currentIndex() == 0 and (slot() if b.isEnabled() else self._refused(b)))
        self.addAction(action)
        return button

    def _refused(self, button) -> None:
        """A key whose button is disabled: say why (never silent)."""
        row = self.selected_row()
        if self.loading():
            text = self.tr("Wait until the list is loaded.")
        elif self.interview_id() is None:
            text = self.tr("No transcribed interview yet.")
        elif button is self.finish_button or button is self.add_button:
            text = self.tr("Wait until the list is loaded.")
        elif row is None:
            text = self.tr("Select a term first (↑/↓).")
        elif button is self.undo_button:
            text = self.tr("There is no decision of yours on this term to undo.")
        else:
            text = self.tr("This term is on the study's replacement list: change it on the tab “Study's replacement list”.")
        self.status.setStyleSheet("color: #8a4b00;")
        self.status.setText(text)

    def interview_id(self) -> int | None:
        return self.interview_box.currentData()

    # -- loading --------------------------------------------------------------------------------
    def load(self) -> None:
        """Scan the interview in the background and show its ranked list."""
        from storage.pseudonymise import deidentify

        if self.job is not None:
            self.job.cancel()
            self.job = None
        self.player.stop()
        iid = self.interview_id()
        self.rows = []
        self.table.setRowCount(0)
        self.has_audio = iid is not None and self.player.load_interview(iid)
        self._show_state()
        if iid is None:
            self.status.setText(self.tr("No transcribed interview yet."))
            self.busy.hide()
            self._update_buttons()
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
        """Show the list again after a decision (already scanned: no detector needed)."""
        from storage.pseudonymise.review_list import review_items

        iid = self.interview_id()
        if iid is None or self.loading():
            return
        try:
            self._show(review_items(self.study, iid))
        except VeldwerkError as exc:
            self._failed(refusal(exc))

    def _loaded(self, rows: list[dict]) -> None:
        try:
            self._show(rows)
            if rows and not self.table.selectionModel().selectedRows():
                first = rr.next_open(rows, -1)
                self.table.selectRow(first if first is not None else 0)
            self.table.setFocus()
        except VeldwerkError as exc:  # the study was closed meanwhile
            self._failed(refusal(exc))

    def _failed(self, message: str) -> None:
        self.busy.hide()
        self.status.setStyleSheet("color: #b00020;")
        self.status.setText(self.tr("Could not load the review: %1").replace("%1", message))

    def decision_text(self, row: dict) -> str:
        return rr.decision_text(row)

    def _show(self, rows: list[dict]) -> None:
        self.busy.hide()
        selected = self.selected_term()
        self.rows = rows
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            values = (rr.risk_text(row), row["term"], rr.kind_label(row["kind"]), clock(row.get("start"), missing=""),
                      row.get("context", ""), self.decision_text(row))
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c in (0, 3):
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                if c == 4:
                    item.setToolTip(value)
                    item.setData(TERM_ROLE, row["term"])
                if c == 0 and row.get("possible"):
                    item.setToolTip(self.tr("Possible identifier: speech recognition was unsure of this word in a "
                                            "name position. Listen to it (Space)."))
                if row.get("possible"):
                    item.setBackground(POSSIBLE_BACKGROUND)
                if c == self.DECISION and row["decision"] == rr.UNDECIDED:
                    item.setForeground(QColor("#8a4b00"))
                self.table.setItem(r, c, item)
            if row["term"] == selected:
                self.table.selectRow(r)
        self.status.setStyleSheet("")
        self.status.setText("" if rows else self.tr("Nothing detected in this interview."))
        self._show_progress()
        self._show_state()
        self.list_tab.refresh()
        self._update_buttons()

    def _show_progress(self) -> None:
        done, total = rr.reviewed_count(self.rows), len(self.rows)
        self.progress_label.setText(self.tr("%1 of %2 reviewed").replace("%1", str(done)).replace("%2", str(total)))

    def _show_state(self) -> None:
        from storage.pseudonymise.review_state import ReviewStatus

        iid = self.interview_id()
        if iid is None:
            self.state_label.setText("")
            return
        status = self.reviews.status(iid)
        if status["status"] is ReviewStatus.FINISHED:
            text = self.tr("Review finished on %1").replace("%1", status["finished_at"][:10])
            if status["finished_by"]:
                text += " " + self.tr("by %1").replace("%1", status["finished_by"])
            self.state_label.setStyleSheet("color: #1b5e20; font-weight: bold;")
        elif status["status"] is ReviewStatus.CHANGED:
            text = self.tr("Review out of date: the text changed after it was finished")
            self.state_label.setStyleSheet("color: #b00020; font-weight: bold;")
        else:
            text = self.tr("Review not finished")
            self.state_label.setStyleSheet("color: #8a4b00; font-weight: bold;")
        self.state_label.setText(text)

    # -- playing ------------------------------------------------------------------------------
    def selected_row(self) -> dict | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None

    def play_selected(self) -> bool:
        """Play the audio around the selected term (again: stop); says why when it cannot."""
        from storage.pseudonymise.review_list import play_range

        if self.player.is_playing():
            self.player.stop()
            return False
        row = self.selected_row()
        if row is None:
            return False
        if not self.has_audio:
            self.status.setText(self.tr("This interview has no audio to play."))
            return False
        span = play_range(row, self.player.duration)
        if span is None:
            self.status.setText(self.tr("“%1” is not in the transcript text, so there is no place to play.").replace("%1", row["term"]))
            return False
        self.player.play(*span)
        if self.player.device_error:
            self.status.setText(with_detail(self.tr("No sound device could be opened; the fragment plays without sound."),
                                            self.player.device_error))
        return True

    # -- decisions (straight to the core) ------------------------------------------------------
    def selected_term(self) -> str | None:
        row = self.selected_row()
        return row["term"] if row else None

    def select_term(self, term: str) -> bool:
        for r, row in enumerate(self.rows):
            if row["term"] == term:
                self.table.selectRow(r)
                return True
        return False

    def _decide(self, call, *args, advance: bool = False, **kwargs) -> bool:
        if self.interview_id() is None or not args[0]:
            return False
        self.player.stop()
        try:
            call(self.interview_id(), *args, **kwargs)
        except VeldwerkError as exc:
            self.status.setStyleSheet("color: #b00020;")
            self.status.setText(self.tr("Not saved: %1").replace("%1", refusal(exc)))
            return False
        self.reload()
        self.table.setFocus()
        if advance:
            index = next((i for i, r in enumerate(self.rows) if r["term"] == args[0]), -1)
            following = rr.next_open(self.rows, index)
            if following is not None:
                self.table.selectRow(following)
        return True

    def accept_term(self, term, replacement: str = "", advance: bool = False) -> bool:
        return self._decide(self.reviewer.accept, term, replacement=replacement, advance=advance)

    def reject_term(self, term, advance: bool = False) -> bool:
        return self._decide(self.reviewer.reject, term, advance=advance)

    def undo_term(self, term) -> bool:
        return self._decide(self.reviewer.undo, term)

    def add_term(self, term: str, kind: str = "naam", replacement: str = "") -> bool:
        if not term or not term.strip():
            self.status.setText(self.tr("Type the term to add."))
            return False
        return self._decide(self.reviewer.add, term.strip(), kind=kind, replacement=replacement.strip())

    def finish_review(self) -> bool:
        """Record the interview's review as finished (as its text is now); exports then say so."""
        iid = self.interview_id()
        if iid is None or self.loading():
            return False
        transcript = self.study.transcripts.for_interview(iid)
        if transcript is None or transcript.state != "complete":
            self.status.setStyleSheet("color: #b00020;")
            self.status.setText(self.tr("The transcription of this interview is not finished: finish it before the review."))
            return False
        self.player.stop()
        try:
            self.reviews.finish(iid)
        except VeldwerkError as exc:
            self.status.setStyleSheet("color: #b00020;")
            self.status.setText(self.tr("Not saved: %1").replace("%1", refusal(exc)))
            return False
        self._show_state()
        open_terms = len(self.rows) - rr.reviewed_count(self.rows)
        self.status.setStyleSheet("color: #1b5e20;")
        text = self.tr("Review finished and recorded: exports of this interview say it was reviewed.")
        if open_terms:
            text += " " + self.tr("%1 term(s) without a decision are replaced by their placeholder.").replace("%1", str(open_terms))
        self.status.setText(text)
        return True

    def _accept_as(self) -> None:
        term = self.selected_term()
        if not term:
            return
        text, ok = QInputDialog.getText(self, self.tr("Replace with"),
                                        self.tr("Replace “%1” in this interview with (e.g. R05):").replace("%1", term))
        if ok and text.strip():
            self.accept_term(term, text.strip(), advance=True)

    def _add(self) -> None:
        term, ok = QInputDialog.getText(self, self.tr("Add a term"), self.tr("Term the detector missed (replaced everywhere in this interview):"))
        if not ok or not term.strip():
            return
        kinds = sorted(PLACEHOLDERS)
        labels = [f"{rr.kind_label(k)} → {PLACEHOLDERS[k]}" for k in kinds]
        choice, ok = QInputDialog.getItem(self, self.tr("Add a term"), self.tr("What is it?"), labels, kinds.index("naam"), False)
        if not ok:
            return
        replacement, ok = QInputDialog.getText(self, self.tr("Add a term"), self.tr("Own replacement (empty: the placeholder):"))
        if ok:
            self.add_term(term, kinds[labels.index(choice)], replacement)

    def _update_buttons(self) -> None:
        row = self.selected_row()
        ready = not self.loading()
        on_list = row is not None and row["decision"] in ("replace", "keep")
        for button in (self.accept_button, self.accept_as_button, self.reject_button):
            button.setEnabled(ready and row is not None and not on_list)
        self.undo_button.setEnabled(ready and row is not None and row["decision"] in ("accept", "reject", "add"))
        self.add_button.setEnabled(ready and self.interview_id() is not None)
        self.play_button.setEnabled(row is not None)
        self.finish_button.setEnabled(ready and self.interview_id() is not None)

    def _cancel(self) -> None:
        self.player.stop()
        if self.job is not None:
            self.job.cancel()  # the scan stops at its next text; what it found so far is not kept
        self.job = None

    def done(self, result: int) -> None:
        self._cancel()
        super().done(result)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API (a hidden dialog's close does not call done)
        self._cancel()
        super().closeEvent(event)
