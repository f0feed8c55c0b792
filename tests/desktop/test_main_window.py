"""The main window: minimum size, shortcuts in menus, accessible names, from new study to recording screen."""
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit

from desktop.main_window import MainWindow


def test_window_size_shortcuts_and_accessible_names(app, qtbot, study, settings):
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.minimumSize() == QSize(1024, 640)
    for name in ("new", "open", "close", "add_participant", "consent", "record", "import", "transcribe", "quit", "settings_study"):
        assert not window.actions[name].shortcut().isEmpty(), name
    window.set_study(study)
    study.participants.add("R01", "sekswerker")
    window.refresh()
    window.show_participant("R01")
    for page in (window.welcome, window.participant_page, window.recording):
        for widget in page.findChildren(QAbstractButton) + page.findChildren(QComboBox) + page.findChildren(QLineEdit):
            assert widget.accessibleName() or widget.text(), widget
    assert not window.participant_page.record_button.isEnabled()  # no consent yet
    window.close_study()
    assert window.stack.currentWidget() is window.welcome


def test_from_participant_to_recording_screen(app, qtbot, study, settings, monkeypatch, answer_yes):
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_study(study)
    from desktop.consent_wizard import ConsentWizard
    from desktop.participants import dialogs

    def fill_participant(self):
        self._save()
        return True

    def consent_given(self):
        self.study.consent.record(self.code, {n: True for n in range(1, 6)}, method="written", researcher="AB")
        self.method_page.record = self.study.consent.history(self.code)[-1]
        return True

    monkeypatch.setattr(dialogs.ParticipantDialog, "exec", fill_participant)
    monkeypatch.setattr(ConsentWizard, "exec", consent_given)
    window.add_participant()  # adds R01, offers consent (yes), then the recording screen (yes)
    assert window.stack.currentWidget() is window.recording
    assert window.recording.code == "R01"
    assert "R01" in window.recording.title.text()
    assert window.tree.topLevelItem(0).toolTip(0) == "Consent given"


def test_dutch_is_the_default_ui_language(app, settings):
    from PySide6.QtCore import QCoreApplication

    from desktop import i18n

    settings.remove("ui/language")
    assert i18n.ui_language() == "nl"
    loaded = i18n.install(app)
    try:
        assert "veldwerk_nl.qm" in loaded
        assert QCoreApplication.translate("WelcomeWidget", "Recent studies") == "Recente studies"
        assert QCoreApplication.translate("RecordingPanel", "Record") == "Opnemen"
    finally:
        i18n.install(app, "en")
