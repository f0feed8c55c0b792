"""Run one Whisper batch as parallel single-threaded halves on CTranslate2 workers.

Whisper base's decoder steps are small matrix products that two threads cannot
share well; on a 2-core CPU, two single-threaded workers (cpu_threads=1,
num_workers=2) each decoding half of the batch keep both cores busy with less
synchronisation. `SplitBatchWhisper` wraps a CTranslate2 Whisper model and splits
encode, generate and align calls into one part per worker, run concurrently from
Python threads (CTranslate2 releases the GIL), and joins the results in order,
so the batched pipeline sees the same outputs as from one call.
"""
from concurrent.futures import ThreadPoolExecutor

import ctranslate2
import numpy as np


def _parts(n: int, k: int) -> list[tuple[int, int]]:
    """[lo, hi) ranges splitting n items into at most k contiguous, near-equal parts."""
    k = max(1, min(k, n))
    edges = [round(i * n / k) for i in range(k + 1)]
    return [(edges[i], edges[i + 1]) for i in range(k) if edges[i] < edges[i + 1]]


def _rows(storage: ctranslate2.StorageView, lo: int, hi: int) -> ctranslate2.StorageView:
    return ctranslate2.StorageView.from_array(np.ascontiguousarray(np.asarray(storage)[lo:hi]))


class SplitBatchWhisper:
    """A ctranslate2.models.Whisper stand-in that runs batches as parallel parts."""

    def __init__(self, model: ctranslate2.models.Whisper, parts: int = 2):
        self._model = model
        self._parts = max(1, parts)
        self._pool = ThreadPoolExecutor(max_workers=self._parts, thread_name_prefix="veldwerk-split")

    def __getattr__(self, name):
        return getattr(self._model, name)

    def _split(self, n: int, call) -> list:
        ranges = _parts(n, self._parts)
        if len(ranges) == 1:
            return [call(*ranges[0])]
        return list(self._pool.map(lambda r: call(*r), ranges))

    def encode(self, features: ctranslate2.StorageView, to_cpu: bool = False) -> ctranslate2.StorageView:
        """Encoder output of a batch of features, each part encoded by its own worker."""
        n = features.shape[0]
        outs = self._split(n, lambda lo, hi: self._model.encode(_rows(features, lo, hi), to_cpu=to_cpu))
        if len(outs) == 1:
            return outs[0]
        return ctranslate2.StorageView.from_array(np.concatenate([np.asarray(o) for o in outs]))

    def generate(self, encoder_output: ctranslate2.StorageView, prompts, **kwargs) -> list:
        """generate() results of a batch, in batch order."""
        parts = self._split(
            len(prompts), lambda lo, hi: self._model.generate(_rows(encoder_output, lo, hi), prompts[lo:hi], **kwargs)
        )
        return [r for part in parts for r in part]

    def align(self, encoder_output: ctranslate2.StorageView, start_sequence, text_tokens, num_frames, **kwargs) -> list:
        """align() results of a batch, in batch order (num_frames: one int or one per item)."""
        def one(lo, hi):
            frames = num_frames[lo:hi] if isinstance(num_frames, (list, tuple)) else num_frames
            return self._model.align(_rows(encoder_output, lo, hi), start_sequence, text_tokens[lo:hi], frames, **kwargs)

        parts = self._split(len(text_tokens), one)
        return [r for part in parts for r in part]
