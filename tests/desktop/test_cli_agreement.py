"""`veldwerk agreement`: the table, the .xlsx report and the bad-input paths (exit 2, one line)."""
import openpyxl
import pytest

from desktop.cli import main
from storage import Study
from storage.agreement import compare
from tests.storage.helpers import interview_with_transcript

PASSPHRASE = "correct horse battery staple"


@pytest.fixture(autouse=True)
def env(tmp_path, monkeypatch):
    monkeypatch.setenv("VELDWERK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("VELDWERK_PASSPHRASE", PASSPHRASE)


@pytest.fixture
def coded(tmp_path):
    """Two researchers coded R01; only ellen coded R02. Returns (path, R01 id, R02 id)."""
    path = tmp_path / "team.veldwerk"
    study = Study.create(path, name="Teamstudie", passphrase=PASSPHRASE)
    r01, tid = interview_with_transcript(study, "R01", texts=["Ik ben trots op ons werk.", "De politie komt vaak."])
    s = [x.id for x in study.transcripts.segments(tid)]
    study.codings.add(tid, "trots", (s[0], 0), (s[0], 20), author="ellen")
    study.codings.add(tid, "trots", (s[0], 4), (s[0], 24), author="sanne")
    study.codings.add(tid, "oplossingen", (s[1], 0), (s[1], 10), author="sanne")
    r02, tid2 = interview_with_transcript(study, "R02", texts=["Een vast aanspreekpunt helpt."])
    s2 = study.transcripts.segments(tid2)[0].id
    study.codings.add(tid2, "oplossingen", (s2, 0), (s2, 10), author="ellen")
    study.close()
    return path, r01, r02


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def _table(out):
    lines = out.split("\n\n", 1)[1].strip().splitlines()
    header = lines[0].split("\t")
    return {row["code"]: row for row in (dict(zip(header, line.split("\t"))) for line in lines[1:])}


def test_prints_the_figures_per_code_and_overall(coded, capsys):
    path, r01, _ = coded
    code, out, err = run(capsys, "agreement", path, "--level", "segment")
    assert code == 0, err
    assert out.startswith("coders: ellen, sanne\ninterviews: " + str(r01) + "\nlevel: segment\n")
    table = _table(out)
    assert list(table) == ["trots", "oplossingen", "*"]
    # segments: trots both [1, 0] → 100 %; oplossingen ellen [0, 0], sanne [0, 1] → 50 %
    assert table["trots"]["agreement"] == "100.0%" and table["trots"]["units"] == "2"
    assert table["oplossingen"]["agreement"] == "50.0%"
    assert table["oplossingen"]["kappa"] == "0.000" and table["*"]["units"] == "4"
    study = Study.open(path, PASSPHRASE)
    try:
        expected = compare(study, level="segment").overall
    finally:
        study.close()
    assert table["*"]["alpha"] == f"{expected.alpha:.3f}"


def test_writes_an_xlsx_report(coded, capsys, tmp_path):
    path, *_ = coded
    out_file = tmp_path / "overeenstemming.xlsx"
    code, out, err = run(capsys, "agreement", path, "--out", out_file)
    assert code == 0, err
    sheet = openpyxl.load_workbook(out_file).active
    assert sheet["A5"].value == "Code" and sheet["F5"].value == "Krippendorffs alfa"
    values = {sheet.cell(row=r, column=1).value: [sheet.cell(row=r, column=c).value for c in range(2, 7)]
              for r in range(6, sheet.max_row + 1)}
    table = _table(out.split("\nreport:")[0])
    assert set(values) == set(table)
    assert f"{values['trots'][3]:.3f}" == table["trots"]["kappa"]
    assert sheet.page_setup.orientation == "landscape"


@pytest.mark.parametrize("args, message", [
    (["--interview", "999"], "No interview 999"),
    (["--coder", "piet"], "No codings by piet"),
    (["--out", "rapport.docx"], ".xlsx"),
])
def test_bad_input_exits_2(coded, capsys, args, message):
    path, *_ = coded
    code, out, err = run(capsys, "agreement", path, *args)
    assert code == 2 and message in err and out == "" and len(err.strip().splitlines()) == 1


def test_an_unknown_level_exits_2(coded, capsys):
    path, *_ = coded
    with pytest.raises(SystemExit) as exit_:
        main(["agreement", str(path), "--level", "word"])
    assert exit_.value.code == 2 and "invalid choice: 'word'" in capsys.readouterr().err


def test_an_interview_coded_by_one_researcher_is_refused(coded, capsys):
    path, _, r02 = coded
    code, out, err = run(capsys, "agreement", path, "--interview", r02)
    assert code == 2 and "found 1" in err and len(err.strip().splitlines()) == 1


def test_help(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["agreement", "--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert "--level {char,segment}" in out and "Krippendorff" in out


def test_the_agreement_report_through_veldwerk_export(coded, capsys, tmp_path):
    import docx

    path, r01, _ = coded
    out = tmp_path / "overeenstemming.docx"
    code, _, err = run(capsys, "export", path, "--format", "agreement-docx", "--out", out)
    assert code == 0, err
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "Codeurs: ellen, sanne" in text and f"Interviews: {r01} (R01)" in text
    code, _, err = run(capsys, "export", path, "--format", "agreement-xlsx", "--out", tmp_path / "o.xlsx",
                       "--interview", r01)
    assert code == 0, err
    assert openpyxl.load_workbook(str(tmp_path / "o.xlsx")).sheetnames == ["Tekens", "Segmenten", "Verschillen"]
