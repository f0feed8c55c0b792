"""The study-bound job: stored segments, cancel and resume, consent refusal."""
import threading

import pytest

from storage.consent.forms import ConsentItem
from storage.errors import Cancelled, ConsentRequired, NotFound
from tests.storage.helpers import consent_all
from transcribe.decode import decode_pcm16
from transcribe.job import transcribe_interview

from .conftest import normalised_words

pytestmark = pytest.mark.slow


@pytest.fixture
def interview(plain_study, dutch_wav):
    """An interview with the Dutch fixture stored as its recording."""
    participant = plain_study.participants.add("R01", "sekswerker")
    consent_all(plain_study, "R01")
    iid = plain_study.interviews.create("R01")
    pcm, rate = decode_pcm16(dutch_wav)
    plain_study.recordings.add_pcm(interview_id=iid, participant_id=participant["id"], pcm=pcm, sample_rate=rate)
    plain_study.set_setting("glossary", ["GGD", "klankbordgroep", "Tilburg"])
    return iid


def stored(study, tid):
    return [(s.start, s.end, s.text) for s in study.transcripts.segments(tid)]


def test_job_stores_complete_transcript(plain_study, interview):
    fractions = []
    tid = transcribe_interview(plain_study, interview, on_progress=lambda f, e, r: fractions.append(f))
    transcript = plain_study.transcripts.get(tid)
    assert transcript.state == "complete" and transcript.model == "base" and transcript.language == "nl"
    segments = plain_study.transcripts.segments(tid)
    assert {"ggd", "gezondheid"} <= normalised_words(" ".join(s.text for s in segments))
    assert segments[0].words and len(segments[0].words[0]) == 4
    assert fractions[-1] == 1.0


def test_cancel_keeps_segments_and_rerun_resumes(plain_study, interview, tmp_path):
    cancel = threading.Event()
    with pytest.raises(Cancelled):
        transcribe_interview(plain_study, interview, on_segment=lambda s: cancel.set(), cancel=cancel)
    partial = plain_study.transcripts.for_interview(interview)
    assert partial.state == "partial"
    kept = stored(plain_study, partial.id)
    assert len(kept) == 1 and plain_study.transcripts.resume_point(partial.id) == kept[0][1]

    tid = transcribe_interview(plain_study, interview)
    assert tid == partial.id
    resumed = stored(plain_study, tid)

    # a straight run in a second study gives the same transcript
    from storage import Study

    other = Study.create(tmp_path / "other.veldwerk", name="Ander", passphrase=None)
    try:
        p = other.participants.add("R01", "sekswerker")
        consent_all(other, "R01")
        iid = other.interviews.create("R01")
        pcm = plain_study.recordings.read_pcm(plain_study.recordings.main_for_interview(interview).id)
        other.recordings.add_pcm(interview_id=iid, participant_id=p["id"], pcm=pcm, sample_rate=16000)
        other.set_setting("glossary", ["GGD", "klankbordgroep", "Tilburg"])
        assert stored(other, transcribe_interview(other, iid)) == resumed
    finally:
        other.close()


def test_refused_without_consent(plain_study, interview):
    plain_study.consent.withdraw("R01", items=[ConsentItem.TRANSCRIPTION])
    with pytest.raises(ConsentRequired, match="item 2"):
        transcribe_interview(plain_study, interview)
    assert plain_study.transcripts.for_interview(interview) is None


def test_interview_without_audio(plain_study):
    plain_study.participants.add("R02", "klant")
    consent_all(plain_study, "R02")
    iid = plain_study.interviews.create("R02")
    with pytest.raises(NotFound):
        transcribe_interview(plain_study, iid)


def test_known_names_are_whispers_hotwords(plain_study, interview, monkeypatch):
    """Issue 12, item 3: names entered in advance reach Whisper as hotwords, after the study's glossary."""
    from storage.pseudonymise.known_names import add_known
    from transcribe import job

    add_known(plain_study, "Bram van der Hoeven")
    add_known(plain_study, "Oisterwijk", "plaats")
    given = []
    real = job.transcribe_audio

    def spy(*args, **kwargs):  # the real engine runs; only the hotwords it got are noted
        given.append(list(kwargs["hotwords"]))
        return real(*args, **kwargs)

    monkeypatch.setattr(job, "transcribe_audio", spy)
    tid = transcribe_interview(plain_study, interview)
    assert plain_study.transcripts.get(tid).state == "complete"
    assert given == [["GGD", "klankbordgroep", "Tilburg", "Bram van der Hoeven", "Oisterwijk"]]
