"""Every key binding of the app, walked from the real QActions and QShortcuts, so the F1 list cannot
drift from what the keys do. The same walk feeds the shortcut-clash test (tests/desktop/test_shortcut_clashes.py).

    walk(window, workspace)   -> [(key, meaning, owner widget, context)]
    rows(window)              -> [(section, key, meaning)] for the F1 dialog, the editor's keys included
"""
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMenu, QTextBrowser, QVBoxLayout


def _owner(item):
    if isinstance(item, QShortcut):
        return item.parent()
    widgets = item.associatedObjects()
    owner = next((w for w in widgets if not isinstance(w, QMenu)), None) or (widgets[0] if widgets else item.parent())
    while isinstance(owner, QMenu) and owner.parentWidget() is not None:
        owner = owner.parentWidget()   # a menu of the menu bar: its keys work in the whole window
    return owner


def walk(root, workspace=None) -> list[tuple[str, str, object, object]]:
    """(portable key text, meaning, owner widget, context) for everything under `root` bound to a key,
    plus the keys the transcript handles itself when `workspace` (an InterviewWorkspace) is given."""
    items = []
    for action in root.findChildren(QAction):
        owner = _owner(action)
        if owner is None or (isinstance(owner, QMenu) and owner.parentWidget() is None):
            continue   # a context menu built for one right-click: its keys are hints
        for seq in action.shortcuts():
            items.append((seq.toString(), action.text().replace("&", ""), owner, action.shortcutContext()))
    for shortcut in root.findChildren(QShortcut):
        for seq in shortcut.keys():
            items.append((seq.toString(), shortcut.whatsThis() or f"QShortcut of {type(shortcut.parent()).__name__}",
                          shortcut.parent(), shortcut.context()))
    if workspace is not None:
        from desktop.editor.keys import TEXT_KEYS

        meanings = {"code the selection": QCoreApplication.translate("Shortcuts", "Code the selected text with code 1 … 9 (also 1 … 9 with text selected)"),
                    "split the segment": QCoreApplication.translate("Shortcuts", "Split the segment at the cursor")}
        for seq, meaning in TEXT_KEYS:
            items.append((QKeySequence(seq).toString(), meanings.get(meaning, meaning), workspace.view, Qt.WidgetShortcut))
    return items


def _section(owner) -> str:
    from desktop.editor.workspace import InterviewWorkspace
    from desktop.participants.interview_player import InterviewPlayer
    from desktop.recording.panel import RecordingPanel

    widget = owner
    while widget is not None:
        if isinstance(widget, InterviewWorkspace):
            return QCoreApplication.translate("Shortcuts", "Transcript editor")
        if isinstance(widget, RecordingPanel):
            return QCoreApplication.translate("Shortcuts", "Recording screen")
        if isinstance(widget, InterviewPlayer):
            return QCoreApplication.translate("Shortcuts", "Player of an interview without a transcript")
        if type(widget).__name__ == "ActionsView":
            return QCoreApplication.translate("Shortcuts", "Actions and themes")
        widget = widget.parentWidget()
    return QCoreApplication.translate("Shortcuts", "Menus (everywhere in the window)")


def _throwaway_workspace(folder: Path):
    """An editor on an empty, unencrypted study in a temporary folder, only to read its keys."""
    from desktop.editor.workspace import InterviewWorkspace
    from storage import Study

    study = Study.create(folder / "keys.veldwerk", name="keys", passphrase=None)
    role = study.roles()[0]["key"]
    study.participants.add("R01", role)
    return study, InterviewWorkspace(study, study.interviews.create("R01"))


def rows(window) -> list[tuple[str, str, str]]:
    """(section, key as shown on this system, meaning), sorted by section; the editor's keys are read
    from the open editor, or from a throwaway one when no transcript is open."""
    workspace = getattr(getattr(window, "interview_page", None), "workspace", None)
    seen, out = set(), []

    def add(items):
        for seq, meaning, owner, _context in items:
            section = _section(owner)
            shown = QKeySequence(seq).toString(QKeySequence.NativeText)
            if (section, shown, meaning) not in seen:
                seen.add((section, shown, meaning))
                out.append((section, shown, meaning))

    add(walk(window, workspace))
    if workspace is None:
        with tempfile.TemporaryDirectory(prefix="veldwerk-keys-") as tmp:
            study, ws = _throwaway_workspace(Path(tmp))
            try:
                add(walk(ws, ws))
            finally:
                ws.player.stop()
                ws.deleteLater()
                study.close()
    order = [QCoreApplication.translate("Shortcuts", "Menus (everywhere in the window)"), QCoreApplication.translate("Shortcuts", "Transcript editor"), QCoreApplication.translate("Shortcuts", "Recording screen"),
             QCoreApplication.translate("Shortcuts", "Player of an interview without a transcript"), QCoreApplication.translate("Shortcuts", "Actions and themes")]
    return sorted(out, key=lambda r: (order.index(r[0]) if r[0] in order else len(order), r[1]))


def html(rows_: list[tuple[str, str, str]]) -> str:
    from html import escape

    parts, section = [], None
    for sec, key, meaning in rows_:
        if sec != section:
            if section is not None:
                parts.append("</table>")
            parts.append(f"<h3>{escape(sec)}</h3><table cellspacing='3'>")
            section = sec
        parts.append(f"<tr><td width='150'><b>{escape(key)}</b></td><td>{escape(meaning)}</td></tr>")
    if section is not None:
        parts.append("</table>")
    return "".join(parts)


class ShortcutsDialog(QDialog):
    """F1: every key, grouped by where it works."""

    def __init__(self, window):
        super().__init__(window)
        self.setWindowTitle(QCoreApplication.translate("Shortcuts", "Keyboard shortcuts"))
        self.rows = rows(window)
        self.browser = QTextBrowser()
        self.browser.setHtml(html(self.rows))
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        screen = window.screen().availableGeometry() if window.screen() else None
        self.resize(640, min(760, int(screen.height() * 0.85)) if screen else 640)
