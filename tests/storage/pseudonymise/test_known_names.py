"""Known names in advance: always replaced in every export, and Whisper's hotwords."""
import pytest

from storage.errors import VeldwerkError
from storage.exports import export
from storage.pseudonymise.known_names import HOTWORD_CHARS, add_known, add_many, hotwords, known
from storage.pseudonymise.pseudonymiser import Redactor
from tests.storage.exports.conftest import add_interview, coded_study, data_dir, out_dir  # noqa: F401 - fixtures


def test_known_names_are_replaced_in_every_interview_whatever_the_detector_says(coded_study, out_dir):
    study, ids = coded_study
    # R04 mentions a colleague in lower case, as Whisper writes it, and a spot the detector does not know.
    r04 = add_interview(study, "R04", "politie", [("S2", "ik werk samen met bram van der hoeven uit haaren."),
                                                  ("S2", "het is rustig bij de kade.")])
    assert Redactor(study, r04)("het is rustig bij de kade.") == "het is rustig bij de kade."
    add_known(study, "kade", "plaats")
    assert Redactor(study, r04)("het is rustig bij de kade.") == "het is rustig bij de [PLAATS]."
    add_many(study, ["Bram van der Hoeven"], "naam")
    add_known(study, "Haaren", "plaats")
    assert Redactor(study, r04)("ik werk samen met bram van der hoeven uit haaren.") == \
        "ik werk samen met [NAAM] uit [PLAATS]."
    assert Redactor(study, ids["R01"])("Bram van der Hoeven kwam ook.") == "[NAAM] kwam ook."
    text = export(study, "txt", out_dir / "r04.txt", interview_id=r04).read_text(encoding="utf-8")
    assert "hoeven" not in text.lower() and "haaren" not in text.lower() and "[NAAM] uit [PLAATS]" in text
    assert known(study) == [{"term": "Bram van der Hoeven", "kind": "naam"}, {"term": "Haaren", "kind": "plaats"},
                            {"term": "kade", "kind": "plaats"}]


def test_hotwords_are_the_glossary_then_every_replaced_term(coded_study):
    study, _ = coded_study
    study.set_setting("glossary", ["GGD", "klankbordgroep"])
    add_known(study, "Bram van der Hoeven")
    add_known(study, "ggd", "instelling")  # already in the glossary: once
    from storage.pseudonymise.pseudonymiser import Pseudonymiser

    Pseudonymiser(study).replace_everywhere("Sjonnie", "R03")
    Pseudonymiser(study).keep_everywhere("Tilburg")  # kept terms are not names to prime
    assert hotwords(study) == ["GGD", "klankbordgroep", "Bram van der Hoeven", "Sjonnie"]


def test_hotwords_stop_before_whispers_prompt_overflows(coded_study):
    study, _ = coded_study
    add_many(study, [f"Achternaam{n:03d}" for n in range(200)])
    words = hotwords(study)
    assert 10 < len(words) < 200 and len(", ".join(words)) <= HOTWORD_CHARS


def test_bad_input_is_refused_and_nothing_is_added(coded_study):
    study, _ = coded_study
    with pytest.raises(VeldwerkError, match="Unknown kind"):
        add_known(study, "Haaren", "stad")
    with pytest.raises(VeldwerkError, match="at least one"):
        add_many(study, ["", "  "])
    with pytest.raises(VeldwerkError, match="empty"):
        add_known(study, "   ")
    with pytest.raises(VeldwerkError):
        add_many(study, ["Haaren", "x" * 300], "plaats")  # all or none
    assert known(study) == []
