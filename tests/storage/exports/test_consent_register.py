"""The consent register: per participant the items, form, method, date, withdrawals and the ledger check."""
import csv

import docx

from storage.exports import export


def _rows(path):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_csv_and_docx(coded_study, out_dir):
    study, _ = coded_study
    study.consent.withdraw("R01", items=[4], researcher="AB")
    rows = {r["deelnemer"]: r for r in _rows(export(study, "consent-csv", out_dir / "c.csv"))}
    assert set(rows) == {"R01", "R02", "R03"}
    r01, r03 = rows["R01"], rows["R03"]
    assert (r01["rol"], r01["formulier"], r01["methode"], r01["onderzoeker"]) == ("Sekswerker", "1", "schriftelijk", "AB")
    assert r01["status"] == "deels ingetrokken" and r01["item 4"] == "nee" and r01["item 3"] == "ja"
    assert r01["intrekkingen"].endswith(": item 4") and len(r01["datum"]) == 10
    assert r03["item 3"] == "nee" and r03["item 1"] == "ja" and r03["intrekkingen"] == ""
    assert r01["ketencontrole"] == "Keten gecontroleerd: in orde (4 registraties)."
    document = docx.Document(str(export(study, "consent-docx", out_dir / "c.docx")))
    text = [p.text for p in document.paragraphs]
    assert "Keten gecontroleerd: in orde (4 registraties)." in text
    assert any(t.startswith("3. ") and "citaten" in t for t in text)  # the Dutch form's item 3
    table = document.tables[0]
    header = [c.text for c in table.rows[0].cells]
    body = {row.cells[0].text: dict(zip(header, (c.text for c in row.cells))) for row in table.rows[1:]}
    assert body["R03"]["item 3"] == "nee" and body["R01"]["status"] == "deels ingetrokken"


def test_a_tampered_ledger_shows_in_the_register(coded_study, out_dir):
    study, _ = coded_study
    study.conn.execute("DROP TRIGGER consent_records_no_update")
    study.conn.execute("UPDATE consent_records SET answers = replace(answers, '\"3\":false', '\"3\":true')")
    rows = {r["deelnemer"]: r for r in _rows(export(study, "consent-csv", out_dir / "c.csv"))}
    assert rows["R01"]["ketencontrole"].startswith("Keten gecontroleerd: GEBROKEN bij registratie")
    assert "hash" in rows["R01"]["ketencontrole"] and "no longer" not in rows["R01"]["ketencontrole"]  # the reason in Dutch
    assert rows["R03"]["status"].startswith("NIET TE VERTROUWEN") and rows["R03"]["item 3"] == ""
    assert rows["R01"]["status"] == "gegeven"
    text = [p.text for p in docx.Document(str(export(study, "consent-docx", out_dir / "c.docx"))).paragraphs]
    assert any(t.startswith("Keten gecontroleerd: GEBROKEN") for t in text)


def test_a_record_edited_to_grant_quoting_grants_nothing(coded_study, out_dir):
    from tests.storage.exports.readback import docx_text

    study, _ = coded_study
    study.conn.execute("DROP TRIGGER consent_records_no_update")
    study.conn.execute("UPDATE consent_records SET answers = replace(answers, '\"3\":false', '\"3\":true')")
    text = docx_text(export(study, "report-docx", out_dir / "r.docx"))
    assert "veel te weinig" not in text and "1 citaat weggelaten" in text
