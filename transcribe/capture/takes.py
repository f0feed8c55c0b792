"""A take's lifecycle in a study, in one place: the consent check, the new interview and its writer
at the start (begin_interview_take), and at the end whether the interview is kept (end_take).

The desktop app and scripts use these so recording is refused in the core, not only in the UI,
when the participant's consent does not cover audio recording (ConsentItem.RECORDING).
"""
from storage.consent.forms import ConsentItem
from storage.vocabulary import RecordingKind


def begin_interview_take(study, participant_code: str, *, sample_rate: int = 16000, interviewer: str = "",
                         location: str = "", date: str | None = None):
    """Check consent, create the interview and start its recording; returns (interview_id, writer)."""
    from storage.sessions.consent import require_present

    person = study.participants.require_active(participant_code)
    require_present(study, ConsentItem.RECORDING, participant_ids=[person["id"]])  # before anything is created
    with study.transaction():
        interview_id = study.interviews.create(person["code"], date=date, interviewer=interviewer, location=location)
    try:
        writer = study.recordings.begin(
            interview_id=interview_id, participant_id=person["id"], sample_rate=sample_rate, kind=RecordingKind.RECORDED
        )
    except BaseException:
        study.interviews.delete_if_empty(interview_id)
        raise
    return interview_id, writer


def begin_session_take(study, session_id: int, *, sample_rate: int = 16000):
    """Start recording a focus group or meeting that exists already; returns its writer.

    Refused (PresentConsentRequired, naming each of them) unless everyone present consented to audio recording.
    """
    from storage.sessions.consent import require_present

    session = study.sessions.require_session(session_id)
    require_present(study, ConsentItem.RECORDING, interview_id=session_id)  # before anything is created
    return study.recordings.begin(
        interview_id=session_id, participant_id=session.participant_id, sample_rate=sample_rate, kind="recorded"
    )


def begin_consent_clip(study, participant_code: str, *, sample_rate: int = 16000):
    """Start recording a verbal consent clip (no interview; allowed before consent exists)."""
    person = study.participants.require_active(participant_code)
    return study.recordings.begin(interview_id=None, participant_id=person["id"], sample_rate=sample_rate,
                                   kind=RecordingKind.CONSENT_CLIP)


def discard_empty_interview(study, interview_id: int) -> bool:
    """Delete an interview that ended up without any audio (a take that never started); true if deleted.
    A focus group or meeting is never deleted here: it was created before its take, with who was present."""
    if study.sessions.kind(interview_id).is_session:
        return False
    return study.interviews.delete_if_empty(interview_id)


def end_take(study, interview_id: int, frames: int | None) -> bool:
    """The end of an interview take: kept when audio was recorded; otherwise (nothing recorded, the device
    failed to start, the take broke off before any audio) its empty interview is deleted. True: kept."""
    if frames:
        return True
    discard_empty_interview(study, interview_id)
    return False
