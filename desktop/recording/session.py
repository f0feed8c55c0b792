"""A take as a QObject: the core Recorder runs its own threads; its callbacks become Qt signals.

The recorder calls back on its plain Python writer thread. Emitting Qt signals from such a
thread corrupts reference counts in PySide6 6.12 (a crash some seconds later), so the
callbacks only put events on a queue that a timer on the UI thread empties and signals.
"""
import queue

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from desktop.i18n import refusal
from transcribe.capture.input_watch import InputWatch
from transcribe.capture.levels import Level
from transcribe.capture.recorder import Recorder


class TakeSession(QObject):
    """Records one take into a sink (a RecordingWriter). Signals arrive on the thread that owns this object."""

    level = Signal(float, float, int)  # rms dBFS, peak dBFS, paused (0/1)
    warning = Signal(str, str)  # kind ("silent", "clipping", "low_disk", "status", ...), message
    failed = Signal(str)  # a fatal problem: the take ended (what was saved is kept)
    ended = Signal(object)  # RecordingResult

    def __init__(self, sink, device=None, disk_path=None, samplerate: int = 16000, parent=None):
        super().__init__(parent)
        self.sink = sink
        self.recorder = Recorder(
            sink, device, samplerate,
            on_level=self._on_level, on_error=self._on_error, on_low_disk=self._on_low_disk,
            on_end=self._on_end, disk_path=disk_path,
        )
        self.watch = InputWatch()
        self.result = None
        self._events: queue.SimpleQueue = queue.SimpleQueue()
        # Messages are translated here, on the UI thread; the callbacks only pick them.
        self._msg_silent = self.tr("The input has been silent for %1 seconds: is the microphone on and the right one chosen?").replace("%1", f"{self.watch.silent_seconds:.0f}")
        self._msg_clip = self.tr("The input is clipping (too loud): move the microphone away or lower the input volume.")
        self._msg_low_disk = self.tr("Low disk space: about %1 minutes of recording still fit.")
        # an issue the core words only in English (a library's or a step's own text): a sentence, then that text
        self._msg_not_saved = self.tr("Recording stopped: the audio could not be saved; what reached the disk is kept.")
        self._msg_status = self.tr("The audio device reported a problem; listen back to this part of the recording.")
        self._msg_step = self.tr("A step of the recording went wrong; the recording goes on.")
        self._detail = QCoreApplication.translate("Refusal", "Technical detail: %1")
        self._pump = QTimer(self)
        self._pump.setInterval(40)
        self._pump.timeout.connect(self.pump)

    # -- control (UI thread) --------------------------------------------------------------
    def start(self) -> None:
        """Open the device; raises DeviceError (the sink is then dropped)."""
        self.recorder.start()
        self._pump.start()

    def pump(self) -> None:
        """Deliver what the recorder reported as signals (UI thread)."""
        while True:
            try:
                name, args = self._events.get_nowait()
            except queue.Empty:
                return
            getattr(self, name).emit(*args)

    def pause(self) -> None:
        self.recorder.pause()

    def resume(self) -> None:
        self.recorder.resume()

    def mark(self, label: str = ""):
        return self.recorder.mark(label)

    def stop(self):
        """End the take and keep everything; returns the RecordingResult."""
        self.result = self.recorder.stop()
        self._pump.stop()
        self.pump()
        return self.result

    @property
    def state(self) -> str:
        return self.recorder.state

    @property
    def elapsed(self) -> float:
        return self.recorder.elapsed

    @property
    def overflows(self) -> int:
        return self.recorder.overflows

    # -- callbacks (capture writer thread) -------------------------------------------------
    def _on_level(self, lv: Level) -> None:
        self._events.put(("level", (float(lv.rms_dbfs), float(lv.peak_dbfs), 1 if lv.paused else 0)))
        for event in self.watch.feed(lv):
            message = {"silent": self._msg_silent, "clipping": self._msg_clip}.get(event, "")
            self._events.put(("warning", (event, message)))

    def _on_error(self, issue) -> None:
        if issue.fatal:
            text = refusal(issue.error) if issue.error is not None else self._worded(self._msg_not_saved, issue.message)
            self._events.put(("failed", (text,)))
        elif issue.kind != "low_disk":
            sentence = self._msg_status if issue.kind == "status" else self._msg_step
            self._events.put(("warning", (issue.kind, self._worded(sentence, issue.message))))

    def _worded(self, sentence: str, detail: str) -> str:
        """A sentence in the UI's language, the core's English text after it as a technical detail."""
        return f"{sentence} {self._detail.replace('%1', detail)}" if detail else sentence

    def _on_low_disk(self, free: int, seconds_left: float) -> None:
        minutes = int(seconds_left // 60)
        self._events.put(("warning", ("low_disk", self._msg_low_disk.replace("%1", str(minutes)),)))

    def _on_end(self, result) -> None:
        self.result = result
        self._events.put(("ended", (result,)))

