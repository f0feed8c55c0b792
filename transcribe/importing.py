"""Importing audio or video files into a study as new interviews."""
from pathlib import Path

from storage.errors import NotAudio


def import_audio(study, participant: str, path, *, date: str | None = None, interviewer: str = "", location: str = "") -> int:
    """Decode the file to 16 kHz mono and store it as a new interview of the participant; returns its id.

    Nothing changes in the study when the file cannot be decoded.
    """
    from transcribe.decode import decode_pcm16

    path = Path(path)
    person = study.participants.require_active(participant)
    study.consent.require(person["id"], 1)
    if not path.is_file():
        raise NotAudio(f"{path} does not exist or is not a file.")
    pcm, rate = decode_pcm16(path)
    with study.transaction():
        interview_id = study.interviews.create(participant, date=date, interviewer=interviewer, location=location)
        study.recordings.add_pcm(
            interview_id=interview_id, participant_id=person["id"], pcm=pcm, sample_rate=rate,
            kind="imported", source_name=path.name,
        )
    return interview_id
