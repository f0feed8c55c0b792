"""The codebook panel: codes with colour, description and counts; add, edit/rename, recolour,
nest, merge and delete (stating first what happens to the codings). Text dragged from the
transcript onto a code codes it; clicking a code while text is selected codes it too.
"""
from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.coding.code_dialog import PALETTE, CodeDialog
from desktop.coding.events import Follower, events
from desktop.coding.labels import code_label
from desktop.editor.workspace_menus import swatch
from desktop.i18n import refusal
from storage.errors import VeldwerkError


class _CodeTree(QTreeWidget):
    """Accepts text drops: the code under the cursor is reported, the text is left alone."""

    dropped = Signal(str)

    def __init__(self):
        super().__init__()
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)

    def dragEnterEvent(self, event):  # noqa: N802
        if event.mimeData().hasText():
            event.setDropAction(Qt.CopyAction)
            event.accept()

    def dragMoveEvent(self, event):  # noqa: N802
        if event.mimeData().hasText() and self.itemAt(event.position().toPoint()) is not None:
            event.setDropAction(Qt.CopyAction)   # never Move: the transcript must keep its text
            event.accept()
        else:
            event.ignore()

    def dropEvent(self, event):  # noqa: N802
        item = self.itemAt(event.position().toPoint())
        if item is not None:
            event.setDropAction(Qt.CopyAction)
            event.accept()
            self.dropped.emit(item.data(0, Qt.UserRole))


class _WrappedNames(QStyledItemDelegate):
    """Row heights for names that wrap: the tree asks a row's height without its column's width, so a long
    name would keep one line and be cut. Give the style the room the name really has."""

    def sizeHint(self, option, index):  # noqa: N802 - Qt API
        tree = self.parent()
        if index.column() == 0 and tree.wordWrap():
            depth, parent = 1 if tree.rootIsDecorated() else 0, index.parent()
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            option = QStyleOptionViewItem(option)
            option.rect = QRect(0, 0, max(40, tree.header().sectionSize(0) - depth * tree.indentation()), 10000)
        return super().sizeHint(option, index)


class CodebookPanel(QWidget):
    """Signals: codeActivated(key) on click, codeDropped(key) on a text drop, codesChanged().

    `confirm(title, text) -> bool` asks before deleting or merging (a message box by default).
    """

    codeActivated = Signal(str)
    codeDropped = Signal(str)
    codesChanged = Signal()

    def __init__(self, study, parent=None):
        super().__init__(parent)
        self.study = study
        self.confirm = self._confirm_box
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        title = QLabel("<b>" + self.tr("Codebook") + "</b>")
        layout.addWidget(title)
        self.tree = _CodeTree()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Code"), self.tr("Codings")])
        self.tree.setAccessibleName(self.tr("Codes"))
        self.tree.setRootIsDecorated(True)
        self.tree.setWordWrap(True)                  # a long code name takes a second line at 1366×768,
        self.tree.setTextElideMode(Qt.ElideNone)     # never "Beeldvorming ov…"
        self.tree.setItemDelegate(_WrappedNames(self.tree))
        self.tree.header().sectionResized.connect(lambda column, _old, _new: column == 0 and self.tree.doItemsLayout())
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, self.tree.header().ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, self.tree.header().ResizeMode.ResizeToContents)
        layout.addWidget(self.tree, 1)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setStyleSheet("color:#555")
        layout.addWidget(self.description)
        row = QHBoxLayout()
        self.buttons = {}
        for name, text, tip, slot in (
            ("add", "+", self.tr("Add a code"), self.add_code),
            ("edit", "✎", self.tr("Edit or rename the code"), self.edit_code),
            ("color", "●", self.tr("Change the colour"), self.recolor_code),
            ("nest", "↳", self.tr("Nest under another code"), self.nest_code),
            ("merge", "⇉", self.tr("Merge into another code"), self.merge_code),
            ("delete", "✕", self.tr("Delete the code"), self.delete_code),
        ):
            button = QToolButton(text=text)
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            button.clicked.connect(lambda _=False, s=slot: s())
            row.addWidget(button)
            self.buttons[name] = button
        row.addStretch(1)
        layout.addLayout(row)
        self.tree.itemClicked.connect(lambda item, _col: self.codeActivated.emit(item.data(0, Qt.UserRole)))
        self.tree.currentItemChanged.connect(self._show_description)
        self.tree.dropped.connect(self.codeDropped)
        self.follower = Follower(self, study, self.refresh)
        self.refresh()

    def showEvent(self, event):  # noqa: N802
        super().showEvent(event)
        self.follower.shown()

    # -- showing -------------------------------------------------------------------------
    def refresh(self):
        current = self.current_key()
        codes = self.study.codebook.list()
        by_id = {c["id"]: c for c in codes}
        self.tree.clear()
        items = {}
        shortcut = {c["key"]: i + 1 for i, c in enumerate(self._ordered(codes)[:9])}
        for code in self._ordered(codes):
            parent = items.get(code["parent_id"]) if code["parent_id"] in by_id else None
            item = QTreeWidgetItem(parent or self.tree)
            number = f"{shortcut[code['key']]}  " if code["key"] in shortcut else ""
            item.setText(0, number + code_label(code))
            item.setIcon(0, swatch(code["color"]))
            item.setText(1, str(code["count"]))
            item.setTextAlignment(1, Qt.AlignRight | Qt.AlignVCenter)
            item.setData(0, Qt.UserRole, code["key"])
            tip = code_label(code) + "\n" + (code["description"] or "")
            if code["perception"]:
                tip += "\n" + self.tr("Asks which role the statement is about.")
            item.setToolTip(0, tip.strip())
            items[code["id"]] = item
            if code["key"] == current:
                self.tree.setCurrentItem(item)
        self.tree.expandAll()

    @staticmethod
    def _ordered(codes: list[dict]) -> list[dict]:
        """Codes depth-first (children under their parent), as the tree shows them."""
        ids = {c["id"] for c in codes}
        children: dict = {}
        for c in codes:
            children.setdefault(c["parent_id"] if c["parent_id"] in ids else None, []).append(c)
        out = []

        def walk(parent):
            for c in children.get(parent, []):
                out.append(c)
                walk(c["id"])

        walk(None)
        return out

    def shortcut_codes(self) -> list[dict]:
        """The codes that keys 1…9 apply, in tree order."""
        return self._ordered(self.study.codebook.list())[:9]

    def current_key(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, Qt.UserRole) if item else None

    def select(self, key: str) -> None:
        for item in self.tree.findItems("*", Qt.MatchWildcard | Qt.MatchRecursive):
            if item.data(0, Qt.UserRole) == key:
                self.tree.setCurrentItem(item)

    def _show_description(self, item, _previous=None):
        if item is None:
            self.description.clear()
            return
        code = self.study.codebook.get(item.data(0, Qt.UserRole))
        self.description.setText(code["description"] or "")

    # -- changing ------------------------------------------------------------------------
    def _run(self, action) -> bool:
        try:
            action()
        except VeldwerkError as exc:
            QMessageBox.warning(self, self.tr("Codebook"), refusal(exc))
            return False
        self.refresh()
        self.codesChanged.emit()
        events().codebookChanged.emit(self.study)
        return True

    def add_code(self, values: dict | None = None) -> bool:
        if values is None:
            dialog = CodeDialog(None, self, default_color=PALETTE[len(self.study.codebook.list()) % len(PALETTE)])
            if dialog.exec() != QDialog.Accepted:
                return False
            values = dialog.values()
        values = dict(values)
        key = values.pop("key")
        return self._run(lambda: self.study.codebook.add(key, values.pop("label_nl"), **values))

    def edit_code(self, key: str | None = None, values: dict | None = None) -> bool:
        key = key or self.current_key()
        if not key:
            return False
        if values is None:
            dialog = CodeDialog(self.study.codebook.get(key), self)
            dialog.key.setToolTip(self.tr("Changing the key keeps every coding."))
            if dialog.exec() != QDialog.Accepted:
                return False
            values = dialog.values()
        values = dict(values)
        new_key = values.pop("key", key) or key

        def apply():
            with self.study.transaction():
                self.study.codebook.update(key, **values)
                if new_key != key:
                    self.study.codebook.rename_key(key, new_key)

        return self._run(apply)

    def recolor_code(self, key: str | None = None, color: str | None = None) -> bool:
        key = key or self.current_key()
        if not key:
            return False
        if color is None:
            chosen = QColorDialog.getColor(QColor(self.study.codebook.get(key)["color"]), self, self.tr("Colour of the code"))
            if not chosen.isValid():
                return False
            color = chosen.name().upper()
        return self._run(lambda: self.study.codebook.update(key, color=color))

    def _choose_other(self, key: str, title: str, with_none: bool) -> tuple[bool, str | None]:
        codes = [c for c in self.study.codebook.list() if c["key"] != key]
        labels = ([self.tr("(top level)")] if with_none else []) + [code_label(c) for c in codes]
        label, ok = QInputDialog.getItem(self, title, self.tr("Code:"), labels, 0, False)
        if not ok:
            return False, None
        if with_none and label == labels[0]:
            return True, None
        return True, codes[labels.index(label) - (1 if with_none else 0)]["key"]

    def nest_code(self, key: str | None = None, parent: str | None = ...) -> bool:
        key = key or self.current_key()
        if not key:
            return False
        if parent is ...:
            ok, parent = self._choose_other(key, self.tr("Nest under"), with_none=True)
            if not ok:
                return False
        return self._run(lambda: self.study.codebook.update(key, parent=parent))

    def merge_code(self, key: str | None = None, target: str | None = None) -> bool:
        key = key or self.current_key()
        if not key:
            return False
        if target is None:
            ok, target = self._choose_other(key, self.tr("Merge into"), with_none=False)
            if not ok or not target:
                return False
        n = self.study.codebook.delete_impact(key)["codings"]
        text = self.tr("Merge “%1” into “%2”? Its %3 coding(s) move to “%2” and “%1” is removed.")
        text = text.replace("%1", code_label(self.study.codebook.get(key))).replace("%2", code_label(self.study.codebook.get(target))).replace("%3", str(n))
        if not self.confirm(self.tr("Merge codes"), text):
            return False
        return self._run(lambda: self.study.codebook.merge(key, target))

    def delete_text(self, key: str) -> str:
        """What deleting the code does, in words (shown before asking)."""
        impact = self.study.codebook.delete_impact(key)
        text = self.tr("Delete the code “%1”? Its %2 coding(s) will be removed from the transcripts.")
        text = text.replace("%1", code_label(self.study.codebook.get(key))).replace("%2", str(impact["codings"]))
        if impact["children"]:
            text += " " + self.tr("Its sub-codes (%1) move up one level.").replace("%1", ", ".join(impact["children"]))
        return text

    def delete_code(self, key: str | None = None) -> bool:
        key = key or self.current_key()
        if not key:
            return False
        if not self.confirm(self.tr("Delete code"), self.delete_text(key)):
            return False
        return self._run(lambda: self.study.codebook.delete(key))

    def _confirm_box(self, title: str, text: str) -> bool:
        return QMessageBox.question(self, title, text, QMessageBox.Yes | QMessageBox.Cancel, QMessageBox.Cancel) == QMessageBox.Yes
