"""Recording real audio through PulseAudio: a Dutch clip played into a null sink, recorded from its monitor."""
import os
import signal
import subprocess
import threading

import numpy as np
import pytest
import soundfile

from storage.errors import DeviceError
from tests import pulse
from tests.audio_fixtures import WavSink, dutch_clip, pulse_sink, wav_sink  # noqa: F401  (fixtures)
from tests.waiting import wait_recorded, wait_until
from transcribe.capture.levels import SILENCE_DBFS
from transcribe.capture.recorder import Recorder, record_to_sink

pytestmark = pytest.mark.audio

DEVICE = pulse.CAPTURE_DEVICE


def best_match(recorded: np.ndarray, clip: np.ndarray) -> tuple[int, float]:
    """Where `clip` sits in `recorded` (sample offset) and the normalised correlation there."""
    rec = recorded.astype(np.float64)
    ref = clip.astype(np.float64)
    n = 1 << int(np.ceil(np.log2(len(rec) + len(ref))))
    corr = np.fft.irfft(np.fft.rfft(rec, n) * np.conj(np.fft.rfft(ref, n)), n)[: len(rec) - len(ref) + 1]
    lag = int(np.argmax(corr))
    segment = rec[lag:lag + len(ref)]
    score = float(np.dot(segment, ref) / (np.linalg.norm(segment) * np.linalg.norm(ref) + 1e-9))
    return lag, score


def rms(samples: np.ndarray) -> float:
    return float(np.sqrt(np.mean(samples.astype(np.float64) ** 2))) if len(samples) else 0.0


@pytest.fixture(scope="module")
def clip_48k(dutch_clip, tmp_path_factory):  # noqa: F811
    """The Dutch clip at 48 kHz, to compare with a 48 kHz recording."""
    path = tmp_path_factory.mktemp("clip48") / "dutch48.wav"
    subprocess.run(["sox", str(dutch_clip.path), "-r", "48000", str(path)], check=True, capture_output=True)
    return soundfile.read(path, dtype="int16")[0]


@pytest.mark.parametrize("rate", [16000, 48000])
def test_records_the_played_clip(pulse_sink, dutch_clip, clip_48k, tmp_path, rate):  # noqa: F811
    sink = WavSink(tmp_path / "take.wav", rate)
    levels = []
    recorder = Recorder(sink, DEVICE, rate, on_level=levels.append).start()
    wait_recorded(recorder, 0.4)
    pulse.play(dutch_clip.path)  # returns once the clip has played
    seen = wait_recorded(recorder, recorder.elapsed + 0.4)
    result = recorder.stop()

    assert result.ended_by == "stopped"
    assert result.overflows == 0
    assert [e for e in result.errors if e.fatal] == []
    assert sink.finished and result.saved == sink.path
    assert result.samplerate == rate
    assert result.seconds >= seen  # nothing the recorder had taken in was lost on stop
    assert result.seconds == result.frames / rate
    assert result.seconds > dutch_clip.seconds + 0.5

    recorded = sink.samples()
    assert len(recorded) == result.frames
    reference = dutch_clip.samples if rate == 16000 else clip_48k
    lag, score = best_match(recorded, reference)
    assert score > 0.8, score
    assert lag > 0.2 * rate, lag / rate  # played after 0.4 s were recorded (less the device's latency)
    assert lag + len(reference) <= len(recorded), "the whole clip is in the take"
    inside = recorded[lag:lag + len(reference)]
    outside = np.concatenate([recorded[: max(0, lag - rate // 10)], recorded[lag + len(reference) + rate // 10:]])
    assert rms(inside) > 300
    assert rms(outside) < rms(inside) / 30

    # About 20 levels a second of audio, sane dBFS, loud while the clip played.
    assert abs(len(levels) - 20 * result.seconds) <= 2, (len(levels), result.seconds)
    assert all(SILENCE_DBFS <= lv.rms_dbfs <= lv.peak_dbfs <= 0.0 for lv in levels)
    assert max(lv.rms_dbfs for lv in levels) > -35
    assert min(lv.rms_dbfs for lv in levels) < -60
    assert levels == sorted(levels, key=lambda lv: lv.at)

    # Crash safety: flushed while recording (every second of wall time), not only at the end, and each
    # flush kept everything written before it. (How much a kill -9 loses: test_kill.py.)
    assert sink.flush_frames == sorted(sink.flush_frames) and sink.flush_frames[-1] == result.frames
    assert any(0 < f < result.frames for f in sink.flush_frames), sink.flush_frames


def test_pause_leaves_out_the_paused_time(pulse_sink, dutch_clip, wav_sink):  # noqa: F811
    levels = []
    recorder = Recorder(wav_sink, DEVICE, 16000, on_level=levels.append).start()
    wait_recorded(recorder, 0.8)
    recorder.pause()
    assert recorder.state == "paused"
    at_pause = recorder.elapsed
    pulse.play(dutch_clip.path)  # spoken while paused (returns once played): must not be kept
    assert recorder.elapsed - at_pause < 0.1  # the clip's seconds did not count
    recorder.resume()
    assert recorder.state == "recording"
    wait_recorded(recorder, at_pause + 0.8)
    result = recorder.stop()

    assert result.seconds >= at_pause + 0.8 and result.frames == len(wav_sink.samples())
    assert np.abs(wav_sink.samples()).max() < 100  # silence only
    paused = [lv for lv in levels if lv.paused]
    assert paused and max(lv.rms_dbfs for lv in paused) > -35  # the meter kept working while paused


def test_markers_in_recorded_time(pulse_sink, wav_sink):  # noqa: F811
    levels = []
    recorder = Recorder(wav_sink, DEVICE, 16000, on_level=levels.append).start()
    wait_recorded(recorder, 0.5)
    first = recorder.mark("begin vraag 2")
    recorder.pause()
    wait_until(lambda: sum(lv.paused for lv in levels) >= 8, what="audio arriving while paused")
    during_pause = recorder.mark()
    recorder.resume()
    wait_recorded(recorder, first.seconds + 0.5)
    result = recorder.stop()

    assert result.markers == [first, during_pause]
    assert first.label == "begin vraag 2" and during_pause.label == ""
    assert 0.5 <= first.seconds <= result.seconds - 0.5
    assert abs(during_pause.seconds - first.seconds) < 0.1  # pause time does not count
    assert [(round(s, 3), label) for s, label in wav_sink.markers] == [(m.seconds, m.label) for m in result.markers]
    with pytest.raises(RuntimeError):
        recorder.mark("after the end")


def test_seconds_limit_records_exactly_that_much(pulse_sink, wav_sink):  # noqa: F811
    result = record_to_sink(wav_sink, DEVICE, seconds=1.0)
    assert result.ended_by == "duration"
    assert result.frames == 16000
    assert len(wav_sink.samples()) == 16000


def test_stop_event_ends_the_take(pulse_sink, wav_sink):  # noqa: F811
    stop = threading.Event()

    def arm(recorder):
        threading.Thread(target=lambda: (wait_recorded(recorder, 0.7), stop.set()), daemon=True).start()

    result = record_to_sink(wav_sink, DEVICE, stop_event=stop, on_start=arm)
    assert result.ended_by == "stopped"
    assert stop.is_set() and result.seconds >= 0.7
    assert wav_sink.finished


def test_ctrl_c_stops_and_saves(pulse_sink, wav_sink):  # noqa: F811
    def arm(recorder):
        threading.Thread(target=lambda: (wait_recorded(recorder, 0.5), os.kill(os.getpid(), signal.SIGINT)), daemon=True).start()

    result = record_to_sink(wav_sink, DEVICE, on_start=arm)
    assert result.ended_by == "interrupted"
    assert wav_sink.finished
    assert result.seconds >= 0.5 and result.frames == len(wav_sink.samples())


def test_stop_from_a_callback_does_not_hang(pulse_sink, wav_sink):  # noqa: F811
    holder = {}

    def on_level(level):
        if level.at > 0.3:
            holder["during"] = holder["recorder"].stop()

    holder["recorder"] = recorder = Recorder(wav_sink, DEVICE, 16000, on_level=on_level)
    recorder.start()
    assert recorder.wait(5)
    assert holder["during"] is None
    assert recorder.stop().ended_by == "stopped"


def test_full_disk_ends_the_take_keeping_what_was_flushed(pulse_sink, tmp_path):  # noqa: F811
    sink = WavSink(tmp_path / "take.wav", 16000, disk_budget=16000 * 2)  # room for one second
    issues = []
    recorder = Recorder(sink, DEVICE, 16000, on_error=issues.append).start()
    assert recorder.wait(5), "the take should end by itself"
    result = recorder.stop()

    assert result.ended_by == "disk_full"
    assert sink.closed_after_error and not sink.aborted
    assert 0 < result.frames <= 16000
    assert result.frames == sink.flushed // 2 == len(sink.samples())
    assert [i.kind for i in issues if i.fatal] == ["disk_full"]
    assert result.errors == issues


def test_pulled_microphone_ends_the_take_cleanly(pulse_sink, wav_sink):  # noqa: F811
    issues = []
    ended = []
    recorder = Recorder(wav_sink, DEVICE, 16000, on_error=issues.append, on_end=ended.append)
    before = set(pulse.capture_streams())
    recorder.start()
    wait_recorded(recorder, 0.6)
    ours = set(pulse.capture_streams()) - before
    assert len(ours) == 1
    seen = recorder.elapsed
    pulse.kill_capture_stream(ours.pop())
    assert recorder.wait(5), "the take should end when the device goes away"
    result = recorder.stop()

    assert result.ended_by == "device_lost"
    assert ended == [result]
    assert wav_sink.finished
    assert result.seconds >= seen  # what was recorded before the microphone went is kept
    assert len(wav_sink.samples()) == result.frames
    assert any(i.kind == "device" and i.fatal for i in issues)


def test_low_disk_warning(pulse_sink, wav_sink, tmp_path):  # noqa: F811
    warnings = []
    recorder = Recorder(
        wav_sink, DEVICE, 16000, disk_path=tmp_path, low_disk_bytes=2**62,
        on_low_disk=lambda free, seconds: warnings.append((free, seconds)),
    ).start()
    wait_until(lambda: warnings, what="the low-disk warning")
    result = recorder.stop()
    assert len(warnings) == 1
    free, seconds_left = warnings[0]
    assert free > 0 and seconds_left == pytest.approx(free / 32000)
    assert result.ended_by == "stopped"
    assert [(i.kind, i.fatal) for i in result.errors] == [("low_disk", False)]


def test_no_low_disk_warning_with_room(pulse_sink, wav_sink, tmp_path):  # noqa: F811
    warnings = []
    recorder = Recorder(wav_sink, DEVICE, 16000, disk_path=tmp_path, low_disk_bytes=1,
                        on_low_disk=lambda *a: warnings.append(a)).start()
    wait_recorded(recorder, 0.2)
    recorder.stop()  # the writer checks the disk before it ends, so the check has run
    assert warnings == []


def test_unknown_device_is_refused_and_the_take_dropped(pulse_sink, wav_sink):  # noqa: F811
    with pytest.raises(DeviceError, match="pulse"):
        Recorder(wav_sink, "Zoom H5 die er niet is", 16000).start()
    assert wav_sink.aborted


def test_unsupported_rate_is_refused(wav_sink):
    with pytest.raises(ValueError, match="16000"):
        Recorder(wav_sink, DEVICE, 44100)


def test_a_failing_level_callback_does_not_end_the_take(pulse_sink, wav_sink):  # noqa: F811
    def broken(level):
        raise ZeroDivisionError("ui bug")

    recorder = Recorder(wav_sink, DEVICE, 16000, on_level=broken).start()
    wait_until(lambda: recorder.errors, what="the callback's failure")
    wait_recorded(recorder, 0.3)
    result = recorder.stop()
    assert result.ended_by == "stopped"
    assert result.seconds >= 0.3
    assert result.errors and all(not e.fatal and e.kind == "callback" for e in result.errors)
