"""The transcript segment: a stretch of speech with its text, confidence and words.

The one segment type of the core: the engine yields it, the job stores it
(`Transcripts.append_segments`), and the exports render it (storage/transcript_formats.py).
"""
import json
from dataclasses import dataclass, field
from typing import NamedTuple


class Word(NamedTuple):
    """One recognised word with its time span (seconds) and probability (0..1)."""

    start: float
    end: float
    word: str
    probability: float


@dataclass
class Segment:
    """A transcribed stretch of audio; times are seconds from the start of the recording."""

    start: float
    end: float
    text: str
    confidence: float
    words: list = field(default_factory=list)
    speaker: str | None = None  # a speaker's label or display name; None: not known

    def to_dict(self) -> dict:
        """The segment as plain JSON-ready data ("speaker" only when it is known)."""
        data = {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "confidence": self.confidence,
            "words": [list(w) for w in self.words],
        }
        if self.speaker is not None:
            data["speaker"] = self.speaker
        return data

    @classmethod
    def from_dict(cls, data: dict) -> "Segment":
        """A segment from `to_dict` output (words as lists or dicts)."""
        words = []
        for w in data.get("words") or []:
            if isinstance(w, dict):
                words.append(Word(w["start"], w["end"], w["word"], w["probability"]))
            else:
                words.append(Word(*w))
        return cls(
            start=float(data["start"]),
            end=float(data["end"]),
            text=data["text"],
            confidence=float(data.get("confidence", 0.0)),
            words=words,
            speaker=data.get("speaker"),
        )

    @classmethod
    def from_row(cls, row: dict) -> "Segment":
        """A stored segment row (`Transcripts.segments()`: words as a list, or the JSON text of the table)."""
        words = row.get("words") or []
        if isinstance(words, str):
            words = json.loads(words)
        return cls.from_dict(dict(row, words=words, confidence=row.get("confidence") or 0.0))
