"""The catalogue of core refusals (storage/messages.py): every text in English and Dutch, and real
refusals carrying both (str() the English line the CLI prints, text("nl") the Dutch one the app shows)."""
import re
from pathlib import Path

import pytest

from storage import Study, messages
from storage.consent.forms import ConsentItem
from storage.errors import (
    ConsentRequired,
    Duplicate,
    StudyExists,
    StudyNotFound,
    UnknownRole,
    VeldwerkError,
    WeakPassphrase,
    WrongPassphrase,
)
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("key", sorted(messages.MESSAGES))
def test_every_key_has_english_and_dutch_with_the_same_placeholders(key):
    texts = messages.MESSAGES[key]
    assert set(texts) == set(messages.LANGUAGES), key
    assert all(texts[lang].strip() for lang in messages.LANGUAGES), key
    assert texts["nl"] != texts["en"], key
    assert messages.placeholders(texts["nl"]) == messages.placeholders(texts["en"]), key


def test_every_key_raised_in_the_core_is_in_the_catalogue():
    used = set()
    for folder in ("storage", "transcribe"):
        for path in (ROOT / folder).rglob("*.py"):
            used |= set(re.findall(r'key="([a-z_.]+)"', path.read_text()))
    assert len(used) > 40
    assert used - set(messages.MESSAGES) == set()


def test_floats_take_the_languages_decimal_mark():
    assert messages.number(2.5, "nl") == "2,5"
    assert messages.number(2.5, "en") == "2.5"
    assert messages.number(0.0, "nl", 1) == "0,0"
    error = VeldwerkError(key="device.silent", name="USB", seconds=2.5)
    assert str(error) == "'USB' delivered no audio within 2.5 s"
    assert error.text("nl") == "'USB' leverde binnen 2,5 s geen geluid"


def test_an_error_without_a_key_keeps_its_text_in_every_language():
    error = VeldwerkError("plain")
    assert str(error) == error.text("nl") == "plain"
    assert error.key is None


def test_consent_refusals_in_both_languages(study):
    study.participants.add("R02", "sekswerker")
    with pytest.raises(ConsentRequired) as caught:
        study.consent.require("R02", ConsentItem.RECORDING)
    assert str(caught.value) == "R02 has not consented to audio recording (item 1): no consent is recorded yet."
    assert caught.value.text("nl") == ("R02 heeft geen toestemming gegeven voor geluidsopname (punt 1): "
                                       "er is nog geen toestemming vastgelegd.")
    study.consent.record("R02", {1: True, 2: False, 3: False}, method="written", researcher="AB")
    for item, dutch in ((ConsentItem.TRANSCRIPTION, "transcriptie op deze laptop (punt 2)"),
                        (ConsentItem.QUOTES, "anonieme citaten in rapporten en publicaties (punt 3)")):
        with pytest.raises(ConsentRequired) as caught:
            study.consent.require("R02", item)
        assert caught.value.text("nl") == f"R02 heeft geen toestemming gegeven voor {dutch}."
        assert "has not consented to" in str(caught.value)


def test_study_refusals_in_both_languages(tmp_path, study):
    with pytest.raises(StudyNotFound) as caught:
        Study.open(tmp_path, PASSPHRASE)
    assert "is not a Veldwerk study" in str(caught.value)
    assert "is geen Veldwerk-studie" in caught.value.text("nl")
    with pytest.raises(WrongPassphrase) as caught:
        Study.open(study.path, "not the passphrase at all")
    assert str(caught.value) == "The passphrase does not open this study."
    assert caught.value.text("nl") == "Deze wachtwoordzin opent de studie niet."
    with pytest.raises(WeakPassphrase) as caught:
        Study.create(tmp_path / "new.veldwerk", name="x", passphrase="kort")
    assert caught.value.text("nl") == "Een wachtwoordzin heeft minstens 8 tekens nodig; deze heeft er 4."
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "a.txt").write_text("x")
    with pytest.raises(StudyExists) as caught:
        Study.create(tmp_path / "full", name="x", passphrase=PASSPHRASE)
    assert caught.value.text("nl").endswith("bestaat al en is niet leeg.")


def test_participant_refusals_in_both_languages(study):
    study.participants.add("R01", "sekswerker")
    with pytest.raises(Duplicate) as caught:
        study.participants.add("R01", "sekswerker")
    assert (str(caught.value), caught.value.text("nl")) == ("Participant R01 already exists.", "Deelnemer R01 bestaat al.")
    with pytest.raises(UnknownRole) as caught:
        study.participants.add("R03", "bakker")
    assert str(caught.value).startswith("Unknown role 'bakker'; this study's roles are: ")
    assert caught.value.text("nl").startswith("Onbekende rol 'bakker'; de rollen in deze studie zijn: ")


def test_a_warning_message_is_the_english_string_and_renders_in_dutch():
    from transcribe.decode import truncation_warning

    warning = truncation_warning("gesprek.mp3", {"declared": 600.0, "read": 62.5})
    assert isinstance(warning, str)
    assert warning == "gesprek.mp3 is truncated or damaged: its header claims 10:00.0 but only 1:02.5 could be read; " \
                      "that part was imported (1:02.5)."
    assert warning.text("nl").startswith("gesprek.mp3 is afgekapt of beschadigd: volgens de kop duurt het 10:00.0")


def test_a_stored_text_renders_later_in_either_language_with_its_parts():
    """`stored` keeps a key and its parameters as JSON (a nested text and a technical detail included), so a text
    kept in the study is worded in the language of whoever reads it."""
    import json

    from storage.messages import Text, from_stored, stored, technical

    data = json.loads(json.dumps(stored("exchange.problem.unplaced", {"reason": Text("exchange.unplaced_text")})))
    assert from_stored(data).render("nl") == ("hun versie kan hier niet worden geplaatst: de tekst van de "
                                              "transcriptie staat niet in deze kopie")
    data = json.loads(json.dumps(stored("study.cannot_open", {"detail": technical(ValueError("file is not a database"))})))
    assert from_stored(data).render("nl").startswith("De studie kon niet worden geopend (technische melding: file is not")
    assert from_stored(data).render("en").startswith("The study could not be opened (file is not a database).")
    assert from_stored("an older English sentence") is None and from_stored({"key": "no.such.key"}) is None
