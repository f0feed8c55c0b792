"""The category report: per code, every quotable excerpt with its context, grouped by the speaker's role."""
import docx

from storage.exports import export


def test_report(coded_study, out_dir):
    study, ids = coded_study
    study.codebook.add("netwerk", "Netwerk", color="#9B5DE5")
    study.codebook.update("netwerk", position=-1)  # even first in the codebook, the defaults still lead
    study.codings.add_by_time(ids["R02"], 0, 6, "netwerk", memo="De vraag van de interviewer")
    document = docx.Document(str(export(study, "report-docx", out_dir / "report.docx")))
    headings = [(p.style.name, p.text) for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings == [
        ("Heading 1", "Beeldvorming over en weer (3)"),
        ("Heading 2", "Sekswerker (2)"),
        ("Heading 2", "Politie (1)"),
        ("Heading 1", "Trots / wat goed gaat (1)"),
        ("Heading 2", "Sekswerker (1)"),
        ("Heading 1", "Oplossingsrichtingen (2)"),
        ("Heading 2", "Sekswerker (1)"),
        ("Heading 2", "Politie (1)"),
        ("Heading 1", "Netwerk (1)"),
        ("Heading 2", "Politie (1)"),
    ]
    text = [p.text for p in document.paragraphs]
    meta = f"R01 · Sekswerker · over: Politie · interview {ids['R01']} (2026-03-14) · [00:00:06]"
    at = text.index(meta)
    assert text[at + 1] == "“Eerlijk gezegd vind ik de politie vaak wantrouwig, ze zien ons als een probleem.”"
    assert text[at + 2] == "Memo: Wantrouwen; noemt later [NAAM] uit [PLAATS]."
    assert f"R02 · Politie · interview {ids['R02']} (2026-03-20) · [00:00:12]" in text
    assert "1 citaat weggelaten: de deelnemer gaf geen toestemming voor citeren (toestemmingsitem 3)." in text
    assert not any("exploitanten" in t for t in text)
    summary = {row.cells[0].text: (row.cells[1].text, row.cells[2].text) for row in document.tables[0].rows[1:]}
    assert summary == {"Beeldvorming over en weer": ("3", "2"), "Trots / wat goed gaat": ("1", "1"),
                       "Oplossingsrichtingen": ("2", "2"), "Netwerk": ("1", "1")}
    # The quote carries a bar in its code's colour.
    quote = next(p for p in document.paragraphs if p.text.startswith("“Eerlijk"))
    assert 'w:color="F4A261"' in quote._p.xml
