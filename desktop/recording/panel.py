"""The recording screen: one big record button, pause, stop, elapsed time, level meter, rolling
waveform, markers (M) with an optional label, the input device picker and warnings."""
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.coding.labels import role_label
from desktop.i18n import refusal
from desktop.recording.devices_combo import DeviceCombo
from desktop.recording.session import TakeSession
from desktop.widgets.level_meter import LevelMeter
from desktop.widgets.waveform import RollingWaveform
from storage.errors import VeldwerkError
from storage.timefmt import clock
from transcribe.capture.takes import begin_interview_take, begin_session_take, end_take

RECORD_STYLE = (
    "QPushButton { background: #d32f2f; color: white; border-radius: 36px; font-size: 17px; font-weight: bold; }"
    "QPushButton:disabled { background: #bdbdbd; }"
)
STOP_STYLE = (
    "QPushButton { background: #424242; color: white; border-radius: 36px; font-size: 17px; font-weight: bold; }"
)


class RecordingPanel(QWidget):
    """Records a new interview of one participant. Emits recorded(interview_id) after a take is saved."""

    recorded = Signal(int)
    state_changed = Signal(str)  # ready / recording / paused
    transcribe_requested = Signal(int)   # the take's "Transcribe" button (interview id)
    open_requested = Signal(int)         # the take's "Open interview" button

    def __init__(self, study, parent=None):
        super().__init__(parent)
        self.study = study
        self.code: str | None = None
        self.session_id: int | None = None  # recording a focus group or meeting (prepare_session)
        self.session: TakeSession | None = None
        self.interview_id: int | None = None
        self.last_result = None

        self.title = QLabel()
        font = QFont(self.title.font())
        font.setPointSize(font.pointSize() + 5)
        font.setBold(True)
        self.title.setFont(font)
        self.devices = DeviceCombo()
        self.devices.setAccessibleName(self.tr("Input device"))
        self.refresh_devices = QPushButton(self.tr("Refresh"))
        self.refresh_devices.setAccessibleName(self.tr("Refresh the list of input devices"))
        self.refresh_devices.clicked.connect(self.devices.reload)

        self.record_button = QPushButton(self.tr("Record"))
        self.record_button.setAccessibleName(self.tr("Start or stop recording"))
        self.record_button.setToolTip(self.tr("Start recording (Ctrl+R); press again to stop and save"))
        self.record_button.setFixedSize(150, 72)
        self.record_button.setStyleSheet(RECORD_STYLE)
        self.record_button.clicked.connect(self.toggle_record)
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.setAccessibleName(self.tr("Pause or resume recording"))
        self.pause_button.setToolTip(self.tr("Pause or resume (Ctrl+P)"))
        self.pause_button.setFixedSize(110, 48)
        self.pause_button.setEnabled(False)
        self.pause_button.clicked.connect(self.toggle_pause)

        self.elapsed = QLabel("0:00:00")
        big = QFont(self.elapsed.font())
        big.setPointSize(big.pointSize() * 3)
        big.setFamily("monospace")
        self.elapsed.setFont(big)
        self.elapsed.setAccessibleName(self.tr("Elapsed recording time"))
        self.state_label = QLabel(self.tr("Ready"))

        self.meter = LevelMeter()
        self.wave = RollingWaveform()
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("background: #fff3e0; color: #7a4100; padding: 6px; border-radius: 4px;")
        self.warning.hide()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("background: #fdecea; color: #8c1d18; padding: 6px; border-radius: 4px;")
        self.error.hide()

        self.marker_label = QLineEdit()
        self.marker_label.setPlaceholderText(self.tr("optional marker label, Enter to set"))
        self.marker_label.setAccessibleName(self.tr("Marker label"))
        self.marker_label.returnPressed.connect(self.add_marker)
        self.marker_button = QPushButton(self.tr("Marker (M)"))
        self.marker_button.setAccessibleName(self.tr("Set a marker"))
        self.marker_button.setToolTip(self.tr("Mark this moment (M)"))
        self.marker_button.setEnabled(False)
        self.marker_button.clicked.connect(self.add_marker)
        self.markers = QListWidget()
        self.markers.setAccessibleName(self.tr("Markers in this take"))
        self.markers.setMaximumHeight(110)
        self.stats = QLabel()
        self.stats.setStyleSheet("color: palette(mid);")
        self.take_box = QFrame()          # after a take: what was saved and the next step
        self.take_box.setObjectName("take_box")
        self.take_box.setStyleSheet("#take_box { background: #e8f5e9; border-radius: 4px; }")
        self.take_text = QLabel()
        self.take_text.setWordWrap(True)
        self.transcribe_button = QPushButton(self.tr("Transcribe"))
        self.transcribe_button.setAccessibleName(self.tr("Transcribe this take"))
        self.transcribe_button.setToolTip(self.tr("Transcribe this take on this laptop (Ctrl+T)"))
        self.transcribe_button.setMinimumHeight(36)
        self.transcribe_button.setStyleSheet("QPushButton { background: #1565c0; color: white; font-weight: bold; padding: 0 18px; }"
                                             "QPushButton:disabled { background: #bdbdbd; }")
        self.transcribe_button.clicked.connect(lambda: self.taken_id and self.transcribe_requested.emit(self.taken_id))
        self.open_button = QPushButton(self.tr("Open interview"))
        self.open_button.setAccessibleName(self.tr("Open the interview of this take"))
        self.open_button.setMinimumHeight(36)
        self.open_button.clicked.connect(lambda: self.taken_id and self.open_requested.emit(self.taken_id))
        box = QHBoxLayout(self.take_box)
        box.addWidget(self.take_text, 1)
        box.addWidget(self.transcribe_button)
        box.addWidget(self.open_button)
        self.take_box.hide()
        self.taken_id: int | None = None

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(QLabel(self.tr("Input:")))
        top.addWidget(self.devices, 2)
        top.addWidget(self.refresh_devices)
        controls = QGridLayout()
        controls.addWidget(self.record_button, 0, 0, 2, 1)
        controls.addWidget(self.pause_button, 0, 1, 2, 1)
        controls.addWidget(self.elapsed, 0, 2)
        controls.addWidget(self.state_label, 1, 2)
        controls.setColumnStretch(2, 1)
        controls.setHorizontalSpacing(16)
        marker_row = QHBoxLayout()
        marker_row.addWidget(self.marker_label, 1)
        marker_row.addWidget(self.marker_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addLayout(controls)
        layout.addWidget(self.meter)
        layout.addWidget(self.wave, 1)
        layout.addWidget(self.warning)
        layout.addWidget(self.error)
        layout.addLayout(marker_row)
        layout.addWidget(self.markers)
        layout.addWidget(self.stats)
        layout.addWidget(self.take_box)

        self.mark_shortcut = QShortcut(QKeySequence("M"), self, self.add_marker)
        self.mark_shortcut.setContext(Qt.WidgetWithChildrenShortcut)
        self.mark_shortcut.setWhatsThis(self.tr("Set a marker"))
        self.timer = QTimer(self)
        self.timer.setInterval(200)
        self.timer.timeout.connect(self._tick)
        self.wave.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)

    # -- participant -----------------------------------------------------------------------
    def prepare(self, code: str) -> None:
        """Get ready to record the participant (does not start)."""
        if self.is_recording():
            return
        self.code = code
        self.session_id = None
        p = self.study.participants.get(code)
        self.title.setText(self.tr("New interview with %1 (%2)").replace("%1", code).replace("%2", role_label(self.study, p["role"])))
        self._reset()

    def prepare_session(self, session_id: int) -> None:
        """Get ready to record a focus group or meeting that exists (everyone present is checked on start)."""
        from desktop.sessions import recording_title

        if self.is_recording():
            return
        session = self.study.sessions.get(session_id)
        self.code, self.session_id = session["participant"], session_id
        self.title.setText(recording_title(self.study, session))
        self._reset()

    def _reset(self) -> None:
        self.error.hide()
        self.warning.hide()
        self.take_box.hide()
        self.taken_id = None
        self.markers.clear()
        self.elapsed.setText("0:00:00")
        self.state_label.setText(self.tr("Ready"))
        self.meter.reset()
        self.wave.clear()
        if self.devices.count() == 0:
            self.devices.reload()
        self.record_button.setFocus()

    def is_recording(self) -> bool:
        return self.session is not None and self.session.state in ("recording", "paused")

    # -- actions -----------------------------------------------------------------------------
    def toggle_record(self) -> None:
        if self.is_recording():
            self.stop()
        else:
            self.start()

    def start(self) -> bool:
        """Consent check, new interview, open the device; shows the reason when it cannot start."""
        if self.code is None or self.is_recording():
            return False
        self.error.hide()
        self.warning.hide()
        try:
            if self.session_id is not None:  # a focus group or meeting: everyone present must consent
                self.interview_id, sink = self.session_id, begin_session_take(self.study, self.session_id)
            else:
                self.interview_id, sink = begin_interview_take(self.study, self.code)
        except VeldwerkError as exc:
            self._show_error(refusal(exc))
            return False
        session = TakeSession(sink, device=self.devices.current_device(), disk_path=self.study.path, parent=self)
        session.level.connect(self._level)
        session.warning.connect(self._warning)
        session.failed.connect(self._failed)
        session.ended.connect(self._ended)
        try:
            session.start()
        except (VeldwerkError, OSError) as exc:
            end_take(self.study, self.interview_id, 0)
            self.interview_id = None
            session.deleteLater()
            self._show_error(self.tr("Recording could not start: %1").replace("%1", refusal(exc)))
            return False
        self.session = session
        self.take_box.hide()
        self.taken_id = None
        self.markers.clear()
        self.wave.clear()
        self._set_state("recording")
        self.timer.start()
        return True

    def toggle_pause(self) -> None:
        if not self.is_recording():
            return
        if self.session.state == "paused":
            self.session.resume()
            self._set_state("recording")
        else:
            self.session.pause()
            self._set_state("paused")

    def add_marker(self) -> None:
        if not self.is_recording():
            return
        marker = self.session.mark(self.marker_label.text().strip())
        self.marker_label.clear()
        self.markers.addItem(f"{clock(marker.seconds)}  {marker.label}".rstrip())
        self.markers.scrollToBottom()
        self.wave.mark()

    def stop(self):
        """Stop and save the take; returns the interview id."""
        if self.session is None:
            return None
        result = self.session.stop()
        return self._finish(result)

    # -- callbacks -----------------------------------------------------------------------------
    def _finish(self, result):
        if self.session is None:
            return self.interview_id
        self.timer.stop()
        self.session = None
        self.last_result = result
        interview_id = self.interview_id
        self._set_state("ready")
        self.meter.reset()
        if result is not None and not end_take(self.study, interview_id, result.frames):
            self._show_error(self.tr("Nothing was recorded."))
            return None
        if result is not None:
            self.elapsed.setText(clock(result.seconds))
            self.stats.setText(self.tr("Saved %1 of audio, %2 marker(s), %3 input overflow(s).")
                               .replace("%1", clock(result.seconds)).replace("%2", str(len(result.markers)))
                               .replace("%3", str(result.overflows)))
            self.show_take(interview_id, result.seconds, len(result.markers))
        self.recorded.emit(interview_id)
        return interview_id

    def show_take(self, interview_id: int, seconds: float, markers: int) -> None:
        """The saved take and the next step: Transcribe (when consent covers it) or open the interview."""
        from desktop.participants.consent_state import allows
        from storage.consent.forms import ConsentItem

        self.taken_id = interview_id
        text = self.tr("Take saved: %1 of audio, %2 marker(s).").replace("%1", clock(seconds)).replace("%2", str(markers))
        participant = self.study.participants.get(self.code) if self.code else None
        can = participant is not None and allows(self.study, participant, ConsentItem.TRANSCRIPTION)
        self.transcribe_button.setEnabled(can)
        self.transcribe_button.show()
        if not can:
            text += " " + self.tr("%1 has not consented to transcription (item 2), so it cannot be transcribed.").replace("%1", self.code or "")
        self.take_text.setText(text)
        self.take_box.show()

    def transcription_started(self) -> None:
        """The take went into the transcription queue (by the button or by the setting)."""
        self.transcribe_button.hide()
        self.take_text.setText(self.take_text.text() + " " + self.tr("Transcription started; it runs in the background."))

    def _ended(self, result) -> None:
        """The take ended by itself (device lost, disk full): keep what was saved."""
        if self.session is not None and result is not None and result.ended_by != "stopped":
            self._finish(result)

    def _failed(self, message: str) -> None:
        self._show_error(message + " " + self.tr("Everything recorded up to that moment is saved."))

    def _level(self, rms: float, peak: float, paused: int) -> None:
        self.meter.set_level(rms, peak)
        self.wave.paused = bool(paused)
        self.wave.push(peak)

    def _warning(self, kind: str, message: str) -> None:
        if kind == "silent_over":
            self.warning.hide()
            return
        self.warning.setText(message)
        self.warning.show()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _tick(self) -> None:
        if self.session is None:
            return
        self.elapsed.setText(clock(self.session.elapsed))
        self.stats.setText(self.tr("Input overflows: %1").replace("%1", str(self.session.overflows)))

    def _set_state(self, state: str) -> None:
        recording = state in ("recording", "paused")
        self.record_button.setText(self.tr("Stop") if recording else self.tr("Record"))
        self.record_button.setStyleSheet(STOP_STYLE if recording else RECORD_STYLE)
        self.record_button.setToolTip(self.tr("Stop and save (Ctrl+R)") if recording else self.tr("Start recording (Ctrl+R)"))
        self.pause_button.setEnabled(recording)
        self.pause_button.setText(self.tr("Resume") if state == "paused" else self.tr("Pause"))
        self.marker_button.setEnabled(recording)
        self.devices.setEnabled(not recording)
        self.state_label.setText({"recording": self.tr("Recording…"), "paused": self.tr("Paused"), "ready": self.tr("Ready")}[state])
        self.state_changed.emit(state)
