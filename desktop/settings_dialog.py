"""Settings: the study's model (from the model library, with Add model folder… and the speed measured on
this computer), the device that runs, CPU threads, fast mode, who spoke when by default, the study's
glossary and the UI language."""
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop import i18n
from desktop.i18n import refusal
from storage.errors import VeldwerkError


def _size(n: int) -> str:
    return f"{n / 2**20:.0f} MB" if n < 2**30 else i18n.decimal(n / 2**30) + " GB"


class SettingsDialog(QDialog):
    def __init__(self, study=None, parent=None):
        super().__init__(parent)
        self.study = study
        self.language_changed = False
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(520)
        form = QFormLayout()
        self.model = QComboBox()
        self.model.setAccessibleName(self.tr("Transcription model"))
        add = QPushButton(self.tr("Add model folder…"))
        add.setAccessibleName(self.tr("Add a model folder to the library"))
        add.clicked.connect(self.add_model)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.model, 1)
        row.addWidget(add)
        holder = QWidget()
        holder.setLayout(row)
        form.addRow(self.tr("&Model:"), holder)
        self.model_note = QLabel()
        self.model_note.setWordWrap(True)
        self.model_note.setStyleSheet("color: palette(mid);")
        form.addRow("", self.model_note)
        from desktop.queue.options import SpeakersChoice, device_preference, device_text, speakers_preference
        from transcribe.device import choose_device

        self.device_pick = QComboBox()
        self.device_pick.setAccessibleName(self.tr("Device for transcription"))
        self.device_pick.addItem(self.tr("Automatic (NVIDIA GPU when there is one)"), "auto")
        self.device_pick.addItem(self.tr("CPU only"), "cpu")
        self.device_pick.setCurrentIndex(max(0, self.device_pick.findData(device_preference())))
        form.addRow(self.tr("&Device:"), self.device_pick)
        self.device_choice = choose_device(device_preference())
        self.device = QLabel(device_text(self.device_choice))
        self.device.setWordWrap(True)

        def device_changed(_index):
            self.device_choice = choose_device(self.device_pick.currentData())
            self.device.setText(device_text(self.device_choice))
            self.reload_models(self.model.currentData())

        self.device_pick.currentIndexChanged.connect(device_changed)
        self.measure = QPushButton(self.tr("Measure speed"))
        self.measure.setAccessibleName(self.tr("Measure each model's speed on this computer"))
        self.measure.clicked.connect(self.measure_speed)
        self.speed_worker = None
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.device, 1)
        row.addWidget(self.measure)
        holder = QWidget()
        holder.setLayout(row)
        form.addRow(self.tr("Runs on:"), holder)
        self.speakers = SpeakersChoice(speakers_preference())
        form.addRow(self.tr("Who spoke &when:"), self.speakers)

        from transcribe.engine import default_threads

        self.threads = QSpinBox()
        self.threads.setRange(0, 64)
        self.threads.setSpecialValueText(self.tr("Automatic (%1)").replace("%1", str(default_threads())))
        self.threads.setAccessibleName(self.tr("CPU threads"))
        self.threads.setValue(int(QSettings().value("transcription/threads", 0) or 0))
        form.addRow(self.tr("CPU &threads:"), self.threads)
        self.fast = QCheckBox(self.tr("Fast mode by default (quicker draft, slightly less accurate)"))
        self.fast.setChecked(QSettings().value("transcription/fast", False) in (True, "true"))
        form.addRow("", self.fast)
        from desktop.queue.options import transcribe_after_recording

        self.after_recording = QCheckBox(self.tr("Transcribe a recording as soon as it is saved"))
        self.after_recording.setChecked(transcribe_after_recording())
        form.addRow("", self.after_recording)

        self.glossary = QPlainTextEdit()
        self.glossary.setAccessibleName(self.tr("Glossary: one word per line"))
        self.glossary.setPlaceholderText(self.tr("one word per line, for example GGD, klankbordgroep"))
        self.glossary.setMaximumHeight(110)
        if study is not None:
            self.glossary.setPlainText("\n".join(study.glossary))
        else:
            self.glossary.setEnabled(False)
        form.addRow(self.tr("Study &glossary:"), self.glossary)

        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the app"))
        for code, label in i18n.LANGUAGES.items():
            self.language.addItem(label, code)
        self.language.setCurrentIndex(self.language.findData(i18n.ui_language()))
        form.addRow(self.tr("App &language:"), self.language)

        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.reload_models()

    def reload_models(self, select: str | None = None) -> None:
        from transcribe.models import list_models

        current = select or (self.study.get_setting("model") if self.study else None) or "base"
        self.model.clear()
        try:
            models = list_models()
        except VeldwerkError as exc:
            self.error.setText(refusal(exc))
            models = []
        from desktop.queue.options import speed_text

        for m in models:
            languages = {"multilingual": self.tr("multilingual"), "en": self.tr("English only")}.get(m.languages, m.languages)
            label = f"{m.name}  ({_size(m.size_bytes)}, {languages}; {speed_text(m.name, self.device_choice)})"
            if not m.available:
                label += "  " + self.tr("not reachable")
            self.model.addItem(label, m.name)
        index = self.model.findData(current)
        self.model.setCurrentIndex(max(0, index))
        self.model.setEnabled(self.study is not None)
        self.model_note.setText(self.tr("Veldwerk never downloads models. Bring larger ones (small, medium, large-v3) "
                                        "as a CTranslate2 folder, for example on a USB stick."))

    def add_model(self) -> None:
        from transcribe.models import add_model

        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a CTranslate2 Whisper model folder"))
        if not folder:
            return
        try:
            info = add_model(folder)
        except VeldwerkError as exc:
            self.error.setText(refusal(exc))
            return
        self.reload_models(select=info.name)

    def measure_speed(self) -> None:
        """Measure every reachable model once on this computer (in the background) and show the result."""
        from desktop.queue.options import SpeedWorker
        from transcribe.models import list_models

        try:
            names = [m.name for m in list_models() if m.available]
        except VeldwerkError as exc:
            self.error.setText(refusal(exc))
            return
        self.measure.setEnabled(False)
        self.measure.setText(self.tr("Measuring…"))
        worker = SpeedWorker(names, self.device_choice, self)
        worker.measured.connect(lambda _name: self.reload_models(self.model.currentData()))
        worker.failed.connect(lambda name, why: self.error.setText(f"{name}: {why}"))
        worker.finished.connect(self._measured)
        self.speed_worker = worker
        worker.start()

    def _measured(self) -> None:
        self.speed_worker = None
        self.measure.setEnabled(True)
        self.measure.setText(self.tr("Measure speed"))

    def done(self, result) -> None:  # noqa: D401 - wait for a measurement before the dialog goes
        if self.speed_worker is not None:
            self.speed_worker.wait()
        super().done(result)

    def save(self) -> None:
        from desktop.queue.options import AFTER_RECORDING_KEY, DEVICE_KEY, set_speakers_preference

        set_speakers_preference(self.speakers.value())
        QSettings().setValue(DEVICE_KEY, self.device_pick.currentData())
        settings = QSettings()
        settings.setValue("transcription/threads", self.threads.value())
        settings.setValue("transcription/fast", self.fast.isChecked())
        settings.setValue(AFTER_RECORDING_KEY, self.after_recording.isChecked())
        if self.study is not None:
            model = self.model.currentData()
            if model != (self.study.get_setting("model") or "base"):
                self.study.set_setting("model", None if model == "base" else model)
            words = [w.strip() for w in self.glossary.toPlainText().splitlines() if w.strip()]
            if words != self.study.glossary:
                self.study.set_setting("glossary", words)
        language = self.language.currentData()
        if language != i18n.ui_language():
            i18n.set_ui_language(language)
            self.language_changed = True
        self.accept()
