"""Adding or editing a code: key, Dutch and English label, description, colour, perception."""
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
)

PALETTE = ["#F4A261", "#8AC926", "#4CC9F0", "#E76F51", "#9B5DE5", "#FFCA3A", "#2A9D8F", "#F15BB5", "#6A994E", "#577590"]


class CodeDialog(QDialog):
    def __init__(self, code: dict | None = None, parent=None, default_color: str = PALETTE[3]):
        super().__init__(parent)
        code = code or {}
        self.setWindowTitle(self.tr("Edit code") if code else self.tr("New code"))
        form = QFormLayout(self)
        self.key = QLineEdit(code.get("key", ""))
        self.key.setPlaceholderText(self.tr("short lower-case key, e.g. veiligheid"))
        self.label_nl = QLineEdit(code.get("label_nl", ""))
        self.label_en = QLineEdit(code.get("label_en", ""))
        self.description = QPlainTextEdit(code.get("description", ""))
        self.description.setFixedHeight(70)
        self.color = code.get("color", default_color)
        self.color_button = QPushButton()
        self.color_button.clicked.connect(self._pick)
        self._show_color()
        self.perception = QCheckBox(self.tr("Perception code: ask which role a statement is about"))
        self.perception.setChecked(bool(code.get("perception")))
        form.addRow(self.tr("Key"), self.key)
        form.addRow(self.tr("Label (Dutch)"), self.label_nl)
        form.addRow(self.tr("Label (English)"), self.label_en)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("Colour"), self.color_button)
        form.addRow(self.perception)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _show_color(self):
        self.color_button.setText(self.color)
        self.color_button.setStyleSheet(f"background:{self.color}")

    def _pick(self):
        chosen = QColorDialog.getColor(QColor(self.color), self, self.tr("Colour of the code"))
        if chosen.isValid():
            self.color = chosen.name().upper()
            self._show_color()

    def values(self) -> dict:
        return {
            "key": self.key.text().strip(),
            "label_nl": self.label_nl.text().strip(),
            "label_en": self.label_en.text().strip(),
            "description": self.description.toPlainText().strip(),
            "color": self.color,
            "perception": self.perception.isChecked(),
        }
