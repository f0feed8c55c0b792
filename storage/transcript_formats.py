"""Transcript files: segments rendered as plain text, SubRip (SRT), WebVTT or JSON."""
import json
from typing import Iterable

from storage.errors import VeldwerkError
from storage.segments import Segment
from storage.timefmt import subtitle_time

FORMATS = ("txt", "srt", "vtt", "json")


def _cue_text(text: str) -> str:
    """One line of cue text: no blank lines (they end a cue) and no '-->'."""
    return " ".join(text.replace("-->", "->").split())


def _times(segment: Segment) -> tuple[float, float]:
    start = max(0.0, segment.start)
    return start, max(start + 0.001, segment.end)


def to_txt(segments: Iterable[Segment]) -> str:
    """One segment per line."""
    return "".join(_cue_text(s.text) + "\n" for s in segments)


def to_srt(segments: Iterable[Segment]) -> str:
    """SubRip subtitles, numbered from 1, times as HH:MM:SS,mmm."""
    blocks = []
    for number, s in enumerate((s for s in segments if _cue_text(s.text)), start=1):
        start, end = _times(s)
        blocks.append(f"{number}\n{subtitle_time(start, ',')} --> {subtitle_time(end, ',')}\n{_cue_text(s.text)}\n")
    return "\n".join(blocks)


def to_vtt(segments: Iterable[Segment]) -> str:
    """WebVTT captions, times as HH:MM:SS.mmm."""
    blocks = ["WEBVTT\n"]
    for s in segments:
        if _cue_text(s.text):
            start, end = _times(s)
            blocks.append(f"{subtitle_time(start, '.')} --> {subtitle_time(end, '.')}\n{_cue_text(s.text)}\n")
    return "\n".join(blocks)


def to_json(segments: Iterable[Segment], **metadata) -> str:
    """{"segments": [...with words...], plus any metadata given} as indented UTF-8 JSON."""
    document = dict(metadata)
    document["segments"] = [s.to_dict() for s in segments]
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


def render(segments: Iterable[Segment], fmt: str, **metadata) -> str:
    """Segments in the named format (txt, srt, vtt or json)."""
    segments = list(segments)
    if fmt == "txt":
        return to_txt(segments)
    if fmt == "srt":
        return to_srt(segments)
    if fmt == "vtt":
        return to_vtt(segments)
    if fmt == "json":
        return to_json(segments, **metadata)
    raise VeldwerkError(key="transcript.unknown_format", fmt=fmt, formats=", ".join(FORMATS))


def format_for(path) -> str:
    """The format named by a file's extension (txt when unknown)."""
    suffix = str(path).rsplit(".", 1)[-1].lower() if "." in str(path) else ""
    return suffix if suffix in FORMATS else "txt"
