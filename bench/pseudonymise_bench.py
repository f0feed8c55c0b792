#!/usr/bin/env python3
"""Pseudonymisation benchmark: are planted names, places and numbers gone from a spoken interview's export?

Usage (from the repository root, with the project's virtualenv):

    .venv/bin/python bench/pseudonymise_bench.py [--voices nl,nl+f3,nl+m3] [--refresh]

The sentences (bench/pseudonymise_sentences.py) carry planted identifiers: first names, surnames
with particles, places, streets, house numbers, postcodes, phone numbers (digits and words),
e-mail addresses and dates. Each sentence is spoken by espeak-ng in every voice and goes the real way:
a study is created, the audio imported and transcribed with the embedded Whisper model; the
transcripts are cached in the git-ignored .bench-data/pseudonymise/ (`--refresh` redoes them).
Then a fresh study gets every transcript as an interview and each is exported as JSON, pseudonymised.

Scoring: the sentence is aligned with its transcript (word level, difflib); the transcript word(s)
aligned with a planted identifier are its rendering. Where the rendering still resembles the
identifier (character similarity >= 0.6, numbers compared as digits) it counts, and it is removed
when none of its words (particles aside) survives into the export. Over-redaction is the share of
the other transcript words that did not survive. deduce alone (the detector Veldwerk wrapped before)
is scored on the same transcripts. TUNING and HELDOUT sentences are reported apart; the held-out
ones were never used to tune the detector. Last, the time to scan a two-hour transcript.

Targets: recall >= 0.95, over-redaction <= 2 %, on both parts.
"""
import argparse
import difflib
import hashlib
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CACHE = ROOT / ".bench-data" / "pseudonymise"
PASSPHRASE = "bench-pseudonymise-passphrase"
VOICES = {"nl": 160, "nl+f3": 150, "nl+m3": 170}  # espeak-ng voice → words a minute
PARTICLES = {"de", "den", "der", "van", "het", "ten", "ter", "te", "el", "al", "in", "op", "aan", "bij", "t", "s"}
SIMILAR = 0.6


def parse(marked: str) -> tuple[str, list[tuple[int, int]]]:
    """The sentence without marks, and the character spans of its planted identifiers."""
    clean, spans, at = [], [], 0
    for part in re.split(r"(\{[^}]*\})", marked):
        if part.startswith("{"):
            spans.append((at, at + len(part) - 2))
            part = part[1:-1]
        clean.append(part)
        at += len(part)
    return "".join(clean), spans


def tokens(text: str) -> list[tuple[str, int, int]]:
    """Normalised words with their character spans; placeholders ([NAAM]) stay one token."""
    out = []
    for m in re.finditer(r"\[[A-Z-]+\]|[\w@.'\-]+", text):
        word = m.group(0).strip(".'-").lower()
        if word:
            out.append((word, m.start(), m.end()))
    return out


def digits(text: str) -> str:
    from storage.asr_numbers import spoken_digits

    return re.sub(r"\D", "", spoken_digits(text))


def similarity(rendering: str, planted: str) -> float:
    from rapidfuzz import fuzz

    flat = lambda s: re.sub(r"[\W_]", "", s.lower())  # noqa: E731
    score = fuzz.ratio(flat(rendering), flat(planted)) / 100
    d_r, d_p = digits(rendering), digits(planted)
    if len(d_p) >= 2 and d_r:
        score = max(score, fuzz.ratio(d_r, d_p) / 100)
    return score


# ------------------------------------------------------------------ synthesis and transcription

def _key(voice: str, sentence: str) -> str:
    return hashlib.sha256(f"{voice}\n{VOICES[voice]}\n{sentence}".encode()).hexdigest()[:20]


def prepare(voices: list[str], sentences: list[str], refresh: bool) -> None:
    """Speak, import and transcribe every sentence not cached yet (the real path), caching the segments."""
    from storage import Study
    from transcribe.importing import import_audio
    from transcribe.job import transcribe_interview

    todo = [(v, s) for v in voices for s in sentences if refresh or not (CACHE / v / f"{_key(v, s)}.json").exists()]
    if not todo:
        return
    print(f"transcribing {len(todo)} spoken sentences (cached afterwards in {CACHE})", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        study = Study.create(Path(tmp) / "bench.veldwerk", "bench", PASSPHRASE)
        study.participants.add("R01", "sekswerker")
        study.consent.record("R01", {i: True for i in (1, 2, 3, 4, 5)}, method="written", researcher="bench")
        started = time.perf_counter()
        for n, (voice, sentence) in enumerate(todo, 1):
            raw, wav = Path(tmp) / "raw.wav", Path(tmp) / "s.wav"
            subprocess.run(["espeak-ng", "-v", voice, "-s", str(VOICES[voice]), "-w", str(raw), sentence],
                           check=True, capture_output=True)
            subprocess.run(["sox", str(raw), "-r", "16000", "-c", "1", "-b", "16", str(wav), "pad", "0.3", "0.5"],
                           check=True, capture_output=True)
            iid = import_audio(study, "R01", wav)
            tid = transcribe_interview(study, iid)
            segments = [{"text": s["text"], "words": s["words"] or [], "start": s["start"], "end": s["end"],
                         "confidence": s["confidence"]} for s in study.transcripts.segments(tid)]
            out = CACHE / voice / f"{_key(voice, sentence)}.json"
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(json.dumps({"voice": voice, "sentence": sentence, "segments": segments}, ensure_ascii=False))
            if n % 20 == 0:
                print(f"  {n}/{len(todo)} ({time.perf_counter() - started:.0f} s)", flush=True)
        study.close()


def cached(voice: str, sentence: str) -> list[dict]:
    return json.loads((CACHE / voice / f"{_key(voice, sentence)}.json").read_text())["segments"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--voices", default=",".join(VOICES), help="espeak-ng voices (comma separated)")
    parser.add_argument("--refresh", action="store_true", help="speak and transcribe again instead of using the cache")
    parser.add_argument("--prepare-only", action="store_true", help="only speak and transcribe (fill the cache)")
    args = parser.parse_args()
    from bench.pseudonymise_sentences import HELDOUT, TUNING

    voices = [v for v in args.voices.split(",") if v]
    unknown = [v for v in voices if v not in VOICES]
    if unknown:
        parser.error(f"unknown voice(s) {', '.join(unknown)}; choose from {', '.join(VOICES)}")
    prepare(voices, [parse(s)[0] for s in TUNING + HELDOUT], args.refresh)
    if args.prepare_only:
        return 0
    return evaluate(voices, TUNING, HELDOUT)


if __name__ == "__main__":
    sys.exit(main())
