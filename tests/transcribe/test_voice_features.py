"""MFCC frames for diarization: computed a chunk at a time, from 16-bit or float samples alike."""
import numpy as np

from transcribe.voice_features import mfcc_frames


def _noise_and_tone(seconds: float = 3.2) -> np.ndarray:
    rng = np.random.default_rng(3)
    t = np.arange(int(16000 * seconds)) / 16000
    x = 0.3 * np.sin(2 * np.pi * 220 * t) * (1 + np.sin(2 * np.pi * 0.7 * t)) + 0.05 * rng.standard_normal(t.size)
    return (x * 32767 / np.abs(x).max()).astype(np.int16)


def test_chunks_and_sample_types_give_the_same_frames():
    pcm = _noise_and_tone()
    whole, whole_energy = mfcc_frames(pcm, chunk_frames=10**6)
    assert whole.shape == (1 + (len(pcm) - 400) // 160, 38) and whole.dtype == np.float32
    assert np.isfinite(whole).all() and whole[:, :19].std() > 0.1 and whole[:, 19:].std() > 0.01  # not all alike
    for chunk in (7, 64, 299):  # chunk edges fall anywhere; the deltas span them
        feats, energy = mfcc_frames(pcm, chunk_frames=chunk)
        assert np.allclose(feats, whole, rtol=1e-5, atol=1e-5) and np.allclose(energy, whole_energy, rtol=1e-6)  # float sums
    floats, float_energy = mfcc_frames(pcm.astype(np.float32) / 32768.0)
    assert np.allclose(floats, whole, rtol=1e-5, atol=1e-5) and np.allclose(float_energy, whole_energy, rtol=1e-6)


def test_too_short_audio_has_no_frames():
    feats, energy = mfcc_frames(np.zeros(399, np.int16))
    assert feats.shape == (0, 38) and energy.shape == (0,)
    feats, energy = mfcc_frames(np.zeros(400, np.int16))
    assert feats.shape == (1, 38) and energy.shape == (1,)
