"""Pre-fill the speakers of a stored transcript: a step after transcription, on the device.

The researcher then names and corrects them; the labels (S1, S2, ...) stay, their display
names go to the transcript's `speakers` map.
"""
import threading
from typing import Callable, Optional, Union

from storage.errors import Cancelled
from storage.messages import Message
from transcribe.diarize import MAX_SPEAKERS, DiarizationError, assign_speakers, diarize, propose_names
from transcribe.job import _study_audio

AUTO_SPEAKERS = "auto"
EXPECTED_IN_INTERVIEW = 2  # interviewer + participant: the hint when the count is estimated


def parse_speakers(value: str) -> Optional[int]:
    """`--speakers N|auto` as a count (None for auto); raises DiarizationError on anything else."""
    text = str(value).strip().lower()
    if text == AUTO_SPEAKERS:
        return None
    if not text.isdigit() or not 1 <= int(text) <= MAX_SPEAKERS:
        raise DiarizationError(key="speakers.option", max=MAX_SPEAKERS, value=value)
    return int(text)


TOO_LITTLE_SPEECH = Message("speakers.too_little_speech")
NO_SEGMENTS = Message("speakers.no_segments")


def detect_speakers(study, transcript_id: int, speakers: Union[int, None] = None,
                    expected: int = EXPECTED_IN_INTERVIEW,
                    on_progress: Optional[Callable[[float], None]] = None,
                    cancel: Optional[threading.Event] = None) -> tuple[dict, dict]:
    """Diarize the transcript's recording without storing anything.

    Returns ({segment_id: label}, {label: proposed name}). on_progress(fraction) after each step;
    a set `cancel` raises Cancelled between steps (diarization itself runs to its end)."""
    def step(fraction: float) -> None:
        if cancel is not None and cancel.is_set():
            raise Cancelled(key="speakers.cancelled")
        if on_progress is not None:
            on_progress(fraction)

    transcript = study.transcripts.get(transcript_id)
    interview = study.interviews.get(transcript.interview_id)
    stored = study.transcripts.segments(transcript_id)
    if not stored:
        raise DiarizationError(key=NO_SEGMENTS.key)
    recording = study.recordings.main_for_interview(interview.id)
    step(0.0)
    audio = _study_audio(study, recording)
    step(0.1)
    try:
        turns = diarize(audio, speakers=speakers, expected=expected, on_step=lambda f: step(0.1 + 0.8 * f))
    finally:
        del audio
    step(0.9)
    if not turns:
        raise DiarizationError(key=TOO_LITTLE_SPEECH.key)
    segments = [s.to_segment() for s in stored]
    labels = assign_speakers(segments, turns)
    names = propose_names(labels, segments, interview.participant)
    step(1.0)
    return {s.id: lab for s, lab in zip(stored, labels)}, names


def label_speakers(study, transcript_id: int, speakers: Union[int, None] = None,
                   expected: int = EXPECTED_IN_INTERVIEW) -> dict:
    """Diarize the transcript's recording and store a speaker label on every segment.

    speakers: the exact count, or None to estimate it (expected is the hint). Returns the
    names stored ({label: display name})."""
    labels, names = detect_speakers(study, transcript_id, speakers, expected)
    study.transcripts.set_speakers(transcript_id, labels, names)
    return names
