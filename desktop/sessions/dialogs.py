"""The new-session dialog and the dialog that attributes speaker labels to participants present."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from desktop.coding.labels import role_label
from desktop.i18n import refusal
from storage.errors import VeldwerkError
from storage.sessions.kinds import SessionKind

ERROR_STYLE = "color:#9D0208"


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def _error_line() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label


class NewSessionDialog(QDialog):
    """Kind, date, place, who led it and the participants present (ticked); the core creates it on OK."""

    def __init__(self, study, parent=None):
        from desktop.sessions import kind_label

        super().__init__(parent)
        self.study = study
        self.session_id: int | None = None
        self._audio = ""
        self.setWindowTitle(self.tr("New focus group or meeting"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.kind = QComboBox()
        for kind in SessionKind:
            if kind.is_session:
                self.kind.addItem(kind_label(kind), kind.value)
        form.addRow(self.tr("&Kind:"), self.kind)
        self.date = QLineEdit()
        self.date.setPlaceholderText(self.tr("YYYY-MM-DD (empty: today)"))
        form.addRow(self.tr("&Date:"), self.date)
        self.location = QLineEdit()
        form.addRow(self.tr("&Location:"), self.location)
        self.interviewer = QLineEdit()
        form.addRow(self.tr("Led &by:"), self.interviewer)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Participants present (the first ticked is the session's participant of record):")))
        self.people = QListWidget()
        self.people.setAccessibleName(self.tr("Participants present"))
        for person in study.participants.list():
            if person["withdrawn_at"]:
                continue
            item = QListWidgetItem(f"{person['code']}  ·  {role_label(study, person['role'])}")
            item.setData(Qt.UserRole, person["code"])
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Unchecked)
            self.people.addItem(item)
        layout.addWidget(self.people)
        row = QHBoxLayout()
        self.audio_button = QPushButton(self.tr("&Audio file…"))
        self.audio_button.setToolTip(self.tr("Import the recording of the session right away (optional)"))
        self.audio_button.clicked.connect(self._choose_audio)
        self.audio_name = QLabel(self.tr("(no audio yet: import or record it later)"))
        row.addWidget(self.audio_button)
        row.addWidget(self.audio_name, 1)
        layout.addLayout(row)
        self.error = _error_line()
        layout.addWidget(self.error)
        layout.addWidget(_buttons(self))
        self.setMinimumWidth(460)

    def present(self) -> list[str]:
        return [self.people.item(i).data(Qt.UserRole) for i in range(self.people.count())
                if self.people.item(i).checkState() == Qt.Checked]

    def audio_path(self) -> str:
        return self._audio

    def _choose_audio(self) -> None:
        from desktop.importing import choose_files

        paths = choose_files(self)
        if paths:
            self._audio = paths[0]
            self.audio_name.setText(paths[0].replace("\\", "/").rsplit("/", 1)[-1])

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def accept(self) -> None:
        present = self.present()
        if not present:
            self.show_error(self.tr("Tick the participants present."))
            return
        try:
            self.session_id = self.study.sessions.create(
                self.kind.currentData(), present, date=self.date.text().strip() or None,
                location=self.location.text().strip(), interviewer=self.interviewer.text().strip())
        except VeldwerkError as exc:
            from storage.actions.errors import BadDate

            if isinstance(exc, BadDate):
                self.show_error(self.tr("The date must be a date written as YYYY-MM-DD (for example 2026-03-02)."))
            else:
                self.show_error(self.tr("The session was not added: %1").replace("%1", refusal(exc)))
            return
        super().accept()


NOBODY = ""


class SpeakerAttributionDialog(QDialog):
    """Per speaker label of the session: which participant present spoke there (or nobody)."""

    def __init__(self, labels: list[tuple[str, str]], present: list[tuple[str, str]], current: dict[str, str],
                 parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who is speaking?"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Choose which participant present speaks under each speaker label. Their codings "
                               "count for their role, and their consent to quoting decides whether their words "
                               "appear in exports."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.combos: dict[str, QComboBox] = {}
        for label, name in labels:
            combo = QComboBox()
            combo.addItem(self.tr("(not attributed)"), NOBODY)
            for code, role in present:
                combo.addItem(f"{code}  ·  {role}", code)
            index = combo.findData(current.get(label, NOBODY))
            combo.setCurrentIndex(max(0, index))
            combo.setAccessibleName(self.tr("Participant speaking as %1").replace("%1", label))
            form.addRow(f"{name} ({label})" if name and name != label else label, combo)
            self.combos[label] = combo
        layout.addLayout(form)
        self.error = _error_line()
        layout.addWidget(self.error)
        layout.addWidget(_buttons(self))
        self.setMinimumWidth(420)

    def choice(self) -> dict[str, str]:
        """{label: participant code, or "" for nobody}."""
        return {label: combo.currentData() for label, combo in self.combos.items()}
