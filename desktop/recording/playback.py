"""Playing a stored recording (for example a consent clip) through QtMultimedia, from memory."""
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, Signal
from PySide6.QtMultimedia import QAudio, QAudioFormat, QAudioSink, QMediaDevices


class PcmPlayer(QObject):
    """Plays mono PCM16 bytes; nothing touches the disk."""

    finished = Signal()
    error = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.sink: QAudioSink | None = None
        self.buffer: QBuffer | None = None

    def play(self, pcm: bytes, sample_rate: int) -> bool:
        self.stop()
        fmt = QAudioFormat()
        fmt.setSampleRate(sample_rate)
        fmt.setChannelCount(1)
        fmt.setSampleFormat(QAudioFormat.Int16)
        device = QMediaDevices.defaultAudioOutput()
        if device.isNull():
            self.error.emit(self.tr("No audio output device found."))
            return False
        self.data = QByteArray(pcm)
        self.buffer = QBuffer(self)
        self.buffer.setData(self.data)
        self.buffer.open(QIODevice.ReadOnly)
        self.sink = QAudioSink(device, fmt, self)
        self.sink.stateChanged.connect(self._state)
        self.sink.start(self.buffer)
        return True

    def stop(self) -> None:
        if self.sink is not None:
            self.sink.stop()
            self.sink.deleteLater()
            self.sink = None
        if self.buffer is not None:
            self.buffer.close()
            self.buffer = None

    def playing(self) -> bool:
        return self.sink is not None and self.sink.state() == QAudio.ActiveState

    def _state(self, state) -> None:
        if state == QAudio.IdleState:
            self.stop()
            self.finished.emit()
