"""A waveform of the whole interview with the play position, the recording's markers and a
click to seek. Peaks are computed from the stored PCM in a worker thread (in memory only).
"""
import threading

import numpy as np
from PySide6.QtCore import QLineF, QObject, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QWidget

BINS = 1600


def peaks(study, recording_id: int, bins: int = BINS) -> np.ndarray:
    """Peak level (0..1) of each of `bins` equal slices of the recording."""
    rec = study.recordings.get(recording_id)
    frames = int(rec.frames or rec.duration * rec.sample_rate)
    out = np.zeros(bins, dtype=np.float32)
    if frames <= 0:
        return out
    per_bin = frames / bins
    for start, data in study.recordings.iter_chunks(recording_id):
        samples = np.abs(np.frombuffer(data, dtype="<i2").astype(np.int32))
        idx = ((start + np.arange(0, len(samples), 64)) / per_bin).astype(np.int64).clip(0, bins - 1)
        maxima = np.maximum.reduceat(samples, np.arange(0, len(samples), 64))
        np.maximum.at(out, idx, maxima / 32768.0)
    return out


class _Relay(QObject):
    done = Signal(object)


class Waveform(QWidget):
    """seekRequested(seconds) on click."""

    seekRequested = Signal(float)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setMinimumHeight(56)
        self.setAccessibleName(self.tr("Waveform"))
        self.levels = np.zeros(0, dtype=np.float32)
        self.duration = 0.0
        self.position = 0.0
        self.markers: list[dict] = []
        self._relay = _Relay()
        self._relay.done.connect(self._set_levels)
        self.setToolTip(self.tr("Click to play from here"))

    def sizeHint(self):  # noqa: N802
        return QSize(600, 64)

    def load(self, study, recording) -> threading.Thread:
        """Start computing the waveform of `recording` in the background."""
        self.duration = float(recording.duration or 0)
        self.markers = list(recording.markers or [])
        relay = self._relay

        def work():
            try:
                relay.done.emit(peaks(study, recording.id))
            except Exception:  # the study closed meanwhile: no waveform
                pass

        thread = threading.Thread(target=work, name="waveform", daemon=True)
        thread.start()
        return thread

    def _set_levels(self, levels):
        self.levels = levels
        self.update()

    def set_position(self, seconds: float) -> None:
        old = self._x(self.position)
        self.position = seconds
        new = self._x(seconds)
        if int(old) != int(new):
            self.update()

    def _x(self, seconds: float) -> float:
        return 0.0 if self.duration <= 0 else seconds / self.duration * self.width()

    def paintEvent(self, event):  # noqa: N802
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("#1F2A36"))
        h, w = self.height(), self.width()
        mid = h / 2
        if len(self.levels):
            cols = np.interp(np.linspace(0, len(self.levels) - 1, max(1, w)), np.arange(len(self.levels)), self.levels)
            played = int(self._x(self.position))
            halves = np.maximum(0.5, cols ** 0.6 * (mid - 4))
            lines = [QLineF(float(x), float(mid - h), float(x), float(mid + h)) for x, h in enumerate(halves.tolist())]
            p.setPen(QPen(QColor("#7FB7E6"), 1))
            p.drawLines(lines[:played])
            p.setPen(QPen(QColor("#4C6A86"), 1))
            p.drawLines(lines[played:])
        p.setPen(QPen(QColor("#F4A261"), 1))
        for marker in self.markers:
            x = self._x(float(marker.get("time", 0)))
            p.drawLine(QPointF(x, 0), QPointF(x, h))
            p.setBrush(QColor("#F4A261"))
            p.drawPolygon(QPolygonF([QPointF(x - 4, 0), QPointF(x + 4, 0), QPointF(x, 6)]))
            if marker.get("label"):
                p.drawText(QRectF(x + 3, 2, 120, 14), Qt.AlignLeft, str(marker["label"]))
        p.setPen(QPen(QColor("#FFFFFF"), 2))
        x = self._x(self.position)
        p.drawLine(QPointF(x, 0), QPointF(x, h))

    def mousePressEvent(self, event):  # noqa: N802
        if self.duration > 0 and self.width() > 0:
            self.seekRequested.emit(max(0.0, event.position().x() / self.width() * self.duration))
