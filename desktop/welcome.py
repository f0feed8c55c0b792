"""The start screen: recent studies, New study and Open study; and the recent-studies list in QSettings."""
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

MAX_RECENT = 8


def recent_studies() -> list[str]:
    """Folders of recently opened studies, newest first (paths only, never passphrases)."""
    value = QSettings().value("recent/studies", [])
    if isinstance(value, str):
        value = [value]
    return [p for p in (value or []) if p]


def remember_study(path) -> None:
    """Put a study folder at the top of the recent list."""
    path = str(Path(path).resolve())
    items = [p for p in recent_studies() if p != path]
    QSettings().setValue("recent/studies", [path, *items][:MAX_RECENT])


def forget_study(path) -> None:
    path = str(Path(path).resolve())
    QSettings().setValue("recent/studies", [p for p in recent_studies() if p != path])


class WelcomeWidget(QWidget):
    """Recent studies plus the two ways in; emits the chosen study folder or a request for a new one."""

    open_requested = Signal(str)
    new_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 36, 48, 36)
        title = QLabel("Veldwerk")
        font = QFont(title.font())
        font.setPointSize(font.pointSize() * 2)
        font.setBold(True)
        title.setFont(font)
        outer.addWidget(title)
        subtitle = QLabel(self.tr("Record, transcribe and code interviews. Everything stays on this laptop."))
        subtitle.setWordWrap(True)
        outer.addWidget(subtitle)
        outer.addSpacing(18)

        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New study…"))
        self.new_button.setAccessibleName(self.tr("New study"))
        self.new_button.setToolTip(self.tr("Create a new encrypted study (Ctrl+N)"))
        self.new_button.setMinimumHeight(44)
        self.new_button.setDefault(True)
        self.new_button.clicked.connect(self.new_requested)
        self.open_button = QPushButton(self.tr("Open study…"))
        self.open_button.setAccessibleName(self.tr("Open study"))
        self.open_button.setToolTip(self.tr("Open a study folder (Ctrl+O)"))
        self.open_button.setMinimumHeight(44)
        self.open_button.clicked.connect(self.browse)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        outer.addSpacing(18)

        self.recent_label = QLabel(self.tr("Recent studies"))
        self.recent_label.setStyleSheet("font-weight: bold;")
        outer.addWidget(self.recent_label)
        self.recent = QListWidget()
        self.recent.setAccessibleName(self.tr("Recent studies"))
        self.recent.itemActivated.connect(lambda item: self.open_requested.emit(item.data(Qt.UserRole)))
        outer.addWidget(self.recent, 1)
        hint = QLabel(self.tr("Double-click a study or press Enter to open it."))
        hint.setStyleSheet("color: palette(mid);")
        outer.addWidget(hint)
        self.refresh()

    def refresh(self) -> None:
        self.recent.clear()
        for path in recent_studies():
            exists = (Path(path) / "study.json").is_file()
            item = QListWidgetItem(f"{Path(path).stem}    —    {path}")
            item.setData(Qt.UserRole, path)
            if not exists:
                item.setText(item.text() + "   " + self.tr("(not found)"))
                item.setFlags(item.flags() & ~Qt.ItemIsEnabled)
            self.recent.addItem(item)
        has = self.recent.count() > 0
        self.recent_label.setVisible(has)
        self.recent.setVisible(has)
        if has:
            self.recent.setCurrentRow(0)

    def browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Open study folder (NAME.veldwerk)"), str(Path.home()))
        if folder:
            self.open_requested.emit(folder)
