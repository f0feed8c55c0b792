"""Transcript files: SRT, WebVTT, JSON and plain text are valid and round-trip."""
import json
import re

import pytest

from storage.errors import VeldwerkError
from storage.segments import Segment, Word
from storage.transcript_formats import format_for, render, to_json, to_srt, to_txt, to_vtt

SRT_TIME = r"\d{2}:\d{2}:\d{2},\d{3}"
VTT_TIME = r"\d{2}:\d{2}:\d{2}\.\d{3}"


def sample_segments():
    return [
        Segment(0.0, 2.5, "Goedemiddag, welkom.", 0.9, [Word(0.0, 1.2, " Goedemiddag,", 0.8), Word(1.3, 2.5, " welkom.", 0.95)]),
        Segment(2.5, 2.5, "Een --> pijl\n\nen lege regel", 0.5, []),
        Segment(3725.4567, 3727.0, "Na een uur.", 0.7, []),
        Segment(3728.0, 3729.0, "   ", 0.1, []),
    ]


def srt_ms(stamp):
    h, m, rest = stamp.split(":")
    s, ms = rest.replace(".", ",").split(",")
    return ((int(h) * 60 + int(m)) * 60 + int(s)) * 1000 + int(ms)


def check_srt(text):
    blocks = text.strip("\n").split("\n\n")
    for number, block in enumerate(blocks, start=1):
        lines = block.split("\n")
        assert lines[0] == str(number)
        m = re.fullmatch(rf"({SRT_TIME}) --> ({SRT_TIME})", lines[1])
        assert m, lines[1]
        assert srt_ms(m.group(1)) < srt_ms(m.group(2))
        assert len(lines) >= 3 and all(lines[2:])
    return blocks


def check_vtt(text):
    assert text.startswith("WEBVTT\n\n")
    blocks = text[len("WEBVTT\n\n"):].strip("\n").split("\n\n")
    for block in blocks:
        lines = block.split("\n")
        m = re.fullmatch(rf"({VTT_TIME}) --> ({VTT_TIME})", lines[0])
        assert m, lines[0]
        assert srt_ms(m.group(1)) < srt_ms(m.group(2))
        assert "-->" not in "\n".join(lines[1:]) and all(lines[1:])
    return blocks


def test_srt_is_valid():
    text = to_srt(sample_segments())
    blocks = check_srt(text)
    assert len(blocks) == 3  # the blank segment is left out
    assert "01:02:05,457 --> 01:02:07,000" in text


def test_vtt_is_valid():
    blocks = check_vtt(to_vtt(sample_segments()))
    assert len(blocks) == 3
    assert "01:02:05.457 --> 01:02:07.000" in blocks[2]


def test_json_round_trips_with_words():
    doc = json.loads(to_json(sample_segments(), language="nl", model="base"))
    assert doc["language"] == "nl" and doc["model"] == "base"
    assert doc["segments"][0]["words"][0] == [0.0, 1.2, " Goedemiddag,", 0.8]
    again = [Segment.from_dict(s) for s in doc["segments"]]
    assert again == sample_segments()


def test_txt_one_line_per_segment():
    assert to_txt(sample_segments()[:1]) == "Goedemiddag, welkom.\n"


def test_render_dispatch_and_unknown():
    assert render(sample_segments(), "srt") == to_srt(sample_segments())
    assert format_for("out/interview.VTT") == "vtt" and format_for("x") == "txt"
    with pytest.raises(VeldwerkError, match="Unknown transcript format"):
        render([], "docx")
