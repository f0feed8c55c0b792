"""Formats laid over the transcript without changing it: codings, low-confidence words, find hits.

A QSyntaxHighlighter formats a block only when Qt lays it out, so a long interview opens
without formatting every block up front (lazy highlighting).
"""
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat

from desktop.editor.segment_map import SegmentMap


def coding_ranges(codings: list[dict], segments: SegmentMap) -> dict[int, list[tuple[int, int, dict]]]:
    """{block: [(char start, char end, coding)]} for every block a coding covers."""
    per_block: dict[int, list] = {}
    for c in codings:
        try:
            a = segments.block_of(c.start_segment_id)
            b = segments.block_of(c.end_segment_id)
        except KeyError:
            continue
        for block in range(a, b + 1):
            text_len = len(segments.segments[block].text)
            lo = c.start_offset if block == a else 0
            hi = c.end_offset if block == b else text_len
            per_block.setdefault(block, []).append((lo, min(hi, text_len), c))
    return per_block


def blend(colors: list[str]) -> QColor:
    """A light background for one or more overlapping codes."""
    r = g = b = 0
    for name in colors:
        c = QColor(name)
        r, g, b = r + c.red(), g + c.green(), b + c.blue()
    n = len(colors)
    mixed = QColor(r // n, g // n, b // n)
    mixed.setAlpha(90 if n == 1 else 140)
    return mixed


class TranscriptHighlighter(QSyntaxHighlighter):
    """Paints codings (blended where they overlap), dotted low-confidence words and find hits."""

    def __init__(self, document, segments: SegmentMap):
        super().__init__(document)
        self.segments = segments
        self.codings: dict[int, list] = {}
        self.hits: dict[int, list[tuple[int, int]]] = {}
        self.show_confidence = True
        self.active: set[int] = set()   # blocks formatted so far (those that have been on screen)
        self._low = QTextCharFormat()
        self._low.setUnderlineStyle(QTextCharFormat.DotLine)
        self._low.setUnderlineColor(QColor("#B5651D"))
        self._hit = QTextCharFormat()
        self._hit.setBackground(QColor("#FFE066"))
        self._hit.setFontUnderline(True)

    def set_codings(self, per_block: dict) -> set[int]:
        """Replace the coding ranges; returns the blocks whose look changed."""
        changed = {b for b in set(per_block) | set(self.codings) if per_block.get(b) != self.codings.get(b)}
        self.codings = per_block
        return changed

    def activate(self, first: int, last: int) -> int:
        """Format blocks first..last that have not been formatted yet; returns how many."""
        doc = self.document()
        done = 0
        for number in range(max(0, first), min(last, len(self.segments) - 1) + 1):
            if number not in self.active:
                self.active.add(number)
                self.rehighlightBlock(doc.findBlockByNumber(number))
                done += 1
        return done

    def refresh(self, blocks) -> None:
        """Re-format blocks whose codings, words or hits changed (only those already formatted)."""
        doc = self.document()
        for number in sorted(set(blocks) & self.active):
            self.rehighlightBlock(doc.findBlockByNumber(number))

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt name)
        block = self.currentBlock().blockNumber()
        if block >= len(self.segments) or block not in self.active:
            return
        ranges = self.codings.get(block)
        if ranges:
            cuts = sorted({0, len(text)} | {lo for lo, _, _ in ranges} | {hi for _, hi, _ in ranges})
            for lo, hi in zip(cuts, cuts[1:]):
                colors = [c.color for a, b, c in ranges if a <= lo and hi <= b]
                if colors and hi > lo:
                    fmt = QTextCharFormat()
                    fmt.setBackground(blend(colors))
                    self.setFormat(lo, hi - lo, fmt)
        if self.show_confidence and self.segments.segments[block].text == text:
            for lo, hi in self.segments.low_confidence(block):
                for pos in range(lo, hi):   # keep each character's coding background
                    fmt = self.format(pos)
                    fmt.merge(self._low)
                    self.setFormat(pos, 1, fmt)
        for lo, hi in self.hits.get(block, ()):
            self.setFormat(lo, hi - lo, self._hit)
