"""Real transcription with the embedded Whisper base model (no mocks)."""
import json
import socket
import threading

import numpy as np
import pytest

from storage.errors import Cancelled, NotAudio, VeldwerkError
from storage.transcript_formats import to_json, to_srt, to_vtt
from tests.storage.test_transcript_formats import check_srt, check_vtt
from tests.waiting import wait_until
from transcribe.engine import (
    WINDOW_SECONDS,
    default_threads,
    load_model,
    plan_windows,
    transcribe_audio,
    transcribe_file,
    unload_models,
)

from .conftest import EXPECTED_WORDS, normalised_words

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def straight(library_home, dutch_pcm):
    """One uninterrupted default-mode run over the fixture."""
    return transcribe_audio(dutch_pcm)


def test_dutch_words_come_out(straight):
    text = " ".join(s.text for s in straight)
    assert EXPECTED_WORDS <= normalised_words(text), text
    assert len(straight) >= 2
    for seg in straight:
        assert 0 <= seg.start < seg.end <= 16.0
        assert 0 < seg.confidence <= 1
        assert seg.words and all(seg.start - 0.01 <= w.start <= w.end <= seg.end + 0.01 for w in seg.words)
        assert all(0 <= w.probability <= 1 for w in seg.words)


def test_outputs_are_valid(straight):
    check_srt(to_srt(straight))
    check_vtt(to_vtt(straight))
    doc = json.loads(to_json(straight))
    assert doc["segments"][0]["words"][0][2].strip()


def test_transcribe_file_progress(dutch_wav, straight):
    calls = []
    segments = transcribe_file(dutch_wav, on_progress=lambda *a: calls.append(a))
    assert [s.text for s in segments] == [s.text for s in straight]
    fractions = [c[0] for c in calls]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert all(isinstance(v, float) for c in calls for v in c if v is not None)
    assert calls[-1][2] == 0.0 and calls[-1][1] > 0


def test_cancel_then_resume_equals_straight_run(dutch_pcm, straight):
    cancel = threading.Event()
    saved = []

    def keep(segment):
        saved.append(segment)
        cancel.set()  # stop right after the first segment

    with pytest.raises(Cancelled, match="cancelled"):
        transcribe_audio(dutch_pcm, on_segment=keep, cancel=cancel)
    assert len(saved) == 1
    rest = transcribe_audio(dutch_pcm, start_at=saved[-1].end)
    assert saved + rest == straight


def test_start_at_skips_and_offsets(dutch_pcm, straight):
    later = transcribe_audio(dutch_pcm, start_at=straight[0].end)
    assert later == straight[1:]
    assert transcribe_audio(dutch_pcm, start_at=60.0) == []


def test_cancel_before_start_is_immediate(dutch_pcm):
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled):
        transcribe_audio(dutch_pcm, cancel=cancel)


def test_fast_mode(dutch_pcm):
    segments = transcribe_audio(dutch_pcm, fast=True)
    text = " ".join(s.text for s in segments)
    assert {"goedemiddag", "ggd", "gezondheid"} <= normalised_words(text), text
    assert all(s.words for s in segments)


def test_language_detection_runs(dutch_pcm):
    # espeak's robot voice is not reliably heard as Dutch, so only check that detection runs
    segments = transcribe_audio(dutch_pcm, language=None)
    assert segments and all(s.text and s.start < s.end for s in segments)


def test_glossary_hotwords_help(dutch_pcm, straight):
    assert "klankbordgroep" not in normalised_words(" ".join(s.text for s in straight))
    segments = transcribe_audio(dutch_pcm, hotwords=["GGD", "klankbordgroep", "Tilburg"])
    text = " ".join(s.text for s in segments)
    assert {"klankbordgroep", "tilburg"} <= normalised_words(text), text


def test_silence_gives_no_text():
    silence = np.zeros(16000 * 20, dtype=np.float32)
    assert transcribe_audio(silence) == []


def test_noise_does_not_hallucinate():
    noise = (np.random.default_rng(1).normal(0, 0.01, 16000 * 15)).astype(np.float32)
    segments = transcribe_audio(noise)
    assert sum(len(s.text.split()) for s in segments) <= 3


def test_stereo_array_refused():
    with pytest.raises(VeldwerkError, match="mono"):
        transcribe_audio(np.zeros((2, 16000), np.float32))


@pytest.mark.parametrize("content", [b"", b"RIFF\x00\x00", "geen audio".encode() * 50])
def test_bad_files_raise_not_audio(tmp_path, content):
    path = tmp_path / "bad.wav"
    path.write_bytes(content)
    with pytest.raises(NotAudio):
        transcribe_file(path)


def test_runs_without_network(monkeypatch, dutch_wav, straight):
    import os

    def no_network(*args, **kwargs):
        raise OSError("network access attempted during transcription")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    unload_models()  # load the model again with the network gone
    segments = transcribe_file(dutch_wav)
    assert [s.text for s in segments] == [s.text for s in straight]
    assert os.environ["HF_HUB_OFFLINE"] == "1"
    import huggingface_hub.constants

    assert huggingface_hub.constants.HF_HUB_OFFLINE


def test_model_cache_and_threads():
    assert default_threads() >= 1
    assert load_model(None) is load_model("base")
    assert load_model(None, threads=1) is not load_model(None)


def test_windows_cut_in_quiet_places():
    rate = 16000
    rng = np.random.default_rng(0)
    audio = rng.normal(0, 0.1, int(rate * (2 * WINDOW_SECONDS + 120))).astype(np.float32)
    quiet = int(rate * (WINDOW_SECONDS - 7))
    audio[quiet:quiet + rate // 2] = 0
    windows = plan_windows(len(audio), audio)
    assert windows[0][0] == 0 and windows[-1][1] == len(audio)
    assert all(a[1] == b[0] for a, b in zip(windows, windows[1:]))
    assert quiet <= windows[0][1] <= quiet + rate // 2
    assert plan_windows(rate * 30, np.zeros(rate * 30, np.float32)) == [(0, rate * 30)]


def test_windows_in_parallel_equal_one_at_a_time(dutch_pcm):
    gap = np.zeros(16000 * 170, dtype=dutch_pcm.dtype)
    audio = np.concatenate([dutch_pcm, gap] * 4)  # about 12 minutes: three windows, little speech
    assert len(plan_windows(len(audio), audio)) == 3
    one = transcribe_audio(audio, load_model(None, threads=1))  # one worker: window after window
    two = transcribe_audio(audio, load_model(None, threads=2))  # two workers: two windows at once
    assert len(one) >= 4 and [s.start for s in one] == sorted(s.start for s in one)
    assert [(s.start, s.end, s.text) for s in two] == [(s.start, s.end, s.text) for s in one]
    assert [[(w.start, w.word) for w in s.words] for s in two] == [[(w.start, w.word) for w in s.words] for s in one]


def test_a_failing_window_stops_the_windows_after_it(monkeypatch):
    from transcribe import engine

    started, real, failed = [], engine._run_window, threading.Event()

    def run_window(model, audio, s, language, leading=False):  # the decoder failing on the first window
        started.append(len(started))
        if audio[0] > 0.01:  # the first window's marked sample
            failed.set()
            raise RuntimeError("decoder failed")
        # Silence decodes in no time; a window with speech takes seconds: this one is still busy when the first fails.
        assert failed.wait(60)
        return real(model, audio, s, language, leading)

    monkeypatch.setattr(engine, "_run_window", run_window)
    audio = np.zeros(16000 * 60 * 30, dtype=np.int16)  # six windows of silence, four queued at once
    audio[0] = 1000
    with pytest.raises(RuntimeError, match="decoder failed"):
        transcribe_audio(audio, load_model(None, threads=2))
    # the other worker's window, and perhaps one more grabbed before the failure was seen; not all four
    assert len(started) <= 3


def test_float32_input(dutch_samples):
    text = " ".join(s.text for s in transcribe_audio(dutch_samples))
    assert {"goedemiddag", "ggd", "jongeren"} <= normalised_words(text), text


def test_cancel_mid_decode_raises_cancelled(dutch_pcm):
    long_audio = np.tile(dutch_pcm, 3)  # about 47 s: two Whisper windows or more
    cancel = threading.Event()
    first = threading.Event()
    outcome = {}

    def run():
        try:
            outcome["segments"] = transcribe_audio(long_audio, on_progress=lambda *a: first.set(), cancel=cancel)
        except Cancelled:
            outcome["cancelled"] = True

    worker = threading.Thread(target=run)
    worker.start()
    assert first.wait(60)  # the model is loaded
    wait_until(lambda: any(t.name.startswith("veldwerk-window") for t in threading.enumerate()),
               what="a window being decoded")
    cancel.set()
    worker.join(120)
    assert not worker.is_alive(), "the transcription did not stop after cancel"
    assert outcome == {"cancelled": True}, "a cancelled transcription returns no segments"


def test_process_exits_cleanly_after_cancel_mid_decode(library_home, dutch_wav, tmp_path):
    """The decode step abandoned by a cancel must not crash interpreter exit."""
    import subprocess
    import sys
    from pathlib import Path

    script = tmp_path / "cancel_and_exit.py"
    script.write_text(
        "import threading, numpy as np\n"
        "from storage.errors import Cancelled\n"
        "from transcribe.decode import decode_pcm16\n"
        "from transcribe.engine import transcribe_audio\n"
        f"pcm, _ = decode_pcm16({str(dutch_wav)!r})\n"
        "cancel = threading.Event()\n"
        "def cancel_mid_decode():  # once a window is being decoded\n"
        "    while not any(t.name.startswith('veldwerk-window') for t in threading.enumerate()):\n"
        "        threading.Event().wait(0.01)\n"
        "    cancel.set()\n"
        "threading.Thread(target=cancel_mid_decode, daemon=True).start()\n"
        "try:\n"
        "    transcribe_audio(np.tile(pcm, 4), cancel=cancel)\n"
        "except Cancelled:\n"
        "    print('cancelled')\n"
    )
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run([sys.executable, str(script)], cwd=root, capture_output=True, text=True, timeout=120,
                            env={**__import__("os").environ, "PYTHONPATH": str(root)})
    assert result.returncode == 0, result.stderr[-2000:]
    assert "cancelled" in result.stdout


@pytest.mark.slow
@pytest.mark.parametrize("fast", [True, False], ids=["fast", "default"])
def test_later_windows_start_once_the_first_text_is_out(dutch_pcm, monkeypatch, fast):
    """The first window's first batches get the cores before the next windows' VAD and pieces, so the
    first text comes sooner; then the windows run side by side as before."""
    from transcribe import engine

    log, lock = [], threading.Lock()
    real_decode, real_segments = engine._decode_window, engine._window_segments

    def decode_window(*args):  # (whisper, audio, window, ...): a window starts
        with lock:
            log.append(("start", args[2][0]))
        return real_decode(*args)

    def window_segments(*args):  # (whisper, chunk, raw, s, language, offset, ...): a window's segments
        for segment in real_segments(*args):
            with lock:
                log.append(("segment", args[5]))
            yield segment

    monkeypatch.setattr(engine, "_decode_window", decode_window)
    monkeypatch.setattr(engine, "_window_segments", window_segments)
    audio = np.zeros(16000 * 60 * 11, dtype=np.int16)  # three windows
    for at in (0, 5 * 60, 10 * 60):
        audio[16000 * at:16000 * at + len(dutch_pcm)] = dutch_pcm
    segments = transcribe_audio(audio, load_model(None, threads=2), fast=fast)
    assert len({int(s.start // 300) for s in segments}) == 3
    later = min(i for i, (kind, first) in enumerate(log) if kind == "start" and first > 0)
    assert ("segment", 0.0) in log[:later], log
