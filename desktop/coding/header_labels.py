"""Role names as column headers that are never clipped: a long single word breaks in two at a syllable.

"Gemeente / beleid" breaks at its slash; "Hulpverlening" becomes "Hulpver-" / "lening" and "Onderzoeker"
"Onder-" / "zoeker", with the hyphen where a Dutch reader expects it (between the consonants of a cluster,
or before a single consonant), nearest the middle. Short names stay on one line. The full name is the
header's tooltip.
"""
VOWELS = set("aeiouyáéíóúëïöüè")
DIGRAPHS = ("ch", "ng", "sch")  # consonant groups that stay together ("lening", "schoon")
ONE_LINE = 10  # letters that fit a matrix column at 1366×768
SUFFIXES = ("ment",)  # an English role name breaks before its suffix (the syllable rule is Dutch)


def _breaks(word: str) -> list[int]:
    """Positions where the word may be broken: between vowel groups, before the last consonant of a cluster."""
    low = word.lower()
    found, i = [], 0
    while i < len(low):
        if low[i] in VOWELS:
            j = i
            while j < len(low) and low[j] in VOWELS:
                j += 1
            k = j
            while k < len(low) and low[k] not in VOWELS:
                k += 1
            if k < len(low) and k > j:  # consonants low[j:k] between two vowel groups
                cut = k - 1
                for digraph in DIGRAPHS:
                    if low[j:k].endswith(digraph):
                        cut = k - len(digraph)
                        break
                if cut > j or k - j == 1:
                    found.append(max(cut, j))
            i = k
        else:
            i += 1
    return [p for p in found if 3 <= p <= len(word) - 3]


def header_label(label: str, one_line: int = ONE_LINE) -> str:
    """The label as a (at most two-line) column header; a label longer than `one_line` letters breaks (0: any
    label that can)."""
    if " / " in label:
        return label.replace(" / ", "/\n")
    if len(label) <= one_line or " " in label:
        return label.replace(" ", "\n", 1) if len(label) > one_line else label
    if label.lower().endswith(SUFFIXES) and len(label) > 8:   # English: "Enforce-" / "ment", not "Enfor-" / "cement"
        suffix = next(x for x in SUFFIXES if label.lower().endswith(x))
        return f"{label[:-len(suffix)]}-\n{label[-len(suffix):]}"
    places = _breaks(label)
    if not places:
        return label
    cut = min(places, key=lambda p: abs(p - len(label) / 2))
    return f"{label[:cut]}-\n{label[cut:]}"
