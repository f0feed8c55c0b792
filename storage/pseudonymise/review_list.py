"""The review screen's list: every proposal of an interview ranked by risk, with where it is in the audio.

Built on `Pseudonymiser.proposals()` (what exports replace and the decisions on it). Each row
gains:
- `risk` (0..1, the detector's estimate that the term identifies someone; terms the researcher put
  on the list or added count as 1.0) and `possible` (the detector is unsure: review it first);
- `segment_id`, `start`, `end`: the first place the term occurs, in seconds, from the recognised
  words' timings when they line up with the text (else the whole segment), so the screen can play
  the audio right there.

Ranked highest risk first, then possible identifiers first, then in order of appearance.
"""
import json
import re

from storage.pseudonymise.store import PseudonymStore, term_key

PLAY_BEFORE = 1.0  # seconds of audio played before a term, so it is heard in its sentence
PLAY_AFTER = 1.5   # and after it


def _word_time(segment: dict, lo: int, hi: int) -> tuple[float, float]:
    """Start and end (s) of the recognised words covering text[lo:hi]; the segment's times when they do not line up."""
    words = json.loads(segment["words"] or "[]")
    text, position, start, end = segment["text"], 0, None, None
    for w_start, w_end, word, *_ in words:
        word = word.strip()
        found = text.find(word, position) if word else -1
        if found < 0:
            return segment["start"], segment["end"]
        position = found + len(word)
        if position > lo and found < hi:
            start = w_start if start is None else start
            end = w_end
    if start is None:
        return segment["start"], segment["end"]
    return float(start), float(end)


def _segments(study, interview_id: int) -> list[dict]:
    transcript = study.transcripts.for_interview(interview_id)
    if transcript is None:
        return []
    cursor = study.conn.execute(
        "SELECT id, start, end, text, words FROM segments WHERE transcript_id = ? ORDER BY position", [transcript.id]
    )
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor]


def _risks(study, interview_id: int) -> dict[str, tuple[float, bool]]:
    """term key → (highest risk, any detection of it possible) over the interview's stored detections."""
    found: dict[str, tuple[float, bool]] = {}
    for detections in PseudonymStore(study).scans(interview_id).values():
        for d in detections:
            key = term_key(d.text)
            risk, possible = found.get(key, (0.0, False))
            found[key] = (max(risk, float(d.risk)), possible or bool(d.possible))
    return found


def review_items(study, interview_id: int) -> list[dict]:
    """The interview's proposals ranked for review (see the module doc); scans new text first."""
    from storage.pseudonymise.pseudonymiser import Pseudonymiser, term_pattern

    rows = Pseudonymiser(study).proposals(interview_id)
    risks = _risks(study, interview_id)
    segments = _segments(study, interview_id)
    for order, row in enumerate(rows):
        risk, possible = risks.get(term_key(row["term"]), (1.0, False)) if row["source"] == "detected" else (1.0, False)
        row.update(risk=risk, possible=possible, order=order, segment_id=None, start=None, end=None)
        regex = re.compile(term_pattern(row["term"]), re.IGNORECASE)
        for segment in segments:
            match = regex.search(segment["text"] or "")
            if match:
                row["segment_id"] = segment["id"]
                row["start"], row["end"] = _word_time(segment, match.start(), match.end())
                break
    return sorted(rows, key=lambda r: (-r["risk"], not r["possible"], r["start"] is None, r["start"] or 0.0, r["order"]))


def play_range(row: dict, duration: float | None = None) -> tuple[float, float] | None:
    """(from, until) seconds to play for a row: the term with a little before and after; None without a place."""
    if row.get("start") is None:
        return None
    start = max(0.0, row["start"] - PLAY_BEFORE)
    until = row["end"] + PLAY_AFTER
    return start, min(until, duration) if duration else until
