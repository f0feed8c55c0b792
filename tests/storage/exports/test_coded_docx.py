"""The coded transcript: title block, timestamps and speakers, shading in the code's colour, real comments, legend."""
import docx

from storage.exports import export
from storage.exports.docx_parts import run_fill
from tests.storage.exports.readback import docx_text

ORANGE, GREEN, BLUE = "#F4A261", "#8AC926", "#4CC9F0"


def _shaded(document) -> dict[str, str]:
    """Shading colour → the text shaded in it."""
    found: dict[str, str] = {}
    for paragraph in document.paragraphs:
        for run in paragraph.runs:
            fill = run_fill(run)
            if fill:
                found[fill] = found.get(fill, "") + run.text
    return found


def test_one_interview(coded_study, out_dir):
    study, ids = coded_study
    path = export(study, "coded-docx", out_dir / "r01.docx", interview_id=ids["R01"])
    document = docx.Document(str(path))
    paragraphs = [p.text for p in document.paragraphs]
    assert paragraphs[0] == "Gecodeerd transcript"
    assert "[00:00:06] R01: Eerlijk gezegd vind ik de politie vaak wantrouwig, ze zien ons als een probleem." in paragraphs
    assert "[00:00:00] Interviewer: Hoe kijk je naar de politie in de stad?" in paragraphs
    block = {row.cells[0].text: row.cells[1].text for row in document.tables[0].rows}
    assert block["Studie"] == "Stigma sekswerk Tilburg"
    assert block["Deelnemer"] == "R01" and block["Rol"] == "Sekswerker"
    assert block["Interview"] == f"{ids['R01']}, 2026-03-14" and block["Duur"] == "00:00:36"
    assert block["Model"] == "whisper-base"
    assert block["Toestemming"].startswith("gegeven (schriftelijk, formulier v1") and "3 ja" in block["Toestemming"]
    shaded = _shaded(document)
    assert shaded[ORANGE].startswith("Eerlijk gezegd vind ik de politie")
    assert "[NAAM] uit [PLAATS]" in shaded[ORANGE]
    assert shaded[GREEN] == "Ik ben trots dat we nu samen met de zorg een eigen spreekuur hebben."
    assert shaded[BLUE] == "Een vast aanspreekpunt bij de gemeente zou echt helpen."
    # Uncoded text is not shaded.
    assert "Hoe kijk je" not in "".join(shaded.values())
    comments = [c.text for c in document.comments]
    assert comments == [
        "Beeldvorming over en weer (beeldvorming)\nOver: Politie\nMemo: Wantrouwen; noemt later [NAAM] uit [PLAATS].",
        "Beeldvorming over en weer (beeldvorming)\nOver: Sekswerker\nMemo: Netwerk onderling (bel [TELEFOONNUMMER])",
        "Trots / wat goed gaat (trots)",
        "Oplossingsrichtingen (oplossingen)\nMemo: Vast aanspreekpunt",
    ]
    # Each comment is anchored on the excerpt it belongs to.
    body = document.element.body.xml
    assert body.count("w:commentRangeStart") == 4 and body.count("w:commentRangeEnd") == 4
    legend = document.tables[-1]
    assert [row.cells[1].text for row in legend.rows[1:4]] == [
        "Beeldvorming over en weer (beeldvorming)", "Trots / wat goed gaat (trots)", "Oplossingsrichtingen (oplossingen)"]
    assert [row.cells[3].text for row in legend.rows[1:4]] == ["2", "1", "1"]
    assert "weggelaten" not in docx_text(path)


def test_all_interviews_leave_out_the_one_without_consent_to_quote(coded_study, out_dir):
    study, ids = coded_study
    path = export(study, "coded-docx", out_dir / "all.docx")
    text = docx_text(path)
    assert "R02 – interview" in text and "Wij proberen sekswerkers serieus te nemen" in text
    assert "1 citaat weggelaten: de deelnemer gaf geen toestemming voor citeren (toestemmingsitem 3)." in text
    assert ("Transcript weggelaten: R03 gaf geen toestemming voor citeren (toestemmingsitem 3). "
            "2 segmenten en 1 gecodeerd fragment zijn niet opgenomen.") in text
    assert "exploitanten" not in text.split("Transcript weggelaten")[1]
    assert "veel te weinig" not in text
    assert study.audit.entries("export")[-1]["detail"]["omitted_quotes"] == 1
    assert len(docx.Document(str(path)).comments) == 6


def test_overlapping_codings_each_get_a_comment(coded_study, out_dir):
    study, ids = coded_study
    study.codings.add_by_time(ids["R01"], 24, 27, "oplossingen", memo="overlap")
    document = docx.Document(str(export(study, "coded-docx", out_dir / "o.docx", interview_id=ids["R01"])))
    assert len(document.comments) == 5
    shaded = _shaded(document)
    assert shaded[BLUE].startswith("Ik ben trots dat")  # the inner coding's colour shows where they overlap
    assert shaded[GREEN].endswith("een eigen spreekuur hebben.")
