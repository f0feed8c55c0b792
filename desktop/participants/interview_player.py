"""The player of an interview that has no (finished) transcript yet: waveform, play/pause, ±5 s and
speed, the same pieces the transcript editor uses, so a recording can be listened to before (or
without) a transcription. The audio plays from memory, as in the editor."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.editor.controls import PlayerControls
from desktop.editor.player import AudioPlayer
from desktop.editor.waveform import Waveform


class InterviewPlayer(QWidget):
    """Plays the main recording of one interview; `loaded` says whether there was audio to play."""

    def __init__(self, study, interview_id: int, parent=None):
        super().__init__(parent)
        self.setObjectName("interview_player")
        self.player = AudioPlayer(study, self)
        self.waveform = Waveform()
        self.controls = PlayerControls(self.player)
        self.shortcuts = self.controls.install_shortcuts(self)   # the editor's player keys, here too
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.waveform)
        layout.addWidget(self.controls)
        self.waveform.seekRequested.connect(self.player.play)   # play from the clicked time
        self.player.positionChanged.connect(self.waveform.set_position)
        self.loaded = self.player.load_interview(interview_id)
        if self.loaded:
            self.waveform.load(study, study.recordings.get(self.player.recording_id))
        else:
            self.controls.setEnabled(False)
        self.setFocusPolicy(Qt.StrongFocus)

    def stop(self) -> None:
        self.player.stop()
