"""Recording a focus group from the recording screen: refused unless everyone present consented; the take
goes into the existing session (PulseAudio null sink)."""
import pytest

from desktop.recording.panel import RecordingPanel
from tests.storage.helpers import consent_all


@pytest.fixture
def session(study):
    for code, role, declined in (("R01", "sekswerker", ()), ("R02", "politie", ()), ("R03", "gemeente", (1,))):
        study.participants.add(code, role)
        consent_all(study, code, declined=declined)
    return study, study.sessions.create("focus group", ["R01", "R02"], date="2026-03-02")


def test_a_session_is_refused_when_one_present_declined_recording(app, qtbot, session, settings):
    study, sid = session
    study.sessions.attend(sid, ["R03"])
    panel = RecordingPanel(study)
    qtbot.addWidget(panel)
    panel.prepare_session(sid)
    assert panel.title.text() == "Focus group 2026-03-02 with R01, R02, R03"
    assert panel.start() is False
    assert panel.error.text() == "R03 has not consented to audio recording (item 1)."
    assert study.sessions.get(sid)["present"] == ["R01", "R02", "R03"]  # the session stays
    assert study.recordings.for_interview(sid) == []


@pytest.mark.audio
def test_a_session_take_lands_in_the_session(app, qtbot, session, settings, pulse_sink, dutch_clip):
    from tests import pulse

    study, sid = session
    panel = RecordingPanel(study)
    qtbot.addWidget(panel)
    panel.show()
    panel.devices.reload()
    index = next(i for i in range(panel.devices.count())
                 if panel.devices.itemData(i) is not None and "pulse" in panel.devices.itemText(i))
    panel.devices.setCurrentIndex(index)
    panel.prepare_session(sid)
    assert panel.start(), panel.error.text()
    player = pulse.play(dutch_clip.path, wait=False)
    qtbot.waitUntil(lambda: player.poll() is not None, timeout=60000)
    played = panel.session.elapsed
    qtbot.waitUntil(lambda: panel.session.elapsed >= played + 0.3, timeout=60000)
    with qtbot.waitSignal(panel.recorded, timeout=60000) as saved:
        panel.stop()
    assert saved.args[0] == sid
    rec = study.recordings.main_for_interview(sid)
    assert rec.duration >= dutch_clip.seconds * 0.9 and rec.kind == "recorded"
    assert len(study.interviews.list()) == 1


def test_ctrl_r_on_a_selected_session_opens_its_recording_screen(app, qtbot, session, settings):
    from desktop.main_window import MainWindow

    study, sid = session
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_study(study)
    assert window.tree.select("interview", sid)
    window.actions["record"].trigger()
    assert window.stack.currentWidget() is window.recording
    assert window.recording.session_id == sid and window.recording.title.text().startswith("Focus group 2026-03-02")
    assert window.tree.select("participant", "R02")
    window.stack.setCurrentWidget(window.participant_page)
    window.actions["record"].trigger()
    assert window.recording.session_id is None and window.recording.code == "R02"  # a plain interview again
