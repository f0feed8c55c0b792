"""The three-interview export study of tests/storage/exports (R01 with planted details, R03 without consent
to quoting), built through the core; deduce's cache is shared through VELDWERK_CACHE_DIR."""
import pytest

from tests.storage.exports.conftest import CACHE, build  # noqa: F401 - importing sets VELDWERK_CACHE_DIR

SLOW = 300_000  # ms: the first scan in a test session loads deduce's tables (seconds cached, minutes cold)


@pytest.fixture
def coded(tmp_path, monkeypatch, app):
    monkeypatch.setenv("VELDWERK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("VELDWERK_CACHE_DIR", str(CACHE))
    study, ids = build(tmp_path / "tilburg.veldwerk", passphrase=None)
    yield study, ids
    from desktop.export.jobs import stop_all

    assert stop_all(), "an export job was still running"
    study.close()
