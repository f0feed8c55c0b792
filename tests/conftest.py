"""Shared test setup: a private data directory for the session, no passphrase from the environment."""
import os
import re
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

# -- running in parallel (make test: pytest-xdist, `-n 2 --dist loadgroup`) ---------------------------------
# Every test that records from or plays into PulseAudio shares the one null sink: two at a time would hear each
# other. Such modules (found by what their source uses) run in one group, on one worker, one after the other.
_AUDIO_SOURCE = re.compile(r"pulse|CAPTURE_DEVICE|mark\.audio|sounddevice|[Pp]layer|play_keys|playback|dutch_clip")
_audio_modules: dict[str, bool] = {}


def _uses_audio(path: str) -> bool:
    if path not in _audio_modules:
        try:
            _audio_modules[path] = bool(_AUDIO_SOURCE.search(open(path, encoding="utf-8").read()))
        except OSError:
            _audio_modules[path] = False
    return _audio_modules[path]


def pytest_collection_modifyitems(config, items):
    for item in items:
        if item.get_closest_marker("audio") or _uses_audio(str(item.fspath)):
            item.add_marker(pytest.mark.xdist_group("audio"))


def pytest_configure(config):
    """With several workers, build deduce's table cache once before they start (each would otherwise build
    and write the same cache files at the same moment on a clean checkout)."""
    if hasattr(config, "workerinput") or not getattr(config.option, "numprocesses", None):
        return
    import subprocess
    import sys
    from pathlib import Path

    cache = Path(__file__).resolve().parents[1] / ".test-data" / "cache"
    if any(cache.glob("cache/*")):
        return
    env = dict(os.environ, VELDWERK_CACHE_DIR=str(cache))
    subprocess.run([sys.executable, "-c", "from storage.pseudonymise import deidentify; deidentify.warm_up()"],
                   check=True, env=env, cwd=str(Path(__file__).resolve().parents[1]), timeout=900)
