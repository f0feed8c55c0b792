"""A study for the review screen: encrypted (SQCipher), an interview with planted names and places, spoken
by espeak-ng (real speech in the study's audio), word timings and one word speech recognition was unsure of."""
import subprocess
import wave

import numpy as np
import pytest

from tests.desktop.export_fixtures import CACHE, SLOW  # noqa: F401 - importing sets VELDWERK_CACHE_DIR

RATE = 16000
LINES = [
    ("S1", "Hoe kijk je naar de politie in de stad?"),
    ("S2", "Mijn vriend Jan de Vries uit Oisterwijk belde me gisteren nog op."),
    ("S2", "Later belde marieke de boer uit breda, en mijn collega piet van der berg ook."),
    ("S2", "Toen zei mijn buurvrouw kever dat het mis was."),
    ("S2", "Ze woont bij oisterwjik in de buurt."),
    ("S2", "Een vast aanspreekpunt bij de gemeente zou echt helpen."),
]
UNSURE = {"kever", "oisterwjik"}  # words Whisper gave a low probability (0.3), in a name or place position


def _speak(text: str, path) -> np.ndarray:
    subprocess.run(["espeak-ng", "-v", "nl", "-s", "160", "-w", str(path), text], check=True, capture_output=True)
    with wave.open(str(path)) as w:
        rate, raw = w.getframerate(), w.readframes(w.getnframes())
    x = np.frombuffer(raw, np.int16).astype(np.float32)
    t = np.arange(0, len(x) * RATE // rate) / RATE
    return np.interp(t, np.arange(len(x)) / rate, x).astype(np.int16)


def spoken_interview(study, code: str, lines, folder) -> int:
    """An interview of `lines` spoken by espeak-ng: its recording and a complete transcript with word timings."""
    from tools.demo_study import consent

    participant = study.participants.add(code, "sekswerker")
    consent(study, code)
    iid = study.interviews.create(code, date="2026-10-12", interviewer="AB", location="Tilburg")
    pieces, segments, t = [], [], 0.0
    for n, (speaker, text) in enumerate(lines):
        audio = _speak(text, folder / f"{code}-{n}.wav")
        seconds = len(audio) / RATE
        words = text.split()
        step = seconds / len(words)
        segments.append({
            "start": t, "end": t + seconds, "speaker": speaker, "text": text, "confidence": 0.9,
            "words": [[t + i * step, t + (i + 1) * step, " " + w, 0.3 if w.strip(",.") in UNSURE else 0.95]
                      for i, w in enumerate(words)],
        })
        pieces += [audio, np.zeros(int(0.5 * RATE), np.int16)]
        t += seconds + 0.5
    pcm = np.concatenate(pieces)
    rid = study.recordings.add_pcm(interview_id=iid, participant_id=participant["id"], pcm=pcm, sample_rate=RATE)
    tid = study.transcripts.begin(iid, model="whisper-base", language="nl", recording_id=rid)
    study.transcripts.append_segments(tid, segments, t)
    study.transcripts.complete(tid)
    study.transcripts.set_speaker_names(tid, {"S1": "Interviewer", "S2": code})
    return iid


@pytest.fixture
def spoken(study, tmp_path, monkeypatch, app):
    """(study, {code: interview id}): R01 spoken with planted names, R02 short and without names."""
    monkeypatch.setenv("VELDWERK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("VELDWERK_CACHE_DIR", str(CACHE))
    (tmp_path / "wav").mkdir()
    ids = {"R01": spoken_interview(study, "R01", LINES, tmp_path / "wav"),
           "R02": spoken_interview(study, "R02", [("S2", "Het contact met de gemeente blijft lastig.")], tmp_path / "wav")}
    yield study, ids
    from desktop.export.jobs import stop_all

    assert stop_all(), "a scan was still running"
