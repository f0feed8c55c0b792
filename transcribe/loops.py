"""A segment Whisper left looping ("net net net net …"): its repeats cut back to one.

Whisper can fall into a loop, most of all in noise. The guards decode such a piece again with
temperature fallback (transcribe/engine.py), but when every temperature loops too, Whisper's own
fallback keeps the best-scoring attempt, loop and all: on held-out clips in 10 dB pink noise one
redone piece added some 150 words "net" to the transcript (docs/benchmarks.md). What the loop
repeats is not speech that was said that many times, so the run of repeats is cut back to its
first occurrence; the words before and after it stay, with their times. Only a run of three or more
repeats of the same one to four words is cut, so "ja ja" and a sentence said twice stay.
"""
import re
from dataclasses import replace

from storage.segments import Segment

MIN_REPEATS = 3  # a run of this many copies or more is a loop
MAX_WORDS = 4  # the longest repeated unit looked for, in words


def _key(word: str) -> str:
    return re.sub(r"[^\w']", "", word.lower())


def _repeats(keys: list[str], at: int, size: int) -> int:
    """How many copies of keys[at:at+size] follow one another from `at`."""
    unit = keys[at: at + size]
    count = 1
    while keys[at + count * size: at + (count + 1) * size] == unit:
        count += 1
    return count


def loop_free(segment: Segment) -> Segment:
    """The segment with every run of MIN_REPEATS or more copies of the same 1-4 words cut to one copy
    (by its words: the text is rebuilt from the words kept); the segment itself if it has none."""
    words = list(segment.words)
    keys = [_key(w.word) for w in words]
    kept, at = [], 0
    while at < len(words):
        runs = [(count, size) for size in range(1, MAX_WORDS + 1)
                if at + size <= len(words) and all(keys[at: at + size])
                and (count := _repeats(keys, at, size)) >= MIN_REPEATS]
        if runs:  # the run that covers the most words
            count, size = max(runs, key=lambda run: run[0] * run[1])
            kept.extend(words[at: at + size])
            at += count * size
        else:
            kept.append(words[at])
            at += 1
    if len(kept) == len(words):
        return segment
    return replace(segment, text="".join(w.word for w in kept).strip(), words=kept)
