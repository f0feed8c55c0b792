"""Pseudonymisation of interview text before it leaves the study.

What gets replaced in an interview's text:
- every detail the detector finds (deduce and the detector for speech-recognised text, see
  storage/pseudonymise/deidentify.py: names, places, phone numbers, e-mail addresses, dates, ...), by
  its placeholder (`[NAAM]`, `[PLAATS]`, `[TELEFOONNUMMER]`, `[E-MAIL]`, `[DATUM]`...) unless the
  researcher rejected it for this interview or put it on the study's keep list; a term detected
  anywhere in the interview is replaced everywhere in it (also where the detector lacks context),
  and so are the words of a detected multi-word name or place ("Vries" of "Jan de Vries");
  possible identifiers (`Detection.possible`) are replaced where found (`REPLACE_POSSIBLE`);
- the study's replacement list (a nickname → R03, and every term accepted or added in any
  interview), always, with variant spellings (storage/pseudonymise/term_variants.py).

    redact = Redactor(study, interview_id)
    redact("Ik sprak Jan de Vries in Oisterwijk.")   # 'Ik sprak [NAAM] in [PLAATS].'

Text may carry CUT marks (U+E000): they are ignored by detection and kept in the output, so an
exporter can redact a whole segment once and split it at coding boundaries afterwards; a mark
inside a replaced stretch moves behind its replacement.

`Pseudonymiser(study)` is the review side: the proposals per interview and the decisions on them.
"""
import json
import re
from dataclasses import dataclass

from storage.pseudonymise import deidentify
from storage.pseudonymise.deidentify import KIND_LABELS, Detection, placeholder, warm_up  # noqa: F401 - warm_up is API
from storage.pseudonymise.dutch_words import is_ordinary
from storage.pseudonymise.store import PseudonymStore, term_key, text_sha
from storage.pseudonymise.term_variants import VariantMatcher

CUT = "\ue000"

# Words that are part of a name or place but say nothing on their own.
_PARTICLES = {
    "de", "den", "der", "van", "het", "ten", "ter", "te", "la", "le", "du", "da", "di", "op", "in", "aan", "bij",
    "en", "von", "zu", "el", "al", "st", "sint", "mevrouw", "meneer", "dhr", "mevr", "mw", "dr", "mr", "ir",
}
# Kinds whose separate words are replaced wherever they occur in the interview (not institutions:
# "GGD" of "GGD Hart voor Brabant" is a stakeholder the research is about, not a person's trace).
_WORDWISE = {"naam", "plaats"}

# Whether possible identifiers (Detection.possible) are replaced before the researcher decided on them.
# They are: a missed name can harm a participant, an extra [NAAM] costs a word (measured in
# bench/pseudonymise_bench.py; see docs/exports.md).
REPLACE_POSSIBLE = True

# Priority when stretches overlap: the study's list, then added terms, then detections.
_LIST, _ADDED, _DETECTED = 3, 2, 1


@dataclass(frozen=True)
class Span:
    """A stretch of a text to replace."""

    start: int
    end: int
    replacement: str
    priority: int


def interview_texts(study, interview_id: int) -> list[str]:
    """Every text of an interview that an export may include: segments, memos, speaker names."""
    transcript = study.transcripts.for_interview(interview_id)
    if transcript is None:
        return []
    texts = [r[0] for r in study.conn.execute("SELECT text FROM segments WHERE transcript_id = ?", [transcript.id])]
    texts += [r[0] for r in study.conn.execute("SELECT memo FROM codings WHERE transcript_id = ?", [transcript.id])]
    texts += [str(name) for name in transcript.speakers.values()]
    texts += [r[0] for r in study.conn.execute("SELECT DISTINCT speaker FROM segments WHERE transcript_id = ?", [transcript.id])]
    return [t for t in texts if t and t.strip()]


def segment_words(study, interview_id: int) -> dict[str, list]:
    """Whisper's words (`[[start, end, word, probability], ...]`) of each segment text of the interview."""
    transcript = study.transcripts.for_interview(interview_id)
    if transcript is None:
        return {}
    rows = study.conn.execute("SELECT text, words FROM segments WHERE transcript_id = ?", [transcript.id])
    return {text: json.loads(words) for text, words in rows if text and words}


def scan(study, interview_id: int, progress=None) -> int:
    """Run the detector over the interview's texts not scanned yet and store what it finds; returns how many.

    `progress(done, total)` is called along the way (for a progress bar).
    """
    return len(_scan(study, interview_id, progress)[1])


def _scan(study, interview_id: int, progress=None) -> tuple[dict, dict]:
    """(every current text's detections by sha256, the newly scanned ones)."""
    store = PseudonymStore(study)
    known = store.scans(interview_id)
    texts = {text_sha(t): t for t in interview_texts(study, interview_id)}
    missing = [sha for sha in texts if sha not in known]
    words = segment_words(study, interview_id) if missing else {}
    found = {}
    for done, sha in enumerate(missing, start=1):
        found[sha] = deidentify.detect(texts[sha], words.get(texts[sha]))
        if progress:
            progress(done, len(missing))
    if found or set(known) - set(texts):
        store.save_scans(interview_id, found, set(texts))
    current = {sha: known[sha] for sha in texts if sha in known}
    current.update(found)
    return current, found


def term_pattern(term: str) -> str:
    """A regex matching the term as whole words, any white space between its words."""
    return r"(?<!\w)" + r"\s+".join(re.escape(w) for w in term.split()) + r"(?!\w)"


def _words(term: str) -> list[str]:
    """The telling words of a multi-word name or place."""
    words = [w.strip(".,;:'\"()") for w in term.split()]
    if len(words) < 2:
        return []
    return [w for w in words if len(w) >= 3 and w.casefold() not in _PARTICLES and (w[:1].isupper() or not is_ordinary(w))]


class _Matcher:
    """Finds any of a set of terms (case-insensitive, whole words) and knows each one's replacement."""

    def __init__(self, terms: dict[str, tuple[str, str]], priority: int):
        # terms: key → (term, replacement)
        self.priority = priority
        self.replacements = {key: replacement for key, (_, replacement) in terms.items()}
        ordered = sorted(terms.values(), key=lambda tr: -len(tr[0]))
        self.regex = re.compile("|".join(term_pattern(t) for t, _ in ordered), re.IGNORECASE) if ordered else None

    def spans(self, text: str) -> list[Span]:
        if self.regex is None:
            return []
        found = []
        for match in self.regex.finditer(text):
            replacement = self.replacements.get(term_key(match.group(0)))
            if replacement is not None:
                found.append(Span(match.start(), match.end(), replacement, self.priority))
        return found


class _VariantSpans:
    """The study's list: its terms and their variant spellings (storage/pseudonymise/term_variants.py)."""

    def __init__(self, terms: dict[str, tuple[str, str]], priority: int):
        self.priority = priority
        self.matcher = VariantMatcher(terms)

    def spans(self, text: str) -> list[Span]:
        return [Span(a, b, replacement, self.priority) for a, b, replacement in self.matcher.find(text)]


class Redactor:
    """Callable text → pseudonymised text for one interview, applying the stored decisions."""

    def __init__(self, study, interview_id: int):
        self.study, self.interview_id = study, interview_id
        store = PseudonymStore(study)
        self._detections = _scan(study, interview_id)[0]
        self._live: dict[str, list[Detection]] = {}
        decisions = store.decisions(interview_id)
        entries = store.list_entries()
        self._suppressed = {e["term_key"] for e in entries if e["action"] == "keep"}
        self._suppressed |= {k for k, d in decisions.items() if d["decision"] == "reject"}
        self._custom = {k: d["replacement"] for k, d in decisions.items() if d["decision"] != "reject" and d["replacement"]}
        self._list = _VariantSpans(
            {e["term_key"]: (e["term"], e["replacement"]) for e in entries
             if e["action"] == "replace" and e["term_key"] not in self._suppressed}, _LIST
        )
        self._added = _Matcher(
            {k: (d["term"], d["replacement"] or placeholder(d["kind"])) for k, d in decisions.items() if d["decision"] == "add"},
            _ADDED,
        )
        self._terms = _Matcher(self._interview_terms(), _DETECTED)

    def _interview_terms(self) -> dict[str, tuple[str, str]]:
        """Terms detected anywhere in the interview (and their telling words), minus the rejected and kept."""
        terms: dict[str, tuple[str, str]] = {}
        words: dict[str, tuple[str, str]] = {}
        for detections in self._detections.values():
            for d in detections:
                key = term_key(d.text)
                if not key or key in self._suppressed or d.possible:  # a possible one is replaced where found only
                    continue
                replacement = self._custom.get(key) or placeholder(d.kind)
                terms.setdefault(key, (d.text, replacement))
                if d.kind in _WORDWISE:
                    for word in _words(d.text):
                        words.setdefault(term_key(word), (word, replacement))
        for key, value in words.items():
            if key not in self._suppressed:
                terms.setdefault(key, value)
        return terms

    def detections(self, text: str) -> list[Detection]:
        """What the detector finds in the text (stored when the text is one of the interview's)."""
        sha = text_sha(text)
        found = self._detections.get(sha)
        if found is None:
            found = self._live.get(sha)
        if found is None:
            found = self._live[sha] = deidentify.detect(text)
        return found

    def spans(self, text: str) -> list[Span]:
        """The stretches of `text` (without CUT marks) to replace, in text order, not overlapping."""
        candidates = self._list.spans(text) + self._added.spans(text) + self._terms.spans(text)
        for d in self.detections(text):
            key = term_key(d.text)
            if key not in self._suppressed and (REPLACE_POSSIBLE or not d.possible or key in self._custom):
                candidates.append(Span(d.start, d.end, self._custom.get(key) or placeholder(d.kind), _DETECTED))
        chosen: list[Span] = []
        for span in sorted(candidates, key=lambda s: (-s.priority, -(s.end - s.start), s.start)):
            if all(span.end <= c.start or span.start >= c.end for c in chosen):
                chosen.append(span)
        return sorted(chosen, key=lambda s: s.start)

    def __call__(self, text: str) -> str:
        if not text:
            return text
        marks = []
        if CUT in text:
            at = text.find(CUT)
            while at >= 0:
                marks.append(at - len(marks))
                at = text.find(CUT, at + 1)
        clean = text.replace(CUT, "") if marks else text
        spans = self.spans(clean) if clean.strip() else []
        out, at, m = [], 0, 0
        for span in spans:
            while m < len(marks) and marks[m] <= span.start:
                out.append(clean[at:marks[m]] + CUT)
                at = marks[m]
                m += 1
            out.append(clean[at:span.start] + span.replacement)
            at = span.end
            while m < len(marks) and marks[m] < span.end:  # a cut inside a replaced stretch moves behind it
                out.append(CUT)
                m += 1
        while m < len(marks):
            out.append(clean[at:marks[m]] + CUT)
            at = marks[m]
            m += 1
        out.append(clean[at:])
        return "".join(out)


def redact_pieces(ctx, interview_id: int, text: str, cuts: list[int]) -> list[str]:
    """`text` cut at the character offsets `cuts` (len(cuts) + 1 pieces), redacted as a whole through `ctx.redact`.

    The detector sees the whole text, so a name split by a cut is still found; its replacement
    goes into the piece where the name starts.
    """
    text = text.replace(CUT, "\ufffd")
    bounds = sorted(max(0, min(len(text), c)) for c in cuts)
    pieces, at = [], 0
    for cut in bounds:
        pieces.append(text[at:cut])
        at = cut
    pieces.append(text[at:])
    redacted = ctx.redact(interview_id, CUT.join(pieces)).split(CUT)
    if len(redacted) != len(pieces):  # never hand back text whose redaction went astray
        raise RuntimeError("redaction lost a cut mark")
    return redacted


def _context(text: str, start: int, end: int, width: int = 40) -> str:
    """The words around text[start:end] ('… ik sprak Jan de Vries gisteren …'), cut at word boundaries."""
    lo, hi = max(0, start - width), min(len(text), end + width)
    if lo > 0:
        space = text.find(" ", lo, start)
        lo = space + 1 if space >= 0 else lo
    if hi < len(text):
        space = text.rfind(" ", end, hi)
        hi = space if space >= 0 else hi
    return ("… " if lo > 0 else "") + " ".join(text[lo:hi].split()) + (" …" if hi < len(text) else "")


class Pseudonymiser:
    """The review of proposed replacements per interview and the study's replacement list."""

    def __init__(self, study):
        self.study = study
        self.store = PseudonymStore(study)

    def scan(self, interview_id: int, progress=None) -> int:
        """Detect in the interview's new or changed texts; returns how many texts were scanned."""
        self.study.interviews.get(interview_id)
        return scan(self.study, interview_id, progress)

    def proposals(self, interview_id: int) -> list[dict]:
        """What will be replaced in the interview and why, one row a term, in order of appearance.

        Each: term, kind, kind_label, count (occurrences), source (detected | added | list),
        decision (default | accept | reject | add | replace | keep), replacement (what goes in its place, or the term),
        context (the words around its first occurrence, for the review screen; empty when it does not occur).
        """
        self.scan(interview_id)
        texts = interview_texts(self.study, interview_id)
        scans = self.store.scans(interview_id)
        decisions = self.store.decisions(interview_id)
        entries = {e["term_key"]: e for e in self.store.list_entries()}
        rows: dict[str, dict] = {}
        for text in texts:
            for d in scans.get(text_sha(text), []):
                key = term_key(d.text)
                row = rows.setdefault(key, {"term": d.text, "kind": d.kind, "count": 0, "source": "detected"})
                row["count"] += 1
                row.setdefault("context", _context(text, d.start, d.end))
        for key, d in decisions.items():
            if d["decision"] == "add":
                rows.setdefault(key, {"term": d["term"], "kind": d["kind"], "count": 0, "source": "added"})
        for key, e in entries.items():
            if key not in rows and e["action"] == "replace":
                rows[key] = {"term": e["term"], "kind": "overig", "count": 0, "source": "list"}
        for key, row in list(rows.items()):
            if row["source"] != "detected":
                regex = re.compile(term_pattern(row["term"]), re.IGNORECASE)
                row["count"] = sum(len(regex.findall(t)) for t in texts)
                first = next((m for m in (regex.search(t) for t in texts) if m), None)
                row["context"] = _context(first.string, first.start(), first.end()) if first else ""
                if row["source"] == "list" and not row["count"]:
                    del rows[key]
                    continue
            entry, decision = entries.get(key), decisions.get(key)
            if entry is not None and decision is None:
                row["decision"] = entry["action"]
                row["replacement"] = entry["replacement"] if entry["action"] == "replace" else row["term"]
            elif decision is not None:
                row["decision"] = decision["decision"]
                row["replacement"] = (
                    row["term"] if decision["decision"] == "reject" else decision["replacement"] or placeholder(row["kind"])
                )
            else:
                row["decision"] = "default"
                row["replacement"] = placeholder(row["kind"])
            row["kind_label"] = KIND_LABELS.get(row["kind"], row["kind"])
        return list(rows.values())

    def accept(self, interview_id: int, term: str, replacement: str = "", author: str = "") -> None:
        """Replace the term (by its placeholder, or by `replacement`) in this interview and, through the
        study's replacement list, in every interview and every later transcript, variant spellings included."""
        kind = self._kind(interview_id, term)
        with self.study.transaction():
            self.store.decide(interview_id, term, "accept", kind=kind, replacement=replacement, author=author)
            self.store.set_list_entry(term, "replace", replacement or placeholder(kind))

    def reject(self, interview_id: int, term: str, author: str = "") -> None:
        """Keep the term as it is in this interview (the detector was wrong); an earlier accept of it here
        leaves the study's list."""
        kind = self._kind(interview_id, term)
        previous = self.store.decisions(interview_id).get(term_key(term))
        with self.study.transaction():
            self.store.decide(interview_id, term, "reject", kind=kind, author=author)
            self._drop_list_entry(previous, term)

    def add(self, interview_id: int, term: str, kind: str = "naam", replacement: str = "", author: str = "") -> None:
        """Replace a term the detector missed, everywhere in the study (as `accept`)."""
        with self.study.transaction():
            self.store.decide(interview_id, term, "add", kind=kind, replacement=replacement, author=author)
            self.store.set_list_entry(term, "replace", replacement or placeholder(kind))

    def undo(self, interview_id: int, term: str) -> None:
        """Forget the decision about a term (and the list entry an accept or add made of it)."""
        decision = self.store.decisions(interview_id).get(term_key(term))
        with self.study.transaction():
            self.store.undecide(interview_id, term)
            self._drop_list_entry(decision, term)

    def _drop_list_entry(self, decision: dict | None, term: str) -> None:
        """Remove the list entry an accept or add (`decision`) put there, unless it was changed since."""
        if decision and decision["decision"] != "reject":
            entry = next((e for e in self.store.list_entries() if e["term_key"] == term_key(term)), None)
            made = decision["replacement"] or placeholder(decision["kind"])
            if entry and entry["action"] == "replace" and entry["replacement"] == made:
                self.store.remove_list_entry(term)

    def _kind(self, interview_id: int, term: str) -> str:
        """The kind of a proposed term (a detected term or a word of a detected name or place)."""
        self.scan(interview_id)
        key = term_key(term)
        for detections in self.store.scans(interview_id).values():
            for d in detections:
                if term_key(d.text) == key:
                    return d.kind
                if d.kind in _WORDWISE and key in {term_key(w) for w in _words(d.text)}:
                    return d.kind
        current = self.store.decisions(interview_id).get(key)
        if current:
            return current["kind"]
        from storage.errors import NotFound

        raise NotFound(key="pseudonym.no_proposal", interview_id=interview_id)

    # -- the study's replacement list -----------------------------------------------------------
    def replacement_list(self) -> list[dict]:
        """{term, action (replace | keep), replacement} for the whole study."""
        return [{k: e[k] for k in ("term", "action", "replacement")} for e in self.store.list_entries()]

    def replace_everywhere(self, term: str, replacement: str) -> None:
        """Replace the term by `replacement` in every interview (for example a nickname → R03)."""
        self.store.set_list_entry(term, "replace", replacement)

    def keep_everywhere(self, term: str) -> None:
        """Never replace the term (for example the study's own town or a stakeholder organisation)."""
        self.store.set_list_entry(term, "keep")

    def remove_from_list(self, term: str) -> None:
        self.store.remove_list_entry(term)
