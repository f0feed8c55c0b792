"""The transcript text: a QPlainTextEdit with one block per segment, a left gutter with
timestamp and speaker, and a right margin with a bar per coding.

Edits that would join or break segments (Enter, Backspace at a segment's start, deleting a
selection across segments, pasting line breaks) are turned into explicit actions instead, so
block i always stays segment i.
"""
from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeySequence, QPainter, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QToolTip, QWidget

GUTTER = 150
SPEAKER_COLORS = ("#1D3557", "#9D0208", "#386641", "#6A4C93", "#BC6C25", "#0077B6")
MARGIN_BAR = 5


class _Gutter(QWidget):
    def __init__(self, view):
        super().__init__(view)
        self.view = view

    def sizeHint(self):  # noqa: N802
        return QSize(GUTTER, 0)

    def paintEvent(self, event):  # noqa: N802
        self.view.paint_gutter(self, event)

    def mousePressEvent(self, event):  # noqa: N802
        block = self.view.cursorForPosition(event.position().toPoint() + self.view.viewport().pos() - self.pos()).block()
        if block.isValid():
            if event.button() == Qt.LeftButton:
                self.view.segmentClicked.emit(block.blockNumber())
            else:
                self.view.gutterMenuRequested.emit(block.blockNumber(), event.globalPosition().toPoint())


class _Margin(QWidget):
    def __init__(self, view):
        super().__init__(view)
        self.view = view
        self.setMouseTracking(True)

    def paintEvent(self, event):  # noqa: N802
        self.view.paint_margin(self, event)

    def mousePressEvent(self, event):  # noqa: N802
        coding = self.view.coding_at_margin(event.position().toPoint())
        if coding is not None:
            self.view.codingMenuRequested.emit(coding, event.globalPosition().toPoint())

    def mouseMoveEvent(self, event):  # noqa: N802
        coding = self.view.coding_at_margin(event.position().toPoint())
        text = self.view.describe_coding(coding) if coding is not None else ""
        if text:
            QToolTip.showText(event.globalPosition().toPoint(), text, self)
        else:
            QToolTip.hideText()


class TranscriptView(QPlainTextEdit):
    """Shows and edits the segments; the workspace supplies segment info and codings."""

    segmentClicked = Signal(int)                 # block number (gutter click: play from there)
    gutterMenuRequested = Signal(int, object)    # block, global QPoint
    codingMenuRequested = Signal(object, object)   # coding (storage.codings.Coding), global QPoint
    splitRequested = Signal(int, int)            # block, offset
    mergeRequested = Signal(int)                 # block (with the next one)
    wordClicked = Signal(int, int)               # block, offset (Ctrl+click: play from there)
    codeKeyPressed = Signal(int)                 # 1..9 with a selection, or Ctrl+1..9
    speakerKeyPressed = Signal(int)              # Alt+1..9: the n-th speaker for the selected segments
    refused = Signal(str)                        # an edit that would break segment structure
    undoRequested = Signal()
    playPausePressed = Signal()
    redoRequested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setLineWrapMode(QPlainTextEdit.WidgetWidth)
        self.setAcceptDrops(False)   # dragging text out (onto a code) must never move it
        self.setCenterOnScroll(False)
        font = self.font()
        font.setPointSize(max(11, font.pointSize() + 1))
        self.setFont(font)
        self.gutter = _Gutter(self)
        self.margin = _Margin(self)
        self.labels = lambda block: ("", "", False, 0)   # (time, speaker, edited, speaker colour index)
        self.describe_coding = lambda coding: ""      # tooltip of a margin bar
        self.margin_columns: dict[int, list] = {}    # block -> [(column, coding)]
        self.play_key = None                          # QKeySequence of the play/pause key
        self.updateRequest.connect(self._update_areas)
        self.setViewportMargins(GUTTER, 0, 4 * (MARGIN_BAR + 2) + 4, 0)

    # -- side areas ----------------------------------------------------------------------
    def resizeEvent(self, event):  # noqa: N802
        super().resizeEvent(event)
        cr = self.contentsRect()
        self.gutter.setGeometry(QRect(cr.left(), cr.top(), GUTTER, cr.height()))
        width = self.viewportMargins().right()
        self.margin.setGeometry(QRect(cr.right() - width + 1, cr.top(), width, cr.height()))

    def _update_areas(self, rect, dy):
        for area in (self.gutter, self.margin):
            if dy:
                area.scroll(0, dy)
            else:
                area.update(0, rect.y(), area.width(), rect.height())

    def visible_blocks(self):
        """(block, top, bottom) for each block on screen."""
        block = self.firstVisibleBlock()
        top = self.blockBoundingGeometry(block).translated(self.contentOffset()).top()
        height = self.viewport().height()
        while block.isValid() and top <= height:
            bottom = top + self.blockBoundingRect(block).height()
            if block.isVisible():
                yield block, top, bottom
            block = block.next()
            top = bottom

    def paint_gutter(self, widget, event):
        painter = QPainter(widget)
        painter.fillRect(event.rect(), QColor("#F3F1EC"))
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() * 0.8)
        painter.setFont(small)
        fm = painter.fontMetrics()
        for block, top, _bottom in self.visible_blocks():
            stamp, speaker, edited, color = self.labels(block.blockNumber())
            y = int(top) + fm.ascent() + 3
            painter.setPen(QColor("#6B6B6B"))
            painter.drawText(6, y, stamp)
            painter.setPen(QColor(SPEAKER_COLORS[color % len(SPEAKER_COLORS)]))
            name = fm.elidedText(speaker, Qt.ElideRight, GUTTER - 74)
            painter.drawText(62, y, name)
            if edited:
                painter.setPen(QColor("#B5651D"))
                painter.drawText(GUTTER - 12, y, "✎")

    def paint_margin(self, widget, event):
        painter = QPainter(widget)
        painter.fillRect(event.rect(), QColor("#FAFAF7"))
        for block, top, bottom in self.visible_blocks():
            for column, coding in self.margin_columns.get(block.blockNumber(), ()):
                x = 3 + column * (MARGIN_BAR + 2)
                painter.fillRect(QRect(x, int(top) + 1, MARGIN_BAR, int(bottom - top) - 2), QColor(coding.color))

    def coding_at_margin(self, point):
        for block, top, bottom in self.visible_blocks():
            if top <= point.y() < bottom:
                for column, coding in self.margin_columns.get(block.blockNumber(), ()):
                    x = 3 + column * (MARGIN_BAR + 2)
                    if x - 1 <= point.x() <= x + MARGIN_BAR + 1:
                        return coding
        return None

    # -- keeping blocks = segments -------------------------------------------------------
    def _spans_blocks(self) -> bool:
        c = self.textCursor()
        if not c.hasSelection():
            return False
        doc = self.document()
        return doc.findBlock(c.selectionStart()).blockNumber() != doc.findBlock(c.selectionEnd()).blockNumber()

    def keyPressEvent(self, event):  # noqa: N802
        key, mods = event.key(), event.modifiers()
        if self.play_key is not None and not self.play_key.isEmpty() and event.keyCombination().toCombined() == self.play_key[0].toCombined():
            self.playPausePressed.emit()   # also when the window-level shortcut did not fire
            return
        if self.isReadOnly():
            super().keyPressEvent(event)
            return
        cursor = self.textCursor()
        digit = key - Qt.Key_0 if Qt.Key_1 <= key <= Qt.Key_9 else 0
        plain = mods in (Qt.NoModifier, Qt.KeypadModifier)
        if digit and mods == Qt.AltModifier:
            self.speakerKeyPressed.emit(digit)
            return
        if digit and ((cursor.hasSelection() and plain) or mods == Qt.ControlModifier):
            self.codeKeyPressed.emit(digit)
            return
        if key in (Qt.Key_Return, Qt.Key_Enter):
            self.splitRequested.emit(cursor.blockNumber(), cursor.positionInBlock())
            return
        if event.matches(QKeySequence.Undo):
            self.undoRequested.emit()   # the workspace's undo stack handles these
            return
        if event.matches(QKeySequence.Redo):
            self.redoRequested.emit()
            return
        writes = bool(event.text()) or key in (Qt.Key_Backspace, Qt.Key_Delete) or event.matches(QKeySequence.Cut) or event.matches(QKeySequence.Paste)
        if writes and self._spans_blocks() and not event.matches(QKeySequence.Copy):
            self.refused.emit(self.tr("Edit one segment at a time; select text within a segment to change it."))
            return
        if key == Qt.Key_Backspace and not cursor.hasSelection() and cursor.positionInBlock() == 0:
            if cursor.blockNumber() > 0:
                self.mergeRequested.emit(cursor.blockNumber() - 1)
            return
        if key == Qt.Key_Delete and not cursor.hasSelection() and cursor.atBlockEnd():
            if cursor.block().next().isValid():
                self.mergeRequested.emit(cursor.blockNumber())
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source):  # noqa: N802
        if self._spans_blocks():
            self.refused.emit(self.tr("Edit one segment at a time; select text within a segment to change it."))
            return
        text = " ".join(source.text().split())
        if text:
            self.textCursor().insertText(text)

    def mouseReleaseEvent(self, event):  # noqa: N802
        super().mouseReleaseEvent(event)
        if event.button() == Qt.LeftButton and event.modifiers() & Qt.ControlModifier:
            c = self.cursorForPosition(event.position().toPoint())
            self.wordClicked.emit(c.blockNumber(), c.positionInBlock())

    def select_range(self, block: int, lo: int, hi: int, *, center: bool = True) -> None:
        b = self.document().findBlockByNumber(block)
        c = QTextCursor(b)
        c.setPosition(b.position() + lo)
        c.setPosition(b.position() + hi, QTextCursor.KeepAnchor)
        self.setTextCursor(c)
        if center:
            self.centerCursor()
