"""Playing an interview's audio from memory, with a position the editor follows.

The PCM comes from the study (`recordings.read_pcm`) in blocks read on the UI thread and
kept in memory; a sounddevice stream plays it. Nothing is written to disk, so an encrypted
study stays encrypted. Speed changes keep the pitch (FFmpeg atempo, see tempo.py). When no
output device can be opened the player keeps time on a clock so the editor still follows.
"""
import threading
import time
import weakref

import numpy as np
from PySide6.QtCore import QObject, QSettings, QTimer, Signal

from desktop.editor.tempo import TempoFilter

AHEAD_SECONDS = 20.0   # audio kept ready ahead of the play position
BLOCK = 1024           # device block size in frames
SPEEDS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)


class _Feed:
    """Source samples from `start` (frame), topped up by the UI thread, consumed by the audio thread."""

    def __init__(self):
        self.lock = threading.Lock()
        self.reset(0)

    def reset(self, start: int) -> None:
        self.start = start          # first frame held in `data`
        self.data = np.zeros(0, dtype=np.int16)
        self.read = start           # next source frame to hand to the filter

    def end(self) -> int:
        return self.start + len(self.data)

    def append(self, samples: np.ndarray) -> None:
        keep = max(0, self.read - self.start - 16000)  # drop what has been played (keep a second)
        self.data = np.concatenate([self.data[keep:], samples])
        self.start += keep

    def take(self, n: int) -> np.ndarray:
        lo = self.read - self.start
        out = self.data[lo : lo + n]
        self.read += len(out)
        return out


class AudioPlayer(QObject):
    """Plays a recording of the study; reports its position in seconds.

    Signals: positionChanged(float seconds), playingChanged(bool), speedChanged(float),
    finished() at the end of the audio or of a range given to play().
    """

    positionChanged = Signal(float)
    playingChanged = Signal(bool)
    speedChanged = Signal(float)
    finished = Signal()

    _playing_now = None   # weak reference to the player that is playing: one plays at a time

    def __init__(self, study, parent=None):
        super().__init__(parent)
        self.study = study
        self.recording_id = None
        self.rate = 16000
        self.duration = 0.0
        self._feed = _Feed()
        self._filter = TempoFilter(self.rate, 1.0)
        self._speed = 1.0
        self._pos = 0.0              # seconds, advanced by the audio thread
        self._until = None
        self._playing = False
        self._stream = None
        self._clock_started = None   # (monotonic, pos) when playing without a device
        self.device_error = ""
        self._timer = QTimer(self)
        self._timer.setInterval(40)
        self._timer.timeout.connect(self._tick)

    # -- loading -------------------------------------------------------------------------
    def load(self, recording_id: int) -> None:
        self.stop()
        rec = self.study.recordings.get(recording_id)
        self.recording_id = recording_id
        self.rate = int(rec.sample_rate)
        self.duration = float(rec.duration or (rec.frames or 0) / self.rate)
        self._pos = 0.0
        self.positionChanged.emit(0.0)

    def load_interview(self, interview_id: int) -> bool:
        """Load the interview's main recording; False when it has none."""
        try:
            rec = self.study.recordings.main_for_interview(interview_id)
        except Exception:  # NotFound: an interview without audio
            return False
        self.load(rec.id)
        return True

    # -- state ---------------------------------------------------------------------------
    def position(self) -> float:
        if self._clock_started is not None and self._playing:
            t0, p0 = self._clock_started
            return min(self.duration, p0 + (time.monotonic() - t0) * self._speed)
        return self._pos

    def is_playing(self) -> bool:
        return self._playing

    def speed(self) -> float:
        return self._speed

    def rewind_on_pause(self) -> float:
        return float(QSettings().value("editor/rewindOnPause", 2.0))

    # -- control -------------------------------------------------------------------------
    def play(self, start: float | None = None, until: float | None = None) -> None:
        """Play from `start` (or the current position), stopping at `until` if given."""
        if self.recording_id is None:
            return
        if start is not None:
            self._stop_stream()
            self._pos = max(0.0, min(float(start), self.duration))
        elif self._playing:
            return
        self._until = until
        self._start_stream()

    def pause(self) -> None:
        if not self._playing:
            return
        pos = self.position()
        self._stop_stream()
        self._pos = max(0.0, pos - self.rewind_on_pause())
        self.positionChanged.emit(self._pos)

    def stop(self) -> None:
        self._stop_stream()

    def toggle(self) -> None:
        if self._playing:
            self.pause()
        else:
            self.play()

    def seek(self, seconds: float) -> None:
        playing = self._playing
        self._stop_stream()
        self._pos = max(0.0, min(float(seconds), self.duration))
        self.positionChanged.emit(self._pos)
        if playing:
            self._start_stream()

    def jump(self, delta: float) -> None:
        self.seek(self.position() + delta)

    def set_speed(self, speed: float) -> None:
        speed = max(0.5, min(2.0, float(speed)))
        if abs(speed - self._speed) < 1e-3:
            return
        playing = self._playing
        pos = self.position()
        self._stop_stream()
        self._speed, self._pos = speed, pos
        self.speedChanged.emit(speed)
        if playing:
            self._start_stream()

    # -- streaming -----------------------------------------------------------------------
    def _start_stream(self) -> None:
        other = AudioPlayer._playing_now() if AudioPlayer._playing_now else None
        if other is not None and other is not self:
            try:
                other.pause()
            except RuntimeError:   # its widget is gone
                pass
        AudioPlayer._playing_now = weakref.ref(self)
        frame = int(self._pos * self.rate)
        self._feed.reset(frame)
        self._top_up()
        out_rate = self.rate
        self._stream = None
        self.device_error = ""
        try:
            import sounddevice as sd

            try:
                self._stream = sd.OutputStream(samplerate=self.rate, channels=1, dtype="int16", blocksize=BLOCK, callback=self._callback)
            except Exception:
                out_rate = int(sd.query_devices(kind="output")["default_samplerate"])
                self._stream = sd.OutputStream(samplerate=out_rate, channels=1, dtype="int16", blocksize=BLOCK, callback=self._callback)
        except Exception as exc:  # no audio device: keep time on a clock
            self._stream = None
            self.device_error = str(exc)
        self._filter = TempoFilter(self.rate, self._speed, out_rate)
        self._playing = True
        if self._stream is not None:
            self._clock_started = None
            self._stream.start()
        else:
            self._clock_started = (time.monotonic(), self._pos)
        self._timer.start()
        self.playingChanged.emit(True)

    def _stop_stream(self) -> None:
        was = self._playing
        if self._clock_started is not None:
            self._pos = self.position()
            self._clock_started = None
        self._playing = False
        stream, self._stream = self._stream, None
        if stream is not None:
            try:
                stream.stop()
                stream.close()
            except Exception:
                pass
        self._timer.stop()
        if was:
            self.playingChanged.emit(False)

    def _callback(self, outdata, frames, _time, _status) -> None:
        """Audio thread: fill `outdata` from the feed through the tempo filter."""
        with self._feed.lock:
            flt = self._filter
            need = frames
            while flt.available() < need:
                block = self._feed.take(max(BLOCK, int(need * flt.source_per_output()) + 1))
                if len(block) == 0:
                    break
                flt.push(block)
            out = flt.take(frames)
        outdata[: len(out), 0] = out
        outdata[len(out):, 0] = 0
        self._pos += len(out) * flt.source_per_output() / self.rate

    def _top_up(self) -> None:
        """UI thread: read the next seconds of PCM from the study into memory."""
        want_end = min(int((self.position() + AHEAD_SECONDS) * self.rate), int(self.duration * self.rate))
        with self._feed.lock:
            have_end = self._feed.end()
        if want_end - have_end < self.rate * 2 and have_end > self._feed.start:
            return
        samples = self.study.recordings.read_pcm(self.recording_id, have_end / self.rate, want_end / self.rate)
        with self._feed.lock:
            self._feed.append(samples)

    def _tick(self) -> None:
        if not self._playing:
            return
        pos = self.position()
        self.positionChanged.emit(pos)
        if (self._until is not None and pos >= self._until) or pos >= self.duration - 1e-3:
            self._stop_stream()
            self.finished.emit()
            return
        self._top_up()
