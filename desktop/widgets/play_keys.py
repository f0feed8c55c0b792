"""Esc and Space toggle playback anywhere inside a view (the editor, the Analyse view), the same way.

A widget that needs the key for itself keeps it: text fields type the space (they claim it before any
shortcut), a focused button is pressed and a focused list box opens, as the keyboard user expects.
"""
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox

PLAY_KEYS = ("Esc", "Space")


def install_play_keys(host, toggle, keys=PLAY_KEYS) -> list[QShortcut]:
    """Shortcuts on `host` (and its children) that call `toggle()`; returns them."""
    shortcuts = []
    for key in keys:
        shortcut = QShortcut(QKeySequence(key), host)
        shortcut.setContext(Qt.WidgetWithChildrenShortcut)
        shortcut.setWhatsThis(QCoreApplication.translate("PlayKeys", "Play or pause"))
        shortcut.activated.connect(lambda k=key: _activated(k, toggle))
        shortcuts.append(shortcut)
    return shortcuts


def _activated(key: str, toggle) -> None:
    focus = QApplication.focusWidget()
    if key == "Space" and isinstance(focus, QAbstractButton):
        focus.animateClick()
        return
    if key == "Space" and isinstance(focus, QComboBox):
        focus.showPopup()
        return
    toggle()
