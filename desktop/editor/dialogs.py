"""Small dialogs of the editor: about-role, original text (diff/restore), memo (speakers: speaker_dialogs.py)."""
import difflib
import html

from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit, QTextBrowser,
    QVBoxLayout,
)


def mentioned_role(roles: list[dict], excerpt: str) -> str | None:
    """The first role whose key or label the excerpt names (a suggestion, never a decision)."""
    text = " " + "".join(c if c.isalnum() else " " for c in excerpt.casefold()) + " "
    for role in roles:
        names = {role["key"]} | {part.strip() for part in role["label"].casefold().split("/")}
        if any(f" {name} " in text or f" {name}s " in text or f" {name}en " in text for name in names if name):
            return role["key"]
    return None


class AboutRoleDialog(QDialog):
    """Asks which role a perception statement is about."""

    def __init__(self, roles: list[dict], excerpt: str, speaker_role: str, parent=None, current: str | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who is this statement about?"))
        layout = QVBoxLayout(self)
        quote = QLabel("“" + html.escape(excerpt[:300]) + ("…" if len(excerpt) > 300 else "") + "”")
        quote.setWordWrap(True)
        layout.addWidget(quote)
        layout.addWidget(QLabel(self.tr("Speaker's role: %1").replace("%1", speaker_role)))
        self.combo = QComboBox()
        self.combo.setAccessibleName(self.tr("Role spoken about"))
        self.combo.setPlaceholderText(self.tr("Choose a role…"))
        for role in roles:
            self.combo.addItem(role["label"], role["key"])
        guess = current or mentioned_role(roles, excerpt)
        self.combo.setCurrentIndex(self.combo.findData(guess) if guess else -1)
        form = QFormLayout()
        form.addRow(self.tr("About the role:"), self.combo)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        ok = buttons.button(QDialogButtonBox.Ok)
        ok.setEnabled(self.combo.currentIndex() >= 0)
        self.combo.currentIndexChanged.connect(lambda i: ok.setEnabled(i >= 0))
        layout.addWidget(buttons)

    def role(self) -> str:
        return self.combo.currentData()


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
        quote = QLabel("“" + html.escape(excerpt[:300]) + "”")
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
