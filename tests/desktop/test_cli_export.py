"""`veldwerk export`, `veldwerk code` and `veldwerk pseudonymise`, in-process, with the bad-input paths."""
import docx
import pytest

from desktop.cli import main
from storage import Study
from tests.desktop.cli_study import PASSPHRASE, env, run  # noqa: F401 - env is a fixture
from tests.storage.exports.conftest import PLANTED_ASR, add_asr_lines, build
from tests.storage.exports.readback import everything

SECRET = ["Jan de Vries", "Oisterwijk", "06-12345678", "jan.devries@example.nl", "politie vaak wantrouwig", "veel te weinig"]


@pytest.fixture
def made(tmp_path):
    """A coded three-interview study on disk (closed); returns (path, {code: interview id})."""
    path = tmp_path / "cli.veldwerk"
    study, ids = build(path)
    study.close()
    return path, ids


@pytest.fixture
def made_asr(tmp_path):
    """`made`, with R01 going on as speech recognition writes (tests.storage.exports.conftest.ASR_LINES)."""
    path = tmp_path / "cli.veldwerk"
    study, ids = build(path)
    add_asr_lines(study, ids["R01"])
    study.close()
    return path, ids


def _no_content(*streams):
    for stream in streams:
        for secret in SECRET:
            assert secret not in stream


def test_export_writes_the_file_and_prints_only_its_path(made, tmp_path, capsys):
    path, ids = made
    out = tmp_path / "coded.docx"
    code, stdout, stderr = run(capsys, "export", path, "--format", "coded-docx", "--out", out)
    assert code == 0 and stdout == f"{out}\n"
    assert "1 quote(s) left out" in stderr
    _no_content(stdout, stderr)
    text = everything(out)
    assert "[NAAM]" in text and "Jan de Vries" not in text
    assert len(docx.Document(str(out)).comments) == 6
    code, stdout, stderr = run(capsys, "export", path, "--format", "srt", "--interview", ids["R02"], "--out", tmp_path / "r02.srt")
    assert code == 0 and (tmp_path / "r02.srt").read_text(encoding="utf-8").startswith("1\n00:00:00,000 --> ")


@pytest.mark.parametrize("fmt, suffix", [("coded-docx", ".docx"), ("txt", ".txt"), ("json", ".json"), ("srt", ".srt"),
                                         ("qdpx", ".qdpx"), ("report-docx", ".docx")])
def test_names_and_numbers_as_speech_recognition_writes_them_leave_no_format(made_asr, tmp_path, capsys, fmt, suffix):
    path, ids = made_asr
    out = tmp_path / f"export{suffix}"
    args = ["--interview", ids["R01"]] if fmt in ("txt", "json", "srt") else []
    code, stdout, stderr = run(capsys, "export", path, "--format", fmt, "--out", out, *args)
    assert code == 0, stderr
    text = everything(out).casefold()
    for planted in PLANTED_ASR:  # lower case, particles, split, misspelled, spoken numbers, a phone number in pairs
        assert planted not in text, f"{planted!r} leaked into {fmt}"
    assert "dat het mis was" in text  # the ordinary words stay


def test_no_pseudonymise_is_explicit_and_audited(made, tmp_path, capsys):
    path, ids = made
    out = tmp_path / "plain.txt"
    code, stdout, stderr = run(capsys, "export", path, "--format", "txt", "--interview", ids["R01"], "--out", out,
                               "--no-pseudonymise")
    assert code == 0 and "NOT pseudonymised" in stderr
    _no_content(stdout, stderr)
    assert "Jan de Vries" in out.read_text(encoding="utf-8")
    with Study.open(path, PASSPHRASE) as study:
        logged = study.audit.entries("export.unpseudonymised")
    assert len(logged) == 1 and logged[0]["detail"]["format"] == "txt" and logged[0]["entity_id"] == str(ids["R01"])


@pytest.mark.parametrize("args, message", [
    (["--format", "pdf"], "Unknown export format 'pdf'"),
    (["--format", "txt"], "--interview"),
    (["--format", "txt", "--interview", "99"], "No interview 99"),
    (["--format", "report-docx", "--interview", "abc"], None),
])
def test_bad_input_writes_nothing(made, tmp_path, capsys, args, message):
    path, _ = made
    out = tmp_path / "x.out"
    if message is None:
        with pytest.raises(SystemExit) as exit_:
            main(["export", str(path), "--out", str(out)] + args)
        assert exit_.value.code == 2
    else:
        code, stdout, stderr = run(capsys, "export", path, "--out", out, *args)
        assert code == 2 and stdout == "" and message in stderr and len(stderr.strip().splitlines()) == 1
    assert not out.exists()
    with Study.open(path, PASSPHRASE) as study:
        assert study.audit.entries("export") == []


def test_existing_file_and_missing_folder(made, tmp_path, capsys):
    path, _ = made
    out = tmp_path / "report.docx"
    out.write_bytes(b"keep me")
    code, _, stderr = run(capsys, "export", path, "--format", "report-docx", "--out", out)
    assert code == 2 and "--force" in stderr and out.read_bytes() == b"keep me"
    code, _, stderr = run(capsys, "export", path, "--format", "report-docx", "--out", tmp_path / "nope" / "r.docx")
    assert code == 2 and "does not exist" in stderr
    code, _, _ = run(capsys, "export", path, "--format", "report-docx", "--out", out, "--force")
    assert code == 0 and out.read_bytes()[:2] == b"PK"


def test_code_add_and_list(made, capsys):
    path, ids = made
    code, stdout, _ = run(capsys, "code", "add", path, "--interview", ids["R02"], "--start", 0, "--end", 6,
                          "--code", "beeldvorming", "--about", "sekswerker", "--memo", "vraag")
    assert code == 0 and stdout.strip().isdigit()
    new_id = int(stdout)
    code, stdout, stderr = run(capsys, "code", "list", path, "--interview", ids["R02"])
    lines = stdout.splitlines()
    assert code == 0 and lines[0].split("\t") == ["id", "interview_id", "participant", "role", "code", "about", "start",
                                                  "end", "memo"]
    rows = [line.split("\t") for line in lines[1:]]
    assert [r[0] for r in rows][0] == str(new_id) and rows[0][4:6] == ["beeldvorming", "sekswerker"]
    assert len(rows) == 3
    _no_content(stdout, stderr)
    with Study.open(path, PASSPHRASE) as study:
        coding = study.codings.get(new_id)
        assert study.codings.excerpt_text(coding) == "Hoe ziet u het contact met sekswerkers?"


@pytest.mark.parametrize("args, message", [
    (["--start", 6, "--end", 3, "--code", "trots"], "--start < --end"),
    (["--start", 0, "--end", 6, "--code", "onbekend"], "Unknown code 'onbekend'"),
    (["--start", 0, "--end", 6, "--code", "beeldvorming"], "needs the role"),
    (["--start", 0, "--end", 6, "--code", "beeldvorming", "--about", "buurman"], "Unknown role"),
    (["--start", 500, "--end", 600, "--code", "trots"], "No transcript text"),
])
def test_code_add_bad_input_changes_nothing(made, capsys, args, message):
    path, ids = made
    code, stdout, stderr = run(capsys, "code", "add", path, "--interview", ids["R01"], *args)
    assert code == 2 and message in stderr and stdout == ""
    with Study.open(path, PASSPHRASE) as study:
        assert study.info()["codings"] == 7


def test_pseudonymise_review(made, tmp_path, capsys):
    path, ids = made
    r01 = ids["R01"]
    code, stdout, _ = run(capsys, "pseudonymise", "list", path, "--interview", r01)
    rows = {line.split("\t")[0]: line.split("\t") for line in stdout.splitlines()[1:]}
    assert code == 0 and rows["Oisterwijk"][1:] == ["plaats", "2", "default", "[PLAATS]"]
    assert run(capsys, "pseudonymise", "reject", path, "--interview", r01, "Oisterwijk")[0] == 0
    assert run(capsys, "pseudonymise", "accept", path, "--interview", r01, "Jan de Vries", "--as", "R05")[0] == 0
    assert run(capsys, "pseudonymise", "add", path, "--interview", r01, "spreekuur", "--kind", "instelling")[0] == 0
    assert run(capsys, "pseudonymise", "replace", path, "vriend", "--with", "kennis")[0] == 0
    assert run(capsys, "pseudonymise", "keep", path, "Tilburg")[0] == 0
    code, stdout, _ = run(capsys, "pseudonymise", "replacements", path)
    # An accepted or added term is on the study's list: replaced in every interview (variants included).
    assert stdout.splitlines()[1:] == ["Jan de Vries\treplace\tR05", "spreekuur\treplace\t[INSTELLING]",
                                       "Tilburg\tkeep\t", "vriend\treplace\tkennis"]
    out = tmp_path / "r01.txt"
    assert run(capsys, "export", path, "--format", "txt", "--interview", r01, "--out", out)[0] == 0
    assert out.read_text(encoding="utf-8").split("\n\n")[3] == (  # after the review notice
        "R01: Mijn kennis R05 uit Oisterwijk belde me op [TELEFOONNUMMER] om me te waarschuwen.")
    code, _, stderr = run(capsys, "pseudonymise", "reject", path, "--interview", r01, "Niemand")
    assert code == 2 and "no proposal" in stderr
    code, _, stderr = run(capsys, "pseudonymise", "replace", path, "Sandy", "--with", "  ")
    assert code == 2 and "replaced with" in stderr
    assert run(capsys, "pseudonymise", "unlist", path, "vriend")[0] == 0
    code, _, stderr = run(capsys, "pseudonymise", "unlist", path, "vriend")
    assert code == 2 and "not on the study's replacement list" in stderr
    code, stdout, _ = run(capsys, "pseudonymise", "scan", path)
    assert code == 0 and stdout.endswith("in 3 interview(s)\n")


def test_a_fresh_process_prints_only_the_path(made, tmp_path):
    """deduce sets up debug logging to stdout when imported (and logs while building its tables): none gets through."""
    import os
    import subprocess
    import sys

    path, ids = made
    out = tmp_path / "r01.vtt"
    result = subprocess.run(
        [sys.executable, "-m", "desktop.cli", "export", str(path), "--format", "vtt", "--interview", str(ids["R01"]),
         "--out", str(out)],
        capture_output=True, text=True, timeout=600, env=dict(os.environ), cwd=str(tmp_path),
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"{out}\n"
    assert "DEBUG" not in result.stderr and "INFO" not in result.stderr
    _no_content(result.stdout, result.stderr)
    assert "[NAAM]" in out.read_text(encoding="utf-8")
