"""Diarization on a short two-voice fixture made with espeak-ng (a low and a high Dutch voice)."""
from itertools import permutations

import numpy as np
import pytest

from storage.segments import Segment, Word
from tests.transcribe.voices import two_voice_audio
from transcribe.decode import SAMPLE_RATE
from transcribe.diarize import DiarizationError, Turn, assign_speakers, diarize, propose_names
from transcribe.speaker_job import parse_speakers


@pytest.fixture(scope="module")
def two_voices(tmp_path_factory):
    return two_voice_audio(tmp_path_factory.mktemp("voices"))


def _frame_accuracy(ref, turns) -> float:
    """Share of reference speech (10 ms frames) labelled right under the best mapping."""
    n = int(ref[-1][1] * 100) + 1
    r = np.full(n, "", object)
    for s, e, v in ref:
        r[int(s * 100):int(e * 100)] = v
    h = np.full(n, "", object)
    for turn in turns:
        h[int(turn.start * 100):int(turn.end * 100)] = turn.speaker
    hyp = sorted({t.speaker for t in turns})
    best = 0.0
    for perm in permutations(hyp, min(2, len(hyp))):
        mapping = dict(zip(perm, ["a", "b"]))
        mapped = np.array([mapping.get(x, "") for x in h], object)
        best = max(best, float(np.mean(mapped[r != ""] == r[r != ""])))
    return best


def test_two_voices_are_told_apart(two_voices):
    audio, ref = two_voices
    turns = diarize(audio, speakers=2)
    assert {t.speaker for t in turns} == {"S1", "S2"}
    assert turns[0].speaker == "S1"  # labels in order of first speech
    assert _frame_accuracy(ref, turns) >= 0.85  # random labels score about 0.5
    labels = assign_speakers([Segment(s, e, "", 0.0) for s, e, _ in ref], turns)
    assert labels == ["S1", "S2"] * 4


def test_the_count_is_estimated_with_the_expected_count_as_hint(two_voices):
    audio, ref = two_voices
    turns = diarize(audio, expected=2)
    assert len({t.speaker for t in turns}) == 2
    assert _frame_accuracy(ref, turns) >= 0.85
    one = diarize(audio[: len(audio) // 8], speakers=1)
    assert one and {t.speaker for t in one} == {"S1"}


def test_silence_gives_no_turns_and_a_bad_count_is_refused():
    assert diarize(np.zeros(SAMPLE_RATE * 3, np.float32), expected=2) == []
    with pytest.raises(DiarizationError):
        diarize(np.zeros(SAMPLE_RATE, np.float32), speakers=0)
    assert parse_speakers("auto") is None and parse_speakers(" 3 ") == 3
    for bad in ("twee", "0", "99", "-1"):
        with pytest.raises(DiarizationError):
            parse_speakers(bad)


def test_words_decide_and_backchannels_join_the_surrounding_speaker():
    turns = [Turn(0.0, 5.0, "S1"), Turn(5.0, 5.6, "S2"), Turn(5.6, 12.0, "S1"), Turn(12.0, 20.0, "S2")]
    segments = [
        Segment(0.0, 5.0, "", 0.0, []),
        Segment(5.0, 5.6, " ja", 0.9, [Word(5.0, 5.5, " ja", 0.9)]),  # a backchannel inside S1's turn
        # the segment's span leans to S2 but its words lie in S1's turn
        Segment(6.0, 14.0, " en toen", 0.9, [Word(6.0, 8.0, " en", 0.9), Word(8.0, 11.5, " toen", 0.9)]),
        Segment(12.5, 19.0, "", 0.0, []),
    ]
    assert assign_speakers(segments, turns) == ["S1", "S1", "S1", "S2"]
    assert propose_names(["S1", "S1", "S2"], [Segment(0, 2, "", 0.0), Segment(2, 4, "", 0.0), Segment(4, 9, "", 0.0)],
                         "R01") == {"S1": "Interviewer", "S2": "R01"}
    assert propose_names(["S1", "S2", "S3"], [Segment(0, 1, "", 0.0)] * 3, "R01") == {"S1": "S1", "S2": "S2", "S3": "S3"}


def test_a_long_recording_clusters_a_spread_subset_and_labels_the_rest(two_voices, monkeypatch):
    """Past MAX_CLUSTERED_WINDOWS only an evenly spread subset is clustered (the affinities grow with the
    square of the windows); the other windows take the nearest cluster's label and must be as right."""
    import transcribe.diarize as diarize_module

    audio, ref = two_voices
    windows, _, _ = diarize_module.speaker_windows(audio, speakers=2)
    monkeypatch.setattr(diarize_module, "MAX_CLUSTERED_WINDOWS", len(windows) // 2)  # 25 of 51 windows
    picked = diarize_module._spread(len(windows), diarize_module.MAX_CLUSTERED_WINDOWS)
    assert 4 <= len(picked) < len(windows) and picked[0] == 0 and picked[-1] == len(windows) - 1
    turns = diarize(audio, speakers=2, resegmentation=False)  # the window labels alone, unrefined
    assert {t.speaker for t in turns} == {"S1", "S2"}
    assert _frame_accuracy(ref, turns) >= 0.8  # all 51 clustered: 0.93; random labels for the rest: about 0.7
