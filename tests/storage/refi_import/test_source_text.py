"""A source text as segments and its positions as segment offsets."""
import pytest

from storage.errors import VeldwerkError
from storage.refi_import.source_text import PositionMap, split_lines


def test_veldwerk_lines_give_time_and_speaker_back():
    text = "[00:00:04] Interviewer: Hoe gaat het?\n[01:02:03] R01: Goed: echt.\n[00:00:09] zonder spreker"
    lines = split_lines(text)
    assert [(x.start, x.speaker, x.text) for x in lines] == [
        (4.0, "Interviewer", "Hoe gaat het?"), (3723.0, "R01", "Goed: echt."), (9.0, "", "zonder spreker")]
    assert [text[x.at:x.end_at] for x in lines] == [x.text for x in lines]


def test_plain_lines_crlf_blank_lines_and_spaces():
    text = "\ufeffEen.\r\n\r\n   Twee  \r\nDrie"
    lines = split_lines(text)
    assert [(x.start, x.speaker, x.text) for x in lines] == [(0.0, "", "Een."), (0.0, "", "Twee"), (0.0, "", "Drie")]
    assert [text[x.at:x.end_at] for x in lines] == ["Een.", "Twee", "Drie"]


def test_positions_outside_segment_text_snap_inward():
    text = "[00:00:01] A: een twee\n\n[00:00:02] B: drie vier"
    lines = split_lines(text)
    positions = PositionMap(text, lines)
    assert positions.selection(0, len(text), "s") == ((0, 0), (1, 9))        # prefixes are no text
    assert positions.selection(18, 40, "s") == ((0, 4), (1, 2))              # across the blank line
    assert positions.selection(22, 37, "s") is None                          # only a line break and a prefix
    assert positions.selection(5, 5, "s") is None
    with pytest.raises(VeldwerkError, match="positions 3–99 lie outside"):
        positions.selection(3, 99, "s")
    with pytest.raises(VeldwerkError, match="lie outside"):
        positions.selection(-1, 4, "s")


def test_utf16_positions_as_nvivo_counts_them():
    text = "Ik 🙂 ben blij.\n🙂🙂 Echt waar."
    lines = split_lines(text)
    # "blij" starts at code point 9, UTF-16 unit 10; "Echt" at code point 18, unit 21
    assert text[9:13] == "blij" and text[18:22] == "Echt"
    assert PositionMap(text, lines, utf16=True).selection(10, 14, "s") == ((0, 9), (0, 13))
    assert PositionMap(text, lines, utf16=True).selection(21, 25, "s") == ((1, 3), (1, 7))
    assert PositionMap(text, lines).selection(9, 13, "s") == ((0, 9), (0, 13))
    assert PositionMap(text, lines, utf16=False).selection(21, 25, "s") != ((1, 3), (1, 7))
    with pytest.raises(VeldwerkError, match="31 characters"):     # the length in UTF-16 units
        PositionMap(text, lines, utf16=True).selection(0, 32, "s")
