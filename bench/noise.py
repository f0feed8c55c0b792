"""Degraded speech for the benchmarks: a recording with pink noise at a chosen signal-to-noise ratio.

Field interviews happen in cafés, kitchens and offices with a fan; the dataset's clips are studio-clean.
Pink noise (power falling 3 dB per octave, like ventilation, traffic or a room's hum) is added at a
signal-to-noise ratio measured against the recording's *active speech* level: the mean power of the
10 ms frames within 40 dB of the loud frames (the 99th percentile), so the long silences between clips
do not lower the level the noise is set against. Seeded, so every run hears the same noise.
"""
import numpy as np
from scipy.signal import lfilter

# A standard third-order approximation of a 1/f (pink) spectrum from white noise, within about
# 0.05 dB from 9 Hz to 0.45 of the sampling rate (J. O. Smith, "Spectral Audio Signal Processing").
_PINK_B = [0.049922035, -0.095993537, 0.050612699, -0.004408786]
_PINK_A = [1.0, -2.494956002, 2.017265875, -0.522189400]
_FRAME = 160  # 10 ms at 16 kHz
_ACTIVE_RANGE_DB = 40.0


def pink_noise(n: int, seed: int = 0) -> np.ndarray:
    """n samples of pink noise with unit power."""
    white = np.random.default_rng(seed).standard_normal(n + 4000)
    pink = lfilter(_PINK_B, _PINK_A, white)[4000:]  # the first samples, while the filter settles, are dropped
    return (pink / np.sqrt(np.mean(pink ** 2))).astype(np.float32)


def active_power(x: np.ndarray) -> float:
    """Mean power of the frames within 40 dB of the loud frames (the 99th percentile of frame power)."""
    frames = x[: len(x) // _FRAME * _FRAME].astype(np.float64).reshape(-1, _FRAME)
    power = np.mean(frames ** 2, axis=1)
    loud = np.percentile(power, 99)
    active = power[power >= loud * 10 ** (-_ACTIVE_RANGE_DB / 10)]
    return float(np.mean(active)) if len(active) else 0.0


def with_noise(x: np.ndarray, snr_db: float, seed: int = 0) -> np.ndarray:
    """x (float, -1..1) with pink noise at snr_db below its active speech level, clipped to -1..1."""
    noise = pink_noise(len(x), seed) * np.sqrt(active_power(x) * 10 ** (-snr_db / 10))
    return np.clip(x.astype(np.float32) + noise, -1.0, 1.0)
