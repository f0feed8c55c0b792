"""Fixtures for the editor, coding and matrix tests: the demo study (real core) and a workspace."""
import pytest


@pytest.fixture
def demo(study):
    """The encrypted test study filled with the demo interviews; returns {participant: interview id}."""
    from tools.demo_study import build_demo

    return build_demo(study)


@pytest.fixture
def bare_demo(study):
    """The demo interviews without codings."""
    from tools.demo_study import build_demo

    return build_demo(study, codings=False)


def open_workspace(qtbot, study, interview_id):
    from desktop.editor.workspace import InterviewWorkspace

    ws = InterviewWorkspace(study, interview_id)
    qtbot.addWidget(ws)
    ws.resize(1100, 700)
    ws.show()
    qtbot.waitExposed(ws)
    ws.coding.about_role_provider = lambda excerpt, speaker_role, current: "politie"
    return ws


def block_text(ws, block: int) -> str:
    return ws.view.document().findBlockByNumber(block).text()


def select(ws, block: int, phrase: str, block_end: int | None = None, phrase_end: str | None = None):
    """Select `phrase` in a block (or from `phrase` in `block` to the end of `phrase_end` in `block_end`)."""
    lo = block_text(ws, block).index(phrase)
    if block_end is None:
        ws.view.select_range(block, lo, lo + len(phrase), center=False)
        return
    from PySide6.QtGui import QTextCursor

    doc = ws.view.document()
    end_text = block_text(ws, block_end)
    hi = end_text.index(phrase_end) + len(phrase_end)
    c = QTextCursor(doc)
    c.setPosition(doc.findBlockByNumber(block).position() + lo)
    c.setPosition(doc.findBlockByNumber(block_end).position() + hi, QTextCursor.KeepAnchor)
    ws.view.setTextCursor(c)
