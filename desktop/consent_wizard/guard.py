"""The consent wizard does not start while the form would read a stand-in aloud ("(nog niet ingevuld)"):
the researcher is told what is missing, in the UI's language, and may fill it in at once."""
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox

from storage.consent_settings import CONTACT, RETENTION, unfilled_placeholders


def missing_names(missing: list[str]) -> str:
    names = {RETENTION: QCoreApplication.translate("ConsentGuard", "the date until which the data is kept"),
             CONTACT: QCoreApplication.translate("ConsentGuard", "the contact for participants"),
             "name": QCoreApplication.translate("ConsentGuard", "the study's name")}
    return QCoreApplication.translate("ConsentGuard", " and ").join(names.get(m, m) for m in missing)


def ready_for_consent(study, parent=None, form: dict | None = None) -> bool:
    """True when the form is complete (or was completed now); otherwise says why and returns False."""
    from desktop.consent_wizard.settings_fields import ConsentSettingsDialog

    form = form or study.consent.current_form()
    missing = unfilled_placeholders(study, form)
    if not missing:
        return True
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("ConsentGuard", "Consent form not complete"),
        QCoreApplication.translate("ConsentGuard", "The consent form does not say %1 yet, and it is read aloud to "
                                   "the participant. Fill it in before taking consent. Fill it in now?")
        .replace("%1", missing_names(missing)),
        QMessageBox.Yes | QMessageBox.Cancel, QMessageBox.Yes)
    if answer != QMessageBox.Yes:
        return False
    if ConsentSettingsDialog(study, parent).exec() != QDialog.Accepted:
        return False
    return not unfilled_placeholders(study, form)
