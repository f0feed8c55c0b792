"""The consent form never reads "(nog niet ingevuld)" aloud (issue 15, section 2): the new-study dialog asks
for the retention date and the contact, and the consent wizard does not start while the form lacks them."""
import datetime

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from desktop.study_dialogs import NewStudyDialog
from tests.conftest import PASSPHRASE

FUTURE = datetime.date.today() + datetime.timedelta(days=5 * 365)


def test_the_new_study_dialog_asks_for_retention_date_and_contact(app, qtbot, tmp_path, settings):
    dialog = NewStudyDialog(folder=tmp_path)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.Ok)
    dialog.name.setText("Stigma")
    dialog.passphrase.setText(PASSPHRASE)
    dialog.repeat.setText(PASSPHRASE)
    assert not ok.isEnabled()                                     # nothing guessed: both are still empty
    assert dialog.consent_fields.retention.text() == "choose a date"
    dialog.consent_fields.retention.setDate(QDate(FUTURE.year, FUTURE.month, FUTURE.day))
    assert not ok.isEnabled()
    dialog.consent_fields.contact.setText("Anna de Vries, 06 12345678")
    assert ok.isEnabled()
    ok.click()
    study = dialog.study
    try:
        assert study.get_setting("retention_until") == FUTURE.isoformat()
        assert study.get_setting("consent_contact") == "Anna de Vries, 06 12345678"
        text = study.consent.forms.render(study.consent.current_form()["version"])
        assert "nog niet ingevuld" not in text and FUTURE.isoformat() in text
    finally:
        study.close()


def _window(qtbot, study):
    from desktop.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.set_study(study)
    study.participants.add("R01", "sekswerker")
    window.refresh()
    return window


def test_the_consent_wizard_refuses_to_start_with_an_unfilled_form(app, qtbot, study, settings, monkeypatch):
    from desktop.consent_wizard import ConsentWizard
    from desktop.consent_wizard.settings_fields import ConsentSettingsDialog

    window = _window(qtbot, study)
    opened, asked = [], []
    monkeypatch.setattr(ConsentWizard, "exec", lambda self: opened.append(self.code) or 0)
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: asked.append(a[2]) or QMessageBox.Cancel))
    window.take_consent("R01")
    assert opened == [] and len(asked) == 1
    assert "date until which the data is kept" in asked[0] and "contact for participants" in asked[0]

    def fill(self):
        self.fields.retention.setDate(QDate(FUTURE.year, FUTURE.month, FUTURE.day))
        self.fields.contact.setText("Anna")
        self.save()
        return self.result()

    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: asked.append(a[2]) or QMessageBox.Yes))
    monkeypatch.setattr(ConsentSettingsDialog, "exec", fill)
    window.take_consent("R01")                                    # filled in on the spot: the wizard opens
    assert opened == ["R01"] and study.get_setting("consent_contact") == "Anna"
    asked.clear()
    window.take_consent("R01")                                    # complete: no question any more
    assert asked == [] and opened == ["R01", "R01"]


def test_the_refusal_speaks_dutch(app, qtbot, study, settings, monkeypatch):
    from desktop import i18n
    from desktop.consent_wizard import ConsentWizard

    window = _window(qtbot, study)
    asked = []
    monkeypatch.setattr(ConsentWizard, "exec", lambda self: 0)
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: asked.append(a[1:3]) or QMessageBox.Cancel))
    i18n.install(app, "nl")
    try:
        window.take_consent("R01")
    finally:
        i18n.install(app, "en")
    (title, text), = asked
    assert title == "Toestemmingsformulier niet compleet"
    assert "de datum tot wanneer de gegevens bewaard blijven" in text and "toestemming" in text
