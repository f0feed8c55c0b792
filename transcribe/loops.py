"""A segment Whisper left looping ("net net net net …"): its repeats cut back to one.

Whisper can fall into a loop, most of all in noise. The guards decode such a piece again with
temperature fallback (transcribe/engine.py), but when every temperature loops too, Whisper's own
fallback keeps the best-scoring attempt, loop and all: on held-out clips in 10 dB pink noise one
redone piece added some 150 words "net" to the transcript (docs/benchmarks.md). What the loop
repeats is not speech that was said that many times, so the run of repeats is cut back to its
first occurrence; the words before and after it stay, with their times. Only a run of three or more
repeats of the same one to four words is cut, so "ja ja" and a sentence said twice stay.

A loop can also hide inside one word ("u-for-dame-motor-t-mail-t-mail-t-mail"): too short for the
compression check, it is found by `loops_inside_a_word`, and the guards decode such a piece again.
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


def loops_inside_a_word(text: str) -> bool:
    """Whether a word of `text` (between spaces) repeats a part three or more times in a row: its
    parts between hyphens or other marks ("t-mail-t-mail-t-mail"), or its letters ("hahaha",
    "ijjjjjjj"); not numbers ("1.000.000.000"). People repeat words with spaces between them ("ja ja
    ja"); inside one word, only a laugh or a stutter written out does, and a needless second decode is
    all that costs."""
    for word in text.lower().split():
        parts = [part for part in re.split(r"[\W_]+", word) if part]
        if any(_repeats(parts, at, size) >= MIN_REPEATS and not "".join(parts[at: at + size]).isdigit()
               for size in range(1, MAX_WORDS + 1) for at in range(len(parts) - size + 1)):
            return True
        if GLUED_LOOP.search(word):
            return True
    return False


# letters repeated without a break: two or more, three times ("tmailtmailtmail"), or one letter five times
# ("ijjjjjjj"; "hmmm" stays); both seen in faster-whisper's batched output in noise (docs/benchmarks.md)
GLUED_LOOP = re.compile(r"([^\W\d_]{2,}?)\1{%d,}|([^\W\d_])\2{4,}" % (MIN_REPEATS - 1))


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
