"""The recording screen: refused without consent; records the null sink with markers and pause."""
import pytest

from desktop.recording.panel import RecordingPanel


def test_recording_is_refused_without_consent(app, qtbot, study, settings):
    study.participants.add("R01", "sekswerker")
    panel = RecordingPanel(study)
    qtbot.addWidget(panel)
    panel.prepare("R01")
    assert panel.start() is False
    assert "not consented" in panel.error.text() or "no consent" in panel.error.text()
    assert study.interviews.list() == []


@pytest.mark.audio
def test_record_a_take_from_the_null_sink(app, qtbot, consenting, settings, pulse_sink, dutch_clip):
    from tests import pulse

    study = consenting
    panel = RecordingPanel(study)
    qtbot.addWidget(panel)
    panel.show()
    panel.devices.reload()
    index = next(i for i in range(panel.devices.count()) if panel.devices.itemData(i) is not None and "pulse" in panel.devices.itemText(i))
    panel.devices.setCurrentIndex(index)
    panel.prepare("R01")
    states = []
    panel.state_changed.connect(states.append)
    assert panel.start(), panel.error.text()
    assert panel.record_button.text() == "Stop" and panel.pause_button.isEnabled()
    peaks, paused_levels = [], []
    panel.session.level.connect(lambda rms, peak, paused: (paused_levels if paused else peaks).append(peak))
    player = pulse.play(dutch_clip.path, wait=False)
    qtbot.waitUntil(lambda: player.poll() is not None, timeout=60000)
    played = panel.session.elapsed
    qtbot.waitUntil(lambda: panel.session.elapsed >= played + 0.3, timeout=60000)
    panel.marker_label.setText("vraag over de GGD")
    panel.add_marker()
    panel.toggle_pause()
    assert panel.session.state == "paused" and panel.pause_button.text() == "Resume"
    qtbot.waitUntil(lambda: len(paused_levels) >= 8, timeout=60000)  # the meter runs on while paused
    panel.toggle_pause()
    panel.add_marker()
    resumed = panel.session.elapsed
    qtbot.waitUntil(lambda: panel.session.elapsed >= resumed + 0.3, timeout=60000)
    with qtbot.waitSignal(panel.recorded, timeout=60000) as saved:
        panel.stop()
    interview_id = saved.args[0]
    assert states[:3] == ["recording", "paused", "recording"] and states[-1] == "ready"
    assert max(peaks) > -30
    assert panel.markers.count() == 2
    rec = study.recordings.main_for_interview(interview_id)
    assert rec.duration >= dutch_clip.seconds * 0.9
    assert [m["label"] for m in rec.markers] == ["vraag over de GGD", ""]
    assert study.interviews.get(interview_id).participant == "R01"
    assert panel.last_result.overflows == 0


def test_an_unknown_microphone_is_reported_and_leaves_nothing_behind(app, qtbot, consenting, settings):
    panel = RecordingPanel(consenting)
    qtbot.addWidget(panel)
    panel.prepare("R01")
    panel.devices.addItem("gone", 987654)
    panel.devices.setCurrentIndex(panel.devices.count() - 1)
    assert panel.start() is False
    assert "could not start" in panel.error.text() and panel.error.isVisibleTo(panel)
    assert not panel.is_recording() and panel.record_button.text() == "Record"
    assert consenting.interviews.list() == []
    assert consenting.conn.execute("SELECT count(*) FROM recordings").fetchone()[0] == 0


def test_a_silent_then_clipping_input_is_warned_about(app, qtbot, consenting, settings):
    from desktop.recording.session import TakeSession
    from transcribe.capture.levels import Level

    panel = RecordingPanel(consenting)
    qtbot.addWidget(panel)
    panel.show()
    session = TakeSession(sink=None)
    session.warning.connect(panel._warning)
    for i in range(120):  # six seconds of near silence
        session._on_level(Level(-80.0, -70.0, i * 0.05))
    session.pump()
    assert panel.warning.isVisible() and "silent for 5 seconds" in panel.warning.text()
    session._on_level(Level(-12.0, -0.1, 6.1))  # speech, at full scale
    session.pump()
    assert panel.warning.isVisible() and "clipping" in panel.warning.text()


def test_an_issue_the_core_words_in_english_reaches_the_dutch_panel_in_dutch(app, qtbot, consenting, settings):
    """A status from the audio device or a failed save carried only the recorder's English text ("Audio device
    reported: input overflow"), shown as is in the Dutch panel; now a Dutch sentence with that text set apart."""
    from desktop import i18n
    from desktop.recording.session import TakeSession
    from transcribe.capture.recorder import CaptureIssue

    i18n.install(app, "nl")
    try:
        panel = RecordingPanel(consenting)
        qtbot.addWidget(panel)
        panel.show()
        session = TakeSession(sink=None)
        session.warning.connect(panel._warning)
        failures = []
        session.failed.connect(failures.append)
        session._on_error(CaptureIssue("status", "Audio device reported: input overflow", False, 3.0))
        session._on_error(CaptureIssue("sink", "Saving the audio failed: OSError(5)", True, 4.0))
        session.pump()
    finally:
        i18n.install(app, "en")
    assert panel.warning.isVisible()
    assert panel.warning.text().startswith("Het audioapparaat meldde een probleem")
    assert panel.warning.text().endswith("Technische melding: Audio device reported: input overflow")
    assert failures == ["De opname is gestopt: het geluid kon niet worden bewaard; wat op de schijf stond, blijft "
                        "bewaard. Technische melding: Saving the audio failed: OSError(5)"]
