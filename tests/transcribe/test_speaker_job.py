"""detect_speakers on a stored interview: progress through its steps, cancel between them, nothing
stored until label_speakers (the two-voice espeak fixture; labels must follow the voices)."""
import threading

import numpy as np
import pytest

from storage.errors import Cancelled
from tests.storage.helpers import consent_all
from tests.transcribe.voices import LINES, two_voice_audio
from transcribe.diarize import DiarizationError
from transcribe.speaker_job import NO_SEGMENTS, detect_speakers, label_speakers


@pytest.fixture
def interview(study, tmp_path):
    audio, ref = two_voice_audio(tmp_path)
    study.participants.add("R05", "ggd")
    consent_all(study, "R05")
    iid = study.interviews.create("R05", date="2026-11-03")
    pid = study.participants.get("R05")["id"]
    study.recordings.add_pcm(interview_id=iid, participant_id=pid, pcm=(audio * 32767).astype(np.int16), sample_rate=16000)
    tid = study.transcripts.begin(iid, model="base", language="nl")
    study.transcripts.append_segments(tid, [{"start": s, "end": e, "text": t, "words": [], "confidence": 0.9}
                                           for (s, e, _), (_, t) in zip(ref, LINES)], progress_end=ref[-1][1])
    study.transcripts.complete(tid)
    return tid, [v for _, _, v in ref]


def test_progress_then_labels_that_follow_the_voices(study, interview):
    tid, voices = interview
    seen = []
    labels, names = detect_speakers(study, tid, 2, on_progress=seen.append)
    assert seen == sorted(seen) and seen[0] == 0.0 and seen[-1] == 1.0 and len(seen) >= 5
    assert [s.speaker for s in study.transcripts.segments(tid)] == [""] * len(voices)   # nothing stored
    ordered = [labels[s.id] for s in study.transcripts.segments(tid)]
    assert len(set(ordered)) == 2 and all((a == b) == (voices[i] == voices[j])
                                          for i, a in enumerate(ordered) for j, b in enumerate(ordered))
    assert label_speakers(study, tid, 2) == names
    assert [s.speaker for s in study.transcripts.segments(tid)] == ordered


def test_cancel_between_steps_stores_nothing(study, interview):
    tid, voices = interview
    cancel = threading.Event()

    def progress(fraction):
        if fraction > 0.1:
            cancel.set()   # during diarization: stops at its next step

    with pytest.raises(Cancelled):
        detect_speakers(study, tid, None, on_progress=progress, cancel=cancel)
    assert [s.speaker for s in study.transcripts.segments(tid)] == [""] * len(voices)


def test_a_transcript_without_segments_is_refused(study):
    study.participants.add("R06", "ggd")
    iid = study.interviews.create("R06", date="2026-11-03")
    tid = study.transcripts.begin(iid, model="base", language="nl")
    with pytest.raises(DiarizationError, match=NO_SEGMENTS):
        detect_speakers(study, tid, 2)
