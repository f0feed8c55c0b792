"""The transcript segment: a stretch of speech with its text, confidence and words."""
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

    def to_dict(self) -> dict:
        """The segment as plain JSON-ready data."""
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "confidence": self.confidence,
            "words": [list(w) for w in self.words],
        }

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
        )
