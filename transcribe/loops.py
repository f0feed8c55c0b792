"""A segment Whisper left looping ("net net net net …"): its repeats cut back to one.

Whisper can fall into a loop, most of all in noise. The guards decode such a piece again with
temperature fallback (transcribe/engine.py), but when every temperature loops too, Whisper's own
fallback keeps the best-scoring attempt, loop and all: on held-out clips in 10 dB pink noise one
redone piece added some 150 words "net" to the transcript (docs/benchmarks.md). What the loop
repeats is not speech that was said that many times, so the run of repeats is cut back to its
first occurrence; the words before and after it stay, with their times. Only a run of three or more
repeats of the same one to four words is cut, so "ja ja" and a sentence said twice stay.

A loop can also hide inside one word ("u-for-dame-motor-t-mail-t-mail-t-mail"): too short for the
compression check, it is found by `loops_inside_a_word`, and the guards decode such a piece again. One that
outlives every temperature ("B-O-N-E-S-S-S-S-…" did, in 10 dB noise with all four) is cut to one copy of
what it repeats, as a run of words is.
"""
import re
from dataclasses import replace

from storage.segments import Segment

MIN_REPEATS = 3  # a run of this many copies or more is a loop
MAX_WORDS = 4  # the longest repeated unit looked for, in words
NUMBER_REPEATS = 5  # inside a word, a run of this many copies of digits is a loop


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
    """Whether a word of `text` (between spaces) repeats a part three or more times in a row: its parts
    between hyphens or other marks ("t-mail-t-mail-t-mail"), its letters ("hahaha", "ijjjjjjj"), or digits
    five times ("4,5,5,5,5,5"; "1.000.000.000" is a number). People repeat words with spaces between them
    ("ja ja ja"); inside one word only a laugh or a stutter written out does, and a needless second decode
    is all that costs."""
    return any(_word_loop_free(word) != word for word in text.split())


# Loops inside a word, each cut to its first copy (the unit is group 1):
WORD_LOOPS = (
    # the same 1-4 parts, marks between them: "t-mail-t-mail-t-mail", "B-O-N-E-S-S-S", "4,5,5,5,5,5"
    re.compile(r"((?:[^\W_]+[\W_]+){0,%d}?[^\W_]+)(?:[\W_]+\1){%d,}" % (MAX_WORDS - 1, MIN_REPEATS - 1),
               re.IGNORECASE),
    re.compile(r"([^\W\d_])\1{4,}"),  # one letter five times or more: "ijjjjjjj" ("hmmm" stays)
    re.compile(r"([^\W\d_]{2,}?)\1{%d,}" % (MIN_REPEATS - 1)),  # letters without a break: "pselpselpsel"
)


def _word_loop_free(word: str) -> str:
    """One word with each loop inside it cut to one copy of what it repeats ("u-for-t-mail-t-mail-t-mail-"
    -> "u-for-t-mail-", "ijjjjjjj" -> "ij"); the word itself if it has none."""
    for loop in WORD_LOOPS:
        word = loop.sub(_one_copy, word)
    return word


def _one_copy(match: re.Match) -> str:
    unit = match.group(1)
    copies = match.group(0).lower().count(unit.lower())
    digits = not any(c.isalpha() for c in unit)  # 1.000.000.000 repeats a group of three zeros
    return unit if copies >= (NUMBER_REPEATS if digits else MIN_REPEATS) else match.group(0)


def loop_free(segment: Segment) -> Segment:
    """The segment with every run of MIN_REPEATS or more copies of the same 1-4 words cut to one copy
    (by its words: the text is rebuilt from the words kept), and every loop inside a word cut the same way
    (a loop that outlived every fallback temperature: "B-O-N-E-S-S-S-S-…" did at 10 dB); the segment
    itself if it has neither."""
    words = [w._replace(word=cut) if (cut := _word_loop_free(w.word)) != w.word else w for w in segment.words]
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
    if kept == list(segment.words):
        return segment
    return replace(segment, text="".join(w.word for w in kept).strip(), words=kept)
