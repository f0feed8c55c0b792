"""`veldwerk participant withdraw ... --receipt FILE`: the Dutch withdrawal receipt from the command line;
a bad receipt place is refused (exit 2) before anything is withdrawn."""
from docx import Document

from desktop.cli import main
from storage import Study
from tests.conftest import PASSPHRASE
from tests.desktop.test_cli_consent import env, made, run  # noqa: F401  (fixtures)


def test_withdraw_writes_a_receipt_and_refuses_a_bad_place_first(made, capsys, tmp_path):
    assert run(capsys, "consent", "record", made, "--participant", "R01", "--items", "1,2,3,4,5",
               "--method", "written", "--researcher", "AB")[0] == 0
    code, _, err = run(capsys, "participant", "withdraw", made, "--code", "R01", "--receipt", made / "bon.docx")
    assert code == 2 and "inside the study folder" in err
    with Study.open(made, PASSPHRASE) as study:
        assert study.consent.state("R01") == "given"
    out_file = tmp_path / "bon.docx"
    code, out, err = run(capsys, "participant", "withdraw", made, "--code", "R01", "--receipt", out_file)
    assert code == 0, err
    assert f"Receipt: {out_file}" in out
    with Study.open(made, PASSPHRASE) as study:
        record = study.consent.records()[-1]
    doc = Document(str(out_file))
    text = "\n".join([p.text for p in doc.paragraphs] + [c.text for t in doc.tables for r in t.rows for c in r.cells])
    assert "Bewijs van intrekking" in text and record["hash"] in text and "CLI-studie" in text
    # withdrawn already: refused, and no receipt appears
    assert main(["participant", "withdraw", str(made), "--code", "R01", "--receipt", str(tmp_path / "x.docx")]) == 2
    assert not (tmp_path / "x.docx").exists()
