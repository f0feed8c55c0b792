"""One meaning per shortcut (issue 15, section 2): every QAction and QShortcut of the main window, its
menus and docks, the recording screen and the transcript editor (with the keys the transcript handles
itself, desktop/editor/keys.py), walked with a study and an interview open; two of them on the same key
sequence in overlapping contexts are a clash."""
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from desktop.help.shortcuts import walk
from tests.desktop.conftest import shown_window
from tests.desktop.editor_fixtures import bare_demo, select  # noqa: F401

WINDOW_WIDE = (Qt.WindowShortcut, Qt.ApplicationShortcut)


def _inside(widget, ancestor) -> bool:
    while widget is not None:
        if widget is ancestor:
            return True
        widget = widget.parentWidget()
    return False


def _overlap(a, b) -> bool:
    (_, wa, ca), (_, wb, cb) = a, b
    if ca in WINDOW_WIDE or cb in WINDOW_WIDE:
        return wa.window() is wb.window()
    return _inside(wa, wb) or _inside(wb, wa)


def collect(window, workspace) -> list[tuple[str, object, object]]:
    """(key sequence, meaning, owner widget, context) for everything bound to a key: the same walk as the F1 list."""
    return walk(window, workspace)


def clashes(items) -> list[str]:
    found = []
    for i, (seq, what, owner, context) in enumerate(items):
        for seq2, what2, owner2, context2 in items[i + 1:]:
            if seq == seq2 and (owner, context) != (owner2, context2) and _overlap((seq, owner, context), (seq2, owner2, context2)):
                found.append(f"{seq}: {what} / {what2}")
    return found


def _window_with_editor(qtbot, study, interview_id):
    window = shown_window(qtbot, study)
    window.activateWindow()              # window shortcuts fire only in the active window
    qtbot.waitUntil(window.isActiveWindow, timeout=10000)
    window.open_interview(interview_id)
    qtbot.waitUntil(lambda: window.interview_page.workspace is not None, timeout=30000)
    return window, window.interview_page.workspace


def test_no_two_shortcuts_share_a_key_in_overlapping_contexts(app, qtbot, study, settings, bare_demo):
    window, ws = _window_with_editor(qtbot, study, bare_demo["R01"])
    items = collect(window, ws)
    assert len(items) > 30          # the walk saw the menus, the docks, the player and the transcript keys
    assert {"Ctrl+N", "Ctrl+T", "Ctrl+E", "Alt+Left", "Ctrl+1", "Ctrl+9"} <= {seq for seq, *_ in items}
    assert clashes(items) == []


def test_ctrl_1_codes_the_selection_in_the_main_window_and_keeps_the_panel(app, qtbot, study, settings, bare_demo):
    window, ws = _window_with_editor(qtbot, study, bare_demo["R01"])
    ws.coding.about_role_provider = lambda *a: "politie"
    assert window.sidebar.isVisible()
    ws.view.setFocus()
    select(ws, 7, "klanten terugkomen")
    qtbot.keyClick(ws.view, Qt.Key_1, Qt.ControlModifier)
    assert window.sidebar.isVisible()
    codings = study.codings.list(transcript_id=ws.transcript_id)
    assert [c.code for c in codings] == ["beeldvorming"]


def test_the_clash_check_itself_sees_a_clash(app, qtbot, study, settings, bare_demo):
    window, ws = _window_with_editor(qtbot, study, bare_demo["R01"])
    extra = QAction("extra", window)
    extra.setShortcut(QKeySequence("Ctrl+3"))   # a window-wide key the transcript uses to code
    window.addAction(extra)
    assert any(c.startswith("Ctrl+3") for c in clashes(collect(window, ws)))
