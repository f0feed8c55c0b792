"""Desktop test setup: offscreen Qt, a private QSettings store, English UI, the real core."""
import os
import tempfile

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("VELDWERK_NO_WARMUP", "1")  # no deduce warm-up thread when a test opens the main window

from PySide6.QtCore import QSettings  # noqa: E402

_SETTINGS_DIR = tempfile.mkdtemp(prefix="veldwerk-qsettings-")
QSettings.setDefaultFormat(QSettings.IniFormat)
QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, _SETTINGS_DIR)

from tests.audio_fixtures import *  # noqa: E402,F401,F403
from tests.conftest import PASSPHRASE  # noqa: E402,F401

FIXTURE_WAV = os.path.join(os.path.dirname(__file__), "..", "fixtures", "dutch_espeak.wav")


@pytest.fixture(scope="session")
def app():
    """The QApplication with Veldwerk's names; English UI unless a test installs Dutch."""
    from desktop.app import make_app

    QSettings().setValue("ui/language", "en")
    application = make_app()
    QSettings().clear()
    QSettings().setValue("ui/language", "en")
    from desktop import i18n

    i18n.install(application, "en")
    return application


@pytest.fixture
def settings(app):
    """A clean QSettings for the test."""
    QSettings().clear()
    QSettings().setValue("ui/language", "en")
    yield QSettings()
    QSettings().clear()


@pytest.fixture
def consenting(study):
    """The study with participant R01 (sekswerker) who gave written consent to items 1-5."""
    study.participants.add("R01", "sekswerker")
    study.consent.record("R01", {1: True, 2: True, 3: True, 4: True, 5: True}, method="written", researcher="AB")
    return study


@pytest.fixture
def answer_yes(monkeypatch):
    """Message boxes asking a question answer Yes/Save; information boxes return at once."""
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.Yes))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: QMessageBox.Ok))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: QMessageBox.Ok))


def shown_window(qtbot, study, width: int = 1366, height: int = 768):
    """The main window with `study` open, shown at a small laptop's screen size (1366×768) and exposed."""
    from desktop.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(width, height)
    window.set_study(study)
    window.show()
    qtbot.waitExposed(window)
    return window
