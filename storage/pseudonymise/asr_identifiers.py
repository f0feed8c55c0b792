"""Identifying details in speech-recognised Dutch: names in lower case, split or misspelled, numbers as words.

deduce (storage/pseudonymise/deidentify.py) was built for typed text; this detector adds what speech recognition
needs, and `deidentify.detect` joins both:

- first names, surnames (with particles), places and streets looked up in deduce's own lists without
  regard to case, also written apart ("vlaar dingen") and, for words of 5+ letters that are not
  ordinary Dutch, one or two letters off; ordinary words (storage/dutch_words.py) count only in a
  name position;
- name positions: after "ik heet / mijn naam is", a relation ("collega", "zus", "ex", ...), "meneer /
  mevrouw", a role ("wethouder", "agent", ...), next to another name; places after "in / uit / naar /
  bij / te";
- phone numbers, house numbers, postcodes and dates as digits or as words; e-mail addresses;
- Whisper's word probabilities: an unknown word in a name position that Whisper was unsure of is a
  *possible* identifier (`Detection.possible`), ranked by `Detection.risk`.

    detect("mijn collega jan van der berg woont in vlaardingen")
"""
import re
import threading
from pathlib import Path

from storage.pseudonymise.asr_numbers import MONTHS, token_digits
from storage.pseudonymise.deidentify import Detection
from storage.pseudonymise.dutch_words import EVERYDAY, lexicon

# Words before a person's name ("mijn collega jan", "meneer de jong", "ik heet sanne").
PERSON_CUES = frozenset("""
heet heette heten noemde noemen collega collegaatje vriend vriendin vriendje zus zusje broer broertje dochter zoon
moeder vader opa oma oom tante neef nicht ex buurvrouw buurman buurjongen buurmeisje meneer mevrouw mevr mw dhr
juffrouw juf meester wethouder burgemeester agent agente rechercheur hulpverlener hulpverleenster begeleider
begeleidster dokter huisarts advocaat pooier klant vriendinnetje partner man vrouw schoonmoeder schoonvader stiefvader
stiefmoeder baas chef leidinggevende manager directeur coördinator wijkagent ambtenaar consulent casemanager
""".split())
# Relations that are also everyday words: a name only when a name-like word follows (not "mijn man zei").
_WEAK_CUES = frozenset({"man", "vrouw", "klant", "baas", "partner", "vader", "moeder"})
# Particles that are far more often prepositions: a surname after them must not be an ordinary word.
_PREPOSITIONS = frozenset({"in", "op", "aan", "bij", "het"})
PLACE_CUES = frozenset({"in", "uit", "naar", "bij", "te", "vanuit", "richting", "rond", "nabij", "buiten"})
PARTICLES = frozenset({
    "de", "den", "der", "van", "het", "ten", "ter", "te", "la", "le", "du", "da", "di", "op", "in", "aan", "bij",
    "von", "el", "al", "'t", "t", "vd", "v", "d", "ben", "bin", "abu", "ait", "ibn", "dos", "das", "del", "della",
})
STREET_SUFFIXES = (
    "straat", "laan", "weg", "plein", "gracht", "kade", "dijk", "singel", "steeg", "dreef", "hof", "park", "pad",
    "plantsoen", "markt", "erf", "wal", "kanaal", "baan", "hage", "akker", "veld", "dam", "haven",
)
MONTH_SET = frozenset(MONTHS) | {"jan", "feb", "mrt", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dec"}
# Words never read as a name, whatever comes before them.
_NEVER = frozenset("""
zei zegt zeg zeggen ging gaat gaan ga kwam komt komen kom belde belt bellen woont woonde wonen werkt werkte werken
zit zat staat stond weet wist denk dacht vind vond vindt kreeg krijg krijgt liet laat moest mocht mag kun kunt
doet deed doen gedaan gezegd gehad geweest heel echt gewoon altijd nooit soms vaak even meteen eigenlijk natuurlijk
toch zelf allemaal iets niets niks iemand niemand alles veel weinig meer minder beetje best goed slecht

ik je jij u hij zij ze we wij jullie het een de die dat dit deze niet wel ook nog al maar en of want dus toen
dan als is was ben bent zijn waren heb heeft had hebben wordt werd word kan kon moet moest zal zou wil wilde
mijn jouw zijn haar ons onze hun er hier daar waar wat wie hoe nu heel erg zo zeer ja nee oké eh uh ehm hè
met van voor naar in op aan bij uit om over door tegen zonder tot na onder
""".split())
LOW_PROBABILITY = 0.5
# Cues before a phone number: "bel me op nul zes ...", "mijn nummer is nul ...".
PHONE_CUES = frozenset({"op", "is", "nummer", "bellen", "bel", "bereiken", "telefoon", "mobiel", "telefoonnummer"})
# Pieces of a number word as a recogniser garbles it ("teenhonderd", "negentatig", "tinhondert").
_NUMBERISH = re.compile(r"(?:honder[dt]|duizen[dt]|[tg][iae]{1,2}g|tien|ntig)$|^(?:negen|zeven|acht|twee|drie|vier|vijf)\w{3,}$")

_WORD = re.compile(r"[^\W_](?:[\w'’]*[^\W_])?(?:-[^\W_]+)*", re.UNICODE)
_EMAIL = re.compile(
    r"[\w.+-]+\s*(?:@|\bapenstaartje\b|\bat\b)\s*[\w-]+(?:\s*(?:\.|\bpunt\b)\s*[\w-]+)*\s*(?:\.|\bpunt\b)\s*"
    r"(?:nl|com|net|org|eu|be|info|nu)\b",
    re.IGNORECASE,
)


class Tables:
    """deduce's name and place lists, case-folded, with length buckets for the near matches."""

    def __init__(self):
        import deduce

        src = Path(deduce.__file__).parent / "data" / "lookup" / "src"
        self.first = self._read(src / "names" / "lst_first_name")
        self.surname = self._read(src / "names" / "lst_surname") | self._read(src / "names" / "lst_interfix_surname")
        places = src / "locations" / "lst_placename"
        self.place = set()
        for sub in ("lst_residence", "lst_municipality", "lst_province", "lst_region"):
            self.place |= self._read(places / sub)
        self.street = self._read(src / "locations" / "lst_street")
        self.common = self._read(src / "whitelist" / "lst_common_word") | self._read(src / "whitelist" / "lst_stop_word")
        # Multi-word entries, without spaces or hyphens, for names and places written apart or together.
        self.joined = {}
        for kind, items in (("plaats", self.place), ("plaats", self.street), ("naam", self.surname),
                            ("naam", self.first)):
            for item in items:
                flat = _flat(item)
                if len(flat) >= 6:
                    self.joined.setdefault(flat, kind)
        self.single = {}
        for kind, items in (("plaats", self.street), ("plaats", self.place), ("naam", self.surname), ("naam", self.first)):
            for item in items:
                if " " not in item and len(item) >= 5:
                    self.single[item] = kind
        self.by_length: dict[int, list[str]] = {}
        for item in self.single:
            self.by_length.setdefault(len(item), []).append(item)

    def near_joined(self, flat: str) -> str | None:
        """A multi-word place or name written together ("denbosch") within 1 edit (2 from 8 letters)."""
        from rapidfuzz.distance import Levenshtein
        from rapidfuzz.process import extractOne

        if not hasattr(self, "_joined_list"):
            self._joined_list = list(self.joined)
        limit = 1 if len(flat) < 8 else 2
        hit = extractOne(flat, self._joined_list, scorer=Levenshtein.distance, score_cutoff=limit)
        return self.joined[hit[0]] if hit else None

    @staticmethod
    def _read(folder: Path) -> set[str]:
        items = {" ".join(line.split()).casefold() for line in _lines(folder / "items.txt")}
        items -= {" ".join(line.split()).casefold() for line in _lines(folder / "exceptions.txt")}
        return {i for i in items if i}

    def near(self, word: str) -> tuple[str, str, int] | None:
        """(entry, kind, distance) of a list entry within 1 edit (5-7 letters) or 2 (8+), else None."""
        from rapidfuzz.distance import Levenshtein
        from rapidfuzz.process import extractOne

        limit = 1 if len(word) < 8 else 2
        best = None
        for length in range(len(word) - limit, len(word) + limit + 1):
            choices = self.by_length.get(length)
            if not choices:
                continue
            hit = extractOne(word, choices, scorer=Levenshtein.distance, score_cutoff=limit)
            if hit and (best is None or hit[1] < best[2]):
                best = (hit[0], self.single[hit[0]], hit[1])
        return best


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines() if path.exists() else []


def _flat(text: str) -> str:
    return re.sub(r"[\s\-'’.]", "", text.casefold())


_tables: Tables | None = None
_lock = threading.Lock()


def tables() -> Tables:
    """The lookup tables, built once per process (about a second)."""
    global _tables
    with _lock:
        if _tables is None:
            _tables = Tables()
        return _tables


class _Token:
    __slots__ = ("text", "low", "start", "end", "prob", "ordinary")

    def __init__(self, match, prob):
        self.text, self.start, self.end = match.group(0), match.start(), match.end()
        self.low = self.text.casefold().replace("’", "'")
        self.prob = prob
        self.ordinary = self.low in lexicon()


def _probabilities(text: str, words) -> list[tuple[int, int, float]]:
    """Character spans of Whisper's words in `text` with their probabilities (words that no longer match are skipped)."""
    spans, at = [], 0
    for item in words or []:
        if len(item) < 4:
            continue
        word = str(item[2]).strip()
        if not word:
            continue
        found = text.find(word, at)
        if found < 0:
            continue
        spans.append((found, found + len(word), float(item[3])))
        at = found + len(word)
    return spans


def _tokens(text: str, words) -> list[_Token]:
    probs = _probabilities(text, words)
    out, p = [], 0
    for m in _WORD.finditer(text):
        prob = None
        while p < len(probs) and probs[p][1] <= m.start():
            p += 1
        if p < len(probs) and probs[p][0] <= m.start() < probs[p][1]:
            prob = probs[p][2]
        out.append(_Token(m, prob))
    return out


def detect(text: str, words=None) -> list[Detection]:
    """Identifying details in speech-recognised text (may overlap; `deidentify.detect` merges)."""
    if not text or not text.strip():
        return []
    t = tables()
    toks = _tokens(text, words)
    found: list[Detection] = []

    def add(i: int, j: int, kind: str, risk: float, possible: bool = False):
        start, end = toks[i].start, toks[j - 1].end
        found.append(Detection(start, end, kind, text[start:end], round(risk, 2), possible))

    found += _emails(text)
    taken = _numbers(text, toks, found, t)
    n = len(toks)
    name_at = [False] * n
    i = 0
    while i < n:
        if i in taken:
            i += 1
            continue
        tok = toks[i]
        low = tok.low
        prev = toks[i - 1].low if i else ""
        sentence_start = i == 0 or text[toks[i - 1].end:tok.start].strip() in (".", "?", "!", ":")
        cue = _person_cue(toks, i)
        place_cue = prev in PLACE_CUES
        # Split names and places: two or three words that together are an entry ("vlaar dingen", "kerk straat").
        joined = _joined(toks, i, t, taken)
        if joined:
            j, kind = joined
            add(i, j, kind, 0.85)
            for k in range(i, j):
                name_at[k] = kind == "naam"
            i = j
            continue
        if low in _NEVER or low in PERSON_CUES or len(low) < 2 or low.isdigit() or (low in PARTICLES and not cue):
            i += 1
            continue
        joined_on = i > 0 and not text[toks[i - 1].end:tok.start].strip()  # no comma or full stop between
        after_name = joined_on and (name_at[i - 1] or (prev in PARTICLES and i > 1 and name_at[i - 2]))
        capital = tok.text[:1].isupper() and not sentence_start and not tok.text.isupper()  # not "GGD"
        kind, risk, possible = _classify(tok, t, cue, place_cue, after_name, capital)
        if not kind and _address(toks, i, t):
            kind, risk, possible = "plaats", 0.75, False
        if kind:
            j, first = i + 1, i
            while cue and first > 0 and toks[first - 1].low in PARTICLES and toks[first - 1].low not in PLACE_CUES:
                first -= 1  # "meneer de jong": the particles belong to the name
            add(first, j, kind, risk, possible)
            name_at[i] = kind == "naam"
            # A particle run and a surname after a name or cue ("jan van der berg", "meneer de jong").
            if kind == "naam" or cue:
                j = _surname_after(toks, j, t, found, text, name_at, taken)
            i = j
            continue
        i += 1
    _house_numbers(text, toks, found, taken)
    return found


def _house_numbers(text: str, toks, found: list, taken: set) -> None:
    """A number right after a street that was found ("de kerkstraat veertien") is its house number."""
    ends = {d.end for d in found if d.kind == "plaats"}
    for i, tok in enumerate(toks):
        if i and i not in taken and toks[i - 1].end in ends and tok.low != "een" and token_digits(tok.text) is not None \
                and len(token_digits(tok.text)) <= 4 and not text[toks[i - 1].end:tok.start].strip():
            found.append(Detection(tok.start, tok.end, "nummer", tok.text, 0.7, False))


def _person_cue(toks, i: int) -> bool:
    """Whether token i stands where a person's name goes: after a cue word, maybe with particles between."""
    k = i - 1
    while k >= 0 and toks[k].low in PARTICLES and i - k <= 3:
        k -= 1
    if k < 0:
        return False
    word = toks[k].low
    if word in PERSON_CUES:
        return word not in _WEAK_CUES or not toks[i].ordinary
    return k >= 2 and toks[k - 2].low == "mijn" and toks[k - 1].low == "naam" and word == "is"


def _classify(tok, t: Tables, cue: bool, place_cue: bool, after_name: bool, capital: bool):
    """(kind, risk, possible) of a word, or (None, 0, False)."""
    low, ordinary = tok.low, tok.ordinary
    common = low in t.common or low in EVERYDAY
    unsure = tok.prob is not None and tok.prob < LOW_PROBABILITY
    if low in t.place and not ordinary and not common:
        return "plaats", 0.9, False
    if low in t.first and not common and not (ordinary and low in t.place):
        return "naam", 0.95 if cue else 0.85, False
    if low in t.surname:
        if not ordinary and not common:
            return "naam", 0.9, False
        if cue or after_name:
            return "naam", 0.8, False
    if low in t.place or low in t.street:
        if not ordinary and not common:
            return "plaats", 0.9, False
        if (place_cue or capital) and not common:
            return "plaats", 0.7, False
    if low.endswith(STREET_SUFFIXES) and not ordinary and len(low) > 6:
        return "plaats", 0.8, False
    if cue and not common:
        # Whatever stands where a name goes: a name for sure when unknown, possibly one when it is a word.
        if not ordinary:
            return "naam", 0.8, False
        return "naam", 0.6 if unsure else 0.5, True
    if len(low) >= 5 and not ordinary and not common:
        hit = t.near(low)
        if hit:
            entry, kind, distance = hit
            return kind, 0.75 - 0.15 * distance + (0.1 if unsure or capital else 0), True
    if after_name and not ordinary and not common:
        return "naam", 0.7, True
    if len(low) >= 6 and not ordinary and not common and low[:4] in t.first and low[:4] not in t.common \
            and low[:4] not in EVERYDAY and not lexicon_prefix(low):
        return "naam", 0.55, True  # "hansman": a first name run together with the next word
    if capital and not ordinary and not common and len(low) >= 3:
        return "naam", 0.55 if unsure else 0.45, True
    if place_cue and not ordinary and not common and len(low) >= 4:
        return "plaats", 0.6, True
    return None, 0.0, False


def lexicon_prefix(low: str) -> bool:
    """Whether the word is an ordinary word with something glued on ("marktplein" is not a name)."""
    words = lexicon()
    return any(low[:k] in words for k in range(len(low) - 1, 4, -1))


def _address(toks, i: int, t: Tables) -> bool:
    """A street of the list that is also a word ("hoofdstraat") where an address goes: "aan / op de
    hoofdstraat", or a house number after it."""
    low = toks[i].low
    if low not in t.street or not low.endswith(STREET_SUFFIXES) or low in STREET_SUFFIXES:
        return False
    before = " ".join(x.low for x in toks[max(0, i - 2):i])
    return before.endswith(("aan de", "op de", "in de", "naar de", "bij de", "van de")) or (
        i + 1 < len(toks) and token_digits(toks[i + 1].text) is not None and toks[i + 1].low != "een")


def _joined(toks, i: int, t: Tables, taken) -> tuple[int, str] | None:
    """(end token, kind) when tokens i.. written together are a list entry of 6+ letters (not all ordinary words)."""
    for size in (3, 2):
        j = i + size
        if j > len(toks) or any(k in taken for k in range(i, j)):
            continue
        part = toks[i:j]
        flat = _flat("".join(p.low for p in part))
        kind = t.joined.get(flat)
        if (part[0].low in PARTICLES or part[0].low in _NEVER) and not part[0].text[:1].isupper() and not (
                kind == "plaats" and " ".join(p.low for p in part) in t.place and (part[0].low == "den" or (i and toks[i - 1].low in PLACE_CUES and not part[-1].ordinary))):
            continue  # "aan de kerk", "de bakker": a particle and a word, not a split name ("in den haag" is a place)
        if kind and len(flat) >= 6:
            if all(p.low in _NEVER or p.low in t.common for p in part):
                if kind == "plaats" and flat in t.street and _address_position(toks, i, j):
                    return j, kind  # "op de hoofd straat twaalf": ordinary words, but where a street goes
                continue
            return j, kind
        if size == 2 and flat.endswith(STREET_SUFFIXES) and part[1].low in STREET_SUFFIXES and (
                not part[0].ordinary or (flat in t.street and _address_position(toks, i, j))):
            return j, "plaats"  # "kerk straat", "hoofd straat veertien"
        if size == 2 and i and toks[i - 1].low in PLACE_CUES and part[0].low in ("de", "den", "het", "'s", "s") \
                and not part[1].ordinary and len(flat) >= 6 and t.near_joined(flat):
            return j, "plaats"  # "in den boos": a place with its article, a letter or two off
    return None


def _address_position(toks, i: int, j: int) -> bool:
    """Tokens i..j stand where a street goes: after "aan / op / in de", or before a house number."""
    before = " ".join(x.low for x in toks[max(0, i - 2):i])
    return before.endswith(("aan de", "op de", "in de", "naar de", "bij de", "van de")) or (
        j < len(toks) and token_digits(toks[j].text) is not None and toks[j].low != "een")


def _surname_after(toks, j: int, t: Tables, found: list, text: str, name_at: list, taken) -> int:
    """Extend a name over particles and a following surname-like word; returns the token after it."""
    k = j
    while k < len(toks) and toks[k].low in PARTICLES and k - j < 3:
        k += 1
    if k >= len(toks) or k in taken:
        return j
    tok = toks[k]
    low = tok.low
    if low in _NEVER or low.isdigit():
        return j
    if tok.ordinary and any(toks[m].low in _PREPOSITIONS for m in range(j, k)):
        return j  # "grob in het water": a preposition and an ordinary word, not "in 't veld"
    after_first = toks[j - 1].low in t.first and low not in t.common and low not in EVERYDAY  # "jan de fries"
    if (k > j and (low in t.surname or not tok.ordinary or after_first)) or (
        (low in t.surname or low in t.first or not tok.ordinary) and low not in t.common and low not in EVERYDAY
    ):
        possible = tok.ordinary and low not in t.surname
        start, end = toks[j].start, tok.end
        found.append(Detection(start, end, "naam", text[start:end], 0.6 if possible else 0.85, possible))
        for m in range(j, k + 1):
            name_at[m] = True
        return k + 1
    return j


# The end of a spoken e-mail address ("... punt com", "...-punt-nl") when the @ did not come through.
_SPOKEN_DOMAIN = re.compile(r"(?:\bpunt|\.)[\s-]*(?:com|nl|net|org|be|eu)\b", re.IGNORECASE)
_EMAIL_CUES = {"is", "op", "naar", "aan", "mail", "mailen", "mailt", "adres", "e-mail", "e-mailadres", "emailadres"}


def _emails(text: str) -> list[Detection]:
    found = [Detection(m.start(), m.end(), "email", m.group(0), 0.95, False) for m in _EMAIL.finditer(text)]
    for m in _SPOKEN_DOMAIN.finditer(text):
        if any(d.start <= m.start() < d.end for d in found):
            continue
        start = m.start()
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        for _ in range(6):  # earlier words of the address, back to "is / op / naar / mail ..."
            before = text[:start].rstrip()
            word = re.search(r"[\w@.'-]+$", before)
            if not word or word.group(0).casefold().strip(".") in _EMAIL_CUES or word.group(0).casefold() in _NEVER:
                break
            start = word.start()
        if m.end() - start > len(m.group(0)):
            found.append(Detection(start, m.end(), "email", text[start:m.end()], 0.8, True))
    return found


def _numbers(text: str, toks, found: list, t: Tables) -> set[int]:
    """Phone numbers, dates, house numbers and postcodes; returns the tokens they take."""
    taken: set[int] = set()
    n, i = len(toks), 0
    while i < n:
        if token_digits(toks[i].text) is None or (toks[i].low == "een" and not _number_at(toks, i + 1)):
            i += 1
            continue
        j, digits = i, ""
        while j < n:
            d = token_digits(toks[j].text)
            if d is None or (j > i and text[toks[j - 1].end:toks[j].start].strip() not in ("", "-", ",", "/", ".")):
                break
            digits += d
            j += 1
        prev = toks[i - 1].low if i else ""
        kind = risk = None
        if len(digits) >= 9 and (digits.startswith("0") or digits.startswith("31")):
            kind, risk = "telefoon", 0.95
        elif digits.startswith("0") and _phone_cue(toks, i) and _phone_run(text, toks, j) - i >= 4:
            kind, risk = "telefoon", 0.85  # a phone number the recogniser garbled: the rest of the clause
            j = _phone_run(text, toks, j)
        elif (j < n and _is_month(toks[j])) or (i and _is_month(toks[i - 1])):
            kind, risk = "datum", 0.7
            if j < n and _is_month(toks[j]):
                j += 1
                k = j  # the year after the month, also as garbled number words
                while k < n and _numberish(toks[k]) and toks[k].low != "een" and k - j < 6 and (
                        text[toks[k - 1].end:toks[k].start].strip() in ("", ",")):
                    k += 1
                j = k
        elif len(digits) == 4 and 1000 <= int(digits) <= 9999 and re.fullmatch(r"[A-Za-z]{2}", toks[j].text if j < n else ""):
            kind, risk = "nummer", 0.85
            j += 1
        elif prev == "nummer" or (i and _is_street(toks[i - 1], t)):
            kind, risk = "nummer", 0.75
        elif len(digits) == 4 and (_place_near(toks, i, j, t)):
            kind, risk = "nummer", 0.7
        elif len(digits) >= 6:
            kind, risk = "nummer", 0.7
        if kind:
            start, end = toks[i].start, toks[j - 1].end
            found.append(Detection(start, end, kind, text[start:end], risk, False))
            taken.update(range(i, j))
        i = max(j, i + 1)
    return taken


def _phone_cue(toks, i: int) -> bool:
    """Whether a number starting with 0 stands where a phone number goes ("bel me op nul ...")."""
    return any(toks[k].low in PHONE_CUES for k in range(max(0, i - 3), i))


def _phone_run(text: str, toks, j: int) -> int:
    """The end of a garbled phone number: on to the clause's end, over number words and nonsense."""
    start = j
    while j < len(toks) and j - start < 13 and text[toks[j - 1].end:toks[j].start].strip() in ("", "-") and (
            toks[j].low not in _NEVER or _numberish(toks[j]) or toks[j].low in ("en", "te")):
        j += 1
    return j


def _is_month(tok) -> bool:
    """A month name, also one letter off when the word is not ordinary Dutch ("noveber")."""
    if tok.low in MONTH_SET:
        return True
    if len(tok.low) < 5 or tok.ordinary:
        return False
    from rapidfuzz.distance import Levenshtein

    return any(Levenshtein.distance(tok.low, m) <= 1 for m in MONTHS if len(m) >= 5)


def _numberish(tok) -> bool:
    """A number, or a word that is a garbled number word (a year heard as "negen teenhonderd")."""
    return token_digits(tok.text) is not None or (not tok.ordinary and bool(_NUMBERISH.search(tok.low)))


def _number_at(toks, i: int) -> bool:
    return i < len(toks) and token_digits(toks[i].text) is not None


def _is_street(tok, t: Tables) -> bool:
    return tok.low in t.street or (tok.low.endswith(STREET_SUFFIXES) and not tok.ordinary)


def _place_near(toks, i: int, j: int, t: Tables) -> bool:
    """A postcode-like number next to a place, street or postcode letters."""
    near = [toks[k] for k in (i - 1, i - 2, j, j + 1) if 0 <= k < len(toks)]
    return any(x.low in t.place or _is_street(x, t) for x in near)

