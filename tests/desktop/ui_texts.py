"""Walking the visible texts of a widget tree, and telling English (or otherwise unfit) text in the Dutch UI.

Used by test_dutch_ui.py. Two detectors: a string equal to the English source of a catalogue entry whose
Dutch differs (the translation did not reach the widget), and words that are English and never Dutch.
Plus: HTML entities in plain text, and decimals with a point before a unit ("0.0 uur").
"""
import re
import xml.etree.ElementTree as ET

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
    QWizard,
)

from resources import resource_path

ENGLISH_ONLY = set("""
the and with for this that from not yes file files save cancel study studies participant participants
recording recordings play playing search settings choose folder new add edit delete remove view hide all
name look back next finish done to has have are be been will can could should would there here what when
where which who why how your you it its or by into only yet please select copy paste undo redo find replace
clear reset apply directory size modified error warning information question unknown loading ready failed
cancelled waiting transcribe transcription transcribed coding codings excerpt excerpts role roles about
consent withdraw withdrawn speaker speakers overview hours hour minutes seconds date multilingual coded
""".split())
KEY_HINT = re.compile(r"\((?:(?:Ctrl|Alt|Shift)\+)*(?:Delete|Del|Enter|Esc|Space|Tab|Home|End|F\d+|[A-Z0-9])\)")
UNITS = r"(?:uur|GB|MB|KB|s|sec|seconden|minuten|min|%|×)"


def _plain(text: str) -> str:
    if GuiQt.mightBeRichText(text):
        return QTextDocumentFragment.fromHtml(text).toPlainText()
    return text


def catalogue() -> dict[str, str]:
    """English source → Dutch, from every *_nl.ts (mnemonic '&' removed from both)."""
    found = {}
    for ts in resource_path("translations").glob("*_nl.ts"):
        for message in ET.parse(ts).iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            dutch = (translation.text or "") if translation is not None else ""
            if translation is not None and translation.find("numerusform") is not None:
                dutch = translation.find("numerusform").text or ""
            if dutch.strip():
                found[source.replace("&", "")] = dutch.replace("&", "")
    return found


def texts(root: QWidget, only_visible: bool = True) -> list[tuple[str, str]]:
    """(where, text) for every text a user sees in `root`: titles, labels, buttons, placeholders, tool tips,
    list box items, tabs, headers and table cells."""
    out: list[tuple[str, str]] = []

    def add(widget, what, text):
        if text and text.strip():
            out.append((f"{type(widget).__name__}.{what} ({widget.objectName() or widget.accessibleName()})", text))

    for w in [root] + root.findChildren(QWidget):
        if only_visible and not w.isVisible():
            continue
        if w.isWindow():
            add(w, "windowTitle", w.windowTitle())
        add(w, "toolTip", w.toolTip())
        if isinstance(w, QLabel):
            add(w, "text", _plain(w.text()) if w.textFormat() != Qt.PlainText else w.text())
            if w.textFormat() != Qt.RichText and not GuiQt.mightBeRichText(w.text()):
                add(w, "raw", w.text())
        elif isinstance(w, QAbstractButton):
            add(w, "text", w.text())
        elif isinstance(w, QLineEdit):
            add(w, "placeholder", w.placeholderText())
        elif isinstance(w, (QPlainTextEdit, QTextEdit)):
            add(w, "placeholder", w.placeholderText())
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                add(w, f"item{i}", w.itemText(i))
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                add(w, f"tab{i}", w.tabText(i))
                add(w, f"tabtip{i}", w.tabToolTip(i))
        elif isinstance(w, QGroupBox):
            add(w, "title", w.title())
        elif isinstance(w, QWizard):
            for pid in w.pageIds():
                add(w, f"page{pid}.title", _plain(w.page(pid).title()))
                add(w, f"page{pid}.subTitle", _plain(w.page(pid).subTitle()))
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            root_index = w.rootIndex()
            try:
                columns = model.columnCount(root_index)
            except TypeError:   # a list model (its columnCount is private in PySide6)
                columns = 1
            for c in range(columns):
                add(w, f"header{c}", str(model.headerData(c, Qt.Horizontal) or ""))
            if columns:
                for r in range(min(model.rowCount(root_index), 60)):
                    for c in range(columns):
                        for role in (Qt.DisplayRole, Qt.ToolTipRole):
                            value = model.data(model.index(r, c, root_index), role)
                            if isinstance(value, str):
                                add(w, f"cell{r},{c}", _plain(value))
    return out


def menu_texts(window) -> list[tuple[str, str]]:
    out = []

    def walk(actions, path):
        for action in actions:
            if action.isSeparator():
                continue
            out.append((f"menu {path}", action.text().replace("&", "")))
            if action.toolTip() and action.toolTip().replace("&", "") != action.text().replace("&", ""):
                out.append((f"menu tip {path}", action.toolTip()))
            if action.statusTip():
                out.append((f"menu status {path}", action.statusTip()))
            if action.menu() is not None:
                walk(action.menu().actions(), path + " > " + action.text())

    walk(window.menuBar().actions(), "")
    return out


def problems(found: list[tuple[str, str]], allowed: set[str] = frozenset()) -> list[str]:
    """What is wrong with the texts of the Dutch UI, one line each."""
    dutch = catalogue()
    wrong = []
    for where, text in found:
        if where.endswith("raw)") or ".raw (" in where:
            if re.search(r"&#x?[0-9a-fA-F]+;|&amp;|&quot;|&lt;|&gt;", text):
                wrong.append(f"{where}: HTML entity in plain text: {text!r}")
            continue
        plain = text.replace("&", "").strip()
        if plain in allowed:
            continue
        if plain in dutch and dutch[plain] != plain:
            wrong.append(f"{where}: English where the catalogue has Dutch: {plain!r} (→ {dutch[plain]!r})")
            continue
        unkeyed = KEY_HINT.sub(" ", re.sub(r"\S*[/\\]\S*", " ", plain))   # key names and paths are not words
        words = {w.lower() for w in re.findall(r"[A-Za-z]+", unkeyed)}
        english = sorted(words & ENGLISH_ONLY)
        if english:
            wrong.append(f"{where}: English words {english}: {plain[:120]!r}")
            continue
        if re.search(r"\b\d+\.\d+\s?" + UNITS, plain):
            wrong.append(f"{where}: a decimal point in the Dutch UI: {plain[:120]!r}")
    return wrong
