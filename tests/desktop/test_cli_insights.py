"""`veldwerk export --format insights-docx`: the handout for participants from the command line, and its refusals."""
import docx
import pytest

from desktop.cli import main
from storage import Study
from storage.exports.insights_docx import TITLE
from storage.pseudonymise.review_state import ReviewState
from tests.desktop.cli_study import PASSPHRASE, env, run  # noqa: F401 - env is a fixture
from tests.storage.exports.conftest import build
from tests.storage.exports.readback import everything


@pytest.fixture
def made(tmp_path):
    """The coded three-interview study on disk (closed), R02's review finished; returns (path, ids)."""
    path = tmp_path / "cli.veldwerk"
    study, ids = build(path)
    ReviewState(study).finish(ids["R02"], by="AB")
    study.close()
    return path, ids


def test_insights_docx_is_written_and_warns_about_unreviewed_interviews(made, tmp_path, capsys):
    path, ids = made
    out = tmp_path / "inzichten.docx"
    code, stdout, stderr = run(capsys, "export", path, "--format", "insights-docx", "--out", out)
    assert code == 0 and stdout == f"{out}\n"
    assert "quote(s) left out (no consent to quoting, item 3)" in stderr
    assert f"review not finished for interview(s) {ids['R01']} (R01), {ids['R03']} (R03)" in stderr
    assert docx.Document(str(out)).paragraphs[0].text == TITLE
    text = everything(out)
    assert "Wij proberen sekswerkers serieus te nemen" in text  # R02, reviewed
    assert "wantrouwig" not in text and "Jan de Vries" not in text  # R01, not reviewed: no quotes at all
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    assert "insights-docx" in capsys.readouterr().out


@pytest.mark.parametrize("args, message", [
    (["--no-pseudonymise"], "always pseudonymised"),
    (["--interview", "99"], "No interview 99"),
    (["--format", "insights-pdf"], "Unknown export format 'insights-pdf'"),
])
def test_bad_input_exits_2_and_writes_nothing(made, tmp_path, capsys, args, message):
    path, _ = made
    out = tmp_path / "inzichten.docx"
    fmt = [] if "--format" in args else ["--format", "insights-docx"]
    code, stdout, stderr = run(capsys, "export", path, "--out", out, *fmt, *args)
    assert code == 2 and stdout == "" and message in stderr and len(stderr.strip().splitlines()) == 1
    assert not out.exists()
    with Study.open(path, PASSPHRASE) as study:
        assert study.audit.entries("export") == [] and study.audit.entries("export.unpseudonymised") == []


def test_existing_file_and_missing_folder(made, tmp_path, capsys):
    path, _ = made
    out = tmp_path / "inzichten.docx"
    out.write_bytes(b"keep me")
    code, _, stderr = run(capsys, "export", path, "--format", "insights-docx", "--out", out)
    assert code == 2 and "--force" in stderr and out.read_bytes() == b"keep me"
    code, _, stderr = run(capsys, "export", path, "--format", "insights-docx", "--out", tmp_path / "nope" / "i.docx")
    assert code == 2 and "does not exist" in stderr
