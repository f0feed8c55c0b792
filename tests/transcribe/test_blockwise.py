"""Features and VAD computed a block at a time are faster-whisper's own numbers, and a five-minute window's
preparation (VAD, features, pieces) stays in bounded memory (transcribe/blockwise.py)."""
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

from transcribe import offline  # noqa: F401  (must precede faster_whisper)

# isort: split

from faster_whisper.feature_extractor import FeatureExtractor
from faster_whisper.utils import get_assets_path
from faster_whisper.vad import SileroVADModel, VadOptions, get_speech_timestamps

from transcribe import blockwise
from transcribe.blockwise import FEATURE_BLOCK_FRAMES, VAD_BLOCK_FRAMES, BlockwiseFeatureExtractor, BlockwiseVAD

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def speech(dutch_samples):
    """About 85 s: the Dutch fixture five times with 1.5 s of silence after each, as float32."""
    return np.concatenate([dutch_samples, np.zeros(24000, dtype=np.float32)] * 5)


@pytest.mark.parametrize("frames", [0, 1, 2, 15, 16, 1000, 2 * FEATURE_BLOCK_FRAMES - 1, 2 * FEATURE_BLOCK_FRAMES,
                                    2 * FEATURE_BLOCK_FRAMES + 1, 2 * FEATURE_BLOCK_FRAMES + 7, 3 * FEATURE_BLOCK_FRAMES + 300])
def test_features_are_faster_whispers_bit_for_bit(speech, frames):
    samples = frames * 160 + 37
    for audio in (speech[:samples], (np.random.default_rng(frames).standard_normal(samples) * 0.1).astype(np.float32)):
        ours, theirs = BlockwiseFeatureExtractor()(audio), FeatureExtractor()(audio)
        assert ours.shape == theirs.shape and ours.dtype == theirs.dtype
        assert np.array_equal(ours, theirs)


def test_features_of_short_and_integer_input_are_faster_whispers(speech):
    for audio in (speech[:0], speech[:100], speech[:401], (speech[:20000] * 32767).astype(np.int16)):
        assert np.array_equal(BlockwiseFeatureExtractor()(audio), FeatureExtractor()(audio))
    chunked = BlockwiseFeatureExtractor()(speech[:32000], chunk_length=30)
    assert np.array_equal(chunked, FeatureExtractor()(speech[:32000], chunk_length=30))


def test_vad_probabilities_and_speech_are_faster_whispers(speech, monkeypatch):
    path = os.path.join(get_assets_path(), "silero_vad_v6.onnx")
    frames = 2 * VAD_BLOCK_FRAMES + 123  # three blocks, the last one short
    audio = speech[: frames * 512].copy()
    theirs = SileroVADModel(path)(audio.copy())  # (it writes into its input)
    ours = BlockwiseVAD(path)(audio)
    assert ours.shape == theirs.shape and np.array_equal(ours, theirs)
    assert np.array_equal(audio, speech[: frames * 512]), "the caller's audio is left as it was"
    options = VadOptions(min_silence_duration_ms=1000, speech_pad_ms=400)
    monkeypatch.setattr(blockwise.faster_whisper_vad, "get_vad_model", lambda: SileroVADModel(path))
    original = get_speech_timestamps(speech, options)
    monkeypatch.setattr(blockwise.faster_whisper_vad, "get_vad_model", blockwise._blockwise_vad_model)
    assert get_speech_timestamps(speech, options) == original
    assert len(original) >= 2


CHILD = textwrap.dedent("""
    import sys
    import numpy as np
    from transcribe import offline
    from transcribe.decode import decode_pcm16
    from transcribe.engine import Settings, _as_float32, _run_window, load_model

    def status(field):
        for line in open("/proc/self/status"):
            if line.startswith(field + ":"):
                return int(line.split()[1]) // 1024

    model = load_model(None, threads=1)
    settings = Settings(batched=sys.argv[2] == "batched")
    window = _as_float32(np.tile(decode_pcm16(sys.argv[1])[0], 20)[: 300 * 16000])  # five minutes of speech
    _run_window(model, window[: 16000 * 20], settings, "nl")  # libraries and the VAD session loaded
    with open("/proc/self/clear_refs", "w") as refs:
        refs.write("5")  # the peak (VmHWM) starts again from the present resident size
    before = status("VmRSS")
    segments, info = _run_window(model, window, settings, "nl")  # VAD, pieces and features; decoding is lazy
    print(status("VmHWM") - before)
""")


@pytest.mark.slow
@pytest.mark.parametrize("mode, bound_mb", [("sequential", 150), ("batched", 70)])
def test_a_windows_preparation_stays_in_bounded_memory(dutch_wav, mode, bound_mb):
    """Preparing a five-minute window (VAD, pieces, features; before decoding) raised the resident size by
    about 320 MB with the sequential decoder and 100 MB with the batched one, measured on the test box,
    and the default mode prepares one window per core at once; a block at a time it rises by about 85 and
    40 MB."""
    proc = subprocess.run([sys.executable, "-c", CHILD, str(dutch_wav), mode], cwd=ROOT, capture_output=True,
                          text=True, timeout=300, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.returncode == 0, proc.stderr
    rise = int(proc.stdout.split()[-1])
    assert rise < bound_mb, f"preparing a five-minute window ({mode}) raised the resident size by {rise} MB"
