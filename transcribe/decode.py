"""Decode any audio or video file PyAV reads into 16 kHz mono samples.

Decoding streams through a resampler block by block, so memory holds the
output samples plus one block. A file cut off mid-stream (a recorder whose
battery died) yields what it holds; a file with no decodable samples at all
(empty, not audio, corrupt header, zero duration) raises NotAudio.
"""
import gc
from pathlib import Path
from typing import Iterator

import av
import numpy as np

from storage.errors import NotAudio, NotFound
from storage.messages import Message, technical

SAMPLE_RATE = 16000
_BLOCK = 1 << 16


def iter_float32(path, rate: int = SAMPLE_RATE, notes: dict | None = None) -> Iterator[np.ndarray]:
    """Yield the file's first audio stream as mono float32 blocks at `rate` Hz.

    `notes`, when given, receives what the caller should tell the researcher: "declared" (the length
    in seconds the file's header claims, when it says), "read" (seconds decoded) and "damage" (why
    decoding stopped early or skipped packets), so a truncated file is imported with a visible warning.
    """
    path = Path(path)
    if not path.exists():
        raise NotFound(key="audio.no_file", path=path)
    if path.is_dir():
        raise NotAudio(key="audio.folder", path=str(path))
    if path.stat().st_size == 0:
        raise NotAudio(key="audio.zero_bytes", name=path.name)
    try:
        container = av.open(str(path), mode="r", metadata_errors="ignore")
    except (av.FFmpegError, UnicodeDecodeError, ValueError) as e:
        raise NotAudio(key="audio.unreadable", name=path.name, reason=_reason(e)) from None
    yielded = 0
    last_error = None
    try:
        if not container.streams.audio:
            raise NotAudio(key="audio.no_stream", name=path.name)
        stream = container.streams.audio[0]
        if notes is not None:
            notes["declared"] = _declared_seconds(path, container, stream)
        resampler = av.AudioResampler(format="flt", layout="mono", rate=rate)
        try:
            frames = container.decode(stream)
            while True:
                try:
                    frame = next(frames)
                except StopIteration:
                    frame = None
                except (av.error.InvalidDataError, av.error.EOFError) as e:
                    last_error = e  # a damaged packet: skip it, keep what decodes
                    continue
                except av.FFmpegError as e:
                    last_error = e  # cut off or unreadable from here on: keep what came before
                    frame = None
                if frame is not None:
                    frame.pts = None
                try:
                    converted = resampler.resample(frame)
                except av.FFmpegError as e:  # e.g. a 64-channel layout FFmpeg cannot mix down
                    raise NotAudio(key="audio.no_mono", name=path.name, channels=stream.channels, rate=stream.rate,
                                   reason=_reason(e)) from None
                for out in converted:
                    block = out.to_ndarray().reshape(-1).astype(np.float32, copy=False)
                    if block.size:
                        yielded += block.size
                        yield block
                if frame is None:
                    break
        finally:
            del resampler
    finally:
        container.close()
        # PyAV's resampler buffers sit in reference cycles: a young-generation collection frees them.
        # A full collection cost seconds per file in a process holding deduce's tables and a model
        # (7 s per decode late in the test run); measured on ten minutes of 44.1 kHz stereo decoded
        # six times, the resident size stays at 65 MB with either.
        gc.collect(1)
    if yielded == 0:
        if last_error is not None:
            raise NotAudio(key="audio.no_samples_because", name=path.name, detail=_reason(last_error))
        raise NotAudio(key="audio.no_samples", name=path.name)
    if notes is not None:
        notes["read"] = yielded / rate
        if last_error is not None:
            notes["damage"] = _reason(last_error)


def _declared_seconds(path: Path, container, stream) -> float | None:
    """The length the file's header claims, or None.

    For a WAV file that is its data chunk's size (FFmpeg estimates a WAV's length from the file size,
    which hides a cut-off file); for others, what the demuxer reports.
    """
    import wave

    try:
        with wave.open(str(path), "rb") as riff:
            return riff.getnframes() / riff.getframerate()
    except (wave.Error, EOFError, OSError, ZeroDivisionError):
        pass
    if stream.duration is not None and stream.time_base is not None:
        return float(stream.duration * stream.time_base)
    if container.duration is not None:
        return container.duration / 1_000_000
    return None


def truncation_warning(name: str, notes: dict) -> Message | None:
    """A one-line warning when less audio was read than the file claims, or packets were damaged; else None."""
    declared, read = notes.get("declared"), notes.get("read", 0.0)
    short = declared is not None and read < declared * 0.98 - 0.5
    if not short and not notes.get("damage"):
        return None
    shown = f"{int(read // 60)}:{read % 60:04.1f}"
    if short:
        claimed = f"{int(declared // 60)}:{declared % 60:04.1f}"
        return Message("audio.truncated", name=name, claimed=claimed, shown=shown)
    return Message("audio.damaged_parts", name=name, damage=notes["damage"], shown=shown)


def _reason(error) -> str:
    return technical(error)


def decode_float32(path, rate: int = SAMPLE_RATE) -> np.ndarray:
    """The whole file as one mono float32 array in [-1, 1] at `rate` Hz."""
    blocks = list(iter_float32(path, rate))
    audio = np.concatenate(blocks) if len(blocks) > 1 else blocks[0]
    np.clip(audio, -1.0, 1.0, out=audio)
    return audio


def decode_pcm16(path, rate: int = SAMPLE_RATE) -> tuple[np.ndarray, int]:
    """The whole file as mono int16 PCM (half the memory of float32) and its sample rate.

    The blocks are appended to one growing buffer (large reallocations are remapped, not copied),
    so a two-hour recording peaks near its own 230 MB, not twice that (a list of blocks, then
    their concatenation)."""
    pcm = bytearray()
    for block in iter_float32(path, rate):
        pcm += (np.clip(block, -1.0, 1.0) * 32767.0).astype(np.int16).tobytes()
    return np.frombuffer(pcm, dtype=np.int16), rate


def duration_seconds(samples: np.ndarray, rate: int = SAMPLE_RATE) -> float:
    """Length in seconds of a sample array."""
    return len(samples) / float(rate)
