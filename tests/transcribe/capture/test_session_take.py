"""Recording a focus group: refused unless everyone present consented to audio recording (real PortAudio)."""
import numpy as np
import pytest

from storage.sessions.consent import PresentConsentRequired
from tests import pulse
from tests.audio_fixtures import dutch_clip, pulse_sink  # noqa: F401  (fixtures)
from tests.storage.helpers import consent_all
from tests.waiting import wait_recorded
from transcribe.capture.recorder import Recorder
from transcribe.capture.takes import begin_session_take

pytestmark = pytest.mark.audio


@pytest.fixture
def session(study):
    for code, role in (("R01", "sekswerker"), ("R02", "politie"), ("R03", "gemeente")):
        study.participants.add(code, role)
        consent_all(study, code)
    return study, study.sessions.create("focus group", ["R01", "R02", "R03"])


def test_a_session_take_with_everyone_consenting_lands_in_the_session(session, pulse_sink, dutch_clip):  # noqa: F811
    study, sid = session
    writer = begin_session_take(study, sid)
    recorder = Recorder(writer, pulse.CAPTURE_DEVICE, 16000, disk_path=study.path).start()
    wait_recorded(recorder, 0.2)
    pulse.play(dutch_clip.path)
    wait_recorded(recorder, recorder.elapsed + 0.2)
    result = recorder.stop()

    stored = study.recordings.get(result.saved)
    assert stored.interview_id == sid and stored.state == "complete" and stored.kind == "recorded"
    pcm = study.recordings.read_pcm(result.saved)
    assert np.sqrt(np.mean(np.asarray(pcm, dtype=np.float64) ** 2)) > 300


def test_one_present_without_recording_consent_blocks_the_take(session, pulse_sink):  # noqa: F811
    study, sid = session
    study.participants.add("R04", "klant")
    consent_all(study, "R04", declined=(1,))
    study.sessions.attend(sid, ["R04"])
    with pytest.raises(PresentConsentRequired) as caught:
        begin_session_take(study, sid)
    assert str(caught.value) == "R04 has not consented to audio recording (item 1)."
    assert study.recordings.for_interview(sid) == []
    assert not list(study.path.glob("recording-*.lock"))
