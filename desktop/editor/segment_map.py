"""The interview's segments as the editor shows them: one text block per segment.

Block number i holds segment i's text, so a document position maps to (segment_id, offset)
by its block and its position in the block. Word timings map characters to audio time.
Pure Python (no Qt), so the mapping is easy to test.
"""
import bisect
import dataclasses

from storage.segments import StoredSegment

LOW_CONFIDENCE = 0.5


def word_spans(text: str, words: list) -> list[tuple[int, int, float, float, float]]:
    """(char start, char end, start s, end s, probability) of each ASR word found in `text`.

    Words are looked up in order; after an edit, words that are no longer there are skipped.
    """
    spans, position = [], 0
    for w in words or []:
        start, end, word = w[0], w[1], str(w[2]).strip()
        prob = w[3] if len(w) > 3 and w[3] is not None else 1.0
        if not word:
            continue
        found = text.find(word, position)
        if found < 0 or found - position > 40:
            continue
        spans.append((found, found + len(word), float(start), float(end), float(prob)))
        position = found + len(word)
    return spans


class SegmentMap:
    """Segments in reading order with lookups by id, block and time."""

    def __init__(self, segments: list[StoredSegment]):
        self.segments = segments
        self.index = {s.id: i for i, s in enumerate(segments)}
        self.starts = [s.start for s in segments]
        self._spans: dict[int, list] = {}

    def replace(self, block: int, count: int, new: list[StoredSegment]) -> None:
        """Put `new` segments in place of `count` segments from `block` (after a split or merge)."""
        self.segments[block : block + count] = new
        self.index = {s.id: i for i, s in enumerate(self.segments)}
        self.starts = [s.start for s in self.segments]

    def __len__(self) -> int:
        return len(self.segments)

    def text(self) -> str:
        return "\n".join(s.text for s in self.segments)

    def block_of(self, segment_id: int) -> int:
        return self.index[segment_id]

    def segment_at_block(self, block: int) -> StoredSegment:
        return self.segments[block]

    def spans(self, block: int) -> list:
        """Word spans of a block's segment (cached until the text changes)."""
        seg = self.segments[block]
        cached = self._spans.get(seg.id)
        if cached is None or cached[0] != seg.text:
            cached = (seg.text, word_spans(seg.text, seg.words))
            self._spans[seg.id] = cached
        return cached[1]

    def set_text(self, block: int, text: str) -> None:
        self.update(block, text=text)

    def update(self, block: int, **changes) -> None:
        """Put a copy of the block's segment with `changes` in its place (the rows are frozen)."""
        self.segments[block] = dataclasses.replace(self.segments[block], **changes)

    def block_at_time(self, seconds: float) -> int:
        """The block playing at `seconds` (the last one starting at or before it)."""
        if not self.segments:
            return -1
        return max(0, bisect.bisect_right(self.starts, seconds + 1e-6) - 1)

    def word_at_time(self, seconds: float) -> tuple[int, int, int] | None:
        """(block, char start, char end) of the word sounding at `seconds`."""
        block = self.block_at_time(seconds)
        if block < 0:
            return None
        for lo, hi, t0, t1, _ in self.spans(block):
            if t0 <= seconds < t1 or (seconds < t0 and lo > 0):
                return block, lo, hi
        return None

    def time_at(self, block: int, offset: int) -> float:
        """The audio time of a character in a block: its word's start, else proportional."""
        seg = self.segments[block]
        for lo, hi, t0, _t1, _ in self.spans(block):
            if offset < hi:
                return t0 if offset >= lo - 1 else t0
        text = seg.text
        share = offset / max(1, len(text))
        return seg.start + (seg.end - seg.start) * share

    def low_confidence(self, block: int, threshold: float = LOW_CONFIDENCE) -> list[tuple[int, int]]:
        return [(lo, hi) for lo, hi, _a, _b, p in self.spans(block) if p < threshold]
