"""Decoding files into 16 kHz mono samples, and refusing what is not audio."""
import wave

import numpy as np
import pytest

from storage.errors import NotAudio, NotFound
from transcribe.decode import decode_float32, decode_pcm16


def test_wav_decodes_to_16k_mono_float32(dutch_wav, dutch_samples):
    audio = decode_float32(dutch_wav)
    assert audio.dtype == np.float32 and audio.ndim == 1
    assert 14.0 < len(audio) / 16000 < 17.0
    assert np.abs(audio).max() <= 1.0


@pytest.mark.parametrize("fmt", ["flac", "mp3", "m4a", "ogg", "opus", "webm", "mp4"])
def test_other_formats_rates_and_stereo(encoded, dutch_samples, fmt):
    audio = decode_float32(encoded[fmt])
    assert audio.dtype == np.float32 and audio.ndim == 1
    # same length within codec padding, and actual signal
    assert abs(len(audio) - len(dutch_samples)) < 0.2 * 16000
    assert np.sqrt(np.mean(audio ** 2)) > 0.01


def test_pcm16_variant(dutch_wav, dutch_samples):
    pcm, rate = decode_pcm16(dutch_wav)
    assert rate == 16000 and pcm.dtype == np.int16
    assert len(pcm) == len(dutch_samples)
    assert np.allclose(pcm / 32767.0, dutch_samples, atol=2e-4)


def test_empty_file(tmp_path):
    path = tmp_path / "empty.wav"
    path.write_bytes(b"")
    with pytest.raises(NotAudio, match="empty"):
        decode_float32(path)


def test_text_renamed_wav(tmp_path):
    path = tmp_path / "notes.wav"
    path.write_text("Dit is geen audio maar een tekstbestand met notities.\n" * 20, encoding="utf-8")
    with pytest.raises(NotAudio, match="notes.wav"):
        decode_float32(path)


def test_truncated_header(tmp_path, dutch_wav):
    path = tmp_path / "cut.wav"
    path.write_bytes(dutch_wav.read_bytes()[:30])
    with pytest.raises(NotAudio):
        decode_float32(path)


def test_zero_duration_wav(tmp_path):
    path = tmp_path / "zero.wav"
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16000)
        w.writeframes(b"")
    with pytest.raises(NotAudio, match="no audio"):
        decode_pcm16(path)


def test_corrupt_body_is_refused(tmp_path, encoded):
    data = bytearray(encoded["mp3"].read_bytes())
    data[:] = bytes(len(data))  # all zeros: no frame sync anywhere
    path = tmp_path / "zeros.mp3"
    path.write_bytes(bytes(data))
    with pytest.raises(NotAudio):
        decode_float32(path)


def test_cut_off_recording_keeps_what_it_holds(tmp_path, encoded):
    data = encoded["mp3"].read_bytes()
    path = tmp_path / "battery-died.mp3"
    path.write_bytes(data[: len(data) // 2])
    audio = decode_float32(path)
    assert 4 * 16000 < len(audio) < 12 * 16000


def test_missing_file(tmp_path):
    with pytest.raises(NotFound):
        decode_float32(tmp_path / "nope.wav")


def test_folder_is_not_audio(tmp_path):
    with pytest.raises(NotAudio):
        decode_float32(tmp_path)
