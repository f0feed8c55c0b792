"""Voice features for diarization: MFCC+delta frames and their speech mask (numpy + scipy only).

16 kHz mono in; frames of 25 ms every 10 ms. Kept apart from the clustering (transcribe/diarize.py).
"""
import numpy as np
from scipy.fft import dct

from transcribe.decode import SAMPLE_RATE

FRAME_STEP = 0.010  # seconds between feature frames
_WIN = 400  # 25 ms at 16 kHz
_HOP = 160
_NFFT = 512
_MELS = 40
_CEPS = 20


def _mel_filterbank(n_mels: int = _MELS, n_fft: int = _NFFT, rate: int = SAMPLE_RATE,
                    fmin: float = 60.0, fmax: float = 7600.0) -> np.ndarray:
    mel = lambda f: 2595.0 * np.log10(1.0 + f / 700.0)  # noqa: E731
    inv = lambda m: 700.0 * (10.0 ** (m / 2595.0) - 1.0)  # noqa: E731
    edges = inv(np.linspace(mel(fmin), mel(fmax), n_mels + 2))
    bins = np.fft.rfftfreq(n_fft, 1.0 / rate)
    fb = np.zeros((n_mels, bins.size), dtype=np.float32)
    for i in range(n_mels):
        lo, mid, hi = edges[i], edges[i + 1], edges[i + 2]
        fb[i] = np.clip(np.minimum((bins - lo) / (mid - lo), (hi - bins) / (hi - mid)), 0.0, None)
    return fb


_FB = _mel_filterbank()


def as_float(audio: np.ndarray) -> np.ndarray:
    """Samples as float32 in [-1, 1] (int16 PCM is scaled)."""
    if audio.dtype == np.int16:
        return audio.astype(np.float32) / 32768.0
    return np.asarray(audio, dtype=np.float32)


def _deltas(x: np.ndarray, width: int = 2) -> np.ndarray:
    pad = np.pad(x, ((width, width), (0, 0)), mode="edge")
    num = sum(k * (pad[width + k: width + k + len(x)] - pad[width - k: width - k + len(x)]) for k in range(1, width + 1))
    return num / (2 * sum(k * k for k in range(1, width + 1)))


def mfcc_frames(audio: np.ndarray, chunk_frames: int = 10000) -> tuple[np.ndarray, np.ndarray]:
    """(features, log_energy): MFCC 1..19 + deltas per 10 ms frame, and each frame's log energy.

    Computed in chunks, from 16-bit samples converted a chunk at a time, so two hours of audio never
    need a full spectrogram or a float copy of the recording in memory (see
    docs/benchmarks.md, *Diarization*).
    """
    n = max(0, 1 + (len(audio) - _WIN) // _HOP)
    width = _CEPS - 1
    if n == 0:
        return np.zeros((0, 2 * width), np.float32), np.zeros(0, np.float32)
    out = np.empty((n, 2 * width), np.float32)
    energy = np.empty(n, np.float32)
    window = np.hamming(_WIN).astype(np.float32)
    for first in range(0, n, chunk_frames):
        count = min(chunk_frames, n - first)
        idx = (first + np.arange(count))[:, None] * _HOP + np.arange(_WIN)[None, :]
        frames = as_float(audio[idx])
        frames = frames - frames.mean(axis=1, keepdims=True)
        energy[first:first + count] = np.log(np.sum(frames * frames, axis=1) + 1e-10)
        power = np.abs(np.fft.rfft(frames * window, _NFFT)) ** 2
        logmel = np.log(power @ _FB.T + 1e-8)
        out[first:first + count, :width] = dct(logmel, type=2, norm="ortho", axis=1)[:, 1:_CEPS]
    out[:, width:] = _deltas(out[:, :width])
    return out, energy


SPEECH_LEVEL = 0.15  # share of the way from the noise floor to the loud end
HANGOVER_FRAMES = 20  # speech detection keeps 0.2 s either side of loud frames


def speech_mask(log_energy: np.ndarray, level: float = SPEECH_LEVEL, hangover: int = HANGOVER_FRAMES) -> np.ndarray:
    """Frames that are (near) speech: louder than `level` between the floor and the loud end, widened by `hangover`."""
    if log_energy.size == 0:
        return np.zeros(0, bool)
    floor = np.percentile(log_energy, 10)
    loud = np.percentile(log_energy, 95)
    loud_frames = log_energy > floor + level * (loud - floor)
    if hangover <= 0:
        return loud_frames
    widened = np.convolve(loud_frames.astype(np.int32), np.ones(2 * hangover + 1, np.int32), mode="same")
    return widened > 0
