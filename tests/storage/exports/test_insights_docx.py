"""The insights handout (`insights-docx`), read back with python-docx: sections, consent, pseudonymisation,
reviewed interviews only, open actions."""
import docx
import pytest

from storage.actions.parties import Party
from storage.errors import VeldwerkError
from storage.exports import export
from storage.exports.insights_docx import H_ACTIONS, H_PERCEPTIONS, H_PRIDE, H_RESEARCHER, H_SOLUTIONS, TITLE
from storage.insights import MAX_WORDS, pick, shorten
from storage.pseudonymise.review_state import ReviewState
from storage.pseudonymise.store import PseudonymStore
from tests.storage.exports.conftest import PLANTED
from tests.storage.exports.readback import everything

SECRET = "Pietertje Zwanenburg"  # typed into an action and a theme; on the study's replacement list
R03_WORDS = "exploitanten veel te weinig doen"  # said by R03, who did not consent to quoting


def _read(path):
    document = docx.Document(str(path))
    paragraphs = [(p.style.name, p.text) for p in document.paragraphs]
    tables = [[[c.text for c in row.cells] for row in t.rows] for t in document.tables]
    return document, paragraphs, tables


def _finish_all(study, ids) -> None:
    for iid in ids.values():
        ReviewState(study).finish(iid, by="AB")


@pytest.fixture
def planned(coded_study):
    """The three-interview study with a theme, three actions (one realised) and every review finished."""
    study, ids = coded_study
    solution = [c.id for c in study.codings.list(code="oplossingen")]
    theme = study.themes.add("Vast aanspreekpunt", description=f"Voorstel van {SECRET}")
    study.themes.attach(theme, solution)
    study.actions.add(theme, "Eén contactpersoon bij de gemeente", owner=Party(role="gemeente"),
                      target="2026-09-01", status="gepland", on="2026-01-10")
    study.actions.add(theme, f"Overleg met {SECRET}", owner=Party(participant="R01"), status="idee", on="2026-01-10")
    done = study.actions.add(theme, "Spreekuur bij de GGD is er al", status="gepland", on="2026-01-10")
    study.actions.update(done, status="gerealiseerd", on="2026-02-01")
    PseudonymStore(study).set_list_entry(SECRET, "replace", "[NAAM]")
    _finish_all(study, ids)
    return study, ids


def test_sections_picture_quotes_and_open_actions(planned, out_dir):
    study, _ = planned
    document, paragraphs, tables = _read(export(study, "insights-docx", out_dir / "inzichten.docx"))
    headings = [text for style, text in paragraphs if style.startswith(("Title", "Heading"))]
    assert headings[:3] == [TITLE, H_RESEARCHER, f"1. {H_PERCEPTIONS}"]
    for title in (f"2. {H_PRIDE}", f"3. {H_SOLUTIONS}", f"4. {H_ACTIONS}", "Vast aanspreekpunt",
                  "Sekswerker over Politie", "Politie over Sekswerker", "Sekswerker over de eigen groep",
                  "Klant over Exploitant"):
        assert title in headings
    assert len(document.inline_shapes) == 1  # the perception network
    texts = [text for _, text in paragraphs]
    quote = next(t for t in texts if t.startswith("“Eerlijk gezegd vind ik de politie vaak wantrouwig"))
    assert quote.endswith("— Sekswerker")  # a role, never the participant code
    assert "Genoemd door: Sekswerker (1 keer, door 1 persoon); Politie (1 keer, door 1 persoon)." in texts
    # R03 consented to nothing being quoted: the pair is counted, their words are not there
    klant = texts.index("Klant over Exploitant")
    assert texts[klant + 1] == "1 keer ter sprake gekomen."
    assert texts[klant + 2] == "Geen citaat dat we mogen delen."
    assert "1 citaat weggelaten: de deelnemer gaf geen toestemming voor citeren (toestemmingsitem 3)." in texts
    # open actions only, the participant as "een deelnemer", typed names through the replacement list
    assert tables == [[
        ["Wat", "Thema", "Stand", "Wie", "Wanneer klaar"],
        ["Eén contactpersoon bij de gemeente", "Vast aanspreekpunt", "Gepland", "Gemeente / beleid", "2026-09-01"],
        ["Overleg met [NAAM]", "Vast aanspreekpunt", "Idee", "een deelnemer", "—"],
    ]]
    assert "Voorstel van [NAAM]" in texts


def test_no_consent_no_names_no_codes(planned, out_dir):
    study, _ = planned
    text = everything(export(study, "insights-docx", out_dir / "inzichten.docx"))
    assert R03_WORDS not in text and "Wat vindt u van de exploitanten" not in text
    for planted in PLANTED + [SECRET, "Zwanenburg", "R01", "R02", "R03"]:
        assert planted not in text, planted
    # R01's quote about their own group names "Jan de Vries uit Oisterwijk": it is there, pseudonymised
    assert "Mijn vriend [NAAM] uit [PLAATS]" in text


def test_unreviewed_interview_gives_no_quotes_and_says_so(coded_study, out_dir):
    study, ids = coded_study
    ReviewState(study).finish(ids["R02"], by="AB")  # R01 not reviewed
    _, paragraphs, _ = _read(export(study, "insights-docx", out_dir / "inzichten.docx"))
    texts = [t for _, t in paragraphs]
    assert not any("wantrouwig" in t or "Mijn vriend" in t for t in texts)
    assert any(t.startswith(f"Pseudonimisering NIET afgerond voor interview {ids['R01']} (R01)") for t in texts)
    assert any(t.startswith("“Wij proberen sekswerkers serieus te nemen") for t in texts)  # R02 is reviewed
    logged = study.audit.entries("export")[-1]["detail"]
    assert logged["format"] == "insights-docx" and ids["R01"] in logged["unreviewed"]


def test_scoped_to_one_interview(planned, out_dir):
    study, ids = planned
    _, paragraphs, _ = _read(export(study, "insights-docx", out_dir / "r02.docx", interview_id=ids["R02"]))
    headings = [t for s, t in paragraphs if s.startswith("Heading")]
    assert "Politie over Sekswerker" in headings and "Sekswerker over Politie" not in headings
    assert any(t.startswith("In dit document staat wat we hoorden in 1 gesprek met deelnemers uit de groepen Politie.")
               for _, t in paragraphs)


def test_never_unpseudonymised(planned, out_dir):
    study, _ = planned
    target = out_dir / "inzichten.docx"
    with pytest.raises(VeldwerkError, match="always pseudonymised"):
        export(study, "insights-docx", target, pseudonymise=False)
    assert not target.exists()
    assert not study.audit.entries("export.unpseudonymised")


def test_empty_study_still_writes_a_handout(tmp_path, data_dir, out_dir):
    from storage import Study

    study = Study.create(tmp_path / "leeg.veldwerk", name="Leeg", passphrase=None)
    try:
        _, paragraphs, tables = _read(export(study, "insights-docx", out_dir / "leeg.docx"))
    finally:
        study.close()
    texts = [t for _, t in paragraphs]
    assert "Er zijn nog geen uitgeschreven gesprekken om samen te vatten." in texts
    assert "Er zijn nog geen open acties." in texts and tables == []


class _E:
    def __init__(self, n, text, participant, role="sekswerker"):
        self.coding_id, self.text, self.participant, self.role = n, text, participant, role


def test_pick_prefers_short_quotes_from_different_voices():
    long = " ".join(["woord"] * (MAX_WORDS + 10))
    found = [_E(1, "ja", "R01"), _E(2, "dit is een korte maar volledige uitspraak over de politie", "R01"),
             _E(3, "ook dit is een korte uitspraak over de politie hier", "R01"),
             _E(4, "een andere stem zegt iets anders over de politie", "R02"), _E(5, long, "R03")]
    quotes = pick(found, 2, {"sekswerker": "Sekswerker"})
    assert [q.participant for q in quotes] == ["R01", "R02"]
    every = pick(found, 5, {})
    assert [q.coding_id for q in every] == [2, 4, 5, 3]  # one per voice first (the long one cut), never "ja"
    assert every[2].text == shorten(long) and shorten(long).endswith(" …")
    assert len(shorten(long).split()) == MAX_WORDS + 1


def test_names_as_speech_recognition_writes_them_are_replaced_in_quotes(coded_study, out_dir):
    """No themes yet: the solutions are quoted per role, among them R01's long ASR passage."""
    from tests.storage.exports.conftest import PLANTED_ASR, add_asr_lines

    study, ids = coded_study
    add_asr_lines(study, ids["R01"])
    _finish_all(study, ids)
    _, paragraphs, _ = _read(export(study, "insights-docx", out_dir / "inzichten.docx"))
    texts = [t for _, t in paragraphs]
    sekswerker = texts.index("Sekswerker", texts.index(f"3. {H_SOLUTIONS}"))
    quotes = [t for t in texts[sekswerker + 1:sekswerker + 4] if t.startswith("“")]
    assert len(quotes) == 2 and any("[NAAM]" in q and "[TELEFOONNUMMER]" in q for q in quotes)
    text = "\n".join(texts).casefold()
    for planted in PLANTED_ASR:
        assert planted not in text, planted
