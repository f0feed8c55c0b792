"""The transcript row (`Transcript`): typed and frozen, its state a TranscriptState, its speakers decoded."""
import dataclasses

import pytest

from storage.transcripts import Transcript
from storage.vocabulary import TranscriptState
from tests.storage.helpers import interview_with_transcript


def test_a_transcript_is_a_frozen_typed_row(plain_study):
    iid, tid = interview_with_transcript(plain_study, texts=["Goedemiddag.", "Ja."], seconds=2.0)
    plain_study.transcripts.set_speaker_names(tid, {"S1": "Interviewer"})
    transcript = plain_study.transcripts.get(tid)
    assert isinstance(transcript, Transcript) and plain_study.transcripts.for_interview(iid) == transcript
    assert (transcript.id, transcript.interview_id, transcript.model, transcript.language) == (tid, iid, "base", "nl")
    assert transcript.state is TranscriptState.COMPLETE and transcript.speakers == {"S1": "Interviewer"}
    assert transcript.progress_end > 0 and transcript.created_at
    with pytest.raises(dataclasses.FrozenInstanceError):
        transcript.state = TranscriptState.PARTIAL
    assert plain_study.transcripts.for_interview(plain_study.interviews.create("R01")) is None
