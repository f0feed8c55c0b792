"""Known names and places (Study menu): names, streets and villages the researcher expects to come up.

Stored by the core (`storage.pseudonymise.known_names`) on the study's replacement list, inside the encrypted
study: every export of every interview replaces them, and transcription passes them to Whisper as
hotwords so they are spelled the same way every time. No rule lives here."""
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from desktop.export.review_rows import kind_label
from desktop.i18n import refusal
from storage.errors import VeldwerkError
from storage.pseudonymise.deidentify import PLACEHOLDERS

KINDS = ("naam", "plaats", "instelling", "overig")  # what a researcher knows in advance


class KnownNamesDialog(QDialog):
    def __init__(self, study, parent=None):
        super().__init__(parent)
        self.study = study
        self.entries: list[dict] = []
        self.setObjectName("known_names")
        self.setWindowTitle(self.tr("Known names and places"))
        self.resize(640, 480)

        intro = QLabel(self.tr("Names and places you expect to come up in the interviews: a colleague, a street, the "
                               "village. They are always replaced in every export of every interview, and speech "
                               "recognition is told about them so they are spelled the same way every time. They are "
                               "stored only in the encrypted study. Names you confirm in a review are on this list too."))
        intro.setWordWrap(True)

        self.term_edit = QLineEdit()
        self.term_edit.setObjectName("known_term")
        self.term_edit.setPlaceholderText(self.tr("e.g. Bram van der Hoeven"))
        self.term_edit.returnPressed.connect(self.add_typed)
        self.kind_box = QComboBox()
        for kind in KINDS:
            self.kind_box.addItem(f"{kind_label(kind)} → {PLACEHOLDERS[kind]}", kind)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_typed)
        adding = QHBoxLayout()
        adding.addWidget(self.term_edit, 1)
        adding.addWidget(self.kind_box)
        adding.addWidget(self.add_button)

        self.table = QTableWidget(0, 3)
        self.table.setObjectName("known_list")
        self.table.setHorizontalHeaderLabels([self.tr("Name or place"), self.tr("Kind"), self.tr("Replaced by")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.remove_button = QPushButton(self.tr("Remove (Del)"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(lambda: self.remove(self.selected_term()))
        self.table.installEventFilter(self)  # Del removes the selected entry
        self.status = QLabel()
        self.status.setObjectName("known_status")
        self.status.setWordWrap(True)
        close = QPushButton(self.tr("Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(adding)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.refresh()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if watched is self.table and event.type() == QEvent.KeyPress and event.key() in (Qt.Key_Delete, Qt.Key_Backspace):
            self.remove(self.selected_term())
            return True
        return super().eventFilter(watched, event)

    def refresh(self) -> None:
        from storage.pseudonymise.known_names import known

        self.entries = known(self.study)
        self.table.setRowCount(len(self.entries))
        for r, entry in enumerate(self.entries):
            for c, value in enumerate((entry["term"], kind_label(entry["kind"]), PLACEHOLDERS[entry["kind"]])):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self._update_buttons()

    def selected_term(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.entries[rows[0].row()]["term"] if rows and rows[0].row() < len(self.entries) else None

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet("color: #b00020;" if error else "")
        self.status.setText(text)

    def add(self, term: str, kind: str = "naam") -> bool:
        """Put a name or place on the study's list (through the core); says what happened."""
        from storage.pseudonymise.known_names import add_known, hotwords
        from storage.pseudonymise.store import term_key

        term = " ".join((term or "").split())
        if not term:
            self._say(self.tr("Type a name or place first."), error=True)
            return False
        try:
            add_known(self.study, term, kind)
        except VeldwerkError as exc:
            self._say(self.tr("Not saved: %1").replace("%1", refusal(exc)), error=True)
            return False
        self.refresh()
        if term_key(term) in {term_key(w) for w in hotwords(self.study)}:
            self._say(self.tr("“%1” is always replaced by %2 and is given to speech recognition as a hint.")
                      .replace("%1", term).replace("%2", PLACEHOLDERS[kind]))
        else:
            self._say(self.tr("“%1” is always replaced by %2. The list of hints for speech recognition is full, so it "
                              "is not given as a hint.").replace("%1", term).replace("%2", PLACEHOLDERS[kind]))
        return True

    def add_typed(self) -> None:
        if self.add(self.term_edit.text(), self.kind_box.currentData()):
            self.term_edit.clear()
        self.term_edit.setFocus()

    def remove(self, term) -> bool:
        from storage.pseudonymise.pseudonymiser import Pseudonymiser

        if not term:
            self._say(self.tr("Select a name or place to remove."), error=True)
            return False
        try:
            Pseudonymiser(self.study).remove_from_list(term)
        except VeldwerkError as exc:
            self._say(self.tr("Not saved: %1").replace("%1", refusal(exc)), error=True)
            return False
        self.refresh()
        self._say(self.tr("“%1” removed: exports replace it only where it is detected or decided.").replace("%1", term))
        return True

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.selected_term() is not None)
