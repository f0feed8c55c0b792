"""Input level: RMS and peak of a stretch of PCM16 audio in dBFS, for the level meter."""
import math
from dataclasses import dataclass

import numpy as np

SILENCE_DBFS = -120.0  # what digital silence reads as (instead of minus infinity)
FULL_SCALE = 32768.0


@dataclass(frozen=True)
class Level:
    """The level over one meter interval; `at` is recorded seconds when it ended."""

    rms_dbfs: float
    peak_dbfs: float
    at: float
    paused: bool = False
    clipped: bool = False


def to_dbfs(amplitude: float) -> float:
    """An amplitude on the int16 scale in dB relative to full scale, floored at SILENCE_DBFS."""
    if amplitude <= 0:
        return SILENCE_DBFS
    return max(SILENCE_DBFS, 20.0 * math.log10(amplitude / FULL_SCALE))


class LevelMeter:
    """Accumulates mono int16 samples and yields one Level per `interval` seconds of audio."""

    def __init__(self, samplerate: int, interval: float = 0.05):
        self.samplerate = samplerate
        self.window = max(1, int(round(samplerate * interval)))
        self._sum_squares = 0.0
        self._peak = 0
        self._count = 0

    def feed(self, samples: np.ndarray, at_end: float, paused: bool = False) -> list[Level]:
        """Add samples (ending at `at_end` recorded seconds); returns the levels completed."""
        levels = []
        pos = 0
        total = len(samples)
        while pos < total:
            take = min(self.window - self._count, total - pos)
            part = samples[pos:pos + take].astype(np.float64)
            self._sum_squares += float(np.dot(part, part))
            self._peak = max(self._peak, int(np.max(np.abs(part))) if take else 0)
            self._count += take
            pos += take
            if self._count >= self.window:
                rms = math.sqrt(self._sum_squares / self._count)
                levels.append(
                    Level(
                        rms_dbfs=to_dbfs(rms),
                        peak_dbfs=to_dbfs(self._peak),
                        at=at_end,
                        paused=paused,
                        clipped=self._peak >= 32767,
                    )
                )
                self._sum_squares, self._peak, self._count = 0.0, 0, 0
        return levels
