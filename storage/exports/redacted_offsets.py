"""Character offsets carried from a text into its pseudonymised (redacted) version.

Unchanged stretches keep their characters one for one; an offset inside a replaced
stretch (a name, a town) moves to the edge of its replacement, so a coded range that
touches a replaced name covers the whole replacement and never splits it.
"""
from difflib import SequenceMatcher


class OffsetMap:
    """Maps offsets in `raw` to offsets in `redacted` (the same text after pseudonymisation)."""

    def __init__(self, raw: str, redacted: str):
        self.raw, self.redacted = raw, redacted
        self._ops = None if raw == redacted else SequenceMatcher(None, raw, redacted, autojunk=False).get_opcodes()

    def start(self, offset: int) -> int:
        """Where a range starting at `offset` in the raw text starts in the redacted text."""
        offset = max(0, min(offset, len(self.raw)))
        if self._ops is None:
            return offset
        if offset == len(self.raw):
            return len(self.redacted)
        for tag, i1, i2, j1, _j2 in self._ops:
            if i1 <= offset < i2:
                return j1 + (offset - i1) if tag == "equal" else j1
        return len(self.redacted)

    def end(self, offset: int) -> int:
        """Where a range ending at `offset` in the raw text ends in the redacted text."""
        offset = max(0, min(offset, len(self.raw)))
        if self._ops is None:
            return offset
        if offset == 0:
            return 0
        for tag, i1, i2, j1, j2 in self._ops:
            if i1 < offset <= i2:
                return j1 + (offset - i1) if tag == "equal" else j2
        return len(self.redacted)
