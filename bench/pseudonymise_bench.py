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
when none of its words that carry the identifier (particles aside) survives into the export.
Over-redaction is the share of the other transcript words (those that stand for an ordinary word of
the sentence; words Whisper invented are left out) that did not survive. deduce alone (the detector Veldwerk wrapped before)
is scored on the same transcripts. TUNING, HELDOUT and FRESH sentences are reported apart: the
held-out ones were not tuned on until their misses were read on 2026-11-28; the fresh ones were
written after that and never tuned on. Over-redaction is also given for the words Whisper got
right ("right words"): a lost garbled word costs a reader less than a lost word that was heard. The same sentences lower-cased (a recogniser that heard
every word but wrote no capitals) are scored too, apart from the voices: they show the detector's
own share. Last, the word error rate of the transcripts and the time to scan a two-hour transcript.

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
    from storage.pseudonymise.asr_numbers import spoken_digits

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
            segments = [{"text": s.text, "words": [list(w) for w in s.words], "start": s.start, "end": s.end,
                         "confidence": s.confidence} for s in study.transcripts.segments(tid)]
            out = CACHE / voice / f"{_key(voice, sentence)}.json"
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(json.dumps({"voice": voice, "sentence": sentence, "segments": segments}, ensure_ascii=False))
            if n % 20 == 0:
                print(f"  {n}/{len(todo)} ({time.perf_counter() - started:.0f} s)", flush=True)
        study.close()


LOWER = "lower-case text"  # not a voice: the sentence itself, lower-cased, as a perfect recogniser without capitals writes it


MISHEARD = "lower-case, misheard"  # the same, with planted words one letter off or split, as recognisers do


def misheard(marked: str) -> str:
    """The sentence lower-cased, each planted word of 6+ letters (numbers aside) one letter short, or
    split in two when it has 9+ letters: deterministic stand-ins for a recogniser's slips."""
    out = []
    for part in re.split(r"(\{[^}]*\})", marked):
        if part.startswith("{"):
            words = []
            for w in part[1:-1].split():
                if len(w) >= 9 and w.isalpha() and not digits(w):
                    w = w[:len(w) // 2] + " " + w[len(w) // 2:]
                elif len(w) >= 6 and w.isalpha() and not digits(w):
                    w = w[:len(w) // 2] + w[len(w) // 2 + 1:]
                words.append(w)
            part = "{" + " ".join(words) + "}"
        out.append(part)
    return "".join(out)


def cached(voice: str, sentence: str) -> list[dict]:
    if voice in (LOWER, MISHEARD):
        if voice == MISHEARD:
            sentence = _MISHEARD[sentence]
        words = sentence.lower().split()
        return [{"text": " " + sentence.lower(), "start": 0.0, "end": float(len(words)), "confidence": 0.9,
                 "words": [[float(i), i + 1.0, " " + w, 0.9] for i, w in enumerate(words)]}]
    return json.loads((CACHE / voice / f"{_key(voice, sentence)}.json").read_text())["segments"]


# ------------------------------------------------------------------ scoring

def align(reference: list[str], hypothesis: list[str]) -> list[int | None]:
    """For each hypothesis word, the reference word it stands for (None for an inserted word)."""
    from rapidfuzz import fuzz

    owner: list[int | None] = [None] * len(hypothesis)
    matcher = difflib.SequenceMatcher(None, reference, hypothesis, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            for k in range(j2 - j1):
                owner[j1 + k] = i1 + k
        elif tag == "replace":
            for j in range(j1, j2):
                guess = i1 + (j - j1) * (i2 - i1) // (j2 - j1)
                best = max(range(i1, i2), key=lambda i: (fuzz.ratio(reference[i], hypothesis[j]), -abs(i - guess)))
                owner[j] = best if fuzz.ratio(reference[best], hypothesis[j]) >= 40 else guess
    return owner


def kept(source: list[str], exported: list[str]) -> list[bool]:
    """Which source words survive into the exported text (in order)."""
    alive = [False] * len(source)
    for tag, i1, i2, _, _ in difflib.SequenceMatcher(None, source, exported, autojunk=False).get_opcodes():
        if tag == "equal":
            alive[i1:i2] = [True] * (i2 - i1)
    return alive


def _resembles(word: str, planted: str) -> bool:
    """Whether a word of a rendering carries part of the identifier (not a neighbour the alignment swept in)."""
    from rapidfuzz import fuzz

    parts = planted.lower().split() + [planted.lower()]
    return max(fuzz.ratio(word, p) for p in parts) >= 50 or (digits(word) and digits(planted))


class Score:
    def __init__(self):
        self.planted = self.removed = self.ordinary = self.lost = self.right = self.right_lost = 0
        self.missed: list[str] = []
        self.over: list[str] = []

    def add(self, marked: str, transcript: str, exported: str) -> None:
        sentence, spans = parse(marked)
        ref = tokens(sentence)
        owner_id = [next((k for k, (a, b) in enumerate(spans) if a <= s < b), None) for _, s, _ in ref]
        hyp = tokens(transcript)
        owners = align([w for w, _, _ in ref], [w for w, _, _ in hyp])
        alive = kept([w for w, _, _ in hyp], [w for w, _, _ in tokens(exported)])
        by_id: dict[int, list[int]] = {}
        for j, i in enumerate(owners):
            k = owner_id[i] if i is not None else None
            if k is not None:
                by_id.setdefault(k, []).append(j)
        counted = set()
        for k, js in by_id.items():
            rendering = " ".join(hyp[j][0] for j in js)
            planted = sentence[spans[k][0]:spans[k][1]]
            telling = [j for j in js if hyp[j][0] not in PARTICLES and _resembles(hyp[j][0], planted)]
            counted.update(js)
            if not telling or similarity(rendering, planted) < SIMILAR:
                continue
            self.planted += 1
            if any(alive[j] for j in telling):
                self.missed.append(f"{planted!r} as {rendering!r} in: {exported}")
            else:
                self.removed += 1
        for j, (word, _, _) in enumerate(hyp):
            if j in counted or owners[j] is None:  # part of an identifier's rendering, or not in the sentence at all
                continue
            if word.isdigit() and not digits(ref[owners[j]][0]):  # a number Whisper made up (or of a planted one)
                continue
            self.ordinary += 1
            right = word == ref[owners[j]][0]
            self.right += right
            if not alive[j]:
                self.lost += 1
                self.right_lost += right
                self.over.append(word)

    @property
    def recall(self) -> float:
        return self.removed / self.planted if self.planted else 1.0

    @property
    def over_redaction(self) -> float:
        return self.lost / self.ordinary if self.ordinary else 0.0

    @property
    def over_redaction_right(self) -> float:
        return self.right_lost / self.right if self.right else 0.0


def deduce_alone(text: str) -> str:
    """The text with what deduce alone detects replaced (Veldwerk's detector before the ASR-aware one)."""
    from storage.pseudonymise.deidentify import engine, kind_for, placeholder

    document = engine().deidentify(text)
    spans = sorted({(a.start_char, a.end_char, kind_for(a.tag)) for a in document.annotations})
    out, at = [], 0
    for start, end, kind in spans:
        if start < at:
            continue
        out.append(text[at:start] + placeholder(kind))
        at = end
    return "".join(out) + text[at:]


def veldwerk_exports(voices: list[str], sentences: list[str]) -> dict[tuple[str, str], str]:
    """(voice, sentence) → the text of its pseudonymised JSON export, through a fresh study."""
    import numpy as np

    from storage import Study
    from storage.exports import export

    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        study = Study.create(Path(tmp) / "score.veldwerk", "score", PASSPHRASE)
        for n, voice in enumerate(voices):
            code = f"R{n + 1:02d}"
            study.participants.add(code, "sekswerker")
            study.consent.record(code, {i: True for i in (1, 2, 3, 4, 5)}, method="written", researcher="bench")
            pid = study.participants.get(code)["id"]
            for sentence in sentences:
                segments = cached(voice, sentence)
                iid = study.interviews.create(code)
                seconds = max([s["end"] for s in segments] + [1.0])
                study.recordings.add_pcm(interview_id=iid, participant_id=pid, pcm=np.zeros(int(seconds * 16000), dtype=np.int16), sample_rate=16000)
                tid = study.transcripts.begin(iid, model="base", language="nl")
                study.transcripts.append_segments(tid, [dict(s, speaker="") for s in segments], progress_end=seconds)
                study.transcripts.complete(tid)
                target = Path(tmp) / f"{iid}.json"
                export(study, "json", target, interview_id=iid)
                doc = json.loads(target.read_text(encoding="utf-8"))
                out[(voice, sentence)] = " ".join(s["text"] for s in doc["segments"])
        study.close()
    return out


def scan_time(texts: list[str], hours: float = 2.0) -> tuple[float, int]:
    """Seconds the detector takes over a transcript of `hours` (distinct segments made of the bench's texts)."""
    from storage.pseudonymise import deidentify

    deidentify.detect("Warm up: Jan in Tilburg.")
    words_per_hour = 9000  # about 150 spoken words a minute
    segments, words, n = [], 0, 0
    while words < words_per_hour * hours:
        text = f"{texts[n % len(texts)]} Dat was de {n}e keer."
        segments.append(text)
        words += len(text.split())
        n += 1
    started = time.perf_counter()
    for text in segments:
        deidentify.detect(text)
    return time.perf_counter() - started, len(segments)


_MISHEARD: dict[str, str] = {}  # clean sentence → its misheard version (filled by evaluate)


def evaluate(voices: list[str], tuning: list[str], heldout: list[str], fresh: list[str]) -> int:
    everything = tuning + heldout + fresh
    clean = {m: parse(m)[0] for m in everything}
    _MISHEARD.update({clean[m]: parse(misheard(m))[0] for m in everything})
    exported = veldwerk_exports(voices + [LOWER, MISHEARD], list(clean.values()))
    rows, ok = [], True
    sets = (("tuning", tuning), ("held-out", heldout), ("fresh", fresh))
    for part, marked, sources in ([(name, marked, voices) for name, marked in sets]
                                  + [(f"{name}, lower-case text", marked, [LOWER]) for name, marked in sets]
                                  + [(f"{name}, misheard text", marked, [MISHEARD]) for name, marked in sets]):
        ours, base = Score(), Score()
        for voice in sources:
            for m in marked:
                transcript = " ".join(s["text"] for s in cached(voice, clean[m])).strip()
                ours.add(m, transcript, exported[(voice, clean[m])])
                base.add(m, transcript, deduce_alone(transcript))
        rows.append((part, ours, base))
        if sources == voices:
            ok &= ours.recall >= 0.95 and ours.over_redaction <= 0.02
    print(f"\npseudonymisation of spoken Dutch: {len(voices)} espeak-ng voices ({', '.join(voices)}), "
          f"{len(tuning)} tuning + {len(heldout)} held-out + {len(fresh)} fresh sentences; {platform.processor() or platform.machine()}, "
          f"{os.cpu_count()} cores")
    print(f"{'part':26} {'identifiers':>11} {'recall':>7} {'over-redaction':>15} {'(right words)':>14} "
          f"{'deduce recall':>14} {'deduce over':>12}")
    for part, ours, base in rows:
        print(f"{part:26} {ours.planted:>11} {ours.recall:>7.3f} {ours.over_redaction:>14.1%} "
              f"{ours.over_redaction_right:>14.1%} {base.recall:>14.3f} {base.over_redaction:>11.1%}   "
              f"({ours.lost}/{ours.ordinary} words lost, {ours.right_lost}/{ours.right} right ones)")
    import jiwer

    pairs = [(" ".join(w for w, _, _ in tokens(clean[m])), " ".join(w for w, _, _ in tokens(
        " ".join(seg["text"] for seg in cached(v, clean[m]))))) for v in voices for m in everything]
    print(f"word error rate of the transcripts against the sentences: {jiwer.wer(*map(list, zip(*pairs))):.0%} "
          "(how well Whisper understood the synthetic voices)")
    seconds, count = scan_time([clean[m] for m in tuning])
    print(f"scan of a two-hour transcript ({count} segments): {seconds:.1f} s")
    for part, ours, _ in rows:
        for line in ours.missed:
            print(f"  missed ({part}): {line}")
        if ours.over:
            print(f"  over-redacted ({part}): {', '.join(sorted(ours.over))}")
    print("targets (recall >= 0.95, over-redaction <= 2 % on every part):", "met" if ok else "NOT met")
    return 0 if ok else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--voices", default=",".join(VOICES), help="espeak-ng voices (comma separated)")
    parser.add_argument("--refresh", action="store_true", help="speak and transcribe again instead of using the cache")
    parser.add_argument("--keep-possible", action="store_true",
                        help="score with possible identifiers left in place (the default replaces them)")
    parser.add_argument("--prepare-only", action="store_true", help="only speak and transcribe (fill the cache)")
    args = parser.parse_args()
    from bench.pseudonymise_sentences import FRESH, HELDOUT, TUNING

    voices = [v for v in args.voices.split(",") if v]
    unknown = [v for v in voices if v not in VOICES]
    if unknown:
        parser.error(f"unknown voice(s) {', '.join(unknown)}; choose from {', '.join(VOICES)}")
    prepare(voices, [parse(s)[0] for s in TUNING + HELDOUT + FRESH], args.refresh)
    if args.prepare_only:
        return 0
    if args.keep_possible:
        from storage.pseudonymise import pseudonymiser as pseudonymise

        pseudonymise.REPLACE_POSSIBLE = False
    return evaluate(voices, TUNING, HELDOUT, FRESH)


if __name__ == "__main__":
    sys.exit(main())
