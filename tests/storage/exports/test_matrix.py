"""Beeldvorming over en weer: role × about-role counts as csv, xlsx and docx (with example quotes)."""
import csv

import docx
import openpyxl

from storage.exports import export

ROLES = ["Sekswerker", "Klant", "Exploitant", "Gemeente / beleid", "Handhaving", "Politie", "Hulpverlening", "GGD",
         "Onderzoeker"]


def _expected(role: str) -> list[int]:
    counts = {"Sekswerker": {"Politie": 1, "Sekswerker": 1}, "Politie": {"Sekswerker": 1}, "Klant": {"Exploitant": 1}}
    return [counts.get(role, {}).get(about, 0) for about in ROLES]


def test_csv(coded_study, out_dir):
    study, _ = coded_study
    with open(export(study, "matrix-csv", out_dir / "m.csv"), encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["rol \\ over"] + ROLES + ["Totaal"]
    body = {row[0]: [int(v) for v in row[1:]] for row in rows[1:]}
    for role in ROLES:
        assert body[role] == _expected(role) + [sum(_expected(role))]
    # Counts hold no quotes: R03 (no consent to quoting) is counted.
    assert body["Totaal"] == [2, 0, 1, 0, 0, 1, 0, 0, 0, 4]


def test_xlsx(coded_study, out_dir):
    study, ids = coded_study
    sheet = openpyxl.load_workbook(export(study, "matrix-xlsx", out_dir / "m.xlsx"))["Beeldvorming"]
    header = [c.value for c in sheet[4]]
    assert header == ["rol \\ over"] + ROLES + ["Totaal"]
    rows = {r[0]: list(r[1:]) for r in sheet.iter_rows(min_row=5, values_only=True)}
    assert rows["Sekswerker"] == _expected("Sekswerker") + [2]
    assert rows["Totaal"][-1] == 4
    # One interview only counts that interview.
    sheet = openpyxl.load_workbook(export(study, "matrix-xlsx", out_dir / "r02.xlsx", interview_id=ids["R02"])).active
    rows = {r[0]: list(r[1:]) for r in sheet.iter_rows(min_row=5, values_only=True)}
    assert rows["Politie"][0] == 1 and rows["Totaal"][-1] == 1


def test_docx_with_example_quotes(coded_study, out_dir):
    study, ids = coded_study
    document = docx.Document(str(export(study, "matrix-docx", out_dir / "m.docx")))
    table = document.tables[0]
    assert [c.text for c in table.rows[0].cells] == ["rol \\ over"] + ROLES + ["Totaal"]
    assert [c.text for c in table.rows[1].cells] == ["Sekswerker", "1", "0", "0", "0", "0", "1", "0", "0", "0", "2"]
    text = [p.text for p in document.paragraphs]
    assert "Sekswerker over Politie (1)" in text
    at = text.index("Sekswerker over Politie (1)")
    assert text[at + 2] == "“Eerlijk gezegd vind ik de politie vaak wantrouwig, ze zien ons als een probleem.”"
    assert "Politie over Sekswerker (1)" in text
    # R03's cell is counted, but its quote is left out and said so.
    assert text[text.index("Klant over Exploitant (1)") + 1] == "Geen citeerbare voorbeelden."
    assert "1 citaat weggelaten: de deelnemer gaf geen toestemming voor citeren (toestemmingsitem 3)." in text
    assert not any("exploitanten" in t for t in text)
