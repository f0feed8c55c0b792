"""faster-whisper's batched pipeline with several batches in flight at once.

Whisper base's decoder steps are small matrix products that two threads cannot
share well, and one batch waits for its longest chunk. On a CPU with N cores,
a model with N single-threaded CTranslate2 workers (cpu_threads=1,
num_workers=N) decoding N batches at a time keeps every core busy: each batch
runs encode, generate and align on whichever worker is free, from its own Python
thread (CTranslate2 releases the GIL), and results come back in chunk order.

A batch's output depends only on its own audio (the word-timing heuristic that
faster-whisper carries from one batch to the next starts afresh at each batch),
so the transcript does not depend on which batch finishes first.

A recording with few pieces gets smaller batches, so that every worker has one
(a two-minute recording of six pieces: three pieces per batch on two cores, not
four and two). The first window of a run starts with a batch of one piece
(`first_batch`), so that its text is on screen after one piece's decode instead
of a whole batch's.
"""
import math
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing
from dataclasses import dataclass

import ctranslate2
import numpy as np
from faster_whisper import BatchedInferencePipeline
from faster_whisper.transcribe import Segment, Word

from transcribe.in_order import in_order


@dataclass
class PieceSegment(Segment):
    """faster-whisper's Segment, marked when it is the last of its VAD piece: so a reader knows a piece is
    complete without reading the next piece's first segment (which may still be decoding)."""

    last_in_piece: bool = False


class ParallelBatchedPipeline(BatchedInferencePipeline):
    """A BatchedInferencePipeline that decodes up to `in_flight` batches concurrently."""

    def __init__(self, model, in_flight: int = 2, observer=None, first_batch: int = 0):
        super().__init__(model)
        self.in_flight = max(1, in_flight)
        self.observer = observer  # observer("start"/"end", chunks_metadata) around each batch (tests)
        self.first_batch = first_batch  # pieces in the first batch (0: as the others), so the first text comes sooner

    def _forward_one(self, features, tokenizer, chunks_metadata, options) -> list:
        """forward() of one batch on a private pipeline (no state shared with other batches)."""
        if self.observer is not None:
            self.observer("start", chunks_metadata)
        try:
            batch = BatchedInferencePipeline(OnePieceEncoder(self.model))
            batch.last_speech_timestamp = chunks_metadata[0]["offset"]
            return batch.forward(features, tokenizer, chunks_metadata, options)
        finally:
            if self.observer is not None:
                self.observer("end", chunks_metadata)

    def _batched_segments_generator(self, features, tokenizer, chunks_metadata, batch_size, options, log_progress):
        batch_size = max(1, min(batch_size, math.ceil(len(features) / self.in_flight)))  # a batch for every worker
        cuts = [0, *range(self.first_batch, len(features), batch_size)] if 0 < self.first_batch < len(features) \
            else list(range(0, len(features), batch_size))
        calls = (
            (self._forward_one, features[a:b], tokenizer, chunks_metadata[a:b], options)
            for a, b in zip(cuts, [*cuts[1:], len(features)])
        )
        seg_idx = 0
        with ThreadPoolExecutor(max_workers=self.in_flight, thread_name_prefix="veldwerk-batch") as pool, \
                closing(in_order(pool, calls, self.in_flight)) as ordered:
            for future, _ in ordered:
                for segment in self._segments(future.result(), options, seg_idx):
                    seg_idx = segment.id
                    yield segment

    @staticmethod
    def _segments(results: list, options, seg_idx: int):
        for result in results:
            for n, segment in enumerate(result):
                seg_idx += 1
                yield PieceSegment(
                    last_in_piece=n == len(result) - 1,
                    seek=segment["seek"], id=seg_idx, text=segment["text"],
                    start=round(segment["start"], 3), end=round(segment["end"], 3),
                    words=[Word(**word) for word in segment["words"]] if options.word_timestamps else None,
                    tokens=segment["tokens"], avg_logprob=segment["avg_logprob"],
                    no_speech_prob=segment["no_speech_prob"], compression_ratio=segment["compression_ratio"],
                    temperature=options.temperatures[0],
                )


class OnePieceEncoder:
    """A WhisperModel as one batch sees it, except that on the CPU its encoder takes the pieces one at a time.

    The encoder's self-attention over a piece's 1,500 frames needs about 85 MB for a moment (measured: 86 MB for one piece, 202 MB for two), so a
    batch of two pieces encoded together needs twice that, on every core at once. Encoded one after
    the other, each piece's encoder output is the same (the rows of one piece do not depend on the
    others; tested) and the decoder still decodes the batch together.
    """

    def __init__(self, model):
        self._model = model

    def __getattr__(self, name):
        return getattr(self._model, name)

    def encode(self, features: np.ndarray):
        if features.ndim == 2 or len(features) == 1 or self._model.model.device != "cpu":
            return self._model.encode(features)
        outputs = [np.asarray(self._model.encode(features[i:i + 1])) for i in range(len(features))]
        return ctranslate2.StorageView.from_array(np.concatenate(outputs))
