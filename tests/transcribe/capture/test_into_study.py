"""The recorder writes straight into an encrypted study through storage's take writer."""
import numpy as np
import pytest

from tests import pulse
from tests.audio_fixtures import dutch_clip, pulse_sink  # noqa: F401  (fixtures)
from tests.waiting import wait_recorded
from transcribe.capture.recorder import Recorder

pytestmark = pytest.mark.audio


def test_take_lands_in_the_study_with_markers(study, pulse_sink, dutch_clip):  # noqa: F811
    participant = study.participants.add("R01", "sekswerker")
    writer = study.recordings.begin(interview_id=None, participant_id=participant["id"], sample_rate=16000,
                                    kind="consent_clip")
    recorder = Recorder(writer, pulse.CAPTURE_DEVICE, 16000, disk_path=study.path).start()
    wait_recorded(recorder, 0.2)
    recorder.mark("start clip")
    pulse.play(dutch_clip.path)  # returns once the clip has played
    wait_recorded(recorder, recorder.elapsed + 0.2)
    result = recorder.stop()

    assert result.ended_by == "stopped" and result.saved == writer.recording_id
    stored = study.recordings.get(result.saved)
    assert stored.state == "complete"
    assert stored.frames == result.frames
    pcm = study.recordings.read_pcm(result.saved)
    assert len(pcm) == result.frames
    assert np.sqrt(np.mean(np.asarray(pcm, dtype=np.float64) ** 2)) > 300
    assert [m["label"] for m in writer.markers] == ["start clip"]
