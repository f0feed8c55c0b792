"""`txt`, `srt`, `vtt`, `json`: one interview's transcript as plain text, subtitles or JSON.

Rendering is `storage.transcript_formats`'; this module hands it redacted segments. Text is prefixed by
the speaker's name ("R01: ..."); the JSON also has each segment's speaker and its words, each
word redacted in the context of its whole segment (a word inside a replaced name disappears,
and words are dropped when an edit made the text and the recognised words differ).
"""
import json

from storage.errors import VeldwerkError
from storage.exports import review_notice
from storage.exports.excerpts import check_target, require_transcript, write_atomically
from storage.exports.registry import QuoteUnit, Scope, register
from storage.pseudonymise.pseudonymiser import redact_pieces
from storage.segments import Segment
from storage.transcript_formats import render, to_json

REVIEW_CUE_SECONDS = 2.0  # the review notice opens a subtitle file for this long


def _word_bounds(segment: dict) -> list[tuple[int, int]] | None:
    """Character span of each recognised word in the segment's text, or None when they do not line up."""
    if segment["text"] != segment["asr_text"]:
        return None
    bounds, position = [], 0
    for _start, _end, word, *_ in segment["words"]:
        word = word.strip()
        found = segment["text"].find(word, position)
        if not word or found < 0:
            return None
        bounds.append((found, found + len(word)))
        position = found + len(word)
    return bounds


def _redacted_words(ctx, interview_id: int, segment: dict) -> list:
    if not ctx.pseudonymise:
        return [list(w) for w in segment["words"]]
    bounds = _word_bounds(segment)
    if not bounds:
        return []
    cuts = [x for lo, hi in bounds for x in (lo, hi)]
    pieces = redact_pieces(ctx, interview_id, segment["text"], cuts)
    words = []
    for n, (start, end, word, probability, *_) in enumerate(segment["words"]):
        piece = pieces[2 * n + 1].strip()
        if piece:
            words.append([start, end, (" " if word.startswith(" ") else "") + piece, probability])
    return words


def _segments(ctx, m, *, with_speaker_prefix: bool) -> list[Segment]:
    """The interview's segments as they may leave the study; `speaker` holds the redacted display name."""
    iid, names = m.interview.id, m.transcript.speakers
    result = []
    for s in m.segments:
        segment = dict(s, words=json.loads(s["words"] or "[]"))
        text = ctx.redact(iid, segment["text"]).strip()
        speaker = ctx.redact(iid, str(names.get(segment["speaker"], segment["speaker"]))) if segment["speaker"] else ""
        if with_speaker_prefix and speaker:
            text = f"{speaker}: {text}"
        result.append(Segment(segment["start"], segment["end"], text, segment["confidence"] or 0.0,
                              _redacted_words(ctx, iid, segment), speaker))
    return result


def _one_interview(ctx):
    if ctx.interview_id is None:
        raise VeldwerkError(key="export.one_interview")
    return require_transcript(ctx, ctx.interviews()[0], words=True)


def _omitted_text(m) -> str:
    return (f"Transcript weggelaten: {m.interview.participant} gaf geen toestemming voor citeren "
            f"(toestemmingsitem 3); {len(m.segments)} segmenten niet opgenomen.")


def _write_plain(ctx, out, fmt: str):
    m = _one_interview(ctx)
    review = ""
    if ctx.quotable_interview(m.interview):
        segments = _segments(ctx, m, with_speaker_prefix=True)
        review = review_notice.plain_line(ctx, m.interview)  # nothing to review when no text is included
    else:
        ctx.omitted_quotes += len(m.segments)
        segments = [Segment(0.0, 5.0, _omitted_text(m), 0.0)]
    if review and fmt == "vtt":
        content = render(segments, fmt).replace("WEBVTT\n", f"WEBVTT\n\nNOTE {review}\n", 1)
    else:
        segments = ([Segment(0.0, REVIEW_CUE_SECONDS, review, 0.0)] if review else []) + segments
        if fmt == "txt":  # a blank line between segments, so readers that join lines (Calibre, Taguette) keep them apart
            content = "\n".join(render([segment], fmt) for segment in segments)
        else:
            content = render(segments, fmt)
    return write_atomically(out, lambda path: path.write_text(content, encoding="utf-8"))


@register("txt", scope=Scope.INTERVIEW, unit=QuoteUnit.SEGMENTS, extension=".txt")
def export_txt(ctx, out):
    """One paragraph a segment: 'Speaker: text', blank lines between them."""
    check_target(out)
    return _write_plain(ctx, out, "txt")


@register("srt", scope=Scope.INTERVIEW, unit=QuoteUnit.SEGMENTS, extension=".srt")
def export_srt(ctx, out):
    """SubRip subtitles."""
    check_target(out)
    return _write_plain(ctx, out, "srt")


@register("vtt", scope=Scope.INTERVIEW, unit=QuoteUnit.SEGMENTS, extension=".vtt")
def export_vtt(ctx, out):
    """WebVTT captions."""
    check_target(out)
    return _write_plain(ctx, out, "vtt")


@register("json", scope=Scope.INTERVIEW, unit=QuoteUnit.SEGMENTS, extension=".json")
def export_json(ctx, out):
    """{"interview", "participant", "role", "model", "language", "pseudonymised", "segments": [... speaker, words]}."""
    check_target(out)
    m = _one_interview(ctx)
    metadata = {
        "interview": m.interview.id, "participant": m.interview.participant, "role": m.interview.role,
        "date": m.interview.date, "model": m.transcript.model, "language": m.transcript.language,
        "pseudonymised": ctx.pseudonymise, "review": review_notice.as_dict(ctx, m.interview),
        "complete": m.interview.transcript_state != review_notice.INCOMPLETE,
    }
    if not metadata["complete"]:
        metadata["notice"] = review_notice.incomplete_line(m.interview)
    if ctx.quotable_interview(m.interview):
        content = to_json(_segments(ctx, m, with_speaker_prefix=False), **metadata)
    else:
        ctx.omitted_quotes += len(m.segments)
        document = dict(metadata, segments=[], omitted=_omitted_text(m))
        content = json.dumps(document, ensure_ascii=False, indent=1) + "\n"
    return write_atomically(out, lambda path: path.write_text(content, encoding="utf-8"))
