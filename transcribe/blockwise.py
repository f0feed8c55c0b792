"""faster-whisper's log-mel features and voice activity detection computed a block at a time:
the same numbers, a fraction of the memory.

faster-whisper computes both over a whole window at once. For a five-minute window its
FeatureExtractor holds the 400-sample frames, their spectrum, a copy of it and the magnitudes: about
290 MB for a moment (traced with tracemalloc); its Silero VAD feeds the window's 9,375 frames to
onnxruntime in one call, which raises the resident size by about 125 MB. The default mode decodes one
window per core at a time, so both count once per core at the peak of a long transcription.

Here the features are computed 1,024 frames (10 s) at a time into the 80-band mel spectrogram (10 MB
for five minutes), and the VAD runs 1,000 frames (32 s) per onnxruntime call with its recurrent state
carried from one call to the next, as faster-whisper already does between its own 10,000-frame calls.
Every step is the same numpy or onnxruntime operation on the same frames in the same memory layout,
so the numbers are bit for bit faster-whisper's (tests/transcribe/test_blockwise.py compares them) and
the transcript does not change.
"""
import functools
import os

import numpy as np
from faster_whisper import vad as faster_whisper_vad
from faster_whisper.feature_extractor import FeatureExtractor
from faster_whisper.utils import get_assets_path

FEATURE_BLOCK_FRAMES = 1024  # 10 s per block (the last one up to twice that); a multiple of 16 keeps numpy's vector loops in step
VAD_BLOCK_FRAMES = 1000  # 512-sample frames per onnxruntime call: 32 s


class BlockwiseFeatureExtractor(FeatureExtractor):
    """FeatureExtractor.__call__ with the STFT and the mel projection done a block of frames at a time."""

    def __call__(self, waveform: np.ndarray, padding=160, chunk_length=None):
        if chunk_length is not None:  # as faster-whisper does (it keeps the last chunk length)
            self.n_samples = chunk_length * self.sampling_rate
            self.nb_max_frames = self.n_samples // self.hop_length
        waveform = np.asarray(waveform, dtype=np.float32)
        if padding:
            waveform = np.pad(waveform, (0, padding))
        half = self.n_fft // 2
        if len(waveform) <= half:  # too short to reflect-pad once: faster-whisper's own code
            return super().__call__(waveform, padding=0)
        padded = np.pad(waveform, (half, half), mode="reflect")
        del waveform
        window = np.hanning(self.n_fft + 1)[:-1].astype("float32")
        n_frames = 1 + (len(padded) - self.n_fft) // self.hop_length
        frames = np.lib.stride_tricks.as_strided(
            padded, (n_frames, self.n_fft), (self.hop_length * padded.strides[0], padded.strides[0]), writeable=False)
        kept = n_frames - 1  # faster-whisper drops the last frame
        mel_spec = np.empty((self.mel_filters.shape[0], kept), dtype=np.float32)
        first = 0
        while first < kept:
            # the last block takes the remainder: a block of a few frames goes down another matrix-product
            # path (OpenBLAS's small-matrix kernel, below 16 frames on the test box) whose sums differ in the last bit
            last = kept if kept - first < 2 * FEATURE_BLOCK_FRAMES else first + FEATURE_BLOCK_FRAMES
            spectrum = np.fft.rfft(frames[first:last] * window, n=self.n_fft, axis=-1).astype("complex64", copy=False)
            magnitudes = np.abs(spectrum) ** 2
            mel_spec[:, first:last] = self.mel_filters @ magnitudes.T  # (201, frames) in the layout faster-whisper's has
            first = last
        log_spec = np.log10(np.clip(mel_spec, a_min=1e-10, a_max=None))
        log_spec = np.maximum(log_spec, log_spec.max() - 8.0)
        return (log_spec + 4.0) / 4.0


class BlockwiseVAD(faster_whisper_vad.SileroVADModel):
    """Silero VAD over VAD_BLOCK_FRAMES frames per onnxruntime call, the LSTM state carried across calls."""

    def __call__(self, audio: np.ndarray, num_samples: int = 512, context_size_samples: int = 64):
        assert audio.ndim == 1, "Input should be a 1D array"
        assert audio.shape[0] % num_samples == 0, "Input size should be a multiple of num_samples"
        frames = audio.reshape(-1, num_samples)
        h = np.zeros((1, 1, 128), dtype="float32")
        c = np.zeros((1, 1, 128), dtype="float32")
        outputs = []
        for first in range(0, len(frames), VAD_BLOCK_FRAMES):
            part = frames[first:first + VAD_BLOCK_FRAMES]
            if first + len(part) == len(frames):
                # faster-whisper zeroes the last frame's final samples (it writes its context through a view)
                part = part.copy()
                part[-1, -context_size_samples:] = 0
            context = np.empty((len(part), context_size_samples), dtype=np.float32)
            context[0] = frames[first - 1, -context_size_samples:] if first else 0  # each frame sees the previous one's end
            context[1:] = part[:-1, -context_size_samples:]
            output, h, c = self.session.run(None, {"input": np.concatenate([context, part], 1), "h": h, "c": c})
            outputs.append(output)
        return np.concatenate(outputs, axis=0)


@functools.lru_cache
def _blockwise_vad_model() -> BlockwiseVAD:
    return BlockwiseVAD(os.path.join(get_assets_path(), "silero_vad_v6.onnx"))


def use_blockwise(model) -> None:
    """Give a faster-whisper WhisperModel the blockwise features, and faster-whisper the blockwise VAD
    (process-wide: get_speech_timestamps looks its model up through faster_whisper.vad.get_vad_model).
    Idempotent; the results are the same numbers, so other users of faster-whisper see no difference."""
    if not isinstance(model.feature_extractor, BlockwiseFeatureExtractor):
        model.feature_extractor = BlockwiseFeatureExtractor(**model.feat_kwargs)
    faster_whisper_vad.get_vad_model = _blockwise_vad_model
