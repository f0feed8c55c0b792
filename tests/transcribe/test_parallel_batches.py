"""Fast mode's parallel batches: in order, bounded, and the same transcript as one at a time."""
import dataclasses
import threading

import numpy as np
import pytest
from faster_whisper.transcribe import TranscriptionOptions

from transcribe.engine import Settings, load_model, transcribe_audio
from transcribe.parallel_batches import ParallelBatchedPipeline


class Recorder(ParallelBatchedPipeline):
    """The real scheduler; each batch's decode replaced by a wait that makes later batches finish first:
    the 1st, 3rd, 5th... batch ends only once the batch after it has ended (no clock involved)."""

    def __init__(self, in_flight, n):
        super().__init__(model=None, in_flight=in_flight)
        self.n, self.running, self.most, self.started, self.finished = n, 0, 0, [], []
        self.lock = threading.Lock()
        self.done = {i: threading.Event() for i in range(n)}  # by the batch's first piece

    def _forward_one(self, features, tokenizer, chunks_metadata, options):
        with self.lock:
            self.running += 1
            self.most = max(self.most, self.running)
            self.started.append(features[0])
        first, size = features[0], len(features)
        after = first + size  # the next batch's first piece
        if (first // size) % 2 == 0 and after < self.n:
            assert self.done[after].wait(60), "the batch after this one never ran"
        with self.lock:
            self.running -= 1
            self.finished.append(first)
        self.done[first].set()
        return [[dict(seek=0, text=f"piece {i}", start=i, end=i + 1, tokens=[], avg_logprob=0.0,
                      no_speech_prob=0.0, compression_ratio=1.0, words=[])] for i in features]


def _options():
    values = {name: None for name in (f.name for f in dataclasses.fields(TranscriptionOptions))}
    values.update(word_timestamps=False, temperatures=[0.0])
    return TranscriptionOptions(**values)


def test_batches_come_back_in_order_with_at_most_in_flight_running():
    pipeline = Recorder(in_flight=2, n=6)
    segments = list(pipeline._batched_segments_generator(list(range(6)), None, [{}] * 6, 1, _options(), False))
    assert [s.text for s in segments] == [f"piece {i}" for i in range(6)]
    assert [s.id for s in segments] == [1, 2, 3, 4, 5, 6]
    assert pipeline.most == 2
    assert pipeline.finished == [1, 0, 3, 2, 5, 4]  # they finished out of order, and came back in order


def test_batches_of_two_keep_their_pieces_together():
    pipeline = Recorder(in_flight=3, n=5)
    segments = list(pipeline._batched_segments_generator(list(range(5)), None, [{}] * 5, 2, _options(), False))
    assert [s.text for s in segments] == [f"piece {i}" for i in range(5)]
    assert sorted(pipeline.started) == [0, 2, 4]  # batches start at pieces 0, 2 and 4


def test_the_first_batch_can_be_one_piece_so_the_first_text_comes_sooner():
    pipeline = Recorder(in_flight=4, n=6)
    pipeline.first_batch = 1
    segments = list(pipeline._batched_segments_generator(list(range(6)), None, [{}] * 6, 2, _options(), False))
    assert [s.text for s in segments] == [f"piece {i}" for i in range(6)]
    assert sorted(pipeline.started) == [0, 1, 3, 5]  # one piece, then batches of two
    assert all(s.last_in_piece for s in segments)  # one segment per piece here, each ends its piece


def test_closing_the_generator_early_starts_no_more_batches():
    pipeline = Recorder(in_flight=2, n=8)
    generator = pipeline._batched_segments_generator(list(range(8)), None, [{}] * 8, 1, _options(), False)
    assert next(generator).text == "piece 0"
    generator.close()
    assert len(pipeline.started) <= 3  # piece 0, and at most the two queued behind it


@pytest.mark.slow
@pytest.mark.parametrize("fast", [True, False], ids=["fast", "batched"])
def test_parallel_equals_one_at_a_time(library_home, dutch_pcm, fast):
    gap = np.zeros(16000 * 2, dtype=dutch_pcm.dtype)
    audio = np.concatenate([dutch_pcm, gap] * 4)  # about a minute: several pieces
    batched = Settings(batched=True)  # the batched candidate default (fast mode is batched anyway)
    serial = transcribe_audio(audio, load_model(None, threads=1), fast=fast, settings=batched)  # one batch at a time
    parallel = transcribe_audio(audio, load_model(None, threads=2), fast=fast, settings=batched)  # two at once
    assert len(serial) >= 2
    assert [s.text for s in parallel] == [s.text for s in serial]
    for a, b in zip(parallel, serial):
        assert [(w.start, w.end, w.word) for w in a.words] == [(w.start, w.end, w.word) for w in b.words]


@pytest.mark.slow
def test_a_short_recording_uses_every_worker_when_batched(library_home, dutch_pcm, monkeypatch):
    """Under one window (5 minutes), Settings(batched=True) still decodes two batches at once on two workers:
    the first two batches wait for each other (a barrier, no clock), which only works if both run."""
    from transcribe import engine

    gap = np.zeros(16000 * 2, dtype=dutch_pcm.dtype)
    audio = np.concatenate([dutch_pcm, gap] * 4)  # about a minute
    assert len(engine.plan_windows(len(audio), audio)) == 1
    meet, lock, state = threading.Barrier(2, timeout=120), threading.Lock(), {"running": 0, "most": 0, "batches": 0}

    def observer(event, batch):
        with lock:
            if event == "end":
                state["running"] -= 1
                return
            state["running"] += 1
            state["batches"] += 1
            state["most"] = max(state["most"], state["running"])
            first_two = state["batches"] <= 2
        if first_two:
            meet.wait()  # BrokenBarrierError (the transcription fails) if the other batch never starts

    monkeypatch.setattr(engine, "_batch_observer", observer)
    segments = transcribe_audio(audio, load_model(None, threads=2), settings=engine.Settings(batched=True))
    assert segments and state["most"] == 2 and state["batches"] >= 2


@pytest.mark.slow
def test_pieces_encoded_one_at_a_time_give_the_batchs_encoder_output(library_home, dutch_samples):
    """OnePieceEncoder (about 85 MB per piece at a time instead of 200 MB for two at once) changes no number."""
    from faster_whisper.audio import pad_or_trim

    from transcribe.parallel_batches import OnePieceEncoder

    model = load_model(None, threads=1)
    pieces = [dutch_samples[:16000 * 9], dutch_samples[16000 * 5:]]  # two different pieces, neither 30 s
    features = np.stack([pad_or_trim(model.feature_extractor(p)[..., :-1]) for p in pieces])
    together = np.asarray(model.encode(features))
    one_by_one = np.asarray(OnePieceEncoder(model).encode(features))
    assert together.shape == one_by_one.shape == (2, 1500, 512)
    assert np.array_equal(together, one_by_one)
    assert not np.array_equal(together[0], together[1])


@pytest.mark.slow
def test_a_run_starts_with_one_piece_alone_and_goes_on_in_batches(library_home, dutch_pcm, monkeypatch):
    """The first text of a run comes after one piece's decode (the first batch holds one piece);
    the batches after it are full, so the cost is one small batch per run."""
    from transcribe import engine

    gap = np.zeros(16000 * 2, dtype=dutch_pcm.dtype)
    audio = np.concatenate([dutch_pcm, gap] * 6)
    sizes, lock = [], threading.Lock()

    def observer(event, batch):
        if event == "start":
            with lock:
                sizes.append((batch[0]["offset"], len(batch)))

    monkeypatch.setattr(engine, "_batch_observer", observer)
    segments = transcribe_audio(audio, load_model(None, threads=2), fast=True)
    assert segments
    sizes.sort()
    assert sizes[0][1] == 1 and len(sizes) >= 3 and max(n for _, n in sizes[1:]) >= 2, sizes
