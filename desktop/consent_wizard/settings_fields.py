"""The retention date and contact the consent form reads aloud: two fields for the new-study dialog and a
small dialog the consent wizard opens while they are not set. Checks and storing are the core's
(storage/consent_settings.py)."""
from PySide6.QtCore import QDate, QObject
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from desktop.i18n import refusal
from storage import consent_settings
from storage.errors import VeldwerkError


class ConsentSettingsFields(QObject):
    """Adds "Data kept until" and "Contact for participants" rows to a form; starts empty (nothing guessed)."""

    def __init__(self, form: QFormLayout, study=None, parent=None):
        super().__init__(parent)
        self.retention = QDateEdit()
        self.retention.setCalendarPopup(True)
        self.retention.setDisplayFormat("dd-MM-yyyy")
        self.retention.setAccessibleName(self.tr("Date until which the data is kept"))
        self._unset = QDate.currentDate()                 # the minimum stands for "not chosen yet"
        self.retention.setMinimumDate(self._unset)
        self.retention.setSpecialValueText(self.tr("choose a date"))
        self.retention.setDate(self._unset)
        self.contact = QLineEdit()
        self.contact.setAccessibleName(self.tr("Contact for participants"))
        self.contact.setPlaceholderText(self.tr("name and phone number or e-mail address"))
        if study is not None:
            saved = study.get_setting(consent_settings.RETENTION)
            if saved:
                self.retention.setDate(QDate.fromString(saved, "yyyy-MM-dd"))
            self.contact.setText(study.get_setting(consent_settings.CONTACT) or "")
        form.addRow(self.tr("Data &kept until:"), self.retention)
        form.addRow(self.tr("Con&tact for participants:"), self.contact)
        note = QLabel(self.tr("The consent form reads both aloud to every participant."))
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(mid);")
        form.addRow("", note)
        self.changed = self.retention.dateChanged, self.contact.textChanged

    def retention_until(self) -> str | None:
        date = self.retention.date()
        return None if date <= self._unset else date.toString("yyyy-MM-dd")

    def contact_text(self) -> str | None:
        return " ".join(self.contact.text().split()) or None

    def complete(self) -> bool:
        return self.retention_until() is not None and self.contact_text() is not None


class ConsentSettingsDialog(QDialog):
    """Fill in what the consent form still lacks; saved through the core on OK."""

    def __init__(self, study, parent=None):
        super().__init__(parent)
        self.study = study
        self.setWindowTitle(self.tr("Consent form"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Fill in what the consent form reads aloud before taking consent."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.fields = ConsentSettingsFields(form, study, self)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.Save)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for signal in self.fields.changed:
            signal.connect(lambda *_: self.save_button.setEnabled(self.fields.complete()))
        self.save_button.setEnabled(self.fields.complete())

    def save(self) -> None:
        try:
            consent_settings.save(self.study, self.fields.retention_until(), self.fields.contact_text())
        except VeldwerkError as exc:
            self.error.setText(refusal(exc))
            return
        self.accept()
