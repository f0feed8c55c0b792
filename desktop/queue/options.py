"""Options for one transcription job: model (with the speed measured on this computer), fast or
accurate, and who spoke when (off / N speakers / estimate, by default the expected count).

The defaults are the laptop's preferences (QSettings, set in Settings); Ctrl+T queues with them,
Ctrl+Shift+T asks first with this dialog.
"""
from PySide6.QtCore import QCoreApplication, QSettings, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import refusal
from desktop.workers import ThreadWorker
from storage.errors import VeldwerkError
from transcribe.device import AUTO, NO_GPU_NOTE, check_device
from transcribe.diarize import MAX_SPEAKERS
from transcribe.speaker_job import AUTO_SPEAKERS, EXPECTED_IN_INTERVIEW

SPEAKERS_KEY = "transcription/speakers"   # "off", "auto" or a count
DEVICE_KEY = "transcription/device"       # auto, cpu or cuda
AFTER_RECORDING_KEY = "transcription/afterRecording"   # start transcribing a take as soon as it is saved
OFF = "off"


def transcribe_after_recording() -> bool:
    """Whether a saved take goes into the transcription queue by itself (off by default)."""
    return QSettings().value(AFTER_RECORDING_KEY, False) in (True, "true")


def speakers_preference() -> int | str | None:
    """None (off), a count, or "auto"; by default the expected count (interviewer + participant)."""
    value = str(QSettings().value(SPEAKERS_KEY, EXPECTED_IN_INTERVIEW)).strip().lower()
    if value == OFF:
        return None
    if value == AUTO_SPEAKERS:
        return AUTO_SPEAKERS
    return int(value) if value.isdigit() and 1 <= int(value) <= MAX_SPEAKERS else EXPECTED_IN_INTERVIEW


def set_speakers_preference(value: int | str | None) -> None:
    QSettings().setValue(SPEAKERS_KEY, OFF if value is None else str(value))


def device_preference() -> str:
    try:
        return check_device(str(QSettings().value(DEVICE_KEY, AUTO)))
    except VeldwerkError:
        return AUTO


class SpeakersChoice(QWidget):
    """Who spoke when: off / N speakers / estimate (expects N)."""

    def __init__(self, value: int | str | None, parent=None):
        super().__init__(parent)
        self.off = QRadioButton(self.tr("Off"))
        self.fixed = QRadioButton(self.tr("Speakers:"))
        self.count = QSpinBox()
        self.count.setRange(1, MAX_SPEAKERS)
        self.count.setValue(value if isinstance(value, int) else EXPECTED_IN_INTERVIEW)
        self.count.setAccessibleName(self.tr("Number of speakers"))
        self.estimate = QRadioButton(self.tr("Estimate"))
        group = QButtonGroup(self)
        for button in (self.off, self.fixed, self.estimate):
            group.addButton(button)
        {None: self.off, AUTO_SPEAKERS: self.estimate}.get(value, self.fixed).setChecked(True)
        self.fixed.toggled.connect(self.count.setEnabled)
        self.count.setEnabled(self.fixed.isChecked())
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for w in (self.off, self.fixed, self.count, self.estimate):
            row.addWidget(w)
        row.addStretch(1)
        self.setAccessibleName(self.tr("Who spoke when"))

    def value(self) -> int | str | None:
        if self.off.isChecked():
            return None
        return AUTO_SPEAKERS if self.estimate.isChecked() else self.count.value()


class TranscribeOptionsDialog(QDialog):
    """Model, mode and speakers for one job."""

    def __init__(self, study, label: str, parent=None):
        super().__init__(parent)
        from desktop.queue.jobs import preferences
        from transcribe.device import choose_device

        prefs = preferences()
        choice = choose_device(prefs["device"])
        self.setWindowTitle(self.tr("Transcribe %1").replace("%1", label))
        form = QFormLayout()
        self.model = QComboBox()
        self.model.setAccessibleName(self.tr("Model for this transcription"))
        try:
            items = self._model_items(choice)
        except VeldwerkError:
            items = [("base", "base")]
        for text, name in items:
            self.model.addItem(text, name)
        current = study.get_setting("model") or "base"
        self.model.setCurrentIndex(max(0, self.model.findData(current)))
        form.addRow(self.tr("&Model:"), self.model)
        device = QLabel(self.tr("Runs on: %1").replace("%1", device_text(choice)))
        device.setWordWrap(True)
        form.addRow("", device)
        self.fast = QCheckBox(self.tr("Fast draft (quicker, slightly less accurate)"))
        self.fast.setChecked(prefs["fast"])
        form.addRow("", self.fast)
        self.speakers = SpeakersChoice(prefs["speakers"])
        form.addRow(self.tr("Who spoke &when:"), self.speakers)
        hint = QLabel(self.tr("An interview expects two: the interviewer and the participant."))
        hint.setStyleSheet("color: palette(mid);")
        form.addRow("", hint)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Transcribe"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def _model_items(self, choice) -> list[tuple[str, str]]:
        from transcribe.models import list_models

        return [(f"{m.name}  ({speed_text(m.name, choice)})", m.name) for m in list_models()]

    def options(self) -> dict:
        return {"model": self.model.currentData(), "fast": self.fast.isChecked(), "speakers": self.speakers.value()}


def device_text(choice) -> str:
    """The device in the UI's language, with the note when the CPU runs for want of a GPU."""
    if choice.device == "cuda":
        return QCoreApplication.translate("TranscriptionDevice", "NVIDIA GPU (%1)").replace("%1", choice.compute_type)
    text = QCoreApplication.translate("TranscriptionDevice", "CPU (%1)").replace("%1", choice.compute_type)
    if choice.note == NO_GPU_NOTE:
        text += " — " + QCoreApplication.translate("TranscriptionDevice", "no NVIDIA GPU seen by CTranslate2")
    return text


def speed_text(model: str, choice) -> str:
    """"one hour of audio ≈ N min" from the stored measurement, or "speed not measured"."""
    from transcribe.speed import expected_seconds, expected_speed

    hour = expected_seconds(expected_speed(model, choice), 3600)
    if hour is None:
        return QCoreApplication.translate("TranscriptionDevice", "speed not measured")
    return QCoreApplication.translate("TranscriptionDevice", "one hour of audio ≈ %1 min").replace("%1", f"{hour / 60:.0f}")


class SpeedWorker(ThreadWorker):
    """Measures the speed of each model (transcribe.speed.measure_speed) in a background thread."""

    measured = Signal(str)
    failed = Signal(str, str)

    def __init__(self, models: list[str], choice, parent=None):
        super().__init__(parent)
        self.models, self.choice = models, choice

    def run(self) -> None:
        from transcribe.speed import measure_speed

        for name in self.models:
            try:
                measure_speed(name, self.choice)
            except VeldwerkError as exc:
                self.post("failed", name, refusal(exc))
            else:
                self.post("measured", name)
