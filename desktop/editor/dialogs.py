"""Small dialogs of the editor: about-role, original text (diff/restore), memo (speakers: speaker_dialogs.py)."""
import difflib
import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QTextBrowser,
    QVBoxLayout,
)

ROLE_KEYS = "123456789abcdefghijklmnopqrstuvwxyz"


class AboutRoleDialog(QDialog):
    """Asks which role a perception statement is about. Nothing is guessed: the dialog starts with no
    role chosen, one key (1…9, then a…z) chooses each role, and Enter accepts only a chosen role.
    `last` (the role chosen last time) and `current` (the coding's role) are marked, never chosen."""

    def __init__(self, roles: list[dict], excerpt: str, speaker_role: str, parent=None, current: str | None = None,
                 last: str | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who is this statement about?"))
        self.last, self.current = last, current
        layout = QVBoxLayout(self)
        quote = QLabel("“" + excerpt[:300] + ("…" if len(excerpt) > 300 else "") + "”")
        quote.setTextFormat(Qt.PlainText)  # transcript text as written: no entities, no markup
        quote.setWordWrap(True)
        layout.addWidget(quote)
        layout.addWidget(QLabel(self.tr("Speaker's role: %1").replace("%1", speaker_role)))
        layout.addWidget(QLabel(self.tr("Press the key of the role spoken about, then Enter:")))
        self.group = QButtonGroup(self)
        self._keys: dict[str, str] = {}
        self._buttons: dict[str, QRadioButton] = {}
        grid = QGridLayout()
        rows = (len(roles) + 1) // 2
        for i, role in enumerate(roles):
            key = ROLE_KEYS[i] if i < len(ROLE_KEYS) else ""      # beyond 35 roles: click only
            text = f"{key}   {role['label']}".strip()
            if role["key"] == current:
                text += "   " + self.tr("(now)")
            if role["key"] == last:
                text += "   " + self.tr("(last used)")
            button = QRadioButton(text)
            button.setAccessibleName(role["label"])
            button.setProperty("role_key", role["key"])
            self.group.addButton(button, i)
            grid.addWidget(button, i % rows, i // rows)
            if key:
                self._keys[role["key"]] = key
            self._buttons[role["key"]] = button
        layout.addLayout(grid)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self._accept_chosen)
        self.buttons.rejected.connect(self.reject)
        self.ok = self.buttons.button(QDialogButtonBox.Ok)
        self.ok.setEnabled(False)
        self.ok.setAutoDefault(False)
        self.buttons.button(QDialogButtonBox.Cancel).setAutoDefault(False)
        self.group.buttonToggled.connect(lambda *_: self.ok.setEnabled(self.role() is not None))
        layout.addWidget(self.buttons)

    def role_keys(self) -> dict[str, str]:
        """Role key → the keyboard key that chooses it."""
        return dict(self._keys)

    def button_for(self, role: str) -> QRadioButton:
        return self._buttons[role]

    def choose(self, role: str) -> None:
        self._buttons[role].setChecked(True)

    def role(self) -> str | None:
        button = self.group.checkedButton()
        return button.property("role_key") if button else None

    def _accept_chosen(self) -> None:
        if self.role() is not None:
            self.accept()

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key_Return, Qt.Key_Enter):
            self._accept_chosen()          # never accepts an unchosen role
            return
        text = event.text().casefold()
        if text and not event.modifiers() & (Qt.ControlModifier | Qt.AltModifier):
            for role, key in self._keys.items():
                if key == text:
                    self.choose(role)
                    self._buttons[role].setFocus()
                    return
        super().keyPressEvent(event)


def diff_html(original: str, edited: str) -> str:
    """Word diff: removed words struck through in red, added words in green."""
    a, b = original.split(), edited.split()
    out = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op == "equal":
            out.append(html.escape(" ".join(a[i1:i2])))
            continue
        if i2 > i1:
            out.append(f"<span style='color:#B00020;text-decoration:line-through'>{html.escape(' '.join(a[i1:i2]))}</span>")
        if j2 > j1:
            out.append(f"<span style='color:#1B7F3B;font-weight:bold'>{html.escape(' '.join(b[j1:j2]))}</span>")
    return " ".join(out)


class OriginalTextDialog(QDialog):
    """The ASR original beside the edit, as a diff; Restore puts the original back."""

    RESTORE = 2

    def __init__(self, original: str, edited: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Original transcription"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Changes to the automatic transcription (removed in red, added in green):")))
        view = QTextBrowser()
        view.setHtml(diff_html(original, edited))
        layout.addWidget(view)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        restore = buttons.addButton(self.tr("Restore original"), QDialogButtonBox.ResetRole)
        restore.setEnabled(original != edited)
        restore.clicked.connect(lambda: self.done(self.RESTORE))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 260)


class MemoDialog(QDialog):
    def __init__(self, memo: str, excerpt: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Memo"))
        layout = QVBoxLayout(self)
        quote = QLabel("“" + excerpt[:300] + "”")
        quote.setTextFormat(Qt.PlainText)
        quote.setWordWrap(True)
        layout.addWidget(quote)
        self.edit = QPlainTextEdit(memo)
        self.edit.setAccessibleName(self.tr("Memo text"))
        layout.addWidget(self.edit)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def memo(self) -> str:
        return self.edit.toPlainText().strip()
