"""The study-bound transcription job: an interview's recording into its stored transcript.

Each finished segment is saved as it comes (with the progress mark), so a cancel,
crash or power loss keeps what was done and the next run resumes after it.
The recording is decrypted into memory only. Run it in a worker thread to keep
a UI responsive: the study gives every thread its own connection.
"""
import threading
from typing import Callable, Optional

from storage.locks import TranscriptionLock
from storage.pseudonymise.known_names import hotwords
from storage.segments import Segment
from transcribe.decode import SAMPLE_RATE
from transcribe.device import choose_device, load_for_job
from transcribe.engine import AUTO_LANGUAGE, check_language, check_threads, transcribe_audio
from transcribe.models import DEFAULT_MODEL


def _study_audio(study, recording: dict):
    """The recording as 16 kHz mono samples (int16 when stored at 16 kHz: half the memory)."""
    if recording.sample_rate == SAMPLE_RATE:
        return study.recordings.read_pcm(recording.id)
    return study.recordings.read_float32(recording.id, rate=SAMPLE_RATE)


def transcribe_interview(
    study,
    interview_id: int,
    model: Optional[str] = None,
    language: Optional[str] = None,
    fast: bool = False,
    on_progress: Optional[Callable[[float, float, Optional[float]], None]] = None,
    on_segment: Optional[Callable[[Segment], None]] = None,
    cancel: Optional[threading.Event] = None,
    threads: Optional[int] = None,
    replace: bool = False,
    device: Optional[str] = None,
) -> int:
    """Transcribe (or resume) an interview into the study; returns the transcript id.

    model: a library name or folder (default: the study's `model` setting, else
    the embedded base). language: None takes the study's language; "auto" detects.
    device: auto (an NVIDIA GPU when CTranslate2 sees one, else the CPU), cpu or cuda (transcribe/device.py).
    Raises Cancelled (what finished is saved), ConsentRequired, NotFound, VeldwerkError.
    """
    interview = study.interviews.get(interview_id)
    with TranscriptionLock(study, interview_id, interview.participant):  # a second transcription of it is refused, not interleaved
        return _transcribe_locked(study, interview, model, language, fast, on_progress, on_segment, cancel, threads,
                                  replace, device)


def _transcribe_locked(study, interview, model, language, fast, on_progress, on_segment, cancel, threads,
                       replace, device=None) -> int:
    # consent, and start / resume / replace: decided by the core, before anything is written
    plan = study.transcripts.start(interview.id, model=model, language=language, replace=replace)
    language = plan.language
    check_language(language)  # everything that can fail is checked before a transcript is deleted
    check_threads(threads)
    whisper = load_for_job(plan.model, choose_device(device), threads)  # refuse a bad model before decrypting audio
    # a damaged audio page fails here, before anything is replaced
    audio = _study_audio(study, study.recordings.get(plan.recording_id))
    tid = study.transcripts.open(plan, model=str(plan.model or DEFAULT_MODEL))
    start_at = float(study.transcripts.resume_point(tid) or 0.0)
    saved = {"end": start_at}

    def save(segment: Segment) -> None:
        study.transcripts.append_segments(tid, [segment], progress_end=segment.end)
        saved["end"] = max(saved["end"], segment.end)
        if on_segment is not None:
            on_segment(segment)

    def checkpoint(seconds: float) -> None:
        if seconds > saved["end"]:
            study.transcripts.append_segments(tid, [], progress_end=seconds)
            saved["end"] = seconds

    try:
        transcribe_audio(
            audio, whisper,
            language=None if language == AUTO_LANGUAGE else language,
            fast=fast, hotwords=hotwords(study), start_at=start_at,
            on_segment=save, on_progress=on_progress, on_checkpoint=checkpoint, cancel=cancel,
        )
    finally:
        del audio
    study.transcripts.complete(tid)
    return tid
