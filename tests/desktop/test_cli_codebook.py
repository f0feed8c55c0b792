"""`veldwerk codebook import|list`, in-process, with the bad-input paths."""
import pytest

from storage import Study
from tests.desktop.cli_study import PASSPHRASE, env, made, run  # noqa: F401 - fixtures

NS = "urn:QDA-XML:codebook:1.0"


def _rows(out):
    lines = out.strip().splitlines()
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"))) for line in lines[1:]]


def _qdc(tmp_path):
    path = tmp_path / "team.qdc"
    path.write_text(f"""<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="{NS}" origin="QualCoder">
  <Codes>
    <Code guid="A1B2C3D4-0000-4000-8000-000000000001" name="Oplossingsrichtingen" isCodable="true" color="#4CC9F0">
      <Code guid="A1B2C3D4-0000-4000-8000-000000000002" name="Vast aanspreekpunt" isCodable="true" color="#123abc">
        <Description>Eén contactpersoon bij de gemeente</Description>
      </Code>
    </Code>
    <Code guid="A1B2C3D4-0000-4000-8000-000000000003" name="Veiligheid" isCodable="true"/>
  </Codes>
</CodeBook>""", encoding="utf-8")
    return path


def test_import_prints_added_and_skipped_then_list_shows_them(made, tmp_path, capsys):
    code, out, err = run(capsys, "codebook", "import", made, _qdc(tmp_path))
    assert code == 0, err
    lines = out.strip().splitlines()
    assert "added\tvast-aanspreekpunt\tVast aanspreekpunt (under oplossingen)" in lines
    assert "added\tveiligheid\tVeiligheid" in lines
    assert any(line.startswith("skipped\toplossingen\tOplossingsrichtingen") for line in lines)
    assert lines[-1] == "2 added, 1 skipped"

    code, out, _ = run(capsys, "codebook", "list", made)
    assert code == 0
    rows = {r["key"]: r for r in _rows(out)}
    assert list(rows) == ["beeldvorming", "trots", "oplossingen", "vast-aanspreekpunt", "veiligheid"]
    assert rows["vast-aanspreekpunt"] == {
        "key": "vast-aanspreekpunt", "label": "Vast aanspreekpunt", "colour": "#123ABC", "count": "0", "parent": "oplossingen",
    }
    assert rows["beeldvorming"]["colour"] == "#F4A261"

    # importing the same file again adds nothing
    code, out, _ = run(capsys, "codebook", "import", made, _qdc(tmp_path))
    assert code == 0 and out.strip().splitlines()[-1] == "0 added, 3 skipped"


def test_list_counts_codings(made, capsys):
    with Study.open(made, PASSPHRASE) as study:
        study.participants.add("R01", "ggd")
        iid = study.interviews.create("R01", date="2026-03-14")
        tid = study.transcripts.begin(iid, model="base", language="nl")
        study.transcripts.append_segments(tid, [{"start": 0, "end": 3, "text": "We zijn trots op het spreekuur."}], 3)
        study.transcripts.complete(tid)
        seg = study.transcripts.segments(tid)[0].id
        study.codings.add(tid, "trots", (seg, 0), (seg, 10))
    code, out, _ = run(capsys, "codebook", "list", made)
    assert code == 0
    assert {r["key"]: r["count"] for r in _rows(out)} == {"beeldvorming": "0", "trots": "1", "oplossingen": "0"}


@pytest.mark.parametrize(
    "text, message",
    [
        ("geen xml <", "is not an XML file"),
        ("<Project xmlns='urn:QDA-XML:project:1.0' name='x'/>", "is not a REFI-QDA codebook"),
        (f"<CodeBook xmlns='{NS}'><Codes><Code name='Zonder guid' isCodable='true'/></Codes></CodeBook>",
         "does not follow the REFI-QDA codebook schema"),
    ],
)
def test_bad_files_exit_2_with_one_line_and_change_nothing(made, tmp_path, capsys, text, message):
    bad = tmp_path / "bad.qdc"
    bad.write_text(text, encoding="utf-8")
    code, out, err = run(capsys, "codebook", "import", made, bad)
    assert code == 2 and out == ""
    assert err.startswith("veldwerk: ") and message in err and err.count("\n") == 1
    _, out, _ = run(capsys, "codebook", "list", made)
    assert [r["key"] for r in _rows(out)] == ["beeldvorming", "trots", "oplossingen"]


def test_missing_file_and_missing_study(made, tmp_path, capsys):
    code, _, err = run(capsys, "codebook", "import", made, tmp_path / "nergens.qdc")
    assert code == 2 and "No codebook file" in err
    code, _, err = run(capsys, "codebook", "list", tmp_path / "geen.veldwerk")
    assert code == 2 and "is not a Veldwerk study" in err
