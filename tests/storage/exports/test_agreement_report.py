"""The agreement report (`agreement-docx`, `agreement-xlsx`), read back with python-docx and openpyxl and
checked against storage.agreement's own figures."""
import docx
import openpyxl
import pytest

from storage.agreement import compare
from storage.errors import VeldwerkError
from storage.exports import export
from tests.storage.helpers import interview_with_transcript

TEXTS = ["Ik ben trots op ons werk hier.", "De politie komt te vaak langs.", "Een vast aanspreekpunt zou helpen."]


@pytest.fixture
def team(plain_study):
    iid, tid = interview_with_transcript(plain_study, "R01", texts=TEXTS)
    s = [x.id for x in plain_study.transcripts.segments(tid)]
    plain_study.codings.add(tid, "trots", (s[0], 0), (s[0], 12), author="ellen")
    plain_study.codings.add(tid, "trots", (s[0], 7), (s[0], 12), author="sanne")
    plain_study.codings.add(tid, "oplossingen", (s[2], 0), (s[2], 22), author="ellen")
    plain_study.codings.add(tid, "oplossingen", (s[2], 0), (s[2], 22), author="sanne")
    plain_study.codings.add(tid, "beeldvorming", (s[1], 0), (s[1], 20), author="sanne", about_role="politie")
    plain_study.iid = iid
    return plain_study


def _pct(value):
    return f"{100 * value:.1f}%".replace(".", ",")   # a Dutch report: a decimal comma


def test_docx_has_both_levels_and_the_passages(team, out_dir):
    path = export(team, "agreement-docx", out_dir / "overeenstemming.docx")
    document = docx.Document(str(path))
    paragraphs = [p.text for p in document.paragraphs]
    tables = [[[c.text for c in r.cells] for r in t.rows] for t in document.tables]
    assert paragraphs[0] == "Overeenstemming tussen codeurs"
    assert "Codeurs: ellen, sanne" in paragraphs
    assert f"Interviews: {team.iid} (R01)" in paragraphs
    assert "Per code en totaal, eenheid: tekens" in paragraphs and "Per code en totaal, eenheid: segmenten" in paragraphs
    char, segment = compare(team, level="char"), compare(team, level="segment")
    for table, result in ((tables[0], char), (tables[1], segment)):
        assert table[0] == ["Code", "Label", "Eenheden", "Overeenstemming", "Cohens kappa", "Krippendorffs alfa"]
        body = {row[0]: row for row in table[1:]}
        assert list(body) == ["beeldvorming", "trots", "oplossingen", "*"]
        for key, figures in list(result.per_code.items()) + [("*", result.overall)]:
            row = body[key]
            assert row[2] == str(figures.units)
            assert row[3] == ("–" if figures.agreement is None else _pct(figures.agreement))
            assert row[5] == ("–" if figures.alpha is None else f"{figures.alpha:.3f}".replace(".", ","))
    # segment level: trots and beeldvorming differ on one segment of three, oplossingen agrees
    assert tables[1][1][3] == "66,7%" and tables[1][3][3] == "100,0%"
    labels = {c["key"]: c["label_nl"] for c in team.codebook.list()}
    assert tables[2] == [["Code", "Label", "Passages met verschil"], ["beeldvorming", labels["beeldvorming"], "1"],
                         ["trots", labels["trots"], "1"], ["oplossingen", labels["oplossingen"], "0"],
                         ["*", "Alle passages", "2"]]
    text = "\n".join(paragraphs) + str(tables)
    assert "politie komt" not in text and "trots op ons" not in text  # figures only, no interview text


def test_xlsx_sheets_per_level_with_numbers(team, out_dir):
    path = export(team, "agreement-xlsx", out_dir / "overeenstemming.xlsx")
    book = openpyxl.load_workbook(str(path))
    assert book.sheetnames == ["Tekens", "Segmenten", "Verschillen"]
    result = compare(team, level="segment")
    sheet = book["Segmenten"]
    rows = {r[0]: r for r in sheet.iter_rows(min_row=6, values_only=True) if r[0]}
    assert rows["trots"][2] == result.per_code["trots"].units == 3
    assert rows["trots"][3] == pytest.approx(round(100 * result.per_code["trots"].agreement, 2))
    assert rows["*"][5] == pytest.approx(result.overall.alpha)
    differ = {r[0]: r[2] for r in book["Verschillen"].iter_rows(min_row=5, values_only=True) if r[0]}
    assert differ == {"beeldvorming": 1, "trots": 1, "oplossingen": 0, "*": 2}


def test_one_coder_is_refused_and_nothing_written(plain_study, out_dir):
    _, tid = interview_with_transcript(plain_study, "R01", texts=TEXTS)
    s = plain_study.transcripts.segments(tid)[0].id
    plain_study.codings.add(tid, "trots", (s, 0), (s, 5), author="ellen")
    with pytest.raises(VeldwerkError, match="two or more researchers"):
        export(plain_study, "agreement-xlsx", out_dir / "x.xlsx")
    assert not (out_dir / "x.xlsx").exists()
