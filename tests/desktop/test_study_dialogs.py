"""Creating a study and opening it with a wrong, then the right passphrase."""
from PySide6.QtWidgets import QDialogButtonBox

from desktop.study_dialogs import NewStudyDialog, OpenStudyDialog
from storage import Study
from tests.conftest import PASSPHRASE


def test_new_study_needs_matching_passphrases_and_shows_strength(app, qtbot, tmp_path, settings):
    dialog = NewStudyDialog(folder=tmp_path)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.Ok)
    dialog.name.setText("Stigma sekswerk Tilburg")
    dialog.passphrase.setText("abc")
    assert not ok.isEnabled()
    assert dialog.meter.value() == 1 and "Weak" in dialog.hint.text()
    dialog.passphrase.setText(PASSPHRASE)
    dialog.repeat.setText(PASSPHRASE + "x")
    assert not ok.isEnabled()
    assert "differ" in dialog.error.text()
    dialog.repeat.setText(PASSPHRASE)
    dialog.consent_fields.retention.setDate(dialog.consent_fields.retention.date().addYears(5))
    dialog.consent_fields.contact.setText("Anna de Vries")
    assert ok.isEnabled() and dialog.meter.value() == 4
    ok.click()
    assert dialog.result() == NewStudyDialog.Accepted
    study = dialog.study
    try:
        assert study.encrypted and study.name == "Stigma sekswerk Tilburg"
        assert study.path == tmp_path / "Stigma sekswerk Tilburg.veldwerk"
        assert [r["key"] for r in study.roles()][:2] == ["sekswerker", "klant"]
        assert dialog.passphrase.text() == "" and dialog.repeat.text() == ""
    finally:
        study.close()


def test_wrong_passphrase_says_so_and_allows_retry(app, qtbot, study_path, settings):
    Study.create(study_path, name="Teststudie", passphrase=PASSPHRASE).close()
    dialog = OpenStudyDialog(study_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.passphrase, "not the passphrase")
    assert dialog.try_open() is False
    assert "Wrong passphrase" in dialog.error.text()
    assert dialog.isVisible() and dialog.study is None
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    assert dialog.try_open() is True
    assert dialog.result() == OpenStudyDialog.Accepted
    assert dialog.study.name == "Teststudie"
    assert dialog.passphrase.text() == ""
    dialog.study.close()


def test_recent_studies_never_hold_passphrases(app, qtbot, study_path, settings):
    from PySide6.QtCore import QSettings

    from desktop.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.set_study(Study.create(study_path, name="Teststudie", passphrase=PASSPHRASE))
    assert "Teststudie" in window.windowTitle()
    window.close()
    stored = {k: str(QSettings().value(k)) for k in QSettings().allKeys()}
    assert str(study_path.resolve()) in stored["recent/studies"]
    assert not any(PASSPHRASE in value for value in stored.values())
