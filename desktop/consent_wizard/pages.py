"""The consent wizard's pages."""
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from desktop.consent_wizard.clip_recorder import ClipRecorder
from desktop.i18n import refusal
from storage.consent.forms import fill
from storage.errors import VeldwerkError

LARGE = 4  # points added to the default font for text read to the participant


def large_font(widget, extra: int = LARGE) -> QFont:
    font = QFont(widget.font())
    font.setPointSize(font.pointSize() + extra)
    return font


class FormPage(QWizardPage):
    """The form text in large type, to read aloud or hand over."""

    def __init__(self, study, form: dict, parent=None):
        super().__init__(parent)
        self.setTitle(form["title"])
        self.setSubTitle(self.tr("Read this to the participant, or let them read it."))
        values = study.consent.forms.values(form["language"])
        text = QTextBrowser()
        text.setFont(large_font(text))
        text.setAccessibleName(self.tr("Consent form text"))
        text.setPlainText(fill(form["text"], values))
        layout = QVBoxLayout(self)
        layout.addWidget(text)


class ItemsPage(QWizardPage):
    """One question per item with yes / no; every item needs an answer."""

    def __init__(self, form: dict, values: dict, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("The questions"))
        self.setSubTitle(self.tr("Ask each question and record the answer. The participant may say no to any of them."))
        self.groups: dict[int, QButtonGroup] = {}
        self.items = form["items"]
        inner = QWidget()
        layout = QVBoxLayout(inner)
        for item in self.items:
            box = QGroupBox(f"{item['number']}.")
            box_layout = QVBoxLayout(box)
            label = QLabel(fill(item["text"], values))
            label.setWordWrap(True)
            label.setFont(large_font(label, 2))
            box_layout.addWidget(label)
            row = QHBoxLayout()
            yes = QRadioButton(self.tr("Yes"))
            no = QRadioButton(self.tr("No"))
            for button, answer in ((yes, True), (no, False)):
                button.setAccessibleName(self.tr("Item %1: %2").replace("%1", str(item["number"])).replace("%2", button.text()))
                button.setProperty("answer", answer)
                row.addWidget(button)
            row.addStretch(1)
            group = QButtonGroup(self)
            group.addButton(yes)
            group.addButton(no)
            group.buttonToggled.connect(lambda *_: self.completeChanged.emit())
            self.groups[item["number"]] = group
            box_layout.addLayout(row)
            layout.addWidget(box)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll)

    def set_answer(self, number: int, answer: bool) -> None:
        for button in self.groups[number].buttons():
            if button.property("answer") == answer:
                button.setChecked(True)

    def answers(self) -> dict[int, bool]:
        result = {}
        for number, group in self.groups.items():
            checked = group.checkedButton()
            if checked is not None:
                result[number] = bool(checked.property("answer"))
        return result

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return len(self.answers()) == len(self.groups)


class MethodPage(QWizardPage):
    """Verbal (with a recorded clip) or written consent, and who took it. Storing happens here."""

    def __init__(self, study, code: str, parent=None):
        super().__init__(parent)
        self.study = study
        self.code = code
        self.record: dict | None = None
        self.setTitle(self.tr("How was consent given?"))
        self.setSubTitle(self.tr("For verbal consent, record the participant saying they agree."))
        self.setCommitPage(True)
        self.setButtonText(self.wizard_commit_button(), self.tr("Save consent"))
        self.verbal = QRadioButton(self.tr("Verbal (recorded)"))
        self.written = QRadioButton(self.tr("Written (signed form)"))
        self.verbal.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.verbal)
        group.addButton(self.written)
        self.researcher = QLineEdit(QSettings().value("consent/researcher", ""))
        self.researcher.setAccessibleName(self.tr("Researcher who took the consent"))
        self.researcher.setPlaceholderText(self.tr("your name or initials"))
        self.clip = ClipRecorder(study)
        self.clip.code = code
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        form = QFormLayout()
        methods = QHBoxLayout()
        methods.addWidget(self.verbal)
        methods.addWidget(self.written)
        methods.addStretch(1)
        form.addRow(self.tr("Method:"), methods)
        form.addRow(self.tr("&Researcher:"), self.researcher)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.clip)
        layout.addStretch(1)
        layout.addWidget(self.error)
        self.verbal.toggled.connect(self._method)
        self.researcher.textChanged.connect(lambda *_: self.completeChanged.emit())
        self.clip.clip_changed.connect(lambda *_: self.completeChanged.emit())

    @staticmethod
    def wizard_commit_button():
        from PySide6.QtWidgets import QWizard

        return QWizard.CommitButton

    def method(self) -> str:
        return "verbal" if self.verbal.isChecked() else "written"

    def _method(self) -> None:
        self.clip.setVisible(self.verbal.isChecked())
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        if not self.researcher.text().strip() or self.clip.recording():
            return False
        return self.method() == "written" or bool(self.clip.recording_id)

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        answers = self.wizard().items_page.answers()
        clip = self.clip.recording_id if self.method() == "verbal" else None
        try:
            self.record = self.study.consent.record(
                self.code, answers, method=self.method(), researcher=self.researcher.text().strip(),
                clip_recording_id=clip,
            )
        except VeldwerkError as exc:
            self.error.setText(refusal(exc))
            return False
        QSettings().setValue("consent/researcher", self.researcher.text().strip())
        if self.method() == "written":
            self.clip.discard()
        return True


class SummaryPage(QWizardPage):
    """What was stored, in large type, to read back to the participant."""

    def __init__(self, study, form: dict, values: dict, parent=None):
        super().__init__(parent)
        self.study = study
        self.form = form
        self.values = values
        self.setTitle(self.tr("Consent saved"))
        self.setSubTitle(self.tr("Read this back to the participant."))
        self.text = QTextBrowser()
        self.text.setFont(large_font(self.text, 2))
        self.text.setAccessibleName(self.tr("Consent summary"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        record = self.wizard().method_page.record
        self.text.setHtml(summary_html(self, self.form, self.values, record))


def summary_html(page, form: dict, values: dict, record: dict | None) -> str:
    if not record:
        return ""
    verbal = QCoreApplication.translate("SummaryPage", "verbally (recorded)")
    written = QCoreApplication.translate("SummaryPage", "in writing")
    yes_text = QCoreApplication.translate("SummaryPage", "Yes")
    no_text = QCoreApplication.translate("SummaryPage", "No")
    closing = QCoreApplication.translate("SummaryPage", "You can withdraw any of this at any time, without giving a reason.")
    head = QCoreApplication.translate("SummaryPage", "%1 gave consent %2 on %3, recorded by %4 (form version %5).") \
        .replace("%1", record["participant_code"]).replace("%2", verbal if record["method"] == "verbal" else written) \
        .replace("%3", record["created_at"][:16].replace("T", " ")).replace("%4", record["researcher"]) \
        .replace("%5", str(record["form_version"]))
    rows = []
    for item in form["items"]:
        yes = record["answers"].get(item["number"], False)
        mark = f"<b style='color:#2e7d32'>{yes_text}</b>" if yes else f"<b style='color:#b00020'>{no_text}</b>"
        rows.append(f"<tr><td valign='top'>{item['number']}.</td><td valign='top'>{mark}</td>"
                    f"<td>{_escape(fill(item.get('short') or item['text'], values))}</td></tr>")
    return f"<p>{_escape(head)}</p><table cellspacing='6'>{''.join(rows)}</table><p>{_escape(closing)}</p>"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
