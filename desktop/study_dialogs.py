"""Creating a study (name, folder, passphrase twice with a strength hint, language) and opening one."""
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import refusal
from storage import Study
from storage.errors import VeldwerkError, WrongPassphrase
from storage.passphrase import acceptable, strength


def default_study_folder() -> Path:
    """Where new studies go by default: ~/Veldwerk."""
    return Path.home() / "Veldwerk"


class NewStudyDialog(QDialog):
    """Asks for name, folder, passphrase (twice) and spoken language; creates the study on accept."""

    def __init__(self, parent=None, folder: Path | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New study"))
        self.setMinimumWidth(520)
        self.study: Study | None = None
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("for example Stigma sekswerk Tilburg"))
        self.name.setAccessibleName(self.tr("Study name"))
        form.addRow(self.tr("&Name:"), self.name)

        self.folder = QLineEdit(str(folder or default_study_folder()))
        self.folder.setAccessibleName(self.tr("Folder for the study"))
        browse = QPushButton(self.tr("Browse…"))
        browse.setAccessibleName(self.tr("Choose folder"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        holder = QWidget()
        holder.setLayout(row)
        row.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Folder:"), holder)
        self.target = QLabel()
        self.target.setStyleSheet("color: palette(mid);")
        form.addRow("", self.target)

        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(8)
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.hint = QLabel()
        form.addRow("", self.meter)
        form.addRow("", self.hint)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.Password)
        self.repeat.setAccessibleName(self.tr("Repeat passphrase"))
        form.addRow(self.tr("&Repeat:"), self.repeat)
        self.show_chars = QCheckBox(self.tr("Show passphrase"))
        self.show_chars.toggled.connect(self._toggle_echo)
        form.addRow("", self.show_chars)
        warning = QLabel(self.tr("Nobody can recover a lost passphrase: write it down and keep it apart from the laptop."))
        warning.setWordWrap(True)
        form.addRow("", warning)

        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Spoken language of the interviews"))
        for code, label in (("nl", self.tr("Dutch")), ("en", self.tr("English")), ("auto", self.tr("Detect automatically"))):
            self.language.addItem(label, code)
        form.addRow(self.tr("&Interview language:"), self.language)
        from desktop.consent_wizard.settings_fields import ConsentSettingsFields

        self.consent_fields = ConsentSettingsFields(form, parent=self)
        for signal in self.consent_fields.changed:
            signal.connect(self._update)
        from desktop.coding.labels import default_role_labels

        roles = QLabel(self.tr("%1 (editable later).").replace("%1", ", ".join(default_role_labels())))
        roles.setWordWrap(True)
        form.addRow(self.tr("Roles:"), roles)

        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Create study"))
        self.buttons.accepted.connect(self._create)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        for edit in (self.name, self.folder, self.passphrase, self.repeat):
            edit.textChanged.connect(self._update)
        self._update()

    def _toggle_echo(self, shown: bool) -> None:
        mode = QLineEdit.Normal if shown else QLineEdit.Password
        self.passphrase.setEchoMode(mode)
        self.repeat.setEchoMode(mode)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the study"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def target_path(self) -> Path:
        """NAME.veldwerk inside the chosen folder."""
        safe = "".join(c if c.isalnum() or c in " -_" else "_" for c in self.name.text().strip()).strip() or "study"
        return Path(self.folder.text()).expanduser() / f"{safe}.veldwerk"

    def _update(self) -> None:
        self.target.setText(self.tr("Will be saved as %1").replace("%1", str(self.target_path())))
        score = strength(self.passphrase.text())
        self.meter.setValue(score)
        labels = {
            0: self.tr("Choose a passphrase of at least 8 characters; several words are easy to remember."),
            1: self.tr("Weak: too short or too simple."),
            2: self.tr("Fair: longer or a few more words makes it stronger."),
            3: self.tr("Good."),
            4: self.tr("Strong."),
        }
        colours = {0: "#888", 1: "#b00020", 2: "#b36b00", 3: "#2e7d32", 4: "#1b5e20"}
        self.hint.setText(labels[score])
        self.meter.setStyleSheet(f"QProgressBar::chunk {{ background: {colours[score]}; }}")
        ok = bool(self.name.text().strip()) and acceptable(self.passphrase.text()) and self.passphrase.text() == self.repeat.text()
        ok = ok and self.consent_fields.complete()
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(ok)
        if self.repeat.text() and self.repeat.text() != self.passphrase.text():
            self.error.setText(self.tr("The two passphrases differ."))
        else:
            self.error.setText("")

    def _create(self) -> None:
        if self.passphrase.text() != self.repeat.text():
            self.error.setText(self.tr("The two passphrases differ."))
            return
        try:
            self.study = Study.create(
                self.target_path(), name=self.name.text().strip(), passphrase=self.passphrase.text(),
                language=self.language.currentData(), retention_until=self.consent_fields.retention_until(),
                contact=self.consent_fields.contact_text(),
            )
        except (VeldwerkError, OSError) as exc:
            self.error.setText(refusal(exc))
            return
        self.passphrase.clear()
        self.repeat.clear()
        self.accept()


class OpenStudyDialog(QDialog):
    """Asks for the passphrase of a study; a wrong one says so and lets the researcher retry."""

    def __init__(self, path, parent=None):
        super().__init__(parent)
        self.path = Path(path)
        self.study: Study | None = None
        self.attempts = 0
        self.setWindowTitle(self.tr("Open study"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Passphrase for %1").replace("%1", self.path.name))
        title.setStyleSheet("font-weight: bold;")
        layout.addWidget(title)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        layout.addWidget(self.passphrase)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Open | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.try_open)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def try_open(self) -> bool:
        """Open with the typed passphrase; on a wrong one show why and keep the dialog open."""
        self.attempts += 1
        try:
            self.study = Study.open(self.path, self.passphrase.text())
        except WrongPassphrase:
            self.error.setText(self.tr("Wrong passphrase. Check Caps Lock and try again."))
            self.adjustSize()
            self.passphrase.selectAll()
            self.passphrase.setFocus(Qt.OtherFocusReason)
            return False
        except (VeldwerkError, OSError) as exc:
            self.error.setText(refusal(exc))
            return False
        self.passphrase.clear()
        self.accept()
        return True


def open_study(path, parent=None) -> Study | None:
    """Open the study at `path`, asking for its passphrase when it is encrypted; None when cancelled."""
    meta = Study.read_marker(path)
    if not meta["encrypted"]:
        return Study.open(path, None)
    dialog = OpenStudyDialog(path, parent)
    return dialog.study if dialog.exec() == QDialog.Accepted else None
