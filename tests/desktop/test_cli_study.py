"""The foundation's commands, in-process, with their bad-input paths."""
import json
import subprocess
import sys

import numpy as np
import pytest
import soundfile

from desktop.cli import main
from tests.conftest import PASSPHRASE


@pytest.fixture
def env(monkeypatch):
    monkeypatch.setenv("VELDWERK_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("NEW_PASS", PASSPHRASE)


@pytest.fixture
def made(tmp_path, env):
    path = tmp_path / "cli.veldwerk"
    assert main(["study", "create", str(path), "--name", "CLI-studie", "--passphrase-env", "NEW_PASS"]) == 0
    return path


@pytest.fixture
def wav(tmp_path):
    path = tmp_path / "clip.wav"
    soundfile.write(path, (np.sin(np.arange(24000) / 4) * 0.3).astype(np.float32), 16000)
    return path


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_version_and_help_list_the_commands(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.startswith("veldwerk ")
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for command in ("study", "participant", "interview", "search"):
        assert command in out


@pytest.mark.parametrize("command", [["study"], ["study", "create"], ["participant", "add"], ["interview", "import"], ["search"]])
def test_every_subcommand_has_help(command, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(command + ["--help"])
    assert exit_info.value.code == 0
    assert "usage: veldwerk" in capsys.readouterr().out


def test_study_create_and_info(made, capsys):
    code, out, err = run(capsys, "study", "info", str(made), "--json")
    assert code == 0
    info = json.loads(out)
    assert (info["name"], info["encrypted"], info["participants"]) == ("CLI-studie", True, 0)


def test_study_create_no_encryption_and_existing_folder(tmp_path, capsys):
    path = tmp_path / "open.veldwerk"
    assert run(capsys, "study", "create", str(path), "--name", "Open", "--no-encryption")[0] == 0
    code, out, err = run(capsys, "study", "create", str(path), "--name", "Again", "--no-encryption")
    assert code == 2 and "not empty" in err and err.count("\n") == 1


def test_missing_study_and_wrong_passphrase(made, tmp_path, capsys, monkeypatch):
    code, out, err = run(capsys, "study", "info", str(tmp_path / "nope"))
    assert code == 2 and "not a Veldwerk study" in err
    monkeypatch.setenv("VELDWERK_PASSPHRASE", "wrong")
    code, out, err = run(capsys, "participant", "list", str(made))
    assert code == 2 and "passphrase" in err


def test_participant_add_list_duplicate_unknown_role(made, capsys):
    assert run(capsys, "participant", "add", str(made), "--code", "R01", "--role", "sekswerker")[0] == 0
    code, out, err = run(capsys, "participant", "add", str(made), "--code", "R01", "--role", "klant")
    assert code == 2 and "already exists" in err
    code, out, err = run(capsys, "participant", "add", str(made), "--code", "R02", "--role", "wethouder")
    assert code == 2 and "Unknown role" in err
    code, out, err = run(capsys, "participant", "list", str(made))
    assert code == 0
    assert out.splitlines()[1].split("\t")[:2] == ["R01", "sekswerker"]


def _consent(path):
    """Record consent through the core (import requires item 1)."""
    from storage import Study
    from tests.storage.helpers import consent_all

    with Study.open(path, PASSPHRASE) as study:
        consent_all(study, "R01")


def test_interview_import_list_and_bad_files(made, wav, tmp_path, capsys):
    run(capsys, "participant", "add", str(made), "--code", "R01", "--role", "ggd")
    _consent(made)
    code, out, err = run(capsys, "interview", "import", str(made), "--participant", "R01", str(wav))
    assert code == 0, err
    interview_id = int(out.strip())
    code, out, err = run(capsys, "interview", "list", str(made))
    row = out.splitlines()[1].split("\t")
    assert row[:2] == [str(interview_id), "R01"] and float(row[3]) == pytest.approx(1.5, abs=0.05)
    assert row[4:] == ["none", "0"]
    empty = tmp_path / "empty.wav"
    empty.write_bytes(b"")
    text = tmp_path / "notes.mp3"
    text.write_text("dit is geen audio\n" * 50)
    for bad in (empty, text, tmp_path / "missing.wav"):
        code, out, err = run(capsys, "interview", "import", str(made), "--participant", "R01", str(bad))
        assert code == 2 and err.startswith("veldwerk: ") and err.count("\n") == 1, err
    code, out, err = run(capsys, "interview", "import", str(made), "--participant", "R09", str(wav))
    assert code == 2 and "R09" in err
    code, out, err = run(capsys, "interview", "list", str(made))
    assert len(out.splitlines()) == 2  # header + the one good import: bad input changed nothing


def test_search_command(made, capsys):
    from storage import Study
    from tests.storage.helpers import interview_with_transcript

    with Study.open(made, PASSPHRASE) as study:
        interview_with_transcript(study, texts=["Wij werken in het café.", "De GGD is er ook."], seconds=4)
    code, out, err = run(capsys, "search", str(made), "CAFE")
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 2 and lines[1].split("\t")[3] == "00:00:00" and "[café]" in lines[1]
    code, out, err = run(capsys, "search", str(made), "ggd")
    assert out.splitlines()[1].split("\t")[3] == "00:00:02"


def test_console_script_exit_codes(tmp_path):
    """The installed `veldwerk` command exits 2 with one line on stderr for bad input."""
    proc = subprocess.run([sys.executable, "-m", "desktop", "study", "info", str(tmp_path / "x")], capture_output=True, text=True)
    assert proc.returncode == 2
    assert proc.stderr.strip().count("\n") == 0 and "not a Veldwerk study" in proc.stderr
    proc = subprocess.run([sys.executable, "-m", "desktop", "nonsense"], capture_output=True, text=True)
    assert proc.returncode == 2


def test_one_character_passphrase_is_refused_by_create_and_change(made, tmp_path, capsys, monkeypatch):
    """The passphrase policy lives in the core: the CLI refuses a weak passphrase with exit 2, nothing made or changed."""
    monkeypatch.setenv("WEAK_PASS", "a")
    path = tmp_path / "weak.veldwerk"
    code, out, err = run(capsys, "study", "create", str(path), "--name", "Zwak", "--passphrase-env", "WEAK_PASS")
    assert code == 2 and err.count("\n") == 1 and "passphrase" in err.lower()
    assert not (path / "study.db").exists()
    code, out, err = run(capsys, "study", "passphrase", str(made), "--new-passphrase-env", "WEAK_PASS")
    assert code == 2 and err.count("\n") == 1 and "passphrase" in err.lower()
    assert run(capsys, "study", "info", str(made))[0] == 0  # the old passphrase still opens it
def test_study_create_takes_the_retention_date_and_contact(tmp_path, monkeypatch, capsys):
    """issue 15: the consent form must not say "(nog niet ingevuld)" because creation never asked."""
    import datetime

    from desktop.cli import main
    from storage import Study

    future = (datetime.date.today() + datetime.timedelta(days=2000)).isoformat()
    monkeypatch.setenv("VELDWERK_DATA_DIR", str(tmp_path / "data"))
    path = tmp_path / "r.veldwerk"
    assert main(["study", "create", str(path), "--name", "R", "--no-encryption", "--retention-until", "2031-02-30"]) == 2
    assert not path.exists()
    assert main(["study", "create", str(path), "--name", "R", "--no-encryption",
                 "--retention-until", future, "--contact", "Anna de Vries"]) == 0
    assert "lacks" not in capsys.readouterr().err
    with Study.open(path, None) as study:
        assert study.get_setting("retention_until") == future and study.get_setting("consent_contact") == "Anna de Vries"
    assert main(["study", "create", str(tmp_path / "s.veldwerk"), "--name", "S", "--no-encryption"]) == 0
    assert "--retention-until" in capsys.readouterr().err
