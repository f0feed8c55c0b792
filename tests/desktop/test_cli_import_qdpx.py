"""`veldwerk import-qdpx`, in-process: a QualCoder-like project, and refusals (exit 2, one line, nothing changed)."""
import pytest

from storage import Study
from tests.desktop.cli_study import PASSPHRASE, env, made, run  # noqa: F401 - fixtures
from tests.storage.refi_import import projects as p


def _counts(path):
    with Study.open(path, PASSPHRASE) as study:
        return [study.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("codes", "participants", "interviews", "segments", "codings", "roles")]


def test_import_prints_what_it_did(made, tmp_path, capsys):
    code, out, err = run(capsys, "import-qdpx", made, p.qdpx(tmp_path, *p.qualcoder_like()))
    assert code == 0, err
    lines = out.splitlines()
    assert "code added\tstress\tStress (under werk)" in lines
    assert "participant\tP02\tverpleegkundige" in lines and "role added\tverpleegkundige" in lines
    assert "4 codes added, 2 participants, 2 interviews, 5 segments, 4 codings (authors: Anna Jansen, bob)" in out
    assert lines[-1].startswith("No consent is recorded for P01, P02")
    with Study.open(made, PASSPHRASE) as study:
        assert [c.code for c in study.codings.list()] == ["werk", "collega-s", "stress", "rust"]


def test_audio_and_renamed_case_are_reported(made, tmp_path, capsys):
    code, out, _ = run(capsys, "import-qdpx", made, p.qdpx(tmp_path, *p.audio_project()))
    assert code == 0
    assert "not imported\taudio 'R07 opname' (in the file): no consent to audio recording (consent item 1) for R07" in out
    code, out, _ = run(capsys, "import-qdpx", made, p.qdpx(tmp_path, *p.notes_project(), name="n.qdpx"))
    assert "participant\tIMP01\tpolitie (case name not kept: it may be a person's name)" in out


@pytest.mark.parametrize("kind", ["not-zip", "invalid", "outside", "missing"])
def test_refusals_exit_2_with_one_line_and_change_nothing(made, tmp_path, capsys, kind):
    xml, files = p.qualcoder_like()
    if kind == "not-zip":
        path = tmp_path / "x.qdpx"
        path.write_text("geen zip")
    elif kind == "invalid":
        path = p.qdpx(tmp_path, xml.replace('name="Werk" ', ""), files)
    elif kind == "outside":
        path = p.qdpx(tmp_path, xml.replace('endPosition="28"', 'endPosition="53"'), files)
    else:
        path = tmp_path / "weg.qdpx"
    before = _counts(made)
    code, out, err = run(capsys, "import-qdpx", made, path)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1
    assert _counts(made) == before
