"""The next step is always visible (issue 15, section 4): after a take the recording screen shows it and
offers Transcribe (or starts it when Settings say so), and an interview without a transcript has a player."""
from PySide6.QtCore import QSettings, Qt

from desktop.main_window import MainWindow
from desktop.queue.options import AFTER_RECORDING_KEY, transcribe_after_recording


def _record_a_take(qtbot, window, pulse_sink, dutch_clip):
    from tests import pulse

    window.tree.select("participant", "R01")
    window.actions["record"].trigger()                       # the recording screen
    panel = window.recording
    panel.devices.reload()
    panel.devices.setCurrentIndex(next(i for i in range(panel.devices.count()) if "pulse" in panel.devices.itemText(i)))
    assert not panel.take_box.isVisibleTo(panel)            # nothing to offer before a take
    window.actions["record"].trigger()
    assert panel.is_recording(), panel.error.text()
    player = pulse.play(dutch_clip.path, wait=False)
    qtbot.waitUntil(lambda: player.poll() is not None, timeout=30000)
    with qtbot.waitSignal(panel.recorded, timeout=10000) as saved:
        window.actions["record"].trigger()                   # stop and save
    return saved.args[0]


def _window(qtbot, study):
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_study(study)
    window.show()
    return window


def _stop_jobs(qtbot, window):
    window.queue.cancel_all()
    qtbot.waitUntil(lambda: window.queue.worker is None, timeout=60000)


def test_a_saved_take_is_shown_with_a_transcribe_button(app, qtbot, consenting, settings, pulse_sink, dutch_clip):
    window = _window(qtbot, consenting)
    interview_id = _record_a_take(qtbot, window, pulse_sink, dutch_clip)
    panel = window.recording
    assert panel.take_box.isVisibleTo(panel) and panel.taken_id == interview_id
    assert "Take saved" in panel.take_text.text()
    assert panel.transcribe_button.isEnabled() and panel.transcribe_button.isVisibleTo(panel)
    assert window.queue.jobs == []                             # the setting is off: nothing starts by itself
    qtbot.mouseClick(panel.transcribe_button, Qt.LeftButton)
    assert [job.interview_id for job in window.queue.jobs] == [interview_id]
    assert not panel.transcribe_button.isVisibleTo(panel) and "Transcription started" in panel.take_text.text()
    _stop_jobs(qtbot, window)
    qtbot.mouseClick(panel.open_button, Qt.LeftButton)
    assert window.stack.currentWidget() is window.interview_page and window.interview_page.interview_id == interview_id


def test_the_setting_starts_the_transcription_after_a_take(app, qtbot, consenting, settings, pulse_sink, dutch_clip):
    QSettings().setValue(AFTER_RECORDING_KEY, True)
    window = _window(qtbot, consenting)
    interview_id = _record_a_take(qtbot, window, pulse_sink, dutch_clip)
    assert [job.interview_id for job in window.queue.jobs] == [interview_id]
    assert "Transcription started" in window.recording.take_text.text()
    _stop_jobs(qtbot, window)


def test_without_consent_to_transcription_the_button_says_why(app, qtbot, study, settings, pulse_sink, dutch_clip):
    QSettings().setValue(AFTER_RECORDING_KEY, True)
    study.participants.add("R01", "sekswerker")
    study.consent.record("R01", {1: True, 2: False, 3: True, 4: True, 5: True}, method="written", researcher="AB")
    window = _window(qtbot, study)
    _record_a_take(qtbot, window, pulse_sink, dutch_clip)
    panel = window.recording
    assert not panel.transcribe_button.isEnabled()
    assert "item 2" in panel.take_text.text()
    assert window.queue.jobs == []                              # the setting does not override consent


def test_the_setting_is_in_the_settings_dialog_and_stored(app, qtbot, study, settings):
    from desktop.settings_dialog import SettingsDialog

    assert not transcribe_after_recording()
    dialog = SettingsDialog(study)
    qtbot.addWidget(dialog)
    assert not dialog.after_recording.isChecked()
    dialog.after_recording.setChecked(True)
    dialog.save()
    assert transcribe_after_recording()
    again = SettingsDialog(study)
    qtbot.addWidget(again)
    assert again.after_recording.isChecked()


def test_an_untranscribed_interview_has_a_player(app, qtbot, consenting, settings):
    from tests.desktop.conftest import FIXTURE_WAV
    from transcribe.importing import import_audio

    interview_id = import_audio(consenting, "R01", FIXTURE_WAV)
    window = _window(qtbot, consenting)
    window.open_interview(interview_id)
    page = window.interview_page
    assert page.workspace is None and page.audio_player is not None
    player = page.audio_player
    assert player.isVisibleTo(page) and player.controls.isEnabled()
    assert player.player.duration > 1.0
    qtbot.mouseClick(player.controls.play_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: player.player.position() > 0.2, timeout=10000)   # it plays (a device or the clock)
    assert player.controls.play_button.text() == "❚❚"
    qtbot.mouseClick(player.controls.play_button, Qt.LeftButton)
    assert not player.player.is_playing()
    window.show_study_page()
    window.close_study()
    assert page.audio_player is None                             # closing the study stops and removes it
