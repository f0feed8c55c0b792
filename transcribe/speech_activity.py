"""Where speech is, for the extent of speaker turns: the Silero VAD that faster-whisper ships.

The model file (silero_vad_v6.onnx) is inside the installed faster-whisper package and runs on
onnxruntime: nothing is downloaded. The padding it keeps around speech is then cut back where the
frames are quiet (trim_quiet_ends), so a turn ends where the voice's sound does. The diarizer's
voice models still use their own energy mask (transcribe/voice_features.py); this only decides
where turns start and end. Settings chosen on
the tune part of bench/diarization_bench.py (docs/transcription.md).
"""
import numpy as np

from transcribe import offline  # noqa: F401  (must precede faster_whisper / onnxruntime)
from transcribe.decode import SAMPLE_RATE
from transcribe.voice_features import FRAME_STEP, as_float

VAD_THRESHOLD = 0.35  # Silero speech probability that starts speech (tune part: 0.5 gave 15.5 %, 0.35 14.5 % DER)
VAD_PAD_MS = 300  # kept either side of every speech stretch, then trimmed (QUIET_END_DB); docs/transcription.md
VAD_MIN_SILENCE_MS = 300  # shorter pauses stay inside speech (100 ms: the same DER on the tune part)
QUIET_END_DB = 35.0  # the diarizer's speech stretches end where frames fall this far under the recording's loud frames
ABOVE_NOISE_DB = 3.0  # ...and, in a noisy room, where they are within this of the noise floor (tune part at 20 dB: 6 and 10 cut speech)
_CHUNK_S = 600  # the VAD runs on ten-minute pieces, so two hours never sit in its batch at once


def speech_activity(audio: np.ndarray, frames: int, threshold: float = VAD_THRESHOLD,
                    pad_ms: int = VAD_PAD_MS, min_silence_ms: int = VAD_MIN_SILENCE_MS) -> np.ndarray:
    """A boolean mask of `frames` 10 ms frames, True where the Silero VAD finds speech."""
    from faster_whisper.vad import VadOptions, get_speech_timestamps

    mask = np.zeros(frames, bool)
    options = VadOptions(threshold=threshold, speech_pad_ms=pad_ms, min_silence_duration_ms=min_silence_ms)
    chunk = _CHUNK_S * SAMPLE_RATE
    for first in range(0, len(audio), chunk):
        piece = as_float(audio[first: first + chunk])  # a chunk at a time: no float copy of two hours
        if len(piece) < SAMPLE_RATE // 10:
            continue
        for span in get_speech_timestamps(piece, options, sampling_rate=SAMPLE_RATE):
            a = int((first + span["start"]) / SAMPLE_RATE / FRAME_STEP)
            b = int(np.ceil((first + span["end"]) / SAMPLE_RATE / FRAME_STEP))
            mask[max(0, a): min(frames, b)] = True
    return mask


def trim_quiet_ends(speech: np.ndarray, log_energy: np.ndarray, below_db: float,
                    above_noise_db: float = ABOVE_NOISE_DB) -> np.ndarray:
    """`speech` with every stretch's ends cut back while their frames are more than `below_db` dB
    under the recording's loud frames (95th percentile of frame energy) or, in a noisy recording, less
    than `above_noise_db` over its noise floor (5th percentile; 0 turns this off); pauses inside stay.
    In a quiet recording the floor lies far under the loud frames and only the first rule acts."""
    out = speech.copy()
    n = min(len(out), len(log_energy))
    if n == 0:
        return out
    level = np.percentile(log_energy[:n], 95) - below_db * np.log(10) / 10
    if above_noise_db:
        level = max(level, np.percentile(log_energy[:n], 5) + above_noise_db * np.log(10) / 10)
    loud = log_energy[:n] >= level
    edges = np.diff(np.r_[0, out[:n].astype(np.int8), 0])
    for a, b in zip(np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)):
        inside = np.flatnonzero(loud[a:b])
        if not len(inside):
            out[a:b] = False
        else:
            out[a: a + inside[0]] = False
            out[a + inside[-1] + 1: b] = False
    return out
