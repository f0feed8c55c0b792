"""Dutch numbers as speech recognition writes them: digits, or words ("zesenvijftig", "negentienhonderd").

    spoken_digits("nul zes twaalf vierendertig")   # '0 6 12 34'
    number_value("vierentachtig")                   # 84
"""
import re

UNITS = {
    "nul": 0, "een": 1, "één": 1, "eén": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7,
    "acht": 8, "negen": 9,
}
TEENS = {
    "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15, "zestien": 16,
    "zeventien": 17, "achttien": 18, "negentien": 19,
}
TENS = {
    "twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70, "tachtig": 80,
    "negentig": 90,
}
MONTHS = (
    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
    "november", "december",
)

_UNIT = "|".join(sorted(UNITS, key=len, reverse=True))
_TEN = "|".join(TENS)
_BELOW_100 = rf"(?:(?:{_UNIT})(?:en|ën)(?:{_TEN})|{_TEN}|{'|'.join(TEENS)}|{_UNIT})"
_BELOW_1000 = rf"(?:(?:{_UNIT})?honderd(?:en)?{_BELOW_100}?|{_BELOW_100})"
# One written-together number word up to the thousands: "negentienhonderd", "vijfduizendtweehonderd".
_WORD = re.compile(
    rf"(?:(?:{_BELOW_1000})?duizend(?:en)?{_BELOW_1000}?|(?:{'|'.join(TEENS)}|{_UNIT}|{_BELOW_100})honderd(?:en)?{_BELOW_100}?|{_BELOW_1000})"
)


def _below_100(word: str) -> int:
    if word in UNITS:
        return UNITS[word]
    if word in TEENS:
        return TEENS[word]
    if word in TENS:
        return TENS[word]
    for sep in ("en", "ën"):
        for tens, value in TENS.items():
            if word.endswith(sep + tens) and word[: -len(sep + tens)] in UNITS:
                return UNITS[word[: -len(sep + tens)]] + value
    raise ValueError(word)


def _below_1000(word: str) -> int:
    if "honderd" in word:
        head, _, tail = word.partition("honderd")
        tail = tail[2:] if tail.startswith("en") and tail[2:] else tail
        hundreds = _below_100(head) if head else 1
        return hundreds * 100 + (_below_100(tail) if tail else 0)
    return _below_100(word)


def number_value(word: str) -> int | None:
    """The value of one Dutch number word ('vierentachtig' → 84), or None when it is not one."""
    word = word.casefold().replace("-", "")
    if not word or not _WORD.fullmatch(word):
        return None
    try:
        if "duizend" in word:
            head, _, tail = word.partition("duizend")
            tail = tail[2:] if tail.startswith("en") and tail[2:] else tail
            return (_below_1000(head) if head else 1) * 1000 + (_below_1000(tail) if tail else 0)
        return _below_1000(word)
    except ValueError:
        return None


def is_number(word: str) -> bool:
    """Whether a word is digits or a Dutch number word."""
    word = word.strip(".,-")
    return bool(word) and (word.isdigit() or number_value(word) is not None)


def token_digits(word: str) -> str | None:
    """The digits a token stands for ('06' → '06', 'zes' → '6', 'twaalf' → '12'), or None."""
    word = word.strip(".,")
    if re.fullmatch(r"\d+(?:[-./]\d+)*", word):
        return re.sub(r"\D", "", word)
    value = number_value(word)
    return None if value is None else str(value)


def spoken_digits(text: str) -> str:
    """Text with every number word written as digits ('nul zes twaalf' → '0 6 12'); other words stay."""
    return re.sub(r"[^\W\d_]+", lambda m: str(v) if (v := number_value(m.group(0))) is not None else m.group(0), text)
