"""Creating, opening, closing and re-keying studies."""
import hashlib
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from storage import Study
from storage.errors import StudyExists, StudyNotFound, VeldwerkError, WrongPassphrase
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]


def folder_digest(path):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(path.iterdir())}


def test_create_then_open_keeps_name_language_and_defaults(study_path):
    Study.create(study_path, name="Stigma sekswerk Tilburg", passphrase=PASSPHRASE).close()
    with Study.open(study_path, PASSPHRASE) as study:
        assert study.name == "Stigma sekswerk Tilburg"
        assert study.language == "nl"
        assert study.encrypted
        assert [r["key"] for r in study.roles()] == [
            "sekswerker", "klant", "exploitant", "gemeente", "handhaving", "politie", "hulpverlening", "ggd", "onderzoeker",
        ]
        assert study.role_label("gemeente") == "Gemeente / beleid"
        assert [c["key"] for c in study.codebook.list()] == ["beeldvorming", "trots", "oplossingen"]
        assert study.codebook.get("beeldvorming")["perception"] == 1
        assert study.info()["participants"] == 0


def test_wrong_passphrase_fails_cleanly_and_changes_nothing(study_path):
    Study.create(study_path, name="S", passphrase=PASSPHRASE).close()
    before = folder_digest(study_path)
    with pytest.raises(WrongPassphrase):
        Study.open(study_path, "not the passphrase")
    with pytest.raises(WrongPassphrase):
        Study.open(study_path, None)
    assert folder_digest(study_path) == before


def test_open_refuses_a_folder_that_is_not_a_study(tmp_path):
    (tmp_path / "x").mkdir()
    with pytest.raises(StudyNotFound):
        Study.open(tmp_path / "x", PASSPHRASE)
    with pytest.raises(StudyNotFound):
        Study.open(tmp_path / "missing", PASSPHRASE)


def test_create_refuses_a_non_empty_folder_and_bad_names(tmp_path):
    target = tmp_path / "s.veldwerk"
    target.mkdir()
    (target / "other.txt").write_text("x")
    with pytest.raises(StudyExists):
        Study.create(target, name="S", passphrase=PASSPHRASE)
    assert sorted(p.name for p in target.iterdir()) == ["other.txt"]
    with pytest.raises(VeldwerkError):
        Study.create(tmp_path / "t.veldwerk", name="  ", passphrase=PASSPHRASE)
    with pytest.raises(VeldwerkError):
        Study.create(tmp_path / "u.veldwerk", name="S", passphrase="")
    assert not (tmp_path / "t.veldwerk").exists() and not (tmp_path / "u.veldwerk").exists()


def test_change_passphrase_rekeys_the_database(study_path):
    with Study.create(study_path, name="S", passphrase=PASSPHRASE) as study:
        study.participants.add("R01", "ggd")
        study.change_passphrase("een nieuwe zin")
    with pytest.raises(WrongPassphrase):
        Study.open(study_path, PASSPHRASE)
    with Study.open(study_path, "een nieuwe zin") as study:
        assert study.participants.get("R01")["role"] == "ggd"
        assert any(e["action"] == "study.rekey" for e in study.audit.entries())


def test_unencrypted_study_opens_without_passphrase(plain_study):
    plain_study.participants.add("R02", "klant")
    path = plain_study.path
    plain_study.close()
    with Study.open(path) as study:
        assert not study.encrypted
        assert study.participants.get("R02")["role"] == "klant"
    assert (path / "study.db").read_bytes().startswith(b"SQLite format 3")


def test_settings_and_glossary_round_trip(study):
    study.set_setting("glossary", ["GGD", "klankbordgroep"])
    study.set_setting("model", "base")
    assert study.glossary == ["GGD", "klankbordgroep"]
    assert study.get_setting("model") == "base"
    assert study.get_setting("missing", 7) == 7


def test_roles_can_be_added_and_relabelled(study):
    study.set_role("buurtbewoner", "Buurtbewoner")
    study.set_role("ggd", "GGD Hart voor Brabant")
    assert study.role_label("ggd") == "GGD Hart voor Brabant"
    assert study.roles()[-1] == {"key": "buurtbewoner", "label": "Buurtbewoner"}
    with pytest.raises(VeldwerkError):
        study.set_role("Bad Key", "x")


def test_info_counts_everything(study):
    from tests.storage.helpers import interview_with_transcript

    iid, tid = interview_with_transcript(study, seconds=3.6)
    study.codings.add_by_time(iid, 0, 1.8, "trots")
    info = study.info()
    assert (info["participants"], info["interviews"], info["transcripts"], info["codings"]) == (1, 1, 1, 1)
    assert info["hours"] == pytest.approx(0.001, abs=0.0005)


@pytest.mark.skipif(subprocess.run(["unshare", "-rm", "true"]).returncode != 0, reason="needs a mount namespace for a small tmpfs")
@pytest.mark.parametrize("passphrase", [None, PASSPHRASE])
def test_a_study_on_a_full_disk_says_the_disk_is_full_not_the_passphrase(tmp_path, passphrase):
    """A study on a 1 MB tmpfs, the rest of the disk filled: SQLite cannot create its -shm file."""
    mount = tmp_path / "small"
    mount.mkdir()
    code = f"""
import os, sys
sys.path.insert(0, {str(ROOT)!r})
from storage import Study
from storage.errors import DiskFull
path = os.path.join({str(mount)!r}, "s.veldwerk")
Study.create(path, name="Vol", passphrase={passphrase!r}).close()
before = open(os.path.join(path, "study.db"), "rb").read()
fill = os.open(os.path.join({str(mount)!r}, "fill"), os.O_WRONLY | os.O_CREAT)
try:
    while True:
        os.write(fill, bytes(4096))
except OSError:
    os.close(fill)
try:
    Study.open(path, {passphrase!r})
    print("opened")
except DiskFull as exc:
    print("DiskFull:", exc)
print("unchanged" if open(os.path.join(path, "study.db"), "rb").read() == before else "changed")
os.remove(os.path.join({str(mount)!r}, "fill"))
Study.open(path, {passphrase!r}).close()
print("opens again")
"""
    script = f"mount -t tmpfs -o size=1m tmpfs {mount} && {sys.executable} -c {shlex.quote(code)}"
    proc = subprocess.run(["unshare", "-rm", "bash", "-c", script], capture_output=True, text=True, timeout=120)
    assert "DiskFull: The disk holding this study is full" in proc.stdout, proc.stdout + proc.stderr
    assert "unchanged" in proc.stdout and "opens again" in proc.stdout, proc.stdout + proc.stderr
