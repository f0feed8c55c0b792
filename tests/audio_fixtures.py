"""Fixtures for tests with real audio: a PulseAudio null sink, a spoken Dutch clip, a WAV sink.

Registered in tests/conftest.py with `from tests.audio_fixtures import *  # noqa: F401,F403`.
Without PulseAudio the audio tests skip locally and fail in CI (CI=true).
"""
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest
import soundfile

from storage.errors import DiskFull
from tests import pulse

__all__ = ["pulse_sink", "dutch_clip", "wav_sink", "WavSink", "Clip", "DUTCH_SENTENCE"]

DUTCH_SENTENCE = "Goedemorgen. Dit is een proefopname voor het veldwerk onderzoek in Utrecht."


def _unavailable(reason: str):
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"audio test setup failed in CI: {reason}")
    pytest.skip(f"no test audio device: {reason}")


@pytest.fixture(scope="session")
def pulse_sink() -> str:
    """The PulseAudio null sink (started if needed); record from `tests.pulse.CAPTURE_DEVICE`."""
    try:
        return pulse.ensure_null_sink()
    except pulse.PulseUnavailable as exc:
        _unavailable(str(exc))


@dataclass(frozen=True)
class Clip:
    """A spoken test clip: its WAV file and its 16 kHz mono samples."""

    path: Path
    samples: np.ndarray  # int16, 16 kHz mono
    samplerate: int

    @property
    def seconds(self) -> float:
        """Length in seconds."""
        return len(self.samples) / self.samplerate


@pytest.fixture(scope="session")
def dutch_clip(tmp_path_factory) -> Clip:
    """A Dutch sentence spoken by espeak-ng, resampled to 16 kHz mono PCM16."""
    folder = tmp_path_factory.mktemp("clip")
    raw, wav = folder / "raw.wav", folder / "dutch.wav"
    try:
        subprocess.run(["espeak-ng", "-v", "nl", "-w", str(raw), DUTCH_SENTENCE], check=True, capture_output=True)
        subprocess.run(["sox", str(raw), "-r", "16000", "-c", "1", "-b", "16", str(wav)], check=True, capture_output=True)
    except (OSError, subprocess.CalledProcessError) as exc:
        _unavailable(f"cannot make the Dutch clip: {exc}")
    samples, rate = soundfile.read(wav, dtype="int16")
    return Clip(wav, samples, rate)


class WavSink:
    """A sink that writes raw PCM16 to a file, fsyncs on flush and makes a WAV on finish.

    Records what the recorder did to it: how many frames each flush made safe, markers, finished/aborted.
    """

    def __init__(self, path, samplerate: int = 16000, disk_budget: int | None = None):
        self.path = Path(path)
        self.raw_path = self.path.with_suffix(".raw")
        self.samplerate = samplerate
        self.disk_budget = disk_budget  # bytes; beyond it write/flush raise DiskFull
        self._file = open(self.raw_path, "wb")
        self.written = 0
        self.flushed = 0
        self.flush_frames: list[int] = []  # frames on disk after each flush
        self.markers: list[tuple[float, str]] = []
        self.finished = False
        self.aborted = False
        self.closed_after_error = False

    def write(self, pcm: bytes) -> None:
        if self.disk_budget is not None and self.written + len(pcm) > self.disk_budget:
            raise DiskFull("The disk is full (test budget reached)")
        self._file.write(pcm)
        self.written += len(pcm)

    def flush(self) -> None:
        self._file.flush()
        os.fsync(self._file.fileno())
        self.flushed = self.written
        self.flush_frames.append(self.flushed // 2)

    def add_marker(self, seconds: float, label: str = "") -> None:
        self.markers.append((seconds, label))

    def finish(self) -> Path:
        self.flush()
        self._file.close()
        self._to_wav(self.flushed)
        self.finished = True
        return self.path

    def close_after_error(self) -> Path:
        """Keep only what was flushed, as storage does after DiskFull."""
        self._file.close()
        self._to_wav(self.flushed)
        self.closed_after_error = True
        return self.path

    def abort(self) -> None:
        self._file.close()
        self.raw_path.unlink(missing_ok=True)
        self.aborted = True

    def _to_wav(self, nbytes: int) -> None:
        data = np.frombuffer(self.raw_path.read_bytes()[:nbytes], dtype="<i2")
        soundfile.write(self.path, data, self.samplerate, subtype="PCM_16")

    def samples(self) -> np.ndarray:
        """The kept audio as int16."""
        return soundfile.read(self.path, dtype="int16")[0]


@pytest.fixture
def wav_sink(tmp_path) -> WavSink:
    """A 16 kHz WavSink in the test's temporary folder."""
    return WavSink(tmp_path / "take.wav", 16000)
