"""Bad input gets one line and exit 2, and changes nothing (issue 13, finding 7)."""
import hashlib
import json
import subprocess
from pathlib import Path

import pytest

from desktop.cli import main
from storage import Study
from tests.conftest import PASSPHRASE
from tests.storage.helpers import interview_with_transcript

ROOT = Path(__file__).resolve().parents[2]
DUTCH_WAV = ROOT / "tests" / "fixtures" / "dutch_espeak.wav"
PAGE = 4096


@pytest.fixture(autouse=True)
def env(monkeypatch):
    monkeypatch.setenv("VELDWERK_PASSPHRASE", PASSPHRASE)


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def one_line(err: str) -> bool:
    return len(err.strip().splitlines()) == 1 and "Traceback" not in err


def digest(folder: Path) -> dict:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())
            if p.suffix != ".lock" and not p.name.startswith("study.db-")}


@pytest.fixture
def made(tmp_path):
    """An encrypted study with one finished transcript, closed."""
    path = tmp_path / "s.veldwerk"
    with Study.create(path, name="S", passphrase=PASSPHRASE) as study:
        iid, tid = interview_with_transcript(study, seconds=4.0)
        for n in range(40):  # enough rows for several pages
            study.participants.add(f"P{n:02d}", "ggd", notes="x" * 200)
    return path, iid


@pytest.mark.parametrize("marker", ['{"format": "veldwerk-study"}', '["veldwerk-study"]', '{"format": "veldwerk-study", "encrypted": "ja"}'])
def test_a_damaged_header_is_one_line(made, capsys, marker):
    path, _ = made
    (path / "study.json").write_text(marker)
    code, _, err = run(capsys, "study", "info", path)
    assert code == 2 and one_line(err), err


def test_study_create_on_a_file(tmp_path, capsys, monkeypatch):
    target = tmp_path / "notes.txt"
    target.write_text("mine")
    monkeypatch.setenv("NEW_PASS", PASSPHRASE)
    code, _, err = run(capsys, "study", "create", target, "--name", "S", "--passphrase-env", "NEW_PASS")
    assert code == 2 and one_line(err) and "is a file" in err
    assert target.read_text() == "mine"


def test_a_zero_byte_database_never_becomes_a_new_study(made, capsys, monkeypatch):
    path, _ = made
    (path / "study.db").write_bytes(b"")
    for var in ("any passphrase at all", PASSPHRASE):
        monkeypatch.setenv("VELDWERK_PASSPHRASE", var)
        code, _, err = run(capsys, "study", "info", path)
        assert code == 2 and one_line(err) and "empty" in err
    assert (path / "study.db").stat().st_size == 0


def test_a_damaged_first_page_is_not_called_a_wrong_passphrase(made, capsys):
    path, _ = made
    db = path / "study.db"
    data = bytearray(db.read_bytes())
    data[2000] ^= 0xFF  # inside page 1, after the salt
    db.write_bytes(bytes(data))
    code, _, err = run(capsys, "study", "info", path)
    assert code == 2 and one_line(err)
    assert "damaged" in err and "passphrase does not open" not in err
    # a wrong passphrase is still called that
    with pytest.raises(Exception, match="passphrase does not open"):
        Study.open(path, "een andere wachtzin")


def test_a_flipped_encrypted_flag_and_a_replaced_database(made, tmp_path, capsys):
    path, _ = made
    header = json.loads((path / "study.json").read_text())
    (path / "study.json").write_text(json.dumps({**header, "encrypted": False}))
    code, _, err = run(capsys, "study", "info", path)
    assert code == 2 and one_line(err) and "study.json says" in err
    (path / "study.json").write_text(json.dumps(header))
    plain = tmp_path / "plain.veldwerk"
    Study.create(plain, name="P", passphrase=None).close()
    (path / "study.db").write_bytes((plain / "study.db").read_bytes())
    code, _, err = run(capsys, "study", "info", path)
    assert code == 2 and one_line(err) and "unencrypted database" in err


def test_a_64_channel_wav_is_refused_in_one_line(tmp_path, capsys):
    wav = tmp_path / "many.wav"
    subprocess.run(["sox", "-n", "-r", "16000", "-c", "64", "-b", "16", str(wav), "synth", "1", "sine", "440"], check=True)
    code, _, err = run(capsys, "transcribe", wav)
    assert code == 2 and "64 channels" in err and "Traceback" not in err


@pytest.mark.parametrize("args,message", [
    (["--out", "missing/x.txt"], "does not exist"),
    (["--threads", "-1"], "--threads must be 1 or more"),
    (["--language", "xx"], "Unknown language"),
])
def test_transcribe_file_options_are_checked_first(tmp_path, capsys, args, message):
    args = [a.replace("missing/", str(tmp_path / "missing") + "/") for a in args]
    code, out, err = run(capsys, "transcribe", DUTCH_WAV, *args)
    assert code == 2 and message in err and "Traceback" not in err
    assert "%" not in err  # refused before the transcription started, not after it
    assert not (tmp_path / "missing").exists()


@pytest.mark.parametrize("args", [["--language", "xx"], ["--threads", "-1"], ["--model", "no-such-model"]])
def test_replace_with_a_bad_option_keeps_the_finished_transcript(made, capsys, args):
    path, iid = made
    with Study.open(path, PASSPHRASE) as study:
        before = study.transcripts.text(study.transcripts.for_interview(iid).id)
    code, _, err = run(capsys, "transcribe", path, "--interview", iid, "--replace", *args)
    assert code == 2 and one_line(err), err
    with Study.open(path, PASSPHRASE) as study:
        kept = study.transcripts.for_interview(iid)
        assert kept.state == "complete"
        assert study.transcripts.text(kept.id) == before


def test_a_damaged_page_met_mid_command_is_one_line(tmp_path, capsys, monkeypatch):
    """Pages of stored audio overwritten: transcribing reads them and must stop with one line, not a traceback."""
    monkeypatch.delenv("VELDWERK_PASSPHRASE", raising=False)
    path = tmp_path / "plain.veldwerk"
    with Study.create(path, name="P", passphrase=None) as study:
        study.participants.add("R01", "ggd")
        from tests.storage.helpers import consent_all
        from transcribe.importing import import_audio

        consent_all(study, "R01")
        iid = import_audio(study, "R01", DUTCH_WAV)
    db = path / "study.db"
    data = bytearray(db.read_bytes())
    pages = len(data) // PAGE
    for page in range(pages // 2, pages * 3 // 4):  # the middle of the file: audio overflow pages
        data[page * PAGE:(page + 1) * PAGE] = b"\xff" * PAGE
    db.write_bytes(bytes(data))
    code, _, err = run(capsys, "transcribe", path, "--interview", iid)
    assert code == 2 and one_line(err), err
    assert "damaged" in err
