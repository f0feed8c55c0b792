"""Adding and editing a participant, and confirming a withdrawal with exactly what it deletes."""
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from desktop.coding.labels import roles
from desktop.i18n import refusal
from desktop.sessions import describe_sessions
from storage.consent.withdrawal_preview import withdrawal_preview
from storage.errors import VeldwerkError
from storage.timefmt import clock
from storage.withdrawal_receipt import receipt_file_name, write_receipt


def next_code(study) -> str:
    """A free code such as R03 to suggest."""
    used = {p["code"] for p in study.participants.list()}
    n = 1
    while f"R{n:02d}" in used:
        n += 1
    return f"R{n:02d}"


class ParticipantDialog(QDialog):
    """Code (a pseudonym, never a real name), role and notes; saves through the core on accept."""

    def __init__(self, study, participant: dict | None = None, parent=None):
        super().__init__(parent)
        self.study = study
        self.participant = participant
        self.saved: dict | None = None
        self.setWindowTitle(self.tr("Edit participant") if participant else self.tr("Add participant"))
        self.setMinimumWidth(420)
        form = QFormLayout()
        self.code = QLineEdit(participant["code"] if participant else next_code(study))
        self.code.setAccessibleName(self.tr("Participant code"))
        self.code.setToolTip(self.tr("A pseudonym such as R01. Never a real name."))
        form.addRow(self.tr("&Code:"), self.code)
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Stakeholder role"))
        for role in roles(study):
            self.role.addItem(role["label"], role["key"])
        if participant:
            self.role.setCurrentIndex(max(0, self.role.findData(participant["role"])))
        form.addRow(self.tr("&Role:"), self.role)
        self.notes = QPlainTextEdit(participant["notes"] if participant else "")
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setPlaceholderText(self.tr("No names, addresses or other details that identify anyone."))
        self.notes.setMaximumHeight(90)
        form.addRow(self.tr("&Notes:"), self.notes)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.code.selectAll()

    def _save(self) -> None:
        try:
            if self.participant:
                self.saved = self.study.participants.update(
                    self.participant["code"], new_code=self.code.text().strip(),
                    role=self.role.currentData(), notes=self.notes.toPlainText(),
                )
            else:
                self.saved = self.study.participants.add(
                    self.code.text().strip(), self.role.currentData(), notes=self.notes.toPlainText()
                )
        except VeldwerkError as exc:
            self.error.setText(refusal(exc))
            return
        self.accept()


class WithdrawDialog(QDialog):
    """Full withdrawal (states what is deleted) or withdrawal of single consent items."""

    def __init__(self, study, code: str, parent=None):
        super().__init__(parent)
        self.study = study
        self.code = code
        self.setWindowTitle(self.tr("Withdraw participant %1").replace("%1", code))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        self.full = QRadioButton(self.tr("Withdraw from the whole study"))
        self.partial = QRadioButton(self.tr("Withdraw consent for single items only"))
        self.full.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.full)
        group.addButton(self.partial)
        layout.addWidget(self.full)
        p = withdrawal_preview(study, code)
        self.preview = p
        self.what = QLabel(self.describe(p))
        self.what.setWordWrap(True)
        self.what.setStyleSheet("margin-left: 22px;")
        layout.addWidget(self.what)
        layout.addWidget(self.partial)
        self.items = QLineEdit()
        self.items.setAccessibleName(self.tr("Consent items to withdraw"))
        self.items.setPlaceholderText(self.tr("item numbers, for example 3 or 3,5"))
        self.items.setEnabled(False)
        self.partial.toggled.connect(self.items.setEnabled)
        layout.addWidget(self.items)
        self.confirm_label = QLabel(self.tr("To withdraw from the whole study, type the code %1:").replace("%1", code))
        self.confirm_label.setWordWrap(True)
        layout.addWidget(self.confirm_label)
        self.confirm = QLineEdit()
        self.confirm.setAccessibleName(self.tr("Participant code to confirm"))
        layout.addWidget(self.confirm)
        layout.addWidget(QLabel(self.tr("Withdrawal receipt for the participant (.docx, in Dutch):")))
        row = QHBoxLayout()
        folder = QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation)
        folder = folder if folder and Path(folder).is_dir() else str(Path.home())
        self.receipt = QLineEdit(str(Path(folder) / receipt_file_name(code)))
        self.receipt.setAccessibleName(self.tr("Withdrawal receipt file"))
        row.addWidget(self.receipt, 1)
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self.choose_receipt)
        row.addWidget(choose)
        layout.addLayout(row)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.withdraw_button = buttons.button(QDialogButtonBox.Ok)
        self.withdraw_button.setText(self.tr("Withdraw"))
        self.withdraw_button.setAutoDefault(False)
        self.cancel_button = buttons.button(QDialogButtonBox.Cancel)
        self.receipt_path: Path | None = None
        self.confirm.textChanged.connect(self._update_button)
        self.partial.toggled.connect(self._update_button)
        self._update_button()
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.cancel_button.setDefault(True)   # in the dialog now: Enter never deletes, the safe button is the default

    def describe(self, p: dict) -> str:
        return self.tr(
            "This permanently deletes, in one step: %1 interview(s), %2 recording(s) (%3 of audio), "
            "%4 consent clip(s), %5 transcript(s) with %6 segment(s), and %7 coding(s). "
            "The consent ledger keeps only the code %8, the time and the hashes. This cannot be undone."
        ).replace("%1", str(p["interviews"])).replace("%2", str(p["recordings"])).replace(
            "%3", clock(p["seconds"])).replace("%4", str(p["consent_clips"])).replace(
            "%5", str(p["transcripts"])).replace("%6", str(p["segments"])).replace(
            "%7", str(p["codings"])).replace("%8", p["code"]) + self.describe_list_terms(p) + describe_sessions(p)

    def describe_list_terms(self, p: dict) -> str:
        if not p.get("list_terms"):
            return ""
        return " " + self.tr(
            "%1 term(s) on the study's replacement list that only this participant's texts contain go as well."
        ).replace("%1", str(p["list_terms"]))

    def selected_items(self) -> list[int] | None:
        if self.full.isChecked():
            return None
        numbers = [int(x) for x in self.items.text().replace(" ", "").split(",") if x.isdigit()]
        if not numbers:
            raise VeldwerkError(self.tr("Type the numbers of the consent items to withdraw."))
        return numbers

    def confirmed(self) -> bool:
        """A partial withdrawal deletes nothing; the full one needs the code typed (any case, spaces ignored)."""
        return self.partial.isChecked() or self.confirm.text().replace(" ", "").casefold() == self.code.casefold()

    def _update_button(self, *_) -> None:
        self.withdraw_button.setEnabled(self.confirmed())
        self.confirm.setEnabled(self.full.isChecked())

    def choose_receipt(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the withdrawal receipt"), self.receipt.text(),
                                              self.tr("Word document (*.docx)"))
        if path:
            self.receipt.setText(path if path.endswith(".docx") else path + ".docx")

    def _receipt_target(self) -> Path:
        from storage.exports.target import check_target

        text = self.receipt.text().strip()
        if not text:
            raise VeldwerkError(self.tr("Choose where to save the withdrawal receipt."))
        path = Path(text).expanduser()
        if path.exists():
            raise VeldwerkError(self.tr("%1 already exists; choose another file name for the receipt.").replace("%1", str(path)))
        return check_target(path)

    def apply(self) -> None:
        if not self.confirmed():
            self.error.setText(self.tr("Type the code %1 to confirm the withdrawal.").replace("%1", self.code))
            return
        try:
            items = self.selected_items()
            target = self._receipt_target()      # refused before anything is deleted
            summary = self.study.consent.withdraw(self.code, items=items)
        except VeldwerkError as exc:
            self.error.setText(refusal(exc))
            return
        try:
            self.receipt_path = write_receipt(self.study, summary["record"], target)
        except (OSError, VeldwerkError) as exc:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self, self.tr("Withdrawal receipt"), self.tr(
                "The withdrawal is done, but the receipt could not be written: %1").replace("%1", refusal(exc)))
        self.accept()
