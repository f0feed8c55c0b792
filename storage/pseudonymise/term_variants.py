"""Finding a decided term again however speech recognition wrote it this time.

A term on the study's replacement list ("Jan de Vries", "Oisterwijk") is found in any text:
- in any case and with any white space ("jan  de vries");
- written apart or together ("oister wijk", "jandevries", "Van der Berg" / "vanderberg");
- one letter off for terms of 5+ letters, two for 9+ ("oisterwjik", "jan de fries"), unless the
  rendering is made of ordinary Dutch words only (so "Bakker" does not take "bakken").

    VariantMatcher({"oisterwijk": ("Oisterwijk", "[PLAATS]")}).find("we gingen naar oister wijk")
    # [(15, 26, '[PLAATS]')]
"""
import re

from storage.pseudonymise.dutch_words import is_ordinary

_WORD = re.compile(r"[^\W_](?:[\w'’]*[^\W_])?(?:[-@.][^\W_]+)*", re.UNICODE)


def flat(text: str) -> str:
    """Case-folded, without white space, hyphens, dots or apostrophes."""
    return re.sub(r"[\s\-'’.]", "", text.casefold())


def allowed_distance(length: int) -> int:
    """How many letters a rendering may be off: 0 below 5 letters, 1 from 5, 2 from 9."""
    return 0 if length < 5 else 1 if length < 9 else 2


class VariantMatcher:
    """Finds terms and their variant spellings; `terms` maps a key to (term, replacement)."""

    def __init__(self, terms: dict[str, tuple[str, str]]):
        self.entries = []  # (flat form, word count, replacement, its telling words)
        for term, replacement in terms.values():
            f = flat(term)
            if f:
                telling = {w.casefold() for w in term.split() if len(w) >= 3}
                self.entries.append((f, len(term.split()), replacement, telling))
        self.entries.sort(key=lambda e: -len(e[0]))
        self.longest = max((n for _, n, _, _ in self.entries), default=0) + 1
        self.exact = {}
        self.by_length: dict[int, list] = {}
        for entry in self.entries:
            self.exact.setdefault(entry[0], entry)
            self.by_length.setdefault(len(entry[0]), []).append(entry)
        self.telling = set().union(*(e[3] for e in self.entries)) if self.entries else set()

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, replacement) of every rendering of a term: at each word, the closest rendering."""
        if not self.entries:
            return []
        from rapidfuzz.distance import Levenshtein

        words = list(_WORD.finditer(text))
        found = []
        for i in range(len(words)):
            best = None  # (distance, size, replacement)
            for size in range(1, min(self.longest, len(words) - i) + 1):
                window = words[i:i + size]
                if any(text[a.end():b.start()].strip() not in ("", "-") for a, b in zip(window, window[1:])):
                    break
                candidate = flat("".join(w.group(0) for w in window))
                exact = self.exact.get(candidate)
                if exact is not None and size <= exact[1] + 1:
                    best = (0, size, exact[2])
                    continue
                lows = {w.group(0).casefold() for w in window}
                plain = all(is_ordinary(w) for w in lows)
                if plain and (size == 1 or not lows & self.telling):
                    continue  # ordinary words are no variant of a term (fast path for most of a transcript)
                near = [e for n in range(len(candidate) - 2, len(candidate) + 3) for e in self.by_length.get(n, ())]
                for f, count, replacement, telling in near:
                    limit = allowed_distance(len(f))
                    if abs(len(candidate) - len(f)) > limit or size > count + 1:
                        continue
                    if not limit or (plain and not lows & telling):
                        continue
                    distance = Levenshtein.distance(candidate, f, score_cutoff=limit)
                    if distance > limit:
                        continue
                    if best is None or distance < best[0]:
                        best = (distance, size, replacement)
            if best is not None:
                found.append((words[i].start(), words[i + best[1] - 1].end(), best[2]))
        # A rendering that holds another (closer) one is one word too many: "en Jan de Vries".
        found = [a for a in found if not any(b != a and a[0] <= b[0] and b[1] <= a[1] for b in found)]
        return found
