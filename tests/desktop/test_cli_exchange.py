"""`veldwerk exchange`: a round trip between two copies through the command line; bad input exits 2, one line."""
import pytest

from desktop.cli import main
from storage import Study
from tests.conftest import PASSPHRASE
from tests.storage.exchange.helpers import EXCHANGE_PASSPHRASE, make_pair, snapshot


@pytest.fixture(autouse=True)
def env(tmp_path, monkeypatch):
    monkeypatch.setenv("VELDWERK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("VELDWERK_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("VELDWERK_EXCHANGE_PASSPHRASE", EXCHANGE_PASSPHRASE)
    monkeypatch.delenv("VELDWERK_RESEARCHER", raising=False)


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_round_trip_with_a_conflict_to_resolve(tmp_path, capsys, monkeypatch):
    path_a, path_b, interview = make_pair(tmp_path)
    monkeypatch.setenv("VELDWERK_RESEARCHER", "ellen")
    code, out, err = run(capsys, "code", "add", path_a, "--interview", interview, "--start", 0, "--end", 0.9,
                         "--code", "trots")
    assert code == 0, err
    with Study.open(path_a, PASSPHRASE) as a:
        assert a.codings.list()[0].author == "ellen"
        a.researchers.use("ellen")
        a.codebook.update("trots", label_nl="Trots op het werk")
    with Study.open(path_b, PASSPHRASE) as b:
        b.codebook.update("trots", label_nl="Trots en eigenwaarde")
    out_file = tmp_path / "ellen-1.vwx"
    code, out, err = run(capsys, "exchange", "export", path_a, "--out", out_file)
    assert code == 0, err
    assert "researcher: ellen" in out and "since: the start" in out and "codings: 1" in out
    monkeypatch.setenv("VELDWERK_RESEARCHER", "sanne")
    code, out, err = run(capsys, "exchange", "import", path_b, out_file)
    assert code == 0, err
    assert "coding added: 1" in out and "conflicts: 1 (decide them" in out
    code, out, err = run(capsys, "exchange", "import", path_b, out_file)
    assert code == 0 and "merged into this copy before; nothing was changed" in out
    code, out, _ = run(capsys, "exchange", "conflicts", path_b)
    header, line = out.strip().splitlines()
    row = dict(zip(header.split("\t"), line.split("\t")))
    assert row["kind"] == "code" and row["here"].startswith("Trots en eigenwaarde")
    assert row["there"].startswith("Trots op het werk") and row["researcher"] == "ellen"
    code, out, err = run(capsys, "exchange", "resolve", path_b, row["id"], "--keep", "theirs")
    assert code == 0, err
    with Study.open(path_b, PASSPHRASE) as b:
        assert b.codebook.get("trots")["label_nl"] == "Trots op het werk"
        assert [c.author for c in b.codings.list()] == ["ellen"]
    code, out, _ = run(capsys, "exchange", "list", path_b)
    assert "import\tellen" in out
    code, out, _ = run(capsys, "researcher", "list", path_b)
    assert "ellen" in out and "sanne" in out


@pytest.mark.parametrize("case, message", [
    ("wrong passphrase", "passphrase does not open"),
    ("other study", "belongs to another study"),
    ("damaged", "is damaged"),
])
def test_bad_exchange_files_exit_2_with_one_line_and_change_nothing(tmp_path, capsys, monkeypatch, case, message):
    path_a, path_b, _ = make_pair(tmp_path)
    out_file = tmp_path / "ellen.vwx"
    assert run(capsys, "exchange", "export", path_a, "--out", out_file, "--researcher", "ellen")[0] == 0
    target = path_b
    if case == "wrong passphrase":
        monkeypatch.setenv("VELDWERK_EXCHANGE_PASSPHRASE", "niet het goede wachtwoord")
    elif case == "other study":
        target = tmp_path / "ander.veldwerk"
        Study.create(target, name="Ander", passphrase=PASSPHRASE).close()
    else:
        data = bytearray(out_file.read_bytes())
        data[4200:4210] = b"\xff" * 10
        out_file.write_bytes(bytes(data))
    with Study.open(target, PASSPHRASE) as study:
        before = snapshot(study)
    code, out, err = run(capsys, "exchange", "import", target, out_file)
    assert code == 2 and message in err and err.count("\n") == 1
    with Study.open(target, PASSPHRASE) as study:
        assert snapshot(study) == before


def test_export_without_a_researcher_or_inside_a_study_exits_2(tmp_path, capsys):
    path_a, _, _ = make_pair(tmp_path)
    code, _, err = run(capsys, "exchange", "export", path_a, "--out", tmp_path / "x.vwx")
    assert code == 2 and "--researcher NAME" in err
    code, _, err = run(capsys, "exchange", "export", path_a, "--out", path_a / "x.vwx", "--researcher", "ellen")
    assert code == 2 and "inside the study folder" in err
    assert not (tmp_path / "x.vwx").exists() and not (path_a / "x.vwx").exists()


def test_with_audio_on_the_command_line(tmp_path, capsys, monkeypatch):
    from storage.exchange import container

    path_a, path_b, interview = make_pair(tmp_path)
    monkeypatch.setenv("VELDWERK_RESEARCHER", "ellen")
    assert run(capsys, "code", "add", path_a, "--interview", interview, "--start", 0, "--end", 0.9, "--code", "trots")[0] == 0
    with Study.open(path_b, PASSPHRASE) as b, b.transaction():
        b.conn.execute("DELETE FROM audio_chunks")   # a copy without the audio
    plain, with_audio = tmp_path / "zonder.vwx", tmp_path / "met.vwx"
    code, out, err = run(capsys, "exchange", "export", path_a, "--out", plain)
    assert code == 0 and "audio:" not in out
    code, out, err = run(capsys, "exchange", "export", path_a, "--out", with_audio, "--with-audio", "--since", "all")
    assert code == 0, err
    assert "audio: 1 recording(s)" in out
    assert container.read(plain, EXCHANGE_PASSPHRASE).audio == []
    assert container.read(with_audio, EXCHANGE_PASSPHRASE).audio
    monkeypatch.setenv("VELDWERK_RESEARCHER", "sanne")
    code, out, err = run(capsys, "exchange", "import", path_b, with_audio)
    assert code == 0, err
    assert "audio added: 1" in out
    with Study.open(path_b, PASSPHRASE) as b:
        assert len(b.recordings.read_pcm(b.recordings.main_for_interview(interview).id)) > 0
