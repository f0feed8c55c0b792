"""export() refuses a target in a missing or unwritable folder with a VeldwerkError, for every format."""
import os

import pytest

from storage import Study
from storage.errors import VeldwerkError
from storage.exports import export, load_all
from tests.storage.helpers import interview_with_transcript


@pytest.fixture
def small_study(tmp_path):
    study = Study.create(tmp_path / "s.veldwerk", name="Doel", passphrase=None)
    iid, _ = interview_with_transcript(study)
    yield study, iid
    study.close()


@pytest.mark.parametrize("fmt", ["qdpx", "qdc", "coded-docx", "txt", "matrix-csv", "consent-csv"])
def test_missing_folder_is_a_veldwerk_error(small_study, tmp_path, fmt):
    study, iid = small_study
    out = tmp_path / "nowhere" / f"export.{fmt}"
    with pytest.raises(VeldwerkError, match="does not exist"):
        export(study, fmt, out, interview_id=iid, pseudonymise=False)
    assert not (tmp_path / "nowhere").exists()
    assert not study.audit.entries("export.unpseudonymised")


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
@pytest.mark.parametrize("fmt", ["qdpx", "qdc"])
def test_read_only_folder_is_a_veldwerk_error(small_study, tmp_path, fmt):
    study, iid = small_study
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(VeldwerkError, match="not writable"):
            export(study, fmt, folder / f"x.{fmt}", interview_id=iid, pseudonymise=False)
    finally:
        folder.chmod(0o700)


def test_every_registered_format_refuses_a_missing_folder(small_study, tmp_path):
    study, iid = small_study
    for fmt in sorted(load_all()):
        with pytest.raises(VeldwerkError):
            export(study, fmt, tmp_path / "missing" / "out.bin", interview_id=iid, pseudonymise=False)


def test_existing_folder_still_works_for_qdc(small_study, tmp_path):
    study, _ = small_study
    path = export(study, "qdc", tmp_path / "codebook.qdc")
    assert path.read_bytes().startswith(b"<?xml")


def test_unwritable_folder_is_refused_before_the_exporter_runs(small_study, tmp_path, monkeypatch):
    """As root every folder is writable, so the access check itself is made to say no."""
    study, iid = small_study
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda path, mode, **kw: False if str(path) == str(tmp_path) else real_access(path, mode, **kw))
    with pytest.raises(VeldwerkError, match="not writable"):
        export(study, "qdpx", tmp_path / "project.qdpx", interview_id=iid)
    assert not (tmp_path / "project.qdpx").exists()
