"""A rolling waveform of the last seconds of input, fed with peak levels (about 20 per second)."""
from collections import deque

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget


class RollingWaveform(QWidget):
    """Bars of the recent peak levels, newest at the right; markers as vertical lines."""

    def __init__(self, seconds: float = 15.0, rate: float = 20.0, parent=None):
        super().__init__(parent)
        self.capacity = int(seconds * rate)
        self.values: deque = deque([0.0] * self.capacity, maxlen=self.capacity)
        self.markers: deque = deque([False] * self.capacity, maxlen=self.capacity)
        self.paused = False
        self.setMinimumHeight(80)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self.setAccessibleName(self.tr("Rolling waveform of the input"))

    def sizeHint(self) -> QSize:
        return QSize(480, 120)

    def push(self, peak_db: float) -> None:
        """Add one level (dBFS)."""
        amplitude = 10 ** (max(-120.0, min(0.0, peak_db)) / 20)
        self.values.append(amplitude ** 0.5)  # compressed a little so quiet speech stays visible
        self.markers.append(False)
        self.update()

    def mark(self) -> None:
        """Draw a marker at the newest position."""
        if self.markers:
            self.markers[-1] = True
        self.update()

    def clear(self) -> None:
        self.values.extend([0.0] * self.capacity)
        self.markers.extend([False] * self.capacity)
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        p = QPainter(self)
        rect = self.rect()
        p.fillRect(rect, QColor("#fafafa"))
        p.setPen(QColor("#d0d0d0"))
        p.drawRect(rect.adjusted(0, 0, -1, -1))
        mid = rect.height() / 2
        step = rect.width() / max(1, self.capacity)
        colour = QColor("#9e9e9e") if self.paused else QColor("#1565c0")
        bar = max(1.0, step * 0.7)
        for i, value in enumerate(self.values):
            h = max(0.5, value * (rect.height() / 2 - 4))
            p.fillRect(QRectF(i * step + (step - bar) / 2, mid - h, bar, 2 * h), colour)
        marker = QColor("#e65100")
        for i, marked in enumerate(self.markers):
            if marked:
                p.fillRect(QRectF(i * step + step / 2 - 1, 2, 2, rect.height() - 4), marker)
        p.end()
