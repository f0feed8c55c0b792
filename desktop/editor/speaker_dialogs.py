"""Dialogs for the editor's speaker tools: names (with proposals), merge two speakers, detect speakers."""
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
)

from transcribe.diarize import MAX_SPEAKERS
from transcribe.speaker_job import EXPECTED_IN_INTERVIEW

INTERVIEWER = "Interviewer"   # the same word in Dutch and English; also what diarization proposes


def name_proposals(participant: str | None, interviewer: str | None = None) -> list[str]:
    """Names offered for a speaker: "Interviewer", the participant's code, the interviewer's name."""
    out = [INTERVIEWER]
    for extra in (participant, interviewer):
        if extra and extra.strip() and extra.strip() not in out:
            out.append(extra.strip())
    return out


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class SpeakerNamesDialog(QDialog):
    """Names for the interview's speaker labels (S1 → Interviewer, S2 → R01), once for all segments."""

    def __init__(self, names: dict[str, str], proposals: list[str] = (), parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Speaker names"))
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("A name applies to every segment of that speaker.")))
        self.edits: dict[str, QComboBox] = {}
        for label in sorted(names):
            combo = QComboBox()
            combo.setEditable(True)
            combo.setMinimumWidth(220)
            combo.addItems([p for p in proposals if p != names[label]])
            combo.insertItem(0, names[label])
            combo.setCurrentIndex(0)
            combo.setAccessibleName(self.tr("Name for %1").replace("%1", label))
            form.addRow(label, combo)
            self.edits[label] = combo
        self.new_label = QLineEdit()
        self.new_label.setPlaceholderText(self.tr("new speaker label, e.g. S3"))
        self.new_label.setMinimumWidth(self.new_label.fontMetrics().horizontalAdvance(self.new_label.placeholderText()) + 24)
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(self.tr("its name"))
        form.addRow(self.new_label, self.new_name)
        form.addRow(_buttons(self))

    def names(self) -> dict[str, str]:
        result = {label: combo.currentText().strip() or label for label, combo in self.edits.items()}
        if self.new_label.text().strip():
            result[self.new_label.text().strip()] = self.new_name.text().strip() or self.new_label.text().strip()
        return result


class MergeSpeakersDialog(QDialog):
    """Pick a speaker whose segments all go to another one."""

    def __init__(self, speakers: list[tuple[str, str]], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge speakers"))
        form = QFormLayout(self)
        self.source, self.target = QComboBox(), QComboBox()
        for combo in (self.source, self.target):
            for label, name in speakers:
                combo.addItem(f"{name} ({label})" if name != label else label, label)
        self.target.setCurrentIndex(min(1, self.target.count() - 1))
        self.source.setAccessibleName(self.tr("Speaker to merge"))
        self.target.setAccessibleName(self.tr("Speaker to keep"))
        form.addRow(self.tr("Every segment of"), self.source)
        form.addRow(self.tr("goes to"), self.target)
        buttons = _buttons(self)
        ok = buttons.button(QDialogButtonBox.Ok)

        def check():
            ok.setEnabled(self.source.currentData() != self.target.currentData())

        self.source.currentIndexChanged.connect(check)
        self.target.currentIndexChanged.connect(check)
        check()
        form.addRow(buttons)

    def choice(self) -> tuple[str, str]:
        return self.source.currentData(), self.target.currentData()


class DetectSpeakersDialog(QDialog):
    """How many speakers to look for: a fixed count (the expected one by default) or an estimate."""

    def __init__(self, has_labels: bool, expected: int = EXPECTED_IN_INTERVIEW, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Detect speakers"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Veldwerk listens to the recording on this computer and labels who spoke when. "
                               "Check the result: it is a proposal."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.fixed = QRadioButton(self.tr("Number of speakers:"))
        self.count = QSpinBox()
        self.count.setRange(1, MAX_SPEAKERS)
        self.count.setValue(expected)
        self.count.setAccessibleName(self.tr("Number of speakers"))
        self.estimate = QRadioButton(self.tr("Estimate the number (expects %1)").replace("%1", str(expected)))
        self.fixed.setChecked(True)
        self.fixed.toggled.connect(self.count.setEnabled)
        form = QFormLayout()
        form.addRow(self.fixed, self.count)
        form.addRow(self.estimate)
        layout.addLayout(form)
        if has_labels:
            warn = QLabel(self.tr("The speakers already in this transcript are replaced. Undo (Ctrl+Z) brings them back."))
            warn.setWordWrap(True)
            warn.setStyleSheet("color:#9D0208")
            layout.addWidget(warn)
        layout.addWidget(_buttons(self))
        self.setMinimumWidth(440)

    def speakers(self) -> int | None:
        """The count to look for, None to estimate it."""
        return self.count.value() if self.fixed.isChecked() else None
