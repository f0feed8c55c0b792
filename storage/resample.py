"""Changing the sample rate of audio held in memory (for example 48 kHz takes for Whisper)."""
import av
import numpy as np


def resample(samples: np.ndarray, source_rate: int, target_rate: int) -> np.ndarray:
    """Mono float32 samples at `source_rate` resampled to `target_rate` (libswresample)."""
    resampler = av.AudioResampler(format="flt", layout="mono", rate=target_rate)
    out = []
    step = source_rate * 30
    for offset in range(0, len(samples), step):
        block = np.ascontiguousarray(samples[offset : offset + step], dtype=np.float32).reshape(1, -1)
        frame = av.AudioFrame.from_ndarray(block, format="flt", layout="mono")
        frame.sample_rate = source_rate
        out.extend(f.to_ndarray().reshape(-1) for f in resampler.resample(frame))
    out.extend(f.to_ndarray().reshape(-1) for f in resampler.resample(None))
    return np.concatenate(out).astype(np.float32) if out else np.zeros(0, np.float32)
