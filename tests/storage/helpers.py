"""Building blocks for storage tests: tones as PCM, a transcript with words."""
import numpy as np


def tone(seconds: float, rate: int = 16000, freq: float = 440.0, seed: int | None = None) -> np.ndarray:
    """Mono int16 samples: a sine, or reproducible noise when `seed` is given."""
    n = int(seconds * rate)
    if seed is not None:
        return np.random.default_rng(seed).integers(-20000, 20000, n, dtype=np.int16)
    return (np.sin(2 * np.pi * freq * np.arange(n) / rate) * 12000).astype(np.int16)


def segment(start: float, end: float, text: str, speaker: str = "") -> dict:
    """A segment dict as the transcription engine emits it, with evenly spread words."""
    words = text.split()
    step = (end - start) / max(1, len(words))
    return {
        "start": start,
        "end": end,
        "text": " " + text,
        "speaker": speaker,
        "confidence": 0.9,
        "words": [[start + i * step, start + (i + 1) * step, " " + w, 0.9] for i, w in enumerate(words)],
    }


def consent_all(study, code: str, declined=()) -> None:
    """Record written consent to every item except those `declined` (item numbers)."""
    items = {item: item not in declined for item in (1, 2, 3, 4, 5)}
    study.consent.record(code, items, method="written", researcher="test")


def interview_with_transcript(study, code: str = "R01", role: str = "sekswerker", texts=None, seconds: float = 2.0):
    """A participant, an interview with audio and a complete transcript; returns (interview_id, transcript_id)."""
    if code not in {p["code"] for p in study.participants.list()}:
        study.participants.add(code, role)
        consent_all(study, code)
    pid = study.participants.get(code)["id"]
    iid = study.interviews.create(code)
    study.recordings.add_pcm(interview_id=iid, participant_id=pid, pcm=tone(seconds), sample_rate=16000)
    texts = texts or ["Goedemiddag, fijn dat u er bent.", "De GGD doet goed werk in Tilburg."]
    tid = study.transcripts.begin(iid, model="base", language="nl")
    step = seconds / len(texts)
    study.transcripts.append_segments(
        tid, [segment(i * step, (i + 1) * step, t) for i, t in enumerate(texts)], progress_end=seconds
    )
    study.transcripts.complete(tid)
    return iid, tid


def second_coder(study):
    """The agreement report compares researchers: every coding is ellen's, sanne coded the same passages again."""
    rows = study.codings.list()
    study.conn.execute("UPDATE codings SET author = 'ellen'")
    for c in rows:
        study.codings.add(c.transcript_id, c.code, (c.start_segment_id, c.start_offset),
                          (c.end_segment_id, c.end_offset), about_role=c.about_role, memo=c.memo or "",
                          author="sanne")


def ensure_second_coder(study, fmt: str) -> None:
    """The agreement formats compare researchers: give the study a second coder once."""
    if fmt.startswith("agreement-") and not study.conn.execute("SELECT 1 FROM codings WHERE author = 'sanne'").fetchone():
        second_coder(study)
