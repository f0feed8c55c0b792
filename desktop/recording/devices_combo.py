"""The input device picker (remembers the choice by name in QSettings)."""
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox

from desktop.i18n import refusal
from storage.errors import DeviceError
from transcribe.capture.devices import list_input_devices


class DeviceCombo(QComboBox):
    """Lists input devices; current_device() is the PortAudio index (None = system default)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.error = ""
        self.currentIndexChanged.connect(self._remember)

    def reload(self) -> None:
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("System default"), None)
        try:
            devices = list_input_devices()
            self.error = ""
        except DeviceError as exc:
            devices = []
            self.error = refusal(exc)
        for d in devices:
            label = d.name + (" " + self.tr("(default)") if d.is_default else "")
            self.addItem(label, d.index)
        wanted = QSettings().value("recording/device", "")
        for i in range(self.count()):
            if wanted and self.itemText(i).startswith(wanted):
                self.setCurrentIndex(i)
        self.blockSignals(False)

    def current_device(self):
        return self.currentData()

    def _remember(self) -> None:
        if self.currentData() is not None:
            QSettings().setValue("recording/device", self.currentText().replace(" " + self.tr("(default)"), ""))
        else:
            QSettings().setValue("recording/device", "")
