"""Importing audio or video files into a study as new interviews."""
from pathlib import Path

from storage.consent.forms import ConsentItem
from storage.errors import NotAudio
from storage.vocabulary import RecordingKind


def import_audio(study, participant: str | None, path, *, date: str | None = None, interviewer: str = "",
                 location: str = "", on_warning=None, session: int | None = None) -> int:
    """Decode the file to 16 kHz mono and store it as a new interview of the participant; returns its id.

    The audio streams from the decoder into the database block by block (memory stays bounded, however
    long the file), all in one transaction: nothing changes in the study when the file cannot be decoded.
    A truncated or damaged file is imported as far as it reads, and `on_warning(text)` is told so, with
    the length that was imported. With `session` (a focus group or meeting) the audio goes into that session
    (`participant` is not used) and everyone present must have consented to audio recording.
    """
    import numpy as np

    from storage.sessions.consent import require_present
    from transcribe.decode import SAMPLE_RATE, iter_float32, truncation_warning

    path = Path(path)
    if session is not None:
        participant = study.sessions.require_session(session).participant
    person = study.participants.require_active(participant)
    require_present(study, ConsentItem.RECORDING, interview_id=session, participant_ids=[person["id"]])
    if not path.is_file():
        raise NotAudio(key="audio.missing", path=str(path))
    notes: dict = {}
    blocks = ((np.clip(b, -1.0, 1.0) * 32767.0).astype("<i2") for b in iter_float32(path, SAMPLE_RATE, notes))
    with study.transaction():
        if session is None:
            interview_id = study.interviews.create(participant, date=date, interviewer=interviewer, location=location)
        else:
            interview_id = session
        study.recordings.add_stream(
            interview_id=interview_id, participant_id=person["id"], blocks=blocks, sample_rate=SAMPLE_RATE,
            kind=RecordingKind.IMPORTED, source_name=path.name,
        )
    warning = truncation_warning(path.name, notes)
    if warning:
        study.audit.log("recording.import_truncated", "interview", interview_id, {"seconds": round(notes["read"], 1)})
        if on_warning is not None:
            on_warning(warning)
    return interview_id
