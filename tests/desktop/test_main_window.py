"""The main window: minimum size, shortcuts in menus, accessible names, from new study to recording screen."""
import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit

from desktop.main_window import MainWindow
from tests.desktop.conftest import shown_window


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
    study.set_setting("retention_until", "2031-12-31")      # a complete consent form (else the wizard does not start)
    study.set_setting("consent_contact", "Anna")
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


@pytest.mark.audio
def test_record_with_the_menu_shortcuts(app, qtbot, consenting, settings, pulse_sink, dutch_clip):
    from tests import pulse

    window = MainWindow()
    qtbot.addWidget(window)
    window.set_study(consenting)
    window.show()
    window.tree.select("participant", "R01")
    window.actions["record"].trigger()  # Ctrl+R: the recording screen
    assert window.stack.currentWidget() is window.recording
    window.recording.devices.reload()
    index = next(i for i in range(window.recording.devices.count()) if "pulse" in window.recording.devices.itemText(i))
    window.recording.devices.setCurrentIndex(index)
    window.actions["record"].trigger()  # Ctrl+R again: recording
    assert window.recording.is_recording(), window.recording.error.text()
    assert not window.tree.isEnabled() and window.actions["record"].text() == "Stop &recording"
    player = pulse.play(dutch_clip.path, wait=False)
    qtbot.waitUntil(lambda: player.poll() is not None, timeout=30000)
    window.actions["marker"].trigger()  # Ctrl+M
    window.actions["pause"].trigger()  # Ctrl+P
    assert window.recording.session.state == "paused"
    window.actions["pause"].trigger()
    window.show_participant("R01")  # refused while recording
    assert window.stack.currentWidget() is window.recording
    with qtbot.waitSignal(window.recording.recorded, timeout=10000):
        window.actions["record"].trigger()  # Ctrl+R: stop and save
    interview = consenting.interviews.list()[0]
    assert interview.duration >= dutch_clip.seconds * 0.9
    assert len(consenting.recordings.main_for_interview(interview.id).markers) == 1
    assert window.tree.isEnabled() and window.tree.topLevelItem(0).childCount() == 1


@pytest.mark.slow
def test_a_finished_job_opens_the_transcript(app, qtbot, consenting, settings):
    from tests.desktop.conftest import FIXTURE_WAV
    from transcribe.importing import import_audio

    interview_id = import_audio(consenting, "R01", FIXTURE_WAV)
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_study(consenting)
    window.open_interview(interview_id)
    assert window.interview_page.transcribe_button.isVisible() or not window.isVisible()
    with qtbot.waitSignal(window.queue.finished, timeout=180000):
        window.actions["transcribe"].trigger()  # Ctrl+T on the selected interview
    assert window.stack.currentWidget() is window.interview_page
    assert window.interview_page.interview_id == interview_id
    assert consenting.interviews.get(interview_id).transcript_state == "complete"
    assert "is ready" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: window.queue.worker is None, timeout=30000)
    window.close()


def test_switching_to_english_rebuilds_the_window_with_the_study_open(app, qtbot, consenting, settings):
    from desktop import i18n

    i18n.set_ui_language("nl")
    i18n.install(app)
    try:
        window = MainWindow()
        qtbot.addWidget(window)
        window.set_study(consenting)
        window.tree.select("participant", "R01")
        assert window.menuBar().actions()[0].text() == "&Studie"
        i18n.set_ui_language("en")
        new = window.switch_language()
        qtbot.addWidget(new)
        assert new is not window and new.study is consenting
        assert new.menuBar().actions()[0].text() == "&Study"
        assert new.tree.current_participant() == "R01"
        assert consenting.participants.get("R01")["code"] == "R01"  # still open
        new.close()
    finally:
        i18n.install(app, "en")


def test_one_length_reads_the_same_in_the_panel_the_page_and_the_player(app, qtbot, consenting, settings):
    """The fixture clip (15.9 s) showed as "0:16" in the participants panel and "0:00:15" in the player: every
    place formats a length with storage.timefmt.clock, cut to the whole second."""
    from storage.timefmt import clock
    from tests.desktop.conftest import FIXTURE_WAV
    from transcribe.importing import import_audio

    import_audio(consenting, "R01", FIXTURE_WAV)
    interview = consenting.interviews.list()[0]
    assert interview.duration % 1 >= 0.5             # a length where rounding and cutting differ
    window = shown_window(qtbot, consenting)
    window.open_interview(interview.id)
    player = window.interview_page.audio_player
    assert player is not None
    qtbot.waitUntil(lambda: " / " in player.controls.time.text(), timeout=10000)
    in_player = player.controls.time.text().split(" / ")[1]
    in_panel = window.tree.topLevelItem(0).child(0).text(0).split()[-1]
    assert in_panel == in_player == clock(interview.duration)
    assert in_player in window.interview_page.details.text()
