"""Detection made for speech-recognised Dutch: lower case, split, misspelled names; spoken numbers."""
import pytest

from storage.pseudonymise.asr_numbers import number_value, spoken_digits
from storage.pseudonymise.deidentify import Detection, detect
from storage.pseudonymise.term_variants import VariantMatcher


def found(text: str, words=None) -> dict[str, Detection]:
    return {d.text.casefold(): d for d in detect(text, words)}


def kinds(text: str) -> dict[str, str]:
    return {t: d.kind for t, d in found(text).items()}


@pytest.mark.parametrize("text, expected", [
    # lower case, with particles
    ("mijn collega jan van der berg belde gisteren", {"jan van der berg": "naam"}),
    ("ik heet marieke de boer en ik werk in tilburg", {"marieke de boer": "naam", "tilburg": "plaats"}),
    ("meneer de jong van de gemeente was er ook", {"de jong": "naam"}),
    ("mevrouw el amrani heeft ons geholpen", {"el amrani": "naam"}),
    # split in two by the recogniser
    ("we woonden in vlaar dingen aan de kerk straat", {"vlaar dingen": "plaats", "kerk straat": "plaats"}),
    # one or two letters off
    ("ik ben opgegroeid in oisterwjik", {"oisterwjik": "plaats"}),
    ("ik sprak met piet jansen uit eindhoven", {"piet jansen": "naam", "eindhoven": "plaats"}),
])
def test_names_and_places_as_speech_recognition_writes_them(text, expected):
    got = kinds(text)
    for term, kind in expected.items():
        assert got.get(term) == kind, (term, got)


@pytest.mark.parametrize("text, term, kind", [
    ("bel me op 06-12-34-56-78 als het kan", "06-12-34-56-78", "telefoon"),
    ("je kunt me bellen op nul zes twaalf vierendertig zesenvijftig achtenzeventig",
     "nul zes twaalf vierendertig zesenvijftig achtenzeventig", "telefoon"),
    ("ik ben geboren op twaalf maart negentienhonderd vierentachtig", "twaalf maart negentienhonderd vierentachtig", "datum"),
    ("ze woont aan de kerkstraat veertien", "veertien", "nummer"),
    ("de postcode is 3512 AB", "3512 ab", None),
    ("stuur het naar sanne.devries@gmail.com graag", "sanne.devries@gmail.com", "email"),
])
def test_numbers_as_digits_and_words_and_e_mail(text, term, kind):
    got = found(text)
    assert term in got and got[term].kind == (kind or got[term].kind), got  # None: any kind (a postcode)


def test_the_phone_number_is_no_longer_half_a_date():
    detections = detect("Mijn nummer is 06-12-34-56-78.")
    assert [(d.text, d.kind) for d in detections] == [("06-12-34-56-78", "telefoon")]


@pytest.mark.parametrize("text", [
    "Toen ik naar huis ging was het koud en de man zei niets.",
    "ik vind het best moeilijk om daarover te praten, dat is echt zo",
    "we hebben de bakker gebeld en toen kwam er niemand",
    "in de zomer werk ik meer dan in de winter",
    "mijn zus zei dat het wel goed zou komen",
])
def test_ordinary_words_stay(text):
    assert detect(text) == []


def test_an_unsure_unknown_word_in_a_name_position_is_a_possible_identifier():
    text = "Meneer wissel wilde niet praten."
    words = [[0.0, 0.5, " Meneer", 0.9], [0.5, 0.9, " wissel", 0.2], [0.9, 1.2, " wilde", 0.9],
             [1.2, 1.4, " niet", 0.9], [1.4, 1.9, " praten.", 0.9]]
    sure = found(text)["wissel"]
    unsure = found(text, words)["wissel"]
    assert sure.possible and unsure.possible and sure.kind == "naam"
    assert unsure.risk > sure.risk  # Whisper's doubt ranks it higher for review
    certain = found("Ik heet Yasmina.")["yasmina"]
    assert not certain.possible and certain.risk > unsure.risk


def test_spoken_numbers():
    assert number_value("vierentachtig") == 84 and number_value("negentienhonderd") == 1900
    assert number_value("drieëntwintig") == 23 and number_value("vijfduizendtweehonderd") == 5200
    assert number_value("eens") is None and number_value("tienen") is None
    assert spoken_digits("nul zes twaalf, een man") == "0 6 12, 1 man"


def test_variants_of_a_decided_term():
    matcher = VariantMatcher({"a": ("Oisterwijk", "[PLAATS]"), "b": ("Jan de Vries", "R05"), "c": ("Bakker", "[NAAM]")})
    text = "oister wijk, oisterwjik, jandevries en jan de fries; bakken bij bakker"
    assert [text[a:b] for a, b, _ in matcher.find(text)] == [
        "oister wijk", "oisterwjik", "jandevries", "jan de fries", "bakker"]


@pytest.mark.parametrize("text, term, kind", [
    # a year the recogniser garbled, and a month one letter off
    ("ik ben geboren op negen november negen teenhonderd negen", "negen november negen teenhonderd negen", "datum"),
    ("ik ben geboren op negen noveber negentienhonderd negentig", "negen noveber negentienhonderd negentig", "datum"),
    # a phone number that came through as words and nonsense after a cue: the rest of the clause goes
    ("je kunt haar bereiken op nul neus en winden meidenweer te nemen", "nul neus en winden meidenweer te nemen",
     "telefoon"),
    # a street written apart with ordinary words, where an address goes, and its house number
    ("hij woonde toen op de hoofd straat twaalf in arnhem", "hoofd straat", "plaats"),
    ("hij woonde toen op de hoofd straat twaalf in arnhem", "twaalf", "nummer"),
    # a first name run together with the next word
    ("ik heb hansman daarna nooit meer gesproken", "hansman", "naam"),
])
def test_what_the_recogniser_garbles(text, term, kind):
    got = found(text)
    assert term in got and got[term].kind == kind, got


@pytest.mark.parametrize("text", [
    "de hoofd van de school zei dat het straat nodig was",   # "hoofd" and "straat" apart, no address
    "de stand staat op nul, dus we beginnen opnieuw",         # a zero without a phone cue
    "in november heb ik veel gewerkt",                        # a month alone is not a date of someone
])
def test_what_the_new_rules_leave_alone(text):
    assert detect(text) == [], detect(text)
