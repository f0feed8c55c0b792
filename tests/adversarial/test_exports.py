"""Exports never touch the study, never a device, and are readable by the researcher only (issue 13, finding 4)."""
import hashlib
import os
import stat

import pytest

from storage import Study
from tests.desktop.test_cli_export import env, made, run  # noqa: F401 - the CLI export fixtures (env is autouse)
from tests.storage.exports.conftest import PASSPHRASE


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("fmt", ["txt", "json", "qdpx"])
def test_an_export_onto_the_study_database_is_refused_even_with_force(made, capsys, fmt):
    path, ids = made
    before = digest(path / "study.db")
    code, out, err = run(capsys, "export", path, "--format", fmt, "--interview", ids["R01"],
                         "--out", path / "study.db", "--force", "--no-pseudonymise")
    assert code == 2
    assert "inside the study folder" in err and len(err.strip().splitlines()) == 1
    assert digest(path / "study.db") == before
    with Study.open(path, PASSPHRASE) as study:  # still the encrypted study
        assert study.interviews.get(ids["R01"])


def test_an_export_into_any_study_folder_is_refused(made, tmp_path, capsys):
    path, ids = made
    other = tmp_path / "other.veldwerk"
    Study.create(other, name="Andere", passphrase=PASSPHRASE).close()
    for target in (path / "notes.txt", other / "notes.txt"):
        code, _, err = run(capsys, "export", path, "--format", "txt", "--interview", ids["R01"], "--out", target)
        assert code == 2 and "inside the study folder" in err
        assert not target.exists()
    names = sorted(p.name for p in path.iterdir() if not p.name.startswith("study.db-") and p.suffix != ".lock")
    assert names == ["study.db", "study.json"]


@pytest.mark.skipif(os.geteuid() != 0, reason="making a device node needs root")
def test_a_device_is_never_replaced(made, tmp_path, capsys):
    """As root, `--out /dev/full --force` replaced the device node. A node of our own (the same char device
    as /dev/null) stands in for it, so a regression cannot break the machine's /dev."""
    path, ids = made
    device = tmp_path / "full"
    os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    code, _, err = run(capsys, "export", path, "--format", "txt", "--interview", ids["R01"], "--out", device, "--force")
    assert code == 2 and "not a regular file" in err
    assert stat.S_ISCHR(os.stat(device).st_mode)


def test_a_link_is_not_followed_or_replaced(made, tmp_path, capsys):
    path, ids = made
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    link = tmp_path / "out" / "link.txt"
    link.parent.mkdir()
    link.symlink_to(victim)
    code, _, err = run(capsys, "export", path, "--format", "txt", "--interview", ids["R01"], "--out", link, "--force")
    assert code == 2 and "not a regular file" in err
    assert link.is_symlink() and victim.read_text() == "keep me"


@pytest.mark.parametrize("fmt,name", [("txt", "t.txt"), ("qdpx", "p.qdpx"), ("qdc", "c.qdc"), ("coded-docx", "c.docx"),
                                      ("matrix-xlsx", "m.xlsx"), ("consent-csv", "c.csv")])
def test_every_export_and_the_database_are_0600(made, tmp_path, capsys, fmt, name):
    path, ids = made
    out = tmp_path / "exports" / name
    out.parent.mkdir()
    args = ["export", path, "--format", fmt, "--out", out]
    if fmt == "txt":
        args += ["--interview", ids["R01"]]
    code, _, err = run(capsys, *args)
    assert code == 0, err
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert [p.name for p in out.parent.iterdir()] == [name], "a temporary file was left behind"
    for p in path.glob("study.db*"):
        assert stat.S_IMODE(p.stat().st_mode) == 0o600, p.name


@pytest.mark.parametrize("fmt,name", [("txt", "t.txt"), ("json", "t.json"), ("coded-docx", "c.docx")])
def test_an_export_of_an_unfinished_transcription_says_onvolledig(made, tmp_path, capsys, fmt, name):
    """Finding 8: an export taken while a transcription runs had half the text and no notice."""
    from tests.storage.exports.readback import everything

    path, ids = made
    with Study.open(path, PASSPHRASE) as study:
        tid = study.transcripts.for_interview(ids["R01"]).id
        study.conn.execute("UPDATE transcripts SET state = 'partial' WHERE id = ?", [tid])  # as while it runs
    out = tmp_path / name
    code, _, err = run(capsys, "export", path, "--format", fmt, "--interview", ids["R01"], "--out", out)
    assert code == 0, err
    assert "not finished" in err and "onvolledig" in err
    assert "ONVOLLEDIG" in everything(out)
