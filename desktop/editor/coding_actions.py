"""Coding the selected text and changing codings, as undoable commands on the workspace."""
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QInputDialog

from desktop.coding.labels import code_label, role_label, roles
from desktop.editor import undo_steps as steps
from desktop.editor.dialogs import AboutRoleDialog, MemoDialog


class CodingActions:
    """`about_role_provider(excerpt, speaker_role, current)` returns a role key or None (cancel);
    `memo_provider(memo, excerpt)` returns the new memo or None. Both default to dialogs."""

    def __init__(self, ws):
        self.ws = ws
        self.about_role_provider = self._ask_about_role
        self.memo_provider = self._ask_memo
        self.last_about_role: str | None = None   # marked in the next question, never chosen for the researcher

    # -- the selection -------------------------------------------------------------------
    def selection_range(self):
        """((segment_id, offset), (segment_id, offset)) of the selected text, trimmed; or None."""
        view, segs = self.ws.view, self.ws.segments
        c = view.textCursor()
        if not c.hasSelection():
            return None
        doc = view.document()
        a, b = doc.findBlock(c.selectionStart()), doc.findBlock(c.selectionEnd())
        lo, hi = c.selectionStart() - a.position(), c.selectionEnd() - b.position()
        ta, tb = a.text(), b.text()
        while lo < len(ta) and ta[lo].isspace():
            lo += 1
        while hi > 0 and tb[hi - 1].isspace():
            hi -= 1
        start = (segs.segments[a.blockNumber()].id, lo)
        end = (segs.segments[b.blockNumber()].id, hi)
        if (a.blockNumber(), lo) >= (b.blockNumber(), hi):
            return None
        return start, end

    def selected_text(self) -> str:
        return self.ws.view.textCursor().selectedText().replace("\u2029", " ").strip()

    # -- applying ------------------------------------------------------------------------
    def apply_by_number(self, number: int) -> bool:
        codes = self.ws.codebook.shortcut_codes()
        if not 1 <= number <= len(codes):
            return False
        return self.apply_code(codes[number - 1]["key"])

    def apply_code(self, key: str, about_role: str | None = None, memo: str = "") -> bool:
        """Code the selection with `key`; for a perception code ask (or take) the role it is about."""
        ws = self.ws
        ws.flush()
        rng = self.selection_range()
        if rng is None:
            ws.statusMessage.emit(QCoreApplication.translate("CodingActions", "Select the text to code first."))
            return False
        code = ws.study.codebook.get(key)
        if code["perception"] and not about_role:
            about_role = self.about_role_provider(self.selected_text(), ws.interview.role, None)
            if not about_role:
                return False
        ws.undo_stack.push(steps.AddCoding(ws, key, rng[0], rng[1], about_role=about_role if code["perception"] else None, memo=memo))
        ws.statusMessage.emit(QCoreApplication.translate("CodingActions", "Coded as %1").replace("%1", code_label(code)))
        return True

    # -- changing codings ----------------------------------------------------------------
    def excerpt(self, coding) -> str:
        return self.ws.study.codings.excerpt_text(self.ws.study.codings.get(self.ws.ids("coding", coding.id)))

    def edit_memo(self, coding) -> bool:
        current = self.ws.study.codings.get(self.ws.ids("coding", coding.id))
        memo = self.memo_provider(current.memo or "", self.excerpt(coding))
        if memo is None or memo == (current.memo or ""):
            return False
        self.ws.undo_stack.push(steps.UpdateCoding(self.ws, coding.id, {"memo": current.memo or ""}, {"memo": memo}, QCoreApplication.translate("CodingActions", "Edit memo")))
        return True

    def recode(self, coding, key: str) -> bool:
        ws = self.ws
        current = ws.study.codings.get(ws.ids("coding", coding.id))
        target = ws.study.codebook.get(key)
        about = current.about_role
        if target["perception"] and not about:
            about = self.about_role_provider(self.excerpt(coding), current.role, None)
            if not about:
                return False
        before = {"code": current.code, "about_role": current.about_role}
        after = {"code": key, "about_role": about if target["perception"] else None}
        ws.undo_stack.push(steps.UpdateCoding(ws, coding.id, before, after, QCoreApplication.translate("CodingActions", "Re-code")))
        return True

    def change_about(self, coding) -> bool:
        ws = self.ws
        current = ws.study.codings.get(ws.ids("coding", coding.id))
        about = self.about_role_provider(self.excerpt(coding), current.role, current.about_role)
        if not about or about == current.about_role:
            return False
        ws.undo_stack.push(steps.UpdateCoding(ws, coding.id, {"about_role": current.about_role}, {"about_role": about}, QCoreApplication.translate("CodingActions", "Change role spoken about")))
        return True

    def remove(self, coding) -> None:
        self.ws.undo_stack.push(steps.RemoveCoding(self.ws, coding.id))

    # -- default providers (dialogs) -----------------------------------------------------
    def _ask_about_role(self, excerpt: str, speaker_role: str, current: str | None):
        study = self.ws.study
        dialog = AboutRoleDialog(roles(study), excerpt, role_label(study, speaker_role), self.ws, current=current,
                                 last=self.last_about_role)
        if dialog.exec() != QDialog.Accepted or dialog.role() is None:
            return None
        self.last_about_role = dialog.role()
        return self.last_about_role

    def _ask_memo(self, memo: str, excerpt: str):
        dialog = MemoDialog(memo, excerpt, self.ws)
        return dialog.memo() if dialog.exec() == QDialog.Accepted else None

    def ask_code(self, title: str, exclude: str | None = None) -> str | None:
        codes = [c for c in self.ws.study.codebook.list() if c["key"] != exclude]
        labels = [code_label(c) for c in codes]
        label, ok = QInputDialog.getItem(self.ws, title, QCoreApplication.translate("CodingActions", "Code:"), labels, 0, False)
        return codes[labels.index(label)]["key"] if ok and label in labels else None
