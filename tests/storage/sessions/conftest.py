"""A focus group with three participants of different roles, transcribed with two speaker labels."""
import pytest

from tests.storage.helpers import consent_all, segment, tone

TEXTS = [  # (speaker label, text)
    ("S1", "De politie komt altijd te laat als er iets gebeurt."),
    ("S2", "Sekswerkers bellen ons bijna nooit, ze vertrouwen ons niet."),
    ("S1", "Ik noem geen namen maar de wijkagent lacht ons uit."),
    ("S3", "Welkom allemaal bij deze focusgroep."),
]


def transcribe_session(study, sid: int, texts=TEXTS, seconds: float = 4.0) -> int:
    """Audio and a complete transcript with speaker labels for the session; returns the transcript id."""
    main = study.interviews.get(sid).participant_id
    rid = study.recordings.add_pcm(interview_id=sid, participant_id=main, pcm=tone(seconds, seed=3), sample_rate=16000)
    tid = study.transcripts.begin(sid, model="base", language="nl", recording_id=rid)
    step = seconds / len(texts)
    study.transcripts.append_segments(
        tid, [segment(i * step, (i + 1) * step, t, speaker=s) for i, (s, t) in enumerate(texts)], progress_end=seconds)
    study.transcripts.complete(tid)
    return tid


@pytest.fixture
def people(study):
    """R01 sex worker, R02 police (no consent to quoting), R03 municipality; all other consent given."""
    for code, role in (("R01", "sekswerker"), ("R02", "politie"), ("R03", "gemeente")):
        study.participants.add(code, role)
    consent_all(study, "R01")
    consent_all(study, "R02", declined=(3,))
    consent_all(study, "R03")
    return study


@pytest.fixture
def focus_group(people):
    """(study, session id, transcript id) with S1 → R01, S2 → R02; S3 (the facilitator) unattributed."""
    study = people
    sid = study.sessions.create("focus group", ["R01", "R02", "R03"], date="2026-03-02", location="buurthuis")
    tid = transcribe_session(study, sid)
    study.sessions.attribute(sid, "S1", "R01")
    study.sessions.attribute(sid, "s2", "r02")  # dictated: lower case
    return study, sid, tid
