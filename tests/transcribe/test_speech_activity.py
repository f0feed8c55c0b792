"""Speaker turns end where the speech ends: two espeak-ng voices; between the lines a quiet hiss
(like a fan or a recorder's own noise starting up) and then near-silence, none of it speech."""
import numpy as np
import pytest

from tests.transcribe.voices import LINES, VOICES, _say
from transcribe.decode import SAMPLE_RATE
from transcribe.diarize import diarize
from transcribe.speech_activity import ABOVE_NOISE_DB as NOISE_MARGIN
from transcribe.speech_activity import speech_activity, trim_quiet_ends
from transcribe.voice_features import FRAME_STEP

HISS_S, QUIET_S = 1.0, 1.5  # after every line: hiss at about -50 dBFS, then noise at about -70 dBFS
REACH_S = 0.5  # turns may reach this far into a known non-speech gap (the old energy mask took the hiss as speech)


@pytest.fixture(scope="module")
def lines_with_silence(tmp_path_factory):
    """(audio, [(start, end)] of the audible part of every line): each line cut to its first and last
    sample above 1 % of full scale, so everything between the spans is known not to be speech."""
    tmp = tmp_path_factory.mktemp("activity")
    rng = np.random.default_rng(2)
    pieces, spans, t = [], [], 0.0
    for i, (voice, text) in enumerate(LINES[:4]):
        x = _say(text, VOICES[voice], tmp / f"{i}.wav")
        loud = np.flatnonzero(np.abs(x) > 0.01)
        x = x[loud[0]: loud[-1] + 1]
        pieces += [_gap(rng), x + rng.normal(0, 0.0003, len(x)).astype(np.float32)]
        spans.append((t + HISS_S + QUIET_S, t + HISS_S + QUIET_S + len(x) / SAMPLE_RATE))
        t += HISS_S + QUIET_S + len(x) / SAMPLE_RATE
    pieces.append(_gap(rng))
    return np.concatenate(pieces), spans


def _gap(rng) -> np.ndarray:
    hiss = rng.normal(0, 0.003, int(HISS_S * SAMPLE_RATE))
    quiet = rng.normal(0, 0.0003, int(QUIET_S * SAMPLE_RATE))
    return np.concatenate([hiss, quiet]).astype(np.float32)  # the hiss follows the line before


def _silence(spans, seconds: float, reach: float) -> list[tuple[float, float]]:
    """The known silences, each shrunk by `reach` at both ends."""
    edges = [0.0] + [e for s in spans for e in s] + [seconds]
    return [(a + reach, b - reach) for a, b in zip(edges[0::2], edges[1::2]) if b - a > 2 * reach]


def test_turns_do_not_reach_into_known_silence(lines_with_silence):
    audio, spans = lines_with_silence
    turns = diarize(audio, speakers=2)
    assert len({t.speaker for t in turns}) == 2
    for a, b in _silence(spans, len(audio) / SAMPLE_RATE, REACH_S):
        inside = [t for t in turns if t.start < b and t.end > a]
        assert not inside, f"turns {inside} reach into the non-speech gap {a - REACH_S:.2f}-{b + REACH_S:.2f} s"
    speech = sum(e - s for s, e in spans)
    covered = sum(max(0.0, min(e, t.end) - max(s, t.start)) for s, e in spans for t in turns)
    assert covered >= 0.9 * speech  # and the speech itself is still covered


def test_the_detector_finds_the_lines_and_nothing_in_between(lines_with_silence):
    audio, spans = lines_with_silence
    mask = speech_activity(audio, int(len(audio) / SAMPLE_RATE / FRAME_STEP))
    seconds = len(audio) / SAMPLE_RATE
    for a, b in _silence(spans, seconds, REACH_S):
        assert not mask[int(a / FRAME_STEP): int(b / FRAME_STEP)].any()
    for s, e in spans:
        assert mask[int(s / FRAME_STEP): int(e / FRAME_STEP)].mean() >= 0.9
    assert not speech_activity(np.zeros(SAMPLE_RATE * 2, np.float32), 200).any()


def test_quiet_ends_are_trimmed_but_pauses_inside_stay():
    loud, quiet = 0.0, -12.0  # natural-log frame energies: quiet is 52 dB under loud
    energy = np.array([quiet] * 10 + [loud] * 20 + [quiet] * 5 + [loud] * 20 + [quiet] * 15 + [loud] * 30, np.float32)
    speech = np.zeros(len(energy), bool)
    speech[5:65] = True  # padded: reaches 5 quiet frames before and 10 after (55-65)
    trimmed = trim_quiet_ends(speech, energy, 40.0)
    assert list(np.flatnonzero(np.diff(np.r_[0, trimmed.astype(int), 0]))) == [10, 55]  # one stretch 10-55
    assert trimmed[30:35].all()  # the pause inside the stretch stays speech
    # 52 dB under is not below 60 (with the noise-floor rule off: here the quiet frames are the floor)
    assert trim_quiet_ends(speech, energy, 60.0, above_noise_db=0).tolist() == speech.tolist()


def test_in_noise_the_ends_are_trimmed_down_to_the_noise_floor():
    """In a noisy room the padding is noise only 20 dB under the speech: the 35 dB rule alone keeps it all."""
    db = np.log(10) / 10  # natural-log energy per dB
    speech_level, noise = 0.0, -20 * db
    energy = np.array([noise] * 30 + [speech_level] * 40 + [noise] * 30, np.float32)
    energy += np.random.default_rng(0).normal(0, 0.5 * db, len(energy)).astype(np.float32)  # the noise flickers
    padded = np.zeros(len(energy), bool)
    padded[20:80] = True  # the VAD's padding: 10 noise frames either side of the speech
    assert trim_quiet_ends(padded, energy, 35.0, above_noise_db=0).tolist() == padded.tolist()  # the old rule
    trimmed = trim_quiet_ends(padded, energy, 35.0, above_noise_db=NOISE_MARGIN)
    assert list(np.flatnonzero(np.diff(np.r_[0, trimmed.astype(int), 0]))) == [30, 70]


def test_in_a_quiet_recording_the_noise_floor_changes_nothing():
    """Pauses at -60 dB: the floor rule would cut only under -60 + the margin, below the 35 dB rule's -35 dB."""
    db = np.log(10) / 10
    floor, decay, loud = -60 * db, -30 * db, 0.0  # the voice's decay at -30 dB is kept by the 35 dB rule
    energy = np.array([floor] * 30 + [decay] * 10 + [loud] * 40 + [decay] * 10 + [floor] * 30, np.float32)
    padded = np.zeros(len(energy), bool)
    padded[25:95] = True
    trimmed = trim_quiet_ends(padded, energy, 35.0, above_noise_db=NOISE_MARGIN)
    assert list(np.flatnonzero(np.diff(np.r_[0, trimmed.astype(int), 0]))) == [30, 90]  # the decay stays
    assert trimmed.tolist() == trim_quiet_ends(padded, energy, 35.0, above_noise_db=0).tolist()
