"""The level meter's dBFS arithmetic and its 20-per-second cadence."""
import numpy as np
import pytest

from transcribe.capture.levels import SILENCE_DBFS, LevelMeter, to_dbfs


def sine(amplitude: float, seconds: float = 1.0, rate: int = 16000) -> np.ndarray:
    t = np.arange(int(seconds * rate)) / rate
    return np.round(amplitude * np.sin(2 * np.pi * 440 * t)).astype(np.int16)


def test_full_scale_sine_reads_minus_3_rms_and_0_peak():
    levels = LevelMeter(16000).feed(sine(32767), at_end=1.0)
    assert len(levels) == 20
    assert all(lv.rms_dbfs == pytest.approx(-3.01, abs=0.05) for lv in levels)
    assert all(lv.peak_dbfs == pytest.approx(0.0, abs=0.01) for lv in levels)
    assert all(lv.clipped for lv in levels)


def test_quiet_sine_and_silence():
    quiet = LevelMeter(16000).feed(sine(327.68), at_end=1.0)
    assert quiet[0].peak_dbfs == pytest.approx(-40.0, abs=0.1)
    silent = LevelMeter(16000).feed(np.zeros(16000, np.int16), at_end=1.0)
    assert all(lv.rms_dbfs == SILENCE_DBFS == lv.peak_dbfs for lv in silent)
    assert to_dbfs(0) == SILENCE_DBFS


def test_blocks_of_any_size_give_one_level_per_twentieth_second():
    meter = LevelMeter(48000)
    audio = sine(1000, seconds=2.0, rate=48000)
    levels = []
    for start in range(0, len(audio), 1234):
        levels += meter.feed(audio[start:start + 1234], at_end=start / 48000)
    assert len(levels) == 40
