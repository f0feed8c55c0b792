"""The kinds and states the core stores and hands out, one name each (StrEnum: equal to the stored text).

Consent has its own: `ConsentItem` (storage/consent_forms.py) and `ConsentState` (storage/consent.py).
"""
import re
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


# -- kinds a researcher types or dictates (a session's kind, an action's status) -----------------------------
def spoken_key(text) -> str:
    """How a typed or dictated name is compared: letters only, case-folded ("In-gang gezet" → "ingangezet")."""
    return re.sub(r"[^a-z]", "", str(text).casefold())


class Labelled:
    """Mixin for an enum whose members have a Dutch and an English label and are named in either language
    ("focus group", "Focusgroep", "in gang gezet", "under way"). The enum's module calls `labels(...)` once."""

    @property
    def label_nl(self) -> str:
        return _LABELS[type(self)][self.value][0]

    @property
    def label_en(self) -> str:
        return _LABELS[type(self)][self.value][1]

    @classmethod
    def named(cls, text):
        """The member `text` names (its value, either label or an alias, any case, spaces or hyphens), or None."""
        return _SPELLINGS[cls].get(spoken_key(text or ""))


_LABELS: dict[type, dict[str, tuple[str, str]]] = {}
_SPELLINGS: dict[type, dict[str, object]] = {}


def labels(enum: type, by_value: dict[str, tuple[str, str]], aliases: dict[str, str] | None = None) -> None:
    """Give `enum` (a Labelled enum) its (Dutch, English) labels by value, and extra spoken names by value."""
    _LABELS[enum] = by_value
    spellings = {}
    for member in enum:
        nl, en = by_value[member.value]
        for name in (member.value, nl, en):
            spellings.setdefault(spoken_key(name), member)
    for name, value in (aliases or {}).items():
        spellings[spoken_key(name)] = enum(value)
    _SPELLINGS[enum] = spellings
