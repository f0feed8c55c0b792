"""Recording the verbal consent clip: record/stop, a live level meter and a replay button."""
from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.i18n import refusal
from desktop.recording.playback import PcmPlayer
from desktop.recording.session import TakeSession
from desktop.widgets.level_meter import LevelMeter
from storage.errors import VeldwerkError
from storage.timefmt import clock
from transcribe.capture.takes import begin_consent_clip


class ClipRecorder(QWidget):
    """Emits clip_changed(recording_id or 0) when a clip is saved or discarded."""

    clip_changed = Signal(int)

    def __init__(self, study, parent=None):
        super().__init__(parent)
        self.study = study
        self.code: str | None = None
        self.device = None
        self.session: TakeSession | None = None
        self.recording_id: int | None = None
        self.player = PcmPlayer(self)
        self.record_button = QPushButton(self.tr("Record consent clip"))
        self.record_button.setAccessibleName(self.tr("Record or stop the consent clip"))
        self.record_button.setMinimumHeight(36)
        self.record_button.clicked.connect(self.toggle)
        self.replay_button = QPushButton(self.tr("Replay"))
        self.replay_button.setAccessibleName(self.tr("Replay the consent clip"))
        self.replay_button.setEnabled(False)
        self.replay_button.clicked.connect(self.replay)
        self.player.finished.connect(self._replay_ended)
        self.meter = LevelMeter()
        self.time = QLabel("0:00:00")
        self.status = QLabel()
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.record_button)
        row.addWidget(self.replay_button)
        row.addWidget(self.time)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.meter)
        layout.addWidget(self.status)
        self.timer = QTimer(self)
        self.timer.setInterval(200)
        self.timer.timeout.connect(lambda: self.time.setText(clock(self.session.elapsed)) if self.session else None)

    def recording(self) -> bool:
        return self.session is not None

    def toggle(self) -> None:
        if self.session is None:
            self.start()
        else:
            self.stop()

    def start(self) -> bool:
        self.player.stop()
        try:
            sink = begin_consent_clip(self.study, self.code)
        except VeldwerkError as exc:
            self.status.setText(refusal(exc))
            return False
        session = TakeSession(sink, device=self.device, disk_path=self.study.path, parent=self)
        session.level.connect(lambda rms, peak, paused: self.meter.set_level(rms, peak))
        try:
            session.start()
        except (VeldwerkError, OSError) as exc:
            self.status.setText(self.tr("Recording could not start: %1").replace("%1", refusal(exc)))
            return False
        self.session = session
        self.record_button.setText(self.tr("Stop clip"))
        self.replay_button.setEnabled(False)
        self.status.setText(self.tr("Recording… ask the participant to say that they agree, then stop."))
        self.timer.start()
        return True

    def stop(self) -> int | None:
        if self.session is None:
            return self.recording_id
        result = self.session.stop()
        self.session = None
        self.timer.stop()
        self.meter.reset()
        self.record_button.setText(self.tr("Record again"))
        if result.frames and result.saved:
            if self.recording_id:
                self.study.recordings.delete(self.recording_id)  # an unused earlier attempt
            self.recording_id = int(result.saved)
            self.time.setText(clock(result.seconds))
            self.status.setText(self.tr("Consent clip saved (%1). Replay it to check it is audible.").replace("%1", clock(result.seconds)))
            self.replay_button.setEnabled(True)
        else:
            self.status.setText(self.tr("Nothing was recorded; try again."))
        self.clip_changed.emit(self.recording_id or 0)
        return self.recording_id

    def replay(self) -> None:
        """Play the clip; while it plays the button reads Stop and stops it."""
        if self.replaying():
            self.player.stop()
            self._replay_ended()
            return
        if not self.recording_id:
            return
        rec = self.study.recordings.get(self.recording_id)
        pcm = self.study.recordings.read_pcm(self.recording_id).tobytes()
        if not self.player.play(pcm, rec.sample_rate):
            self.status.setText(self.tr("No audio output to replay on."))
            return
        self.replay_button.setText(self.tr("■ Stop"))
        self.replay_button.setAccessibleName(self.tr("Stop playing the consent clip"))

    def replaying(self) -> bool:
        return self.player.sink is not None

    def _replay_ended(self) -> None:
        self.replay_button.setText(self.tr("Replay"))
        self.replay_button.setAccessibleName(self.tr("Replay the consent clip"))

    def discard(self) -> None:
        """Drop an unused clip (the wizard was cancelled)."""
        if self.session is not None:
            self.session.recorder.cancel()
            self.session = None
        self.player.stop()
        if self.recording_id:
            try:
                self.study.recordings.delete(self.recording_id)
            except VeldwerkError:
                pass
            self.recording_id = None
