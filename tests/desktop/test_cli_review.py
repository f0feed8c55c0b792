"""`veldwerk pseudonymise known|hotwords|review|finish|reopen|status` and the export's review warning."""
import pytest

from desktop.cli import main
from storage import Study
from tests.desktop.test_cli_export import env, made, run  # noqa: F401 - the CLI export fixtures (env is autouse)
from tests.storage.exports.conftest import PASSPHRASE


def test_known_names_are_stored_listed_and_primed(made, capsys):
    path, _ = made
    code, out, _ = run(capsys, "pseudonymise", "known", path, "Bram van der Hoeven", "Piet", "--kind", "naam")
    assert code == 0 and out.startswith("2 term(s) added")
    assert run(capsys, "pseudonymise", "known", path, "Haaren", "--kind", "plaats")[0] == 0
    code, out, _ = run(capsys, "pseudonymise", "known", path)
    assert code == 0 and "Bram van der Hoeven" in out and "plaats" in out
    code, out, _ = run(capsys, "pseudonymise", "hotwords", path)
    assert out.splitlines() == ["Bram van der Hoeven", "Haaren", "Piet"]
    study = Study.open(path, PASSPHRASE)
    try:
        assert not any("Hoeven" in str(e) for e in study.audit.entries())  # the audit log holds no terms
    finally:
        study.close()


def test_known_refuses_bad_input_with_exit_2(made, capsys):
    path, _ = made
    code, out, err = run(capsys, "pseudonymise", "known", path, "  ")
    assert code == 2 and "at least one" in err and out == ""
    with pytest.raises(SystemExit) as exit_:
        main(["pseudonymise", "known", str(path), "Haaren", "--kind", "stad"])
    assert exit_.value.code == 2
    study = Study.open(path, PASSPHRASE)
    try:
        assert study.conn.execute("SELECT count(*) FROM pseudonym_list").fetchone()[0] == 0
    finally:
        study.close()


def test_finish_status_reopen_and_the_export_warning(made, tmp_path, capsys):
    path, ids = made
    out = tmp_path / "t.txt"
    code, stdout, stderr = run(capsys, "export", path, "--format", "txt", "--interview", ids["R01"], "--out", out)
    assert code == 0 and f"review not finished for interview(s) {ids['R01']} (R01)" in stderr
    assert out.read_text(encoding="utf-8").startswith("Controle pseudonimisering")
    code, stdout, _ = run(capsys, "pseudonymise", "status", path)
    assert code == 0 and stdout.splitlines()[0] == f"{ids['R01']}\tR01\tNOT finished"
    code, stdout, _ = run(capsys, "pseudonymise", "finish", path, "--interview", ids["R01"], "--by", "AB")
    assert code == 0 and stdout.startswith(f"{ids['R01']}\tR01\tfinished 20") and stdout.rstrip().endswith("by AB")
    code, stdout, stderr = run(capsys, "export", path, "--format", "txt", "--interview", ids["R01"], "--out", out, "--force")
    assert code == 0 and "review not finished" not in stderr
    code, _, stderr = run(capsys, "export", path, "--format", "coded-docx", "--out", tmp_path / "c.docx")
    assert f"{ids['R02']} (R02), {ids['R03']} (R03)" in stderr and f"{ids['R01']} (R01)" not in stderr
    assert run(capsys, "pseudonymise", "reopen", path, "--interview", ids["R01"])[0] == 0
    code, _, stderr = run(capsys, "pseudonymise", "reopen", path, "--interview", ids["R01"])
    assert code == 2 and "not marked finished" in stderr
    code, _, stderr = run(capsys, "pseudonymise", "finish", path, "--interview", 99)
    assert code == 2 and "99" in stderr


def test_review_ranks_and_gives_the_time_without_printing_transcript_text(made, capsys):
    path, ids = made
    code, out, err = run(capsys, "pseudonymise", "review", path, "--interview", ids["R01"])
    assert code == 0
    lines = out.splitlines()
    assert "Jan de Vries" in out and "0:00:12" in out  # the name is said in the segment starting at 12 s
    assert "wantrouwig" not in out and "waarschuwen" not in out
    assert len(lines) > 3
