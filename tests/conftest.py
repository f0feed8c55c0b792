"""Shared test setup: a private data directory for the session, no passphrase from the environment."""
import os
import tempfile

import pytest

_SESSION_DATA = tempfile.mkdtemp(prefix="veldwerk-test-data-")
os.environ["VELDWERK_DATA_DIR"] = _SESSION_DATA
os.environ.pop("VELDWERK_PASSPHRASE", None)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def study_path(tmp_path):
    """Where a test's study folder goes."""
    return tmp_path / "test.veldwerk"


@pytest.fixture
def study(study_path):
    """A new encrypted study, closed after the test."""
    from storage import Study

    s = Study.create(study_path, name="Teststudie", passphrase=PASSPHRASE)
    yield s
    s.close()


@pytest.fixture
def plain_study(tmp_path):
    """A new unencrypted study, closed after the test."""
    from storage import Study

    s = Study.create(tmp_path / "plain.veldwerk", name="Open studie", passphrase=None)
    yield s
    s.close()


from tests.audio_fixtures import *  # noqa: E402,F401,F403  (pulse_sink, dutch_clip, wav_sink)
