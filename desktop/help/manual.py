"""The manual: a short walk through the journey (new study → withdrawal) with screenshots, bundled under
resources/manual/ (manual_nl.md, manual_en.md, images/) and shown offline in a QTextBrowser."""
from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from resources import resource_path


def manual_path(language: str):
    """The manual in `language` ("nl" or "en"), Dutch when there is none in that language."""
    folder = resource_path("manual")
    path = folder / f"manual_{language}.md"
    return path if path.exists() else folder / "manual_nl.md"


class ManualDialog(QDialog):
    def __init__(self, parent=None, language: str | None = None):
        super().__init__(parent)
        from desktop import i18n

        self.setWindowTitle(QCoreApplication.translate("Manual", "Veldwerk manual"))
        self.path = manual_path(language or i18n.ui_language())
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(True)
        self.browser.setOpenExternalLinks(False)   # offline: nothing is opened outside the app
        self.browser.setSource(QUrl.fromLocalFile(str(self.path)), QTextDocument.MarkdownResource)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        screen = parent.screen().availableGeometry() if parent is not None and parent.screen() else None
        self.resize(min(980, int(screen.width() * 0.8)) if screen else 900, int(screen.height() * 0.85) if screen else 700)
