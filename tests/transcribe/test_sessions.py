"""Importing audio into a focus group and transcribing it: everyone present must consent (items 1 and 2)."""
import pytest

from storage.sessions.consent import PresentConsentRequired
from storage.sessions.store import NotASession
from tests.storage.helpers import consent_all
from transcribe.importing import import_audio
from transcribe.job import transcribe_interview


@pytest.fixture
def session(plain_study):
    for code, role in (("R01", "sekswerker"), ("R02", "politie")):
        plain_study.participants.add(code, role)
        consent_all(plain_study, code)
    return plain_study, plain_study.sessions.create("focus group", ["R01", "R02"])


def test_an_import_goes_into_the_session(session, dutch_wav):
    study, sid = session
    assert import_audio(study, None, dutch_wav, session=sid) == sid
    [recording] = study.recordings.for_interview(sid)
    assert recording.kind == "imported" and recording.duration > 1.0
    assert len(study.interviews.list()) == 1  # no new interview


def test_an_import_is_refused_when_one_present_declined_recording(session, dutch_wav):
    study, sid = session
    study.participants.add("R03", "gemeente")
    consent_all(study, "R03", declined=(1,))
    study.sessions.attend(sid, ["R03"])
    with pytest.raises(PresentConsentRequired) as caught:
        import_audio(study, None, dutch_wav, session=sid)
    assert str(caught.value) == "R03 has not consented to audio recording (item 1)."
    assert study.recordings.for_interview(sid) == []


def test_an_import_into_a_plain_interview_id_is_refused(session, dutch_wav):
    study, _ = session
    iid = study.interviews.create("R01")
    with pytest.raises(NotASession):
        import_audio(study, None, dutch_wav, session=iid)


def test_transcription_is_refused_when_one_present_declined_it(session, dutch_wav):
    study, sid = session
    import_audio(study, None, dutch_wav, session=sid)
    study.consent.withdraw("R02", items=[2], researcher="test")
    with pytest.raises(PresentConsentRequired) as caught:
        transcribe_interview(study, sid)
    assert str(caught.value) == "R02 has withdrawn consent to transcription on this laptop (item 2)."
    assert study.transcripts.for_interview(sid) is None


@pytest.mark.slow
def test_a_session_is_transcribed_like_an_interview(session, dutch_wav):
    study, sid = session
    import_audio(study, None, dutch_wav, session=sid)
    tid = transcribe_interview(study, sid)
    assert study.transcripts.get(tid).state == "complete" and study.transcripts.segments(tid)
