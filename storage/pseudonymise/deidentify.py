"""Detection of identifying details in Dutch text with deduce (offline), and their placeholders.

deduce's lookup tables take about 90 s to build the first time; they are cached in
`storage.paths.cache_dir()` (or taken prebuilt from a built app), and loading them later takes
seconds. `warm_up()` loads them once per process, meant for a background thread at app start.

    detect("Ik sprak Jan de Vries in Oisterwijk.")
    # [Detection(start=9, end=21, kind='naam', text='Jan de Vries'), Detection(25, 35, 'plaats', 'Oisterwijk')]
"""
import logging
import threading
from typing import NamedTuple

# Bumped whenever detection changes, so that stored scans are made again (see store.text_sha).
DETECTOR_VERSION = "deduce+asr-2"

# What deduce tags (after its own merging) → Veldwerk's kind of detail.
KINDS = {
    "persoon": "naam",
    "patient": "naam",
    "locatie": "plaats",
    "straat": "plaats",
    "telefoonnummer": "telefoon",
    "emailadres": "email",
    "datum": "datum",
    "url": "url",
    "bsn": "nummer",
    "id": "nummer",
    "leeftijd": "leeftijd",
    "zorginstelling": "instelling",
    "ziekenhuis": "instelling",
}

# The placeholder each kind of detail is replaced with by default.
PLACEHOLDERS = {
    "naam": "[NAAM]",
    "plaats": "[PLAATS]",
    "telefoon": "[TELEFOONNUMMER]",
    "email": "[E-MAIL]",
    "datum": "[DATUM]",
    "url": "[URL]",
    "nummer": "[NUMMER]",
    "leeftijd": "[LEEFTIJD]",
    "instelling": "[INSTELLING]",
    "overig": "[VERWIJDERD]",
}

# Labels for review lists (Dutch, as the researcher sees them).
KIND_LABELS = {
    "naam": "naam",
    "plaats": "plaats",
    "telefoon": "telefoonnummer",
    "email": "e-mailadres",
    "datum": "datum",
    "url": "webadres",
    "nummer": "nummer",
    "leeftijd": "leeftijd",
    "instelling": "instelling",
    "overig": "overig",
}


class Detection(NamedTuple):
    """One detected detail: character span in the text, its kind (see PLACEHOLDERS) and the text itself."""

    start: int
    end: int
    kind: str
    text: str
    risk: float = 1.0  # 0..1, how likely this identifies someone (ranks the review list)
    possible: bool = False  # a possible identifier the detector is unsure of: shown first for review


def kind_for(tag: str) -> str:
    """Veldwerk's kind for a deduce tag (deduce may join tags, e.g. 'straat+huisnummer')."""
    tag = tag.lower()
    if tag in KINDS:
        return KINDS[tag]
    for part in tag.replace("-", "+").split("+"):
        if part in KINDS:
            return KINDS[part]
    if "naam" in tag or "initiaal" in tag:
        return "naam"
    return "overig"


def placeholder(kind: str) -> str:
    """The default replacement for a kind of detail, e.g. '[NAAM]'."""
    return PLACEHOLDERS.get(kind, PLACEHOLDERS["overig"])


_engine = None
_lock = threading.Lock()


def _cache_path():
    from resources.bundle import deduce_cache_path
    from storage.paths import cache_dir

    return deduce_cache_path() or cache_dir()


def _import_deduce():
    """Import deduce without letting it turn on debug logging to stdout (it calls basicConfig)."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    try:
        import deduce
    finally:
        for handler in root.handlers[:]:
            if handler not in handlers:
                root.removeHandler(handler)
        root.setLevel(level)
    return deduce


def engine():
    """The process's deduce instance, loading (or the first time building) its lookup tables."""
    global _engine
    with _lock:
        if _engine is None:
            deduce = _import_deduce()
            quiet = logging.getLogger()
            level = quiet.level
            quiet.setLevel(max(level, logging.WARNING))  # deduce logs progress, never needed here
            try:
                _engine = deduce.Deduce(cache_path=_cache_path())
            finally:
                quiet.setLevel(level)
        return _engine


def warm_up() -> None:
    """Load deduce's lookup tables now (building and caching them the first time)."""
    engine()


def is_warm() -> bool:
    """Whether the tables are loaded in this process."""
    return _engine is not None


def detect(text: str, words=None) -> list[Detection]:
    """Identifying details in the text, in text order, without overlaps: deduce's and those of the
    speech-recognition-aware detector (storage/pseudonymise/asr_identifiers.py); `words` are Whisper's
    `[[start, end, word, probability], ...]` for the text, when it has them.

    Overlapping finds become one detection over their union, of the kind of the longest
    (a phone number deduce half took for a date stays a phone number), possible only when all were.
    """
    if not text or not text.strip():
        return []
    from storage.pseudonymise import asr_identifiers

    document = engine().deidentify(text)
    found = [Detection(a.start_char, a.end_char, kind_for(a.tag), a.text, 0.9, False) for a in document.annotations]
    ours = asr_identifiers.detect(text, words)
    found = [d for d in found if not _capital_of_a_sentence(text, d, ours)] + ours
    return merge(text, found)


def _capital_of_a_sentence(text: str, found: Detection, ours: list[Detection]) -> bool:
    """deduce's name that is only a capitalised ordinary word opening a sentence ("Mooi, de kaart ...",
    "Koop dicht."): Whisper capitalises every sentence's first word, so that capital says nothing. The
    speech-aware detector, which judges such words by their lower-case form and the cues around them,
    decides alone there (it still finds "Jan, kom je ook?")."""
    from storage.pseudonymise.dutch_words import is_ordinary

    if found.kind != "naam" or " " in found.text.strip() or any(d.start < found.end and found.start < d.end for d in ours):
        return False
    before = text[:found.start].rstrip()
    return (not before or before[-1] in ".?!:") and is_ordinary(found.text)


def merge(text: str, found: list[Detection]) -> list[Detection]:
    """Overlapping detections joined into one over their union (see `detect`)."""
    result: list[Detection] = []
    groups: list[list[Detection]] = []
    for item in sorted(found, key=lambda d: (d.start, -(d.end - d.start))):
        end = max(d.end for d in groups[-1]) if groups else 0
        joins_name = item.kind == "naam" and groups[-1][0].kind == "naam" if groups else False
        if groups and (item.start < end or (joins_name and not text[end:item.start].strip())):
            groups[-1].append(item)
        else:
            groups.append([item])
    for group in groups:
        start, end = group[0].start, max(d.end for d in group)
        longest = max(group, key=lambda d: (d.end - d.start, not d.possible, d.risk))
        result.append(Detection(start, end, longest.kind, text[start:end], max(d.risk for d in group),
                                all(d.possible for d in group)))
    return result
