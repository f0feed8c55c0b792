"""The review list's context column: the words around a term, with the term itself in bold."""
import re
from html import escape

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPalette, QTextDocument, QTextOption
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

TERM_ROLE = Qt.UserRole + 1  # the item's term, to embolden in its context


def marked(context: str, term: str) -> str:
    """HTML of `context` with the first occurrence of `term` (any case) in bold."""
    found = re.search(re.escape(term), context, re.IGNORECASE) if term else None
    if found is None:
        return escape(context)
    return escape(context[:found.start()]) + "<b>" + escape(found.group()) + "</b>" + escape(context[found.end():])


class ContextDelegate(QStyledItemDelegate):
    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.CE_ItemViewItem, opt, painter, opt.widget)  # background, selection
        doc = QTextDocument()
        doc.setDefaultFont(opt.font)
        doc.setDefaultTextOption(QTextOption(Qt.AlignLeft | Qt.AlignVCenter))
        doc.setDocumentMargin(0)
        selected = bool(opt.state & QStyle.State_Selected)
        color = opt.palette.color(QPalette.HighlightedText if selected else QPalette.Text).name()
        doc.setHtml(f"<span style='white-space:pre; color:{color}'>{marked(text, index.data(TERM_ROLE) or '')}</span>")
        rect = opt.rect.adjusted(4, 0, -4, 0)
        painter.save()
        painter.setClipRect(rect)
        painter.translate(rect.left(), rect.top() + (rect.height() - doc.size().height()) / 2)
        doc.drawContents(painter, QRectF(0, 0, rect.width(), doc.size().height()))
        painter.restore()
