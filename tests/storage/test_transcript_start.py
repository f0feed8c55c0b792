"""Transcripts.start: the one place that checks consent and decides start, resume or replace."""
import pytest

from storage.consent.forms import ConsentItem
from storage.errors import ConsentRequired, VeldwerkError
from tests.storage.helpers import consent_all, interview_with_transcript, tone


def _interview_with_audio(study, code="R02", declined=()):
    pid = study.participants.add(code, "sekswerker")["id"]
    consent_all(study, code, declined=declined)
    iid = study.interviews.create(code)
    study.recordings.add_pcm(interview_id=iid, participant_id=pid, pcm=tone(1.0), sample_rate=16000)
    return iid


def test_start_refuses_without_consent_to_transcription_and_writes_nothing(plain_study):
    iid = _interview_with_audio(plain_study, declined=(ConsentItem.TRANSCRIPTION,))
    with pytest.raises(ConsentRequired, match="transcription"):
        plain_study.transcripts.start(iid)
    assert plain_study.transcripts.for_interview(iid) is None


def test_start_new_resume_and_replace(plain_study):
    iid = _interview_with_audio(plain_study)
    plan = plain_study.transcripts.start(iid, model="small")
    assert (plan.resume_id, plan.discard_id, plan.model, plan.language) == (None, None, "small", "nl")
    assert plain_study.transcripts.for_interview(iid) is None  # deciding writes nothing
    tid = plain_study.transcripts.open(plan, model="small")
    resume = plain_study.transcripts.start(iid)
    assert (resume.resume_id, resume.model) == (tid, "small")  # resumes with the model it started with
    with pytest.raises(VeldwerkError, match="unfinished transcript made with model 'small'"):
        plain_study.transcripts.start(iid, model="large-v3")
    plain_study.transcripts.complete(tid)
    with pytest.raises(VeldwerkError, match="already has a transcript"):
        plain_study.transcripts.start(iid)
    again = plain_study.transcripts.start(iid, replace=True)
    assert again.discard_id == tid and plain_study.transcripts.for_interview(iid).id == tid
    new = plain_study.transcripts.open(again, model="base")
    fresh = plain_study.transcripts.for_interview(iid)
    assert (fresh.id, fresh.state, fresh.model) == (new, "partial", "base")  # the complete one is gone


def test_begin_shares_the_decision(plain_study):
    iid, tid = interview_with_transcript(plain_study)
    with pytest.raises(VeldwerkError, match="already has a transcript"):
        plain_study.transcripts.begin(iid, model="base")
