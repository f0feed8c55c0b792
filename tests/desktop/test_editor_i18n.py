"""The editor's Dutch translation loads and covers the views."""
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from tests.desktop.editor_fixtures import bare_demo, open_workspace  # noqa: F401

QM = Path(__file__).resolve().parents[2] / "resources" / "translations" / "editor_nl.qm"


@pytest.fixture
def dutch(qapp):
    translator = QTranslator()
    assert translator.load(str(QM))
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def test_the_editor_speaks_dutch(qtbot, study, bare_demo, dutch):
    ws = open_workspace(qtbot, study, bare_demo["R01"])
    assert ws.find_bar.replace_all_button.text() == "Alles vervangen"
    assert ws.codebook.tree.headerItem().text(1) == "Coderingen"
    assert ws.find_bar.replacements_text(2) == "2 vervangingen"
    assert QCoreApplication.translate("ExcerptBrowser", "%n excerpt(s)", "", 1) == "1 fragment"


def test_every_string_is_translated():
    text = (QM.with_suffix(".ts")).read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text
    assert text.count("<message") > 100
