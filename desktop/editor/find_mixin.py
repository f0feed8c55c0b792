"""Find, replace and jump for the interview workspace (a mixin of InterviewWorkspace)."""
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextCursor, QTextDocument


class FindMixin:
    """Needs `view`, `find_bar`, `segments`, `undo_stack`, `flush`, `play_from`, `ids` and `statusMessage`."""

    # -- find / jump ---------------------------------------------------------------------
    def show_find(self):
        self.find_bar.show()
        self.find_bar.find_edit.setFocus()
        self.find_bar.find_edit.selectAll()

    def find(self, text: str, backward: bool = False) -> bool:
        if not text:
            return False
        flags = QTextDocument.FindBackward if backward else QTextDocument.FindFlag(0)
        found = self.view.document().find(text, self.view.textCursor(), flags)
        if found.isNull():
            start = QTextCursor(self.view.document())
            if backward:
                start.movePosition(QTextCursor.End)
            found = self.view.document().find(text, start, flags)
        if found.isNull():
            self.statusMessage.emit(QCoreApplication.translate("FindMixin", "Not found"))
            return False
        self.view.setTextCursor(found)
        self.view.centerCursor()
        return True

    def replace_one(self, text: str, replacement: str):
        c = self.view.textCursor()
        if c.hasSelection() and c.selectedText().casefold() == text.casefold():
            c.insertText(replacement)
            self.flush()
        self.find(text)

    def replace_all(self, text: str, replacement: str) -> int:
        """Replace every occurrence in the interview; one undo step."""
        if not text:
            return 0
        self.flush()
        self.undo_stack.beginMacro(QCoreApplication.translate("FindMixin", "Replace all"))
        count = 0
        c = QTextCursor(self.view.document())
        while True:
            c = self.view.document().find(text, c)
            if c.isNull():
                break
            c.insertText(replacement)
            count += 1
        self.flush()
        self.undo_stack.endMacro()
        self.statusMessage.emit(self.find_bar.replacements_text(count))
        return count

    def _study_hit(self, interview_id: int, segment_id: int, offset: int):
        if interview_id == self.interview_id:
            self.go_to(segment_id, offset, play=True)
        else:
            self.jumpRequested.emit(interview_id, segment_id, offset)

    def go_to(self, segment_id: int, offset: int = 0, *, play: bool = False, length: int = 0):
        """Show (select) a place in the transcript; with play=True play the audio from there."""
        block = self.segments.block_of(self.ids("segment", segment_id))
        self.view.select_range(block, offset, offset + length)
        self.view.setFocus()
        if play:
            self.play_from(block, offset)
