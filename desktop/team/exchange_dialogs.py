"""Study ▸ Exchange: write an exchange file of one researcher's changes, and merge one from another copy.

The dialogs only gather what the core asks for (storage/exchange/): who, since when, the file's own
passphrase (twice for a new file), with or without audio; every rule (the passphrase policy, consent for
audio, what merges and what becomes a conflict) is the core's. The work runs off the UI thread.
"""
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.team.jobs import ExchangeExportJob, ExchangeImportJob
from storage.exchange.container import SUFFIX
from storage.exchange.points import ALL, LAST

ERROR_STYLE = "color: #b00020;"


def error_text(message: str, kind: str = "") -> str:
    """The core's one-line refusal, in the UI's language for the refusals these dialogs meet most."""
    if kind == "WrongPassphrase":
        return QCoreApplication.translate("ExchangeDialogs", "The passphrase does not open this file (or it is not a "
                                          "Veldwerk exchange file). Nothing was changed.")
    if kind == "WeakPassphrase":
        from storage.passphrase import MIN_LENGTH

        return QCoreApplication.translate("ExchangeDialogs", "A passphrase needs at least %1 characters (spaces at the "
                                          "start and end do not count); nothing was written.").replace("%1", str(MIN_LENGTH))
    return message


def _file_row(edit: QLineEdit, browse) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(edit, 1)
    button = QPushButton(QCoreApplication.translate("ExchangeDialogs", "Browse…"))
    button.clicked.connect(browse)
    layout.addWidget(button)
    return row


def _password() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.Password)
    return edit


class ExchangeExportDialog(QDialog):
    """Who, since when, which file, its passphrase twice, and (optionally) audio; then writes it."""

    def __init__(self, study, parent=None):
        super().__init__(parent)
        self.study, self.job, self.summary = study, None, None
        self.setWindowTitle(self.tr("Export an exchange file"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Writes your codings, memos, codebook changes and transcript corrections into an "
                               "encrypted file for another copy of this study. Give its passphrase to your colleague "
                               "in person or by phone, never on the stick."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.researcher = QComboBox()
        self.researcher.setEditable(True)
        self.researcher.addItems([r["name"] for r in study.researchers.list()])
        self.researcher.setCurrentText(study.researcher or "")
        self.researcher.lineEdit().setPlaceholderText(self.tr("your name"))
        form.addRow(self.tr("Researcher:"), self.researcher)
        self.since = QComboBox()
        self.since.addItem(self.tr("Since my previous export"), LAST)
        self.since.addItem(self.tr("Everything"), ALL)
        self.since.addItem(self.tr("From a date…"), "date")
        from storage.exchange.points import listing

        for row in listing(study):
            self.since.addItem(self.tr("Since exchange %1 (%2, %3)").replace("%1", row["id"][:8])
                               .replace("%2", row["researcher"]).replace("%3", (row["at"] or "")[:16].replace("T", " ")),
                               row["id"])
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setVisible(False)
        self.since.currentIndexChanged.connect(lambda _: self.date.setVisible(self.since.currentData() == "date"))
        since_row = QWidget()
        since_layout = QHBoxLayout(since_row)
        since_layout.setContentsMargins(0, 0, 0, 0)
        since_layout.addWidget(self.since, 1)
        since_layout.addWidget(self.date)
        form.addRow(self.tr("Changes:"), since_row)
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("e.g. on the USB stick: ellen-%1%2").replace("%1", date.today().isoformat())
                                     .replace("%2", SUFFIX))
        form.addRow(self.tr("File:"), _file_row(self.path, self.browse))
        self.passphrase, self.repeat = _password(), _password()
        form.addRow(self.tr("Passphrase of the file:"), self.passphrase)
        form.addRow(self.tr("Repeat it:"), self.repeat)
        self.audio = QCheckBox(self.tr("Include the interviews' audio"))
        audio_note = QLabel(self.tr("Only of participants who consented to recording and did not withdraw; it makes "
                                    "the file much larger. Without it no audio leaves this copy."))
        audio_note.setWordWrap(True)
        audio_note.setStyleSheet("color: #555;")
        form.addRow("", self.audio)
        form.addRow("", audio_note)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.AcceptRole)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(640, self.sizeHint().height())

    def reject(self) -> None:
        """Not while the file is being written or merged: the result must be seen (Esc, Cancel, closing)."""
        if self.job is not None and self.job.isRunning():
            return
        super().reject()

    def browse(self) -> None:
        name = self.researcher.currentText().strip() or "uitwisseling"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Exchange file"), f"{name}-{date.today().isoformat()}{SUFFIX}",
                                              self.tr("Veldwerk exchange files (*%1)").replace("%1", SUFFIX))
        if path:
            self.path.setText(path if path.endswith(SUFFIX) else path + SUFFIX)

    def since_point(self) -> str:
        data = self.since.currentData()
        return self.date.date().toString("yyyy-MM-dd") if data == "date" else data

    def _fail(self, text: str, kind: str = "") -> None:
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(error_text(text, kind))
        self.export_button.setEnabled(True)

    def start(self) -> None:
        """Check what only the dialog knows (a name, a file, the repeat), then let the core write the file."""
        if not self.researcher.currentText().strip():
            return self._fail(self.tr("Choose whose changes to export (your name)."))
        if not self.path.text().strip():
            return self._fail(self.tr("Choose where to write the exchange file."))
        if self.passphrase.text() != self.repeat.text():
            return self._fail(self.tr("The two passphrases differ; nothing was written."))
        self.export_button.setEnabled(False)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Writing the exchange file…"))
        self.job = ExchangeExportJob(self.study, self.path.text().strip(), self.passphrase.text(),
                                     self.researcher.currentText().strip(), self.since_point(),
                                     self.audio.isChecked(), self)
        self.job.done.connect(self._done)
        self.job.failed.connect(self._fail)
        self.job.start()

    def _done(self, summary: dict) -> None:
        self.summary = summary
        self.passphrase.clear()
        self.repeat.clear()
        counts = summary["counts"]
        self.message.setStyleSheet("")
        self.message.setText(
            self.tr("Written: %1\nCodings: %2, removed codings: %3, corrected segments: %4, codes: %5, audio: %6 "
                    "recording(s).")
            .replace("%1", str(summary["path"])).replace("%2", str(counts.get("coding", 0)))
            .replace("%3", str(counts.get("removal", 0))).replace("%4", str(counts.get("segment", 0)))
            .replace("%5", str(counts.get("code", 0))).replace("%6", str(counts.get("audio", 0))))
        self.buttons.clear()
        self.buttons.addButton(QDialogButtonBox.Close).clicked.connect(self.accept)


COUNT_LABELS = {  # the merge's counts (storage/exchange/merge.py), worded for the summary
    "code_added": QT_TRANSLATE_NOOP("ExchangeCounts", "codes added"),
    "code_updated": QT_TRANSLATE_NOOP("ExchangeCounts", "codes updated"),
    "code_kept": QT_TRANSLATE_NOOP("ExchangeCounts", "codes kept (yours is newer)"),
    "coding_added": QT_TRANSLATE_NOOP("ExchangeCounts", "codings added"),
    "coding_updated": QT_TRANSLATE_NOOP("ExchangeCounts", "codings updated"),
    "coding_kept": QT_TRANSLATE_NOOP("ExchangeCounts", "codings kept (yours is newer)"),
    "coding_kept_removed": QT_TRANSLATE_NOOP("ExchangeCounts", "codings you removed, left removed"),
    "segment_updated": QT_TRANSLATE_NOOP("ExchangeCounts", "transcript corrections taken"),
    "segment_kept": QT_TRANSLATE_NOOP("ExchangeCounts", "transcript corrections kept (yours is newer)"),
    "removal_removed": QT_TRANSLATE_NOOP("ExchangeCounts", "codings removed"),
    "audio_added": QT_TRANSLATE_NOOP("ExchangeCounts", "recordings' audio added"),
    "audio_same": QT_TRANSLATE_NOOP("ExchangeCounts", "recordings whose audio was here already"),
    "audio_refused": QT_TRANSLATE_NOOP("ExchangeCounts", "recordings' audio left out (no consent to recording here)"),
    "audio_not_here": QT_TRANSLATE_NOOP("ExchangeCounts", "recordings not in this copy (audio left out)"),
    "conflicts": QT_TRANSLATE_NOOP("ExchangeCounts", "conflicts to decide"),
}


def count_label(key: str) -> str:
    return QCoreApplication.translate("ExchangeCounts", COUNT_LABELS[key]) if key in COUNT_LABELS else key


class ExchangeImportDialog(QDialog):
    """Which file and its passphrase; merges it, then says what was merged and offers the conflicts."""

    def __init__(self, study, parent=None):
        super().__init__(parent)
        self.study, self.job, self.summary = study, None, None
        self.setWindowTitle(self.tr("Import an exchange file"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Merges a colleague's exchange file into this copy of the study. Nothing is overwritten "
                               "silently: what both of you changed is listed for you to decide."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.path = QLineEdit()
        form.addRow(self.tr("File:"), _file_row(self.path, self.browse))
        self.passphrase = _password()
        form.addRow(self.tr("Passphrase of the file:"), self.passphrase)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout.addWidget(self.message, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.AcceptRole)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.conflicts_button = None
        self.resize(640, self.sizeHint().height())

    def reject(self) -> None:
        """Not while the file is being written or merged: the result must be seen (Esc, Cancel, closing)."""
        if self.job is not None and self.job.isRunning():
            return
        super().reject()

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Exchange file"), "",
                                              self.tr("Veldwerk exchange files (*%1)").replace("%1", SUFFIX))
        if path:
            self.path.setText(path)

    def _fail(self, text: str, kind: str = "") -> None:
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(error_text(text, kind))
        self.import_button.setEnabled(True)

    def start(self) -> None:
        if not self.path.text().strip():
            return self._fail(self.tr("Choose the exchange file to import."))
        self.import_button.setEnabled(False)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Merging…"))
        self.job = ExchangeImportJob(self.study, self.path.text().strip(), self.passphrase.text(), self)
        self.job.done.connect(self._done)
        self.job.failed.connect(self._fail)
        self.job.start()

    def summary_lines(self, summary: dict) -> list[str]:
        if summary["already"]:
            return [self.tr("This exchange file was merged into this copy before; nothing was changed.")]
        lines = [self.tr("Merged the exchange file of %1.").replace("%1", summary["researcher"])]
        counts = summary["counts"]
        for key, n in sorted(counts.items()):
            if key != "conflicts" and n:
                lines.append(f"{count_label(key)}: {n}")
        if len(lines) == 1:
            lines.append(self.tr("Nothing new in it."))
        lines.append(f"{count_label('conflicts')}: {counts.get('conflicts', 0)}")
        return lines

    def _done(self, summary: dict) -> None:
        self.summary = summary
        self.passphrase.clear()
        self.message.setStyleSheet("")
        self.message.setText("\n".join(self.summary_lines(summary)))
        self.buttons.clear()
        from storage.exchange.conflicts import listing

        if listing(self.study):
            self.conflicts_button = self.buttons.addButton(self.tr("Decide the conflicts…"), QDialogButtonBox.ActionRole)
            self.conflicts_button.clicked.connect(self.show_conflicts)
        self.buttons.addButton(QDialogButtonBox.Close).clicked.connect(self.accept)

    def show_conflicts(self):
        from desktop.team.conflicts_dialog import ConflictsDialog

        dialog = ConflictsDialog(self.study, self)
        dialog.open()
        return dialog

