"""On-device Whisper transcription of 16 kHz mono audio with faster-whisper.

The audio is cut into windows of about five minutes at the quietest moment near
each boundary. Windows depend only on the audio, so a run resumed at time T
re-decodes the window holding T exactly as a straight run would and skips the
segments that end by T: a resumed transcript equals an uninterrupted one, and
memory stays bounded (VAD and spectrogram work per window, not per recording).

The model has one single-threaded CTranslate2 worker per core; that many windows
are decoded at once (in fast mode and with Settings(batched=True), within a
window that many batches of VAD pieces), and their segments are handed on in order. Whisper base's small matrix products do
not split well over threads, so independent windows use the cores far better.

Whisper runs in helper threads and hands segments to the caller's thread, which
polls the cancel event every 0.1 s: a cancel returns control at once, while the
decode steps in flight (one 30-second Whisper window or fast-mode piece per core)
finish in the background and are thrown away (see docs/transcription.md).
"""
import collections
import math
import queue
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Iterable, Optional, Union

from transcribe import offline  # noqa: F401  (must precede faster_whisper)

# isort: split

import ctranslate2
import numpy as np
import psutil
from faster_whisper import WhisperModel

from storage.errors import Cancelled, VeldwerkError
from storage.messages import technical
from storage.segments import Segment, Word
from storage.timefmt import clock
from transcribe.blockwise import use_blockwise
from transcribe.decode import SAMPLE_RATE
from transcribe.heap import limit as limit_retained_memory
from transcribe.heap import release as release_freed_memory
from transcribe.in_order import in_order
from transcribe.loops import loop_free, loops_inside_a_word
from transcribe.models import resolve_model
from transcribe.parallel_batches import ParallelBatchedPipeline

WINDOW_SECONDS = 300.0  # target window length
# From this length on, glibc is told to return large freed blocks at once (transcribe/heap.py): measured 13-14 %
# more CPU on a 4-minute recording (3 alternating pairs, idle) for 200-250 MB less peak memory; a process-wide
# setting, so it stays for later work in the same process (docs/transcription.md, "Memory of a long recording").
LONG_RECORDING_SECONDS = 3600.0
CUT_SEARCH_SECONDS = 20.0  # look this far back from a window boundary for a quiet moment
MIN_TAIL_SECONDS = 60.0  # a shorter remainder joins the previous window
BATCH_SIZE = 2  # default mode: VAD pieces per batch, one batch per core at once; 4 saved little CPU for 40 % more memory (docs/benchmarks.md)
FAST_BATCH_SIZE = 4  # pieces per batch; one batch per core runs at once (dev set, idle paired runs: 17 % less wall time
# than 1, the same text; peak 1.2 GB for two hours against 0.76 GB; docs/transcription.md, Fast mode)
FAST_BEAM_SIZE = 3  # measured: about the WER of beam 5 on the dev set, a fifth less time
FAST_VAD_MIN_SILENCE_MS = 500  # measured: better WER than faster-whisper's batched 160 ms, as fast
REDO_TEMPERATURES = 2  # batched modes: a redone piece tries this many of `temperature` (0: all); docs/transcription.md
FIRST_BATCH_SIZE = 1  # pieces in the first batch of a run's first window: the first text after one piece's decode
CANCEL_POLL_SECONDS = 0.1  # how often a waiting caller looks at the cancel event


AUTO_LANGUAGE = "auto"  # let Whisper detect the spoken language


def check_language(language: Optional[str]) -> None:
    """Refuse (VeldwerkError) a language Whisper does not know, before anything is loaded or changed."""
    from faster_whisper.tokenizer import _LANGUAGE_CODES

    if language is None or language == AUTO_LANGUAGE:
        return
    if language not in _LANGUAGE_CODES:
        raise VeldwerkError(key="engine.language", language=language, auto=AUTO_LANGUAGE)


def check_threads(threads: Optional[int]) -> None:
    """Refuse a thread count below one (None means: the physical cores)."""
    if threads is not None and (not isinstance(threads, int) or threads < 1):
        raise VeldwerkError(key="engine.threads", threads=threads)


@dataclass(frozen=True)
class Settings:
    """Decoding settings; the defaults are Veldwerk's, explained in docs/transcription.md."""

    language: Optional[str] = "nl"
    beam_size: int = 5
    best_of: int = 5
    temperature: tuple = (0.0, 0.2, 0.4, 0.6)
    compression_ratio_threshold: float = 2.4
    log_prob_threshold: float = -1.0
    no_speech_threshold: float = 0.6
    condition_on_previous_text: bool = False
    hallucination_silence_threshold: Optional[float] = 2.0
    repetition_penalty: float = 1.0
    no_repeat_ngram_size: int = 0
    word_timestamps: bool = True
    vad_filter: bool = True
    vad_min_silence_ms: int = 1000
    vad_speech_pad_ms: int = 400
    hotwords: tuple = ()
    fast: bool = False
    batched: bool = True  # the default mode decodes VAD pieces in batches with the guards per piece: faster and
    # more accurate than the sequential decoder (batched=False) on every set measured, and than faster-whisper's
    # batched pipeline on dev and the interview-like set, 0.65 points worse on the held-out clips
    # (docs/benchmarks.md); fast mode is always batched
    batch_size: int = BATCH_SIZE
    fast_batch_size: int = FAST_BATCH_SIZE
    fast_beam_size: int = FAST_BEAM_SIZE
    fast_vad_min_silence_ms: int = FAST_VAD_MIN_SILENCE_MS
    first_batch_size: int = FIRST_BATCH_SIZE  # batched modes: 0 turns "the first text sooner" off (docs/transcription.md)
    redo_temperatures: int = REDO_TEMPERATURES
    seed: int = 0


def default_threads() -> int:
    """Physical CPU cores (at least 1): the thread count CTranslate2 runs best with."""
    return max(1, psutil.cpu_count(logical=False) or psutil.cpu_count() or 1)


_models: dict = {}
_models_lock = threading.Lock()


def load_model(model=None, compute_type: str = "int8", threads: Optional[int] = None) -> WhisperModel:
    """A loaded WhisperModel for a library name or folder, cached per (path, type, threads).

    It has one single-threaded CTranslate2 worker per thread (physical cores by default):
    that many windows, and within a window that many batches of pieces, are decoded at once.
    """
    path = resolve_model(model)
    threads = threads or default_threads()
    key = (str(path), compute_type, threads)
    with _models_lock:
        if key not in _models:
            try:
                _models[key] = WhisperModel(
                    str(path), device="cpu", compute_type=compute_type,
                    cpu_threads=1, num_workers=threads, local_files_only=True,
                )
            except (RuntimeError, ValueError, OSError) as e:
                raise VeldwerkError(key="engine.model_load", path=path, detail=technical(e)) from None
        return _models[key]


def unload_models() -> None:
    """Drop cached models (frees their memory once no job uses them)."""
    with _models_lock:
        _models.clear()


# ---------------------------------------------------------------- windows

def plan_windows(n_samples: int, audio: np.ndarray, rate: int = SAMPLE_RATE) -> list[tuple[int, int]]:
    """Split [0, n_samples) into ~WINDOW_SECONDS windows cut at the quietest 100 ms nearby."""
    win, search, tail = (int(s * rate) for s in (WINDOW_SECONDS, CUT_SEARCH_SECONDS, MIN_TAIL_SECONDS))
    frame = rate // 10
    bounds, start = [], 0
    while n_samples - start > win + tail:
        target = start + win
        lo = target - search
        region = audio[lo:target].astype(np.float32)
        energy = np.square(region[: len(region) // frame * frame]).reshape(-1, frame).mean(axis=1)
        cut = lo + int(np.argmin(energy)) * frame + frame // 2
        bounds.append((start, cut))
        start = cut
    bounds.append((start, n_samples))
    return bounds


def _as_float32(block: np.ndarray) -> np.ndarray:
    if block.dtype == np.int16:
        return block.astype(np.float32) / 32768.0
    return np.ascontiguousarray(block, dtype=np.float32)


# ---------------------------------------------------------------- transcription

def _vad_parameters(s: Settings) -> dict:
    return {"min_silence_duration_ms": s.vad_min_silence_ms, "speech_pad_ms": s.vad_speech_pad_ms}


def _run_window(model: WhisperModel, audio: np.ndarray, s: Settings, language, leading: bool = False):
    """faster-whisper's segment generator and info for one window.

    VAD and features are computed here, a block at a time (transcribe/blockwise.py); decoding happens as
    the generator is read. In the window a run starts with (`leading`), the batched modes decode the
    first piece alone, so that the first text comes after one piece instead of a whole batch."""
    use_blockwise(model)
    hotwords = ", ".join(h for h in s.hotwords if h) or None
    common = dict(
        language=language, beam_size=s.fast_beam_size if s.fast else s.beam_size, best_of=s.best_of,
        compression_ratio_threshold=s.compression_ratio_threshold,
        log_prob_threshold=s.log_prob_threshold, no_speech_threshold=s.no_speech_threshold,
        repetition_penalty=s.repetition_penalty, no_repeat_ngram_size=s.no_repeat_ngram_size,
        word_timestamps=s.word_timestamps, vad_filter=s.vad_filter, hotwords=hotwords,
    )
    # Seeds only worker threads that have not sampled yet (CTranslate2 keeps one generator per
    # thread), so fallback samples are not repeatable; see docs/transcription.md, `temperature`.
    ctranslate2.set_random_seed(s.seed)
    if s.fast or s.batched:
        pipeline = ParallelBatchedPipeline(model, in_flight=model.model.num_workers, observer=_batch_observer,
                                           first_batch=s.first_batch_size if leading else 0)
        return pipeline.transcribe(
            audio, temperature=list(s.temperature[:1]), batch_size=s.fast_batch_size if s.fast else s.batch_size,
            vad_parameters={"min_silence_duration_ms": s.fast_vad_min_silence_ms}, **common,
        )
    return model.transcribe(
        audio, temperature=list(s.temperature),
        condition_on_previous_text=s.condition_on_previous_text,
        hallucination_silence_threshold=s.hallucination_silence_threshold,
        vad_parameters=_vad_parameters(s), **common,
    )


def _segment(raw, offset: float, loop_threshold: Optional[float] = None) -> Segment:
    """A Veldwerk segment of one of faster-whisper's; with `loop_threshold`, a segment whose text still
    compresses better than that (a loop every fallback temperature fell into) has its repeats cut back
    to one (transcribe/loops.py)."""
    words = [
        Word(round(float(w.start) + offset, 3), round(float(w.end) + offset, 3), w.word, round(float(w.probability), 4))
        for w in (raw.words or [])
    ]
    segment = Segment(
        start=round(float(raw.start) + offset, 3),
        end=round(float(raw.end) + offset, 3),
        text=raw.text.strip(),
        confidence=round(math.exp(min(0.0, raw.avg_logprob)), 4),
        words=words,
    )
    if loop_threshold is not None and raw.compression_ratio > loop_threshold:
        cut = loop_free(segment)
        if cut is not segment:
            guards_fired["loop cut (segments)"] += 1
            return cut
    return segment


_batch_observer = None  # tests: called as observer(event, batch) around each batch's decode
guards_fired: collections.Counter = collections.Counter()  # batched pieces per guard verdict, and looping
# segments cut back ("loop cut (segments)"), for the bench


def _window_segments(whisper, chunk, raw_segments, s: Settings, language, offset: float, edges=(True, True)):
    """Veldwerk segments of one window; a batched piece that fails a guard is decoded again.

    The batched pipeline has none of the sequential decoder's checks, so they are applied per
    VAD piece (docs/transcription.md): a piece whose text loops (compression ratio, or a word that
    repeats a part), or in the default mode whose average log-probability is low or that holds a
    sentence that looks like a hallucination with silence on both sides, is re-decoded with the
    sequential decoder (temperature fallback, hallucination-silence check) over that piece's audio
    only; a piece Whisper thinks holds no speech and decodes with low confidence is dropped, as the
    sequential decoder drops such a window. `edges` says whether the window starts and ends the
    recording: there, the recording's start and end count as silence, as in the sequential decoder.
    """
    if not (s.fast or s.batched):
        yield from (_segment(raw, offset, s.compression_ratio_threshold) for raw in raw_segments)
        return
    starts_recording, ends_recording = edges
    speech_before = -math.inf if starts_recording else 0.0  # where the speech before the piece ends (window time)
    window_end = math.inf if ends_recording else len(chunk) / SAMPLE_RATE
    pieces = _Peekable(_pieces(raw_segments))

    def speech_after() -> float:  # read only for a suspect last sentence: other pieces stream without waiting
        following = pieces.peek()
        return _speech_span(following)[0] if following is not None else window_end

    for piece in pieces:
        verdict, reason = _piece_verdict(piece, s, speech_before, speech_after)
        guards_fired[reason] += 1
        if verdict == "drop":
            continue
        speech_before = _speech_span(piece)[1]
        if verdict == "redo":
            lo = int(min(r.start for r in piece) * SAMPLE_RATE)
            hi = int(math.ceil(max(r.end for r in piece) * SAMPLE_RATE))
            again, _ = _run_window(whisper, chunk[lo:hi], _redo_settings(s), language)
            yield from (_segment(redo, offset + lo / SAMPLE_RATE, s.compression_ratio_threshold) for redo in again)
            continue
        for raw in piece:
            yield from _split_at_sentences(_segment(raw, offset))


def _redo_settings(s: Settings) -> Settings:
    """The sequential decoder's settings for a batched piece that failed a guard: its fallback stops after
    the first `redo_temperatures` temperatures (0.0 and 0.2). In noise most redone pieces fail at every
    temperature, and 0.4 and 0.6 rescued 1 of 24 (docs/benchmarks.md), at two decodes each."""
    temperatures = s.temperature[: s.redo_temperatures] if s.redo_temperatures else s.temperature
    return replace(s, fast=False, batched=False, temperature=tuple(temperatures))


def _pieces(raw_segments):
    """The raw segments of each VAD piece, as a list, each as soon as its last segment has come
    (ParallelBatchedPipeline marks it: waiting for the next piece's first segment would hold a
    finished piece back while the next batch decodes)."""
    piece = []
    for raw in raw_segments:
        piece.append(raw)
        if raw.last_in_piece:
            yield piece
            piece = []
    if piece:
        yield piece


def _speech_span(piece: list) -> tuple[float, float]:
    """Where a piece's first word starts and its last word ends (its VAD span when it has no words)."""
    words = [w for r in piece for w in (r.words or [])]
    if words:
        return words[0].start, words[-1].end
    return min(r.start for r in piece), max(r.end for r in piece)


class _Peekable:
    """An iterator whose next item can be looked at (None at the end) without taking it."""

    _EMPTY = object()

    def __init__(self, items):
        self._items, self._next = iter(items), self._EMPTY

    def __iter__(self):
        return self

    def __next__(self):
        if self._next is self._EMPTY:
            return next(self._items)
        item, self._next = self._next, self._EMPTY
        if item is None:
            raise StopIteration
        return item

    def peek(self):
        if self._next is self._EMPTY:
            self._next = next(self._items, None)
        return self._next


def _piece_verdict(piece: list, s: Settings, speech_before: float = -math.inf,
                   speech_after: Union[float, Callable[[], float]] = math.inf) -> tuple[str, str]:
    """("keep", "drop" or "redo", the guard that decided) for one batched piece's raw segments
    (a threshold of None turns its guard off). `speech_before` and `speech_after` are where the
    speech around the piece ends and starts (seconds, the piece's time scale; infinite at the
    recording's edges); `speech_after` may be a function, called only when the answer depends on it.

    Fast mode applies only the loop guard."""
    cr = s.compression_ratio_threshold
    if cr is not None and any(r.compression_ratio > cr or loops_inside_a_word(r.text) for r in piece):
        return "redo", "loop"
    if s.fast:
        return "keep", "kept"
    avg_logprob, no_speech = piece[0].avg_logprob, piece[0].no_speech_prob
    low = s.log_prob_threshold is not None and avg_logprob < s.log_prob_threshold
    if s.no_speech_threshold is not None and no_speech > s.no_speech_threshold and \
            (s.log_prob_threshold is None or avg_logprob <= s.log_prob_threshold):
        return "drop", "no speech"
    if low:
        return "redo", "log-prob"
    if s.hallucination_silence_threshold is not None and \
            _hallucination_in_silence(piece, speech_before, speech_after, s.hallucination_silence_threshold):
        return "redo", "hallucination"
    return "keep", "kept"


def _hallucination_in_silence(piece: list, speech_before: float, speech_after, threshold: float) -> bool:
    """Whisper's hallucination-silence rule (openai-whisper's and faster-whisper's sequential decoder),
    on the piece's sentences in the recording's time: a sentence that looks like a hallucination
    (`_anomalous`) with more than `threshold` seconds of silence before it, and after it more than
    `threshold` seconds of silence or another such sentence.

    In a batched piece VAD has already cut the long silences out of what Whisper hears, so the
    silence is measured on the recording's clock (the word times faster-whisper maps back)."""
    spans = [(sentence.words[0].start, sentence.words[-1].end, _anomalous(sentence.words))
             for raw in piece for sentence in _split_at_sentences(_segment(raw, 0.0)) if sentence.words]
    for i, (start, end, odd) in enumerate(spans):
        if not odd or start - (spans[i - 1][1] if i else speech_before) <= threshold:
            continue
        if i + 1 < len(spans):
            after, after_odd = spans[i + 1][0], spans[i + 1][2]
        else:
            after, after_odd = speech_after() if callable(speech_after) else speech_after, False
        if after - end > threshold or after_odd:
            return True
    return False


def _anomalous(words) -> bool:
    """faster-whisper's (and openai-whisper's) hallucination score over a segment's first 8 words."""
    words = [w for w in (words or []) if w.word.strip() not in HALLUCINATION_PUNCTUATION][:8]
    if not words:
        return False
    score = 0.0
    for w in words:
        duration = w.end - w.start
        score += (w.probability < 0.15) + max(0.0, 0.133 - duration) * 15 + max(0.0, duration - 2.0)
    return score >= 3 or score + 0.01 >= len(words)


HALLUCINATION_PUNCTUATION = set('"\'“¿([{-"\'.。,，!！?？:：”)]}、')


SPLIT_GAP_SECONDS = 1.0
SENTENCE_END = (".", "?", "!", "…")


def _split_at_sentences(segment: Segment) -> list[Segment]:
    """Split a long batched segment (up to 30 s) after sentence ends and long pauses, by its words."""
    words = segment.words
    if len(words) < 2:
        return [segment]
    pieces, current = [], []
    for i, word in enumerate(words):
        current.append(word)
        nxt = words[i + 1] if i + 1 < len(words) else None
        if nxt is not None and (word.word.rstrip().endswith(SENTENCE_END) or nxt.start - word.end >= SPLIT_GAP_SECONDS):
            pieces.append(current)
            current = []
    pieces.append(current)
    if len(pieces) == 1:
        return [segment]
    out = []
    for n, piece in enumerate(pieces):
        start = segment.start if n == 0 else piece[0].start
        end = segment.end if n == len(pieces) - 1 else piece[-1].end
        text = "".join(w.word for w in piece).strip()
        out.append(Segment(start=start, end=max(end, start + 0.01), text=text, confidence=segment.confidence, words=piece))
    return out


def transcribe_audio(
    audio: np.ndarray,
    model=None,
    language: Optional[str] = "nl",
    fast: bool = False,
    hotwords: Optional[Iterable[str]] = None,
    start_at: float = 0.0,
    on_segment: Optional[Callable[[Segment], None]] = None,
    on_progress: Optional[Callable[[float, float, Optional[float]], None]] = None,
    on_checkpoint: Optional[Callable[[float], None]] = None,
    cancel: Optional[threading.Event] = None,
    threads: Optional[int] = None,
    settings: Optional[Settings] = None,
) -> list[Segment]:
    """Transcribe 16 kHz mono audio (float32 or int16) after `start_at` seconds.

    language=None auto-detects. Each finished segment goes to on_segment(segment);
    on_progress(fraction_done, elapsed_s, remaining_s or None) follows it;
    on_checkpoint(seconds) reports that everything before `seconds` is done (also
    across silent stretches). Callbacks run in the calling thread; Whisper runs in
    a helper thread, so a set `cancel` event raises Cancelled within about 0.1 s
    (the decode step in flight finishes in the background and is discarded);
    segments already passed to on_segment stay valid.
    """
    if audio.ndim != 1:
        raise VeldwerkError(key="engine.mono")
    s = replace(settings or Settings(), language=language, fast=fast, hotwords=tuple(hotwords or ()))
    whisper = model if isinstance(model, WhisperModel) else load_model(model, threads=threads)
    n = len(audio)
    duration = n / SAMPLE_RATE
    if duration >= LONG_RECORDING_SECONDS:
        limit_retained_memory()  # transcribe/heap.py: about 14 % more CPU for about 250 MB less at two hours
    start_at = max(0.0, float(start_at or 0.0))
    segments: list[Segment] = []
    began = time.monotonic()
    done_from = min(start_at, duration)

    def report(position: float) -> None:
        if on_progress is None:
            return
        fraction = min(1.0, position / duration) if duration else 1.0
        elapsed = time.monotonic() - began
        progressed = position - done_from
        remaining = elapsed * (duration - position) / progressed if progressed > 0 else None
        on_progress(float(fraction), float(elapsed), None if remaining is None else float(remaining))

    def check_cancel(position: float) -> None:
        if cancel is not None and cancel.is_set():
            raise Cancelled(key="engine.cancelled", at=clock(position), count=len(segments))

    check_cancel(done_from)
    report(done_from)
    results: queue.Queue = queue.Queue()
    stop = threading.Event()

    def produce() -> None:
        try:
            for item in _results(whisper, audio, s, start_at, stop):
                if stop.is_set():
                    return
                results.put(item)
            results.put(("done", None))
        except BaseException as e:  # handed to the caller's thread
            results.put(("error", e))

    # not a daemon: interpreter exit waits for a decode step in flight (CTranslate2 would
    # crash if Python were torn down under it)
    worker = threading.Thread(target=produce, name="veldwerk-whisper", daemon=False)
    worker.start()
    position = done_from
    try:
        while True:
            try:
                kind, value = results.get(timeout=CANCEL_POLL_SECONDS)
            except queue.Empty:
                check_cancel(position)
                continue
            if kind == "segment":
                segments.append(value)
                if on_segment is not None:
                    on_segment(value)
                position = value.end
                report(position)
            elif kind == "checkpoint":
                if on_checkpoint is not None:
                    on_checkpoint(value)
                position = value
                report(position)
            elif kind == "error":
                raise value
            else:
                break
            check_cancel(position)
    finally:
        stop.set()  # an abandoned decode step finishes in the background and is discarded
    return segments


def _results(whisper, audio: np.ndarray, s: Settings, start_at: float, stop: threading.Event):
    """("segment", Segment) and ("checkpoint", seconds) items after start_at, window by window.

    Windows are decoded concurrently, one per CTranslate2 worker (a few more queued), and
    handed on in order: the first unfinished window's segments stream as they come, later
    windows' wait until it is done. In the batched modes the windows after the first start once the
    first has handed on its first item, so the first text comes sooner. With auto-detection the first
    window runs alone and its language is kept for the rest of the recording. Ends by setting `stop` (this run's own
    event), so windows still in flight after a failure stop at their next segment.
    """
    windows = [(a, b) for a, b in plan_windows(len(audio), audio) if b / SAMPLE_RATE > start_at]
    language = s.language
    leading = True  # the window the run starts with decodes its first piece alone (_run_window)
    if language is None and windows:
        items = _Items()
        _decode_window(whisper, audio, windows.pop(0), s, None, stop, leading, items)
        language = yield from _drain(items, start_at)
        leading = False
    workers = whisper.model.num_workers

    def calls():
        for n, window in enumerate(windows):
            items = _Items()
            yield _decode_window, whisper, audio, window, s, language, stop, leading and n == 0, items
            if leading and n == 0 and (s.fast or s.batched) and s.first_batch_size:
                # the other windows start once the first text (or the window's end) is out: until then the
                # cores decode the first window's first batches instead of the next windows' VAD and pieces
                while not items.started.wait(CANCEL_POLL_SECONDS):
                    if stop.is_set():
                        return

    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="veldwerk-window") as pool, \
            closing(in_order(pool, calls(), 2 * workers)) as ordered:
        try:
            for _, call in ordered:
                if stop.is_set():
                    return
                yield from _drain(call[-1], start_at)
        finally:
            stop.set()  # done, stopped or failed: windows still in flight end at their next segment


class _Items:
    """A window's items for _drain; `started` is set with the first one."""

    def __init__(self):
        self._items, self.started = queue.SimpleQueue(), threading.Event()

    def put(self, item) -> None:
        self._items.put(item)
        self.started.set()

    def get(self):
        return self._items.get()


def _decode_window(whisper, audio, window, s: Settings, language, stop, leading: bool, items) -> None:
    """Put ("segment", Segment)... then ("checkpoint", end) or ("error", exception) on `items`;
    then give what the window freed back to the operating system (transcribe/heap.py)."""
    try:
        _window_items(whisper, audio, window, s, language, stop, leading, items)
    finally:
        release_freed_memory()


def _window_items(whisper, audio, window, s: Settings, language, stop, leading: bool, items) -> None:
    first, last = window
    try:
        if stop.is_set():
            items.put(("stopped", None))
            return
        chunk = _as_float32(audio[first:last])
        raw_segments, info = _run_window(whisper, chunk, s, language, leading)
        edges = (first == 0, last == len(audio))
        for seg in _window_segments(whisper, chunk, raw_segments, s, language or info.language, first / SAMPLE_RATE, edges):
            if stop.is_set():
                items.put(("stopped", None))
                return
            items.put(("segment", seg))
        items.put(("checkpoint", (last / SAMPLE_RATE, info.language)))
    except BaseException as e:  # handed on in window order
        items.put(("error", e))


def _drain(items, start_at: float):
    """Yield a window's items as _results does, raise its error; returns the window's language."""
    while True:
        kind, value = items.get()
        if kind == "segment":
            if value.end > start_at + 1e-3 and value.text:
                yield "segment", value
        elif kind == "checkpoint":
            end, language = value
            yield "checkpoint", end
            return language
        elif kind == "error":
            raise value
        else:  # stopped
            return None


def transcribe_file(
    path,
    model=None,
    language: Optional[str] = "nl",
    fast: bool = False,
    hotwords: Optional[Iterable[str]] = None,
    on_progress: Optional[Callable[[float, float, Optional[float]], None]] = None,
    cancel: Optional[threading.Event] = None,
    threads: Optional[int] = None,
) -> list[Segment]:
    """Decode an audio/video file and transcribe it; raises NotAudio, Cancelled, VeldwerkError."""
    from transcribe.decode import decode_pcm16

    check_language(language)
    check_threads(threads)
    whisper = load_model(model, threads=threads)  # fail on a bad model before decoding
    pcm, _ = decode_pcm16(Path(path))
    return transcribe_audio(
        pcm, whisper, language=language, fast=fast, hotwords=hotwords,
        on_progress=on_progress, cancel=cancel,
    )
