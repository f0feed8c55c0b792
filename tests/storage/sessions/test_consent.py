"""Consent of everyone present: one refusal that names each person and what they lack, nothing created."""
import pytest

from storage.consent.forms import ConsentItem
from storage.sessions.consent import PresentConsentRequired, require_present
from tests.storage.helpers import consent_all, tone

RECORDING, TRANSCRIPTION = ConsentItem.RECORDING, ConsentItem.TRANSCRIPTION


@pytest.fixture
def session(people):
    """A meeting of R01, R02, R03 (all consented to recording) and R04 who declined recording."""
    people.participants.add("R04", "klant")
    consent_all(people, "R04", declined=(1, 2))
    return people, people.sessions.create("meeting", ["R01", "R02", "R03"])


def test_everyone_consented_passes(session):
    study, sid = session
    require_present(study, RECORDING, interview_id=sid)
    rid = study.recordings.add_pcm(interview_id=sid, participant_id=study.interviews.get(sid).participant_id,
                                   pcm=tone(1.0), sample_rate=16000)
    assert study.recordings.get(rid).state == "complete"


def test_one_present_without_recording_consent_blocks_the_recording(session):
    study, sid = session
    study.sessions.attend(sid, ["R04"])
    main = study.interviews.get(sid).participant_id
    with pytest.raises(PresentConsentRequired) as caught:
        study.recordings.begin(interview_id=sid, participant_id=main, sample_rate=16000)
    assert str(caught.value) == "R04 has not consented to audio recording (item 1)."
    assert study.recordings.for_interview(sid) == []


def test_the_refusal_names_each_person_and_what_they_lack(session):
    study, sid = session
    study.participants.add("R05", "ggd")  # no consent recorded at all
    study.sessions.attend(sid, ["R04", "R05"])
    with pytest.raises(PresentConsentRequired) as caught:
        require_present(study, TRANSCRIPTION, interview_id=sid)
    message = str(caught.value)
    assert message == ("R04 has not consented to transcription on this laptop (item 2); "
                       "R05 has not consented to transcription on this laptop (item 2): no consent is recorded yet.")
    assert "\n" not in message and "R01" not in message


def test_withdrawn_recording_consent_of_one_present_blocks(session):
    study, sid = session
    study.consent.withdraw("R02", items=[1], researcher="test")
    with pytest.raises(PresentConsentRequired) as caught:
        require_present(study, RECORDING, interview_id=sid)
    assert str(caught.value) == "R02 has withdrawn consent to audio recording (item 1)."


def test_a_plain_interview_keeps_its_one_participant_rule(session):
    study, _ = session
    iid = study.interviews.create("R04")
    with pytest.raises(PresentConsentRequired) as caught:
        study.recordings.add_pcm(interview_id=iid, participant_id=study.participants.get("R04")["id"],
                                 pcm=tone(1.0), sample_rate=16000)
    assert str(caught.value) == "R04 has not consented to audio recording (item 1)."
