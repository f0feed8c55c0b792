"""Expected transcription speed per model, measured once on this machine and stored.

A calibration transcribes the bundled Dutch sample (resources/selftest/nl_sample.wav, 4.4 s, three
times with pauses: about 15 s of audio) with one model on the chosen device and stores, in the
app's data folder (`speed.json`, no participant data), how many seconds of audio it does per second
(`x_realtime`) and how long loading took. Settings and `veldwerk models list` show it; a researcher
can then pick base for a quick draft and a large model overnight.

    entry = measure_speed("base")                    # runs Whisper; stored
    expected_speed("base", choose_device())          # the stored entry or None
    expected_seconds(entry, 3600)                    # a one-hour interview, in seconds
"""
import json
import os
import time
from datetime import datetime, timezone
from typing import Optional

import numpy as np

from storage.paths import data_dir
from transcribe.device import DeviceChoice, choose_device, load_for_job

SPEED_FILE = "speed.json"
SAMPLE = ("selftest", "nl_sample.wav")
REPEATS = 3
PAUSE_S = 0.5


def speed_path():
    return data_dir() / SPEED_FILE


def _key(model: str, choice: DeviceChoice) -> str:
    return f"{model}|{choice.device}|{choice.compute_type}"


def stored_speeds() -> dict:
    """Every stored measurement, keyed "model|device|compute_type" (an unreadable file counts as empty)."""
    try:
        data = json.loads(speed_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _store(key: str, entry: dict) -> None:
    data = stored_speeds()
    data[key] = entry
    path = speed_path()
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(data, indent=1, sort_keys=True), encoding="utf-8")
    os.replace(tmp, path)


def expected_speed(model: str, choice: Optional[DeviceChoice] = None) -> Optional[dict]:
    choice = choice or choose_device()
    return stored_speeds().get(_key(model or "base", choice))


def expected_seconds(entry: Optional[dict], audio_seconds: float) -> Optional[float]:
    """Wall time for `audio_seconds` of audio at the measured speed (None when not measured)."""
    if not entry or not entry.get("x_realtime"):
        return None
    return audio_seconds / float(entry["x_realtime"])


def calibration_audio() -> np.ndarray:
    """The bundled Dutch sample three times with short pauses, int16 at 16 kHz."""
    from resources import resource_path
    from transcribe.decode import SAMPLE_RATE, decode_pcm16

    pcm, _ = decode_pcm16(resource_path(*SAMPLE))
    pause = np.zeros(int(PAUSE_S * SAMPLE_RATE), np.int16)
    return np.concatenate([piece for _ in range(REPEATS) for piece in (pcm, pause)])


def measure_speed(model: Optional[str] = None, choice: Optional[DeviceChoice] = None,
                  threads: Optional[int] = None) -> dict:
    """Transcribe the calibration audio with `model` and store the speed; returns the entry."""
    from transcribe.decode import SAMPLE_RATE
    from transcribe.engine import transcribe_audio

    model = model or "base"
    choice = choice or choose_device()
    audio = calibration_audio()
    started = time.perf_counter()
    whisper = load_for_job(model, choice, threads)
    loaded = time.perf_counter()
    transcribe_audio(audio, whisper, language="nl", threads=threads)
    decoded = time.perf_counter()
    seconds = len(audio) / SAMPLE_RATE
    entry = {
        "model": model, "device": choice.device, "compute_type": choice.compute_type,
        "audio_s": round(seconds, 2), "load_s": round(loaded - started, 2), "decode_s": round(decoded - loaded, 2),
        "x_realtime": round(seconds / max(decoded - loaded, 1e-6), 2),
        "measured_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
    }
    _store(_key(model, choice), entry)
    return entry
