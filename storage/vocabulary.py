"""The kinds and states the core stores and hands out, one name each (StrEnum: equal to the stored text).

Consent has its own: `ConsentItem` (storage/consent_forms.py) and `ConsentState` (storage/consent.py).
"""
from enum import StrEnum


class RecordingKind(StrEnum):
    """What a recording is: a take made in Veldwerk, an imported file, or a verbal consent clip."""

    RECORDED = "recorded"
    IMPORTED = "imported"
    CONSENT_CLIP = "consent_clip"


class RecordingState(StrEnum):
    """A take being written, or finished (also a recovered take after a crash)."""

    RECORDING = "recording"
    COMPLETE = "complete"


class TranscriptState(StrEnum):
    """An interview's transcript: none yet, unfinished (a job resumes it), or complete."""

    NONE = "none"
    PARTIAL = "partial"
    COMPLETE = "complete"
