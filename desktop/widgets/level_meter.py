"""A horizontal input level meter: RMS bar, peak tick and a held peak, in dBFS (-60 … 0)."""
import time

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

FLOOR_DB = -60.0
HOLD_SECONDS = 1.5


def db_to_fraction(db: float) -> float:
    """Map -60…0 dBFS to 0…1."""
    if db is None or db != db:  # NaN
        return 0.0
    return max(0.0, min(1.0, (db - FLOOR_DB) / -FLOOR_DB))


class LevelMeter(QWidget):
    """Call set_level(rms_db, peak_db) about 20 times a second."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rms_db = FLOOR_DB
        self.peak_db = FLOOR_DB
        self.held_db = FLOOR_DB
        self._held_at = 0.0
        self.setMinimumHeight(18)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        self.setAccessibleName(self.tr("Input level"))

    def sizeHint(self) -> QSize:
        return QSize(300, 22)

    def set_level(self, rms_db: float, peak_db: float) -> None:
        self.rms_db = rms_db if rms_db is not None else FLOOR_DB
        self.peak_db = peak_db if peak_db is not None else FLOOR_DB
        now = time.monotonic()
        if self.peak_db >= self.held_db or now - self._held_at > HOLD_SECONDS:
            self.held_db = self.peak_db
            self._held_at = now
        self.setAccessibleDescription(self.tr("%1 dBFS").replace("%1", f"{self.rms_db:.0f}"))
        self.update()

    def reset(self) -> None:
        self.rms_db = self.peak_db = self.held_db = FLOOR_DB
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        p.setPen(QColor("#777"))
        p.setBrush(QColor("#1e1e1e"))
        p.drawRoundedRect(rect, 3, 3)
        inner = rect.adjusted(2, 2, -2, -2)
        width = inner.width()
        for start_db, end_db, colour in ((-60, -18, "#43a047"), (-18, -6, "#fbc02d"), (-6, 0, "#e53935")):
            lo = db_to_fraction(start_db)
            hi = min(db_to_fraction(end_db), db_to_fraction(self.rms_db))
            if hi > lo:
                p.fillRect(QRectF(inner.left() + lo * width, inner.top(), (hi - lo) * width, inner.height()), QColor(colour))
        for db, colour in ((self.peak_db, "#ffffff"), (self.held_db, "#ff8a80")):
            x = inner.left() + db_to_fraction(db) * width
            if db > FLOOR_DB:
                p.fillRect(QRectF(x - 1, inner.top(), 2, inner.height()), QColor(colour))
        tick = QColor(255, 255, 255, 60)
        for db in (-48, -36, -24, -12, -6):
            x = inner.left() + db_to_fraction(db) * width
            p.fillRect(QRectF(x, inner.top(), 1, inner.height()), tick)
        p.end()
