"""bench/noise.py: the degraded-speech condition of the benchmarks adds the noise it says it adds."""
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from noise import active_power, pink_noise, with_noise  # noqa: E402

RATE = 16000


def _speech_like(seconds: float = 20.0) -> np.ndarray:
    """Bursts of a 200 Hz tone (1 s on, 1 s off): half speech, half silence."""
    t = np.arange(int(seconds * RATE)) / RATE
    return (0.3 * np.sin(2 * np.pi * 200 * t) * (np.floor(t) % 2 == 0)).astype(np.float32)


def test_noise_is_set_against_the_active_speech_not_the_silences():
    x = _speech_like()
    noisy = with_noise(x, 10.0, seed=3)
    added = noisy.astype(np.float64) - x
    speech_power = np.mean(x[x != 0].astype(np.float64) ** 2)
    assert abs(active_power(x) - speech_power) / speech_power < 0.02  # the silent second is left out
    snr = 10 * np.log10(speech_power / np.mean(added ** 2))
    assert abs(snr - 10.0) < 0.2


def test_pink_noise_has_equal_power_per_octave():
    noise = pink_noise(RATE * 30, seed=1)
    freqs = np.fft.rfftfreq(len(noise), 1 / RATE)
    power = np.abs(np.fft.rfft(noise)) ** 2
    bands = [10 * np.log10(power[(freqs >= lo) & (freqs < 2 * lo)].sum()) for lo in (125, 250, 500, 1000, 2000, 4000)]
    assert max(bands) - min(bands) < 1.0  # white noise would rise 3 dB an octave: 15 dB over these bands


def test_the_same_seed_gives_the_same_noise():
    x = _speech_like(4.0)
    assert np.array_equal(with_noise(x, 20.0, seed=7), with_noise(x, 20.0, seed=7))
    assert not np.array_equal(with_noise(x, 20.0, seed=7), with_noise(x, 20.0, seed=8))
