"""The transcript segment: a stretch of speech with its text, confidence and words.

`Segment` is the one segment type of the core: the engine yields it, the job stores it
(`Transcripts.append_segments`), and the exports render it (storage/transcript_formats.py).
`StoredSegment` is a segment as a transcript holds it (`Transcripts.segments()` / `segment()`): its row with
id, position, the edited text beside the recogniser's, and who edited it; `to_segment()` gives its `Segment`.
"""
import dataclasses
import json
from dataclasses import dataclass, field
from typing import NamedTuple


class Word(NamedTuple):
    """One recognised word with its time span (seconds) and probability (0..1)."""

    start: float
    end: float
    word: str
    probability: float


def _word(w) -> Word:
    """A word from JSON: a list [start, end, word, probability] or a dict with those keys."""
    if isinstance(w, dict):
        return Word(w["start"], w["end"], w["word"], w["probability"])
    return Word(*w)


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
        return cls(
            start=float(data["start"]),
            end=float(data["end"]),
            text=data["text"],
            confidence=float(data.get("confidence", 0.0)),
            words=[_word(w) for w in data.get("words") or []],
            speaker=data.get("speaker"),
        )


@dataclass(frozen=True)
class StoredSegment:
    """A segment of a stored transcript, as the core hands it out (`Transcripts.segments()` / `segment()`).

    The fields are the columns of the `segments` table, `words` decoded; a row of before schema v10 (exchange)
    has no uid, edited_by or edited_at.
    """

    id: int
    transcript_id: int
    position: int  # reading order in the transcript (0, 1, ...)
    start: float  # seconds from the start of the recording
    end: float
    speaker: str | None  # a speaker label ("" or None: not known); display names are the transcript's `speakers`
    text: str  # the text as edited
    asr_text: str  # the recogniser's text, kept beside the edited one
    confidence: float | None
    words: tuple[Word, ...]  # the recognised words (times, probability); not changed by an edit
    uid: str | None = None  # the identity across copies of the study (exchange)
    edited_by: str = ""  # the researcher who last edited the text
    edited_at: str | None = None

    @classmethod
    def from_row(cls, row: dict) -> "StoredSegment":
        """A row of the segments table (`words` the stored JSON text: lists, as `append_segments` writes them)."""
        return cls(**dict(row, words=tuple(map(Word._make, json.loads(row.get("words") or "[]")))))

    def to_dict(self) -> dict:
        """The row as plain JSON-ready data (words as lists), in the table's column order."""
        return dict(dataclasses.asdict(self), words=[list(w) for w in self.words])

    def to_segment(self) -> Segment:
        """The engine's and the exports' `Segment` of this row (speaker: its label, None when not known)."""
        return Segment(self.start, self.end, self.text, self.confidence or 0.0, list(self.words), self.speaker or None)
