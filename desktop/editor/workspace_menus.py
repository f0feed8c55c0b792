"""Context menus of the transcript: code the selection, change a coding, segment and speaker actions."""
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import QInputDialog, QMenu

from desktop.coding.labels import code_label, role_label
from desktop.editor.dialogs import OriginalTextDialog
from desktop.editor.speaker_tools import DETECT_KEY, MERGE_KEY, NAME_KEY, assign_key


def swatch(color: str) -> QIcon:
    pix = QPixmap(12, 12)
    pix.fill(QColor(color))
    return QIcon(pix)


class WorkspaceMenus:
    def __init__(self, ws):
        self.ws = ws

    # -- building (separate from showing, so tests can trigger actions) -------------------
    def code_menu(self, parent=None) -> QMenu:
        """"Code as" with every code; the first nine carry their number key."""
        menu = QMenu(QCoreApplication.translate("WorkspaceMenus", "Code selection as"), parent)
        shortcut_keys = {c["key"]: i + 1 for i, c in enumerate(self.ws.codebook.shortcut_codes())}
        for code in self.ws.study.codebook.list():
            action = menu.addAction(swatch(code["color"]), code_label(code))
            action.setData(code["key"])
            if code["key"] in shortcut_keys:
                action.setShortcut(QKeySequence(str(shortcut_keys[code["key"]])))
            action.triggered.connect(lambda _=False, k=code["key"]: self.ws.coding.apply_code(k))
        menu.setEnabled(self.ws.coding.selection_range() is not None)
        return menu

    def coding_submenu(self, coding, parent=None) -> QMenu:
        ws, actions = self.ws, self.ws.coding
        about = f" → {role_label(ws.study, coding.about_role)}" if coding.about_role else ""
        menu = QMenu(code_label(coding) + about, parent)
        menu.setIcon(swatch(coding.color))
        menu.addAction(QCoreApplication.translate("WorkspaceMenus", "Memo…"), lambda: actions.edit_memo(coding))
        recode = menu.addMenu(QCoreApplication.translate("WorkspaceMenus", "Re-code as"))
        for code in ws.study.codebook.list():
            if code["key"] != coding.code:
                recode.addAction(swatch(code["color"]), code_label(code), lambda k=code["key"]: actions.recode(coding, k))
        if coding.perception:
            menu.addAction(QCoreApplication.translate("WorkspaceMenus", "Role spoken about…"), lambda: actions.change_about(coding))
        menu.addAction(QCoreApplication.translate("WorkspaceMenus", "Select coded text"), lambda: self.select_coding(coding))
        menu.addSeparator()
        menu.addAction(QCoreApplication.translate("WorkspaceMenus", "Remove coding"), lambda: actions.remove(coding))
        return menu

    def text_menu_for(self, block: int, offset: int) -> QMenu:
        ws = self.ws
        menu = QMenu(ws.view)
        menu.addMenu(self.code_menu(menu))
        codings = ws.codings_at(block, offset)
        if codings:
            menu.addSeparator()
            for coding in codings:
                menu.addMenu(self.coding_submenu(coding, menu))
        menu.addSeparator()
        self._segment_actions(menu, block, offset)
        menu.addSeparator()
        undo = menu.addAction(QCoreApplication.translate("WorkspaceMenus", "Undo"), ws.undo)
        undo.setEnabled(ws.undo_stack.canUndo() or bool(ws._dirty))
        redo = menu.addAction(QCoreApplication.translate("WorkspaceMenus", "Redo"), ws.redo)
        redo.setEnabled(ws.undo_stack.canRedo())
        menu.addAction(QCoreApplication.translate("WorkspaceMenus", "Copy"), ws.view.copy)
        menu.addAction(QCoreApplication.translate("WorkspaceMenus", "Find and replace…"), ws.show_find)
        return menu

    def _segment_actions(self, menu: QMenu, block: int, offset: int):
        ws = self.ws
        menu.addAction(QCoreApplication.translate("WorkspaceMenus", "Play from here"), lambda: ws.play_from(block, offset))
        split = menu.addAction(QCoreApplication.translate("WorkspaceMenus", "Split segment here"), lambda: ws.split_at(block, offset))
        split.setShortcut(QKeySequence(Qt.Key_Return))   # shown as a hint; Enter in the text splits
        merge = menu.addAction(QCoreApplication.translate("WorkspaceMenus", "Merge with next segment"), lambda: ws.merge_with_next(block))
        merge.setEnabled(block + 1 < len(ws.segments))
        merge.setShortcut(QKeySequence(Qt.Key_Delete))    # Delete at a segment's end merges
        self._speaker_menu(menu, self._selected_blocks() or [block])
        seg = ws.segments.segments[block]
        original = menu.addAction(QCoreApplication.translate("WorkspaceMenus", "Original transcription…"), lambda: self.show_original(block))
        original.setEnabled(seg.text != seg.asr_text)

    def _speaker_menu(self, menu: QMenu, blocks: list[int]):
        """Speaker: assign to the selected segments (Alt+1 …), add, name, merge, detect."""
        ws, tools = self.ws, self.ws.speakers
        speakers = menu.addMenu(QCoreApplication.translate("WorkspaceMenus", "Speaker"))
        for i, label in enumerate(tools.labels()):
            name = tools.display(label)
            action = speakers.addAction(f"{name} ({label})" if name != label else label, lambda lb=label: ws.set_speaker(blocks, lb))
            if i < 9:
                action.setShortcut(QKeySequence(assign_key(i)))
        speakers.addSeparator()
        speakers.addAction(QCoreApplication.translate("WorkspaceMenus", "New speaker…"), lambda: self.new_speaker(blocks))
        speakers.addSeparator()
        for text, slot, key in ((QCoreApplication.translate("WorkspaceMenus", "Name speakers…"), tools.name_speakers, NAME_KEY),
                                (QCoreApplication.translate("WorkspaceMenus", "Merge speakers…"), tools.merge_speakers, MERGE_KEY),
                                (QCoreApplication.translate("WorkspaceMenus", "Detect speakers…"), tools.detect, DETECT_KEY)):
            action = speakers.addAction(text, slot)
            action.setShortcut(QKeySequence(key))
        speakers.actions()[-2].setEnabled(len(tools.labels()) > 1)
        speakers.actions()[-1].setEnabled(ws.transcript_id is not None and bool(ws.segments.segments) and tools.worker is None)
        if tools.in_session():  # a focus group or meeting: which participant present spoke under each label
            from desktop.sessions.editor import menu_text

            speakers.addSeparator()
            speakers.addAction(menu_text(), tools.attribute_speakers).setEnabled(bool(tools.labels()))
        return speakers

    # -- showing -------------------------------------------------------------------------
    def text_menu(self, pos):
        c = self.ws.view.cursorForPosition(pos)
        if not self.ws.view.textCursor().hasSelection():
            self.ws.view.setTextCursor(c)
        menu = self.text_menu_for(c.blockNumber(), c.positionInBlock())
        menu.exec(self.ws.view.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def segment_menu(self, block: int, global_pos):
        menu = QMenu(self.ws.view)
        self._segment_actions(menu, block, 0)
        menu.exec(global_pos)
        menu.deleteLater()

    def coding_menu(self, coding: dict, global_pos):
        menu = self.coding_submenu(coding, self.ws.view)
        menu.exec(global_pos)
        menu.deleteLater()

    # -- helpers -------------------------------------------------------------------------
    def _selected_blocks(self) -> list[int]:
        c = self.ws.view.textCursor()
        if not c.hasSelection():
            return []
        doc = self.ws.view.document()
        return list(range(doc.findBlock(c.selectionStart()).blockNumber(), doc.findBlock(c.selectionEnd()).blockNumber() + 1))

    def new_speaker(self, blocks: list[int]):
        label, ok = QInputDialog.getText(self.ws, QCoreApplication.translate("WorkspaceMenus", "New speaker"), QCoreApplication.translate("WorkspaceMenus", "Label (for example S3):"))
        if ok and label.strip():
            names = dict(self.ws.speaker_names)
            names.setdefault(label.strip(), label.strip())
            self.ws.flush()
            self.ws.undo_stack.beginMacro(QCoreApplication.translate("WorkspaceMenus", "New speaker"))   # one undo step
            self.ws.set_speaker_names(names)
            self.ws.set_speaker(blocks, label.strip())
            self.ws.undo_stack.endMacro()

    def name_speakers(self):
        self.ws.speakers.name_speakers()

    def show_original(self, block: int):
        self.ws.flush()
        seg = self.ws.segments.segments[block]
        if OriginalTextDialog(seg.asr_text, seg.text, self.ws).exec() == OriginalTextDialog.RESTORE:
            self.ws.restore_segment(block)

    def select_coding(self, coding):
        ws = self.ws
        a = ws.segments.block_of(coding.start_segment_id)
        b = ws.segments.block_of(coding.end_segment_id)
        doc = ws.view.document()
        from PySide6.QtGui import QTextCursor

        c = QTextCursor(doc)
        c.setPosition(doc.findBlockByNumber(a).position() + coding.start_offset)
        c.setPosition(doc.findBlockByNumber(b).position() + coding.end_offset, QTextCursor.KeepAnchor)
        ws.view.setTextCursor(c)
