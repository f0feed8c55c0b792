"""Recording one take from a microphone into a sink: levels, pause, markers, errors.

The PortAudio callback only copies each block into a queue; a writer thread downmixes,
meters, writes to the sink and flushes it, so a slow disk never stalls the audio device.
Callbacks (on_level, on_error, on_low_disk, on_end) run on the writer thread.
"""
import queue
import shutil
import threading
import time
from dataclasses import dataclass
from typing import Any, Callable

import numpy as np

from storage.errors import DeviceError, DiskFull, VeldwerkError
from storage.messages import technical
from transcribe.capture.devices import InputDevice, portaudio, resolve_device
from transcribe.capture.levels import Level, LevelMeter
from transcribe.capture.sink import close_after_error

RATES = (16000, 48000)
BYTES_PER_FRAME = 2  # mono int16


@dataclass(frozen=True)
class Marker:
    """A point the researcher marked, in recorded seconds (pauses excluded)."""

    seconds: float
    label: str = ""


@dataclass(frozen=True)
class CaptureIssue:
    """Something that went wrong during a take; `fatal` ones ended it."""

    kind: str  # "device", "status", "disk_full", "sink", "low_disk", "callback"
    message: str
    fatal: bool
    at: float  # recorded seconds
    error: VeldwerkError | None = None  # the refusal behind it, for its text in the UI's language


@dataclass
class RecordingResult:
    """How a take ended and what it holds.

    `frames` counts the audio the sink has safely (flushed, or finished); `ended_by` is one of
    stopped, interrupted, duration, device_lost, disk_full, sink_error, cancelled.
    """

    frames: int
    seconds: float
    samplerate: int
    markers: list[Marker]
    overflows: int
    errors: list[CaptureIssue]
    ended_by: str
    device: str = ""
    saved: Any = None  # what sink.finish() returned (storage: the recording id)


def one_hour_bytes(samplerate: int) -> int:
    """Disk space one hour of mono PCM16 at `samplerate` takes."""
    return 3600 * samplerate * BYTES_PER_FRAME


class Recorder:
    """One take from one input device into one sink. start(), then pause/resume/mark, then stop()."""

    def __init__(
        self,
        sink,
        device: int | str | None = None,
        samplerate: int = 16000,
        *,
        seconds: float | None = None,
        on_level: Callable[[Level], None] | None = None,
        on_error: Callable[[CaptureIssue], None] | None = None,
        on_low_disk: Callable[[int, float], None] | None = None,
        on_end: Callable[[RecordingResult], None] | None = None,
        disk_path=None,
        low_disk_bytes: int | None = None,
        flush_interval: float = 0.5,
        start_timeout: float = 5.0,
        stall_timeout: float = 3.0,
    ):
        if samplerate not in RATES:
            raise ValueError(f"samplerate must be one of {RATES}, not {samplerate}")
        if seconds is not None and seconds <= 0:
            raise ValueError("seconds must be positive")
        self.sink = sink
        self.device_request = device
        self.samplerate = samplerate
        self.limit_frames = None if seconds is None else int(round(seconds * samplerate))
        self.on_level = on_level
        self.on_error = on_error
        self.on_low_disk = on_low_disk
        self.on_end = on_end
        self.disk_path = disk_path
        self.low_disk_bytes = low_disk_bytes if low_disk_bytes is not None else one_hour_bytes(samplerate)
        self.flush_interval = flush_interval
        self.start_timeout = start_timeout
        self.stall_timeout = stall_timeout

        self.device: InputDevice | None = None
        self.channels = 1
        self.done = threading.Event()
        self.result: RecordingResult | None = None
        self._queue: queue.SimpleQueue = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._stream = None
        self._writer: threading.Thread | None = None
        self._first_block = threading.Event()
        self._paused = False
        self._end_reason: str | None = None
        self._stream_finished = False
        self._last_block = 0.0
        self._captured = 0  # frames accepted by the callback (not paused)
        self._written = 0  # frames handed to sink.write
        self._flushed = 0  # frames the sink has made durable
        self._overflows = 0
        self._markers: list[Marker] = []
        self._issues: list[CaptureIssue] = []
        self._started = False

    # ----- state the UI reads -----

    @property
    def elapsed(self) -> float:
        """Recorded seconds so far (paused time not counted)."""
        frames = self._captured if not self.done.is_set() else self._flushed
        if self.limit_frames is not None:
            frames = min(frames, self.limit_frames)
        return frames / self.samplerate

    @property
    def overflows(self) -> int:
        """Input overflows so far (audio the device dropped because we read too late)."""
        return self._overflows

    @property
    def errors(self) -> list[CaptureIssue]:
        """Problems reported so far."""
        with self._lock:
            return list(self._issues)

    @property
    def markers(self) -> list[Marker]:
        """Markers set so far, in order."""
        with self._lock:
            return list(self._markers)

    @property
    def state(self) -> str:
        """ready, recording, paused or ended."""
        if self.done.is_set() or self._end_reason is not None:
            return "ended"
        if not self._started:
            return "ready"
        return "paused" if self._paused else "recording"

    # ----- control -----

    def start(self) -> "Recorder":
        """Open the device and start recording; returns once audio flows. DeviceError if it can't."""
        if self._started:
            raise RuntimeError("this recorder has already been started")
        self._started = True
        try:
            self._open()
            self._writer = threading.Thread(target=self._run, name="veldwerk-capture-writer", daemon=True)
            self._writer.start()
            self._stream.start()
            if not self._first_block.wait(self.start_timeout):
                raise DeviceError(key="device.silent", name=self.device.name, seconds=float(self.start_timeout))
        except BaseException as exc:
            self._end_reason = "cancelled"
            self._close_stream()
            if self._writer is not None:
                self._queue.put(("wake",))
                self._writer.join(10)
            else:
                self._abort_sink()
                self.done.set()
            if isinstance(exc, portaudio().PortAudioError):
                raise DeviceError(key="device.cannot_record", detail=technical(exc)) from exc
            raise
        return self

    def pause(self) -> None:
        """Stop keeping audio until resume(); levels keep coming, marked as paused."""
        self._require_live()
        self._paused = True

    def resume(self) -> None:
        """Keep audio again after pause()."""
        self._require_live()
        self._paused = False

    def mark(self, label: str | None = None) -> Marker:
        """Set a marker at the current recorded time."""
        self._require_live()
        marker = Marker(round(self.elapsed, 3), label or "")
        with self._lock:
            self._markers.append(marker)
        self._queue.put(("marker", marker))
        return marker

    def stop(self) -> RecordingResult:
        """End the take, keep everything, and return the result (also after it ended by itself)."""
        return self._end("stopped")

    def cancel(self) -> RecordingResult:
        """End the take and have the sink drop it."""
        return self._end("cancelled")

    def wait(self, timeout: float | None = None) -> bool:
        """Wait until the take has ended (by stop() or by itself); true if it has."""
        return self.done.wait(timeout)

    def request_end(self, reason: str) -> None:
        """Ask the take to end for `reason` without waiting (safe from any thread)."""
        with self._lock:
            if self._end_reason is None:
                self._end_reason = reason
        self._queue.put(("wake",))

    # ----- internals -----

    def _end(self, reason: str) -> RecordingResult:
        if not self._started:
            raise RuntimeError("the recorder was never started")
        self.request_end(reason)
        if threading.current_thread() is self._writer:
            return self.result  # called from a callback: the take ends once it returns
        self.done.wait()
        if self._writer is not None:
            self._writer.join()
        return self.result

    def _require_live(self) -> None:
        if self.state not in ("recording", "paused"):
            raise RuntimeError(f"the take is {self.state}")

    def _open(self) -> None:
        sd = portaudio()
        self.device = resolve_device(self.device_request)
        self.channels = 1 if self.device.channels == 1 else 2
        try:
            sd.check_input_settings(
                device=self.device.index, channels=self.channels, dtype="int16", samplerate=self.samplerate
            )
        except Exception as exc:
            raise DeviceError(key="device.rate", name=self.device.name, rate=self.samplerate,
                              default=f"{self.device.default_rate:.0f}", detail=technical(exc)) from exc
        try:
            self._stream = sd.InputStream(
                device=self.device.index,
                samplerate=self.samplerate,
                channels=self.channels,
                dtype="int16",
                blocksize=self.samplerate // 50,
                latency="high",
                callback=self._callback,
                finished_callback=self._finished,
            )
        except Exception as exc:
            raise DeviceError(key="device.cannot_open", name=self.device.name, detail=technical(exc)) from exc

    def _callback(self, indata, frames, time_info, status) -> None:
        """PortAudio's thread: never blocks, only copies and counts."""
        self._last_block = time.monotonic()
        if status:
            if status.input_overflow:
                self._overflows += 1
            other = [flag for flag in str(status).split(", ") if flag and flag != "input overflow"]
            if other:
                self._queue.put(("status", ", ".join(other)))
        if self._end_reason is not None:
            return
        paused = self._paused
        if not paused:
            self._captured += frames
        self._queue.put(("audio", indata.copy(), paused))
        self._first_block.set()

    def _finished(self) -> None:
        """PortAudio's thread: the stream stopped (by us, or because the device went away)."""
        self._stream_finished = True
        self._queue.put(("wake",))

    def _report(self, kind: str, message: str, fatal: bool, error: VeldwerkError | None = None) -> None:
        issue = CaptureIssue(kind, message, fatal, round(self._written / self.samplerate, 3), error)
        with self._lock:
            self._issues.append(issue)
        if self.on_error is not None:
            try:
                self.on_error(issue)
            except Exception:
                pass

    def _call(self, callback, *args) -> None:
        try:
            callback(*args)
        except Exception as exc:  # a broken UI callback must not end the take
            self._report("callback", f"{getattr(callback, '__name__', 'callback')} failed: {exc!r}", False)

    def _run(self) -> None:
        """The writer thread: owns the sink and, at the end, closes the stream."""
        meter = LevelMeter(self.samplerate)
        last_flush = time.monotonic()
        next_disk_check = 0.0
        warned_low_disk = False
        failed = None
        try:
            while True:
                try:
                    item = self._queue.get(timeout=0.05)
                except queue.Empty:
                    item = None
                if item is not None:
                    self._handle(item, meter)
                now = time.monotonic()
                if self._written > self._flushed and now - last_flush >= self.flush_interval:
                    self.sink.flush()
                    self._flushed = self._written
                    last_flush = now
                if self.disk_path is not None and now >= next_disk_check:
                    next_disk_check = now + 5.0
                    warned_low_disk = self._check_disk(warned_low_disk)
                if self._end_reason is not None:
                    break
                if self._first_block.is_set() and self._stream_finished:
                    lost = DeviceError(key="device.stopped", name=self.device.name)
                    self._report("device", str(lost), True, lost)
                    self.request_end("device_lost")
                elif self._first_block.is_set() and now - self._last_block > self.stall_timeout:
                    lost = DeviceError(key="device.stalled", name=self.device.name, seconds=float(self.stall_timeout))
                    self._report("device", str(lost), True, lost)
                    self.request_end("device_lost")
        except DiskFull as exc:
            failed = "disk_full"
            self._report("disk_full", str(exc), True, exc)
        except Exception as exc:
            failed = "sink_error"
            self._report("sink", f"Saving the audio failed: {exc!r}", True)
        if failed is not None:
            self.request_end(failed)
        self._close_stream()
        self._finalize(meter)

    def _handle(self, item, meter: LevelMeter) -> None:
        kind = item[0]
        if kind == "audio":
            block, paused = item[1], item[2]
            mono = block[:, 0] if block.shape[1] == 1 else ((block[:, 0].astype(np.int32) + block[:, 1]) // 2).astype(np.int16)
            if not paused and self.limit_frames is not None:
                room = self.limit_frames - self._written
                if room <= 0:
                    return
                if len(mono) >= room:
                    mono = mono[:room]
                    self.request_end("duration")
            at = (self._written + (0 if paused else len(mono))) / self.samplerate
            if self.on_level is not None:
                for level in meter.feed(mono, at, paused):
                    self._call(self.on_level, level)
            if not paused and len(mono):
                self.sink.write(mono.astype("<i2").tobytes())
                self._written += len(mono)
        elif kind == "marker":
            adder = getattr(self.sink, "add_marker", None)
            if adder is not None:
                adder(item[1].seconds, item[1].label)
        elif kind == "status":
            self._report("status", f"Audio device reported: {item[1]}", False)

    def _check_disk(self, warned: bool) -> bool:
        try:
            free = shutil.disk_usage(self.disk_path).free
        except OSError:
            return warned
        if free < self.low_disk_bytes:
            if not warned:
                seconds_left = free / (self.samplerate * BYTES_PER_FRAME)
                self._report("low_disk", f"Less than an hour of recording fits on the disk ({free // 2**20} MB free)", False)
                if self.on_low_disk is not None:
                    self._call(self.on_low_disk, free, seconds_left)
            return True
        return False

    def _close_stream(self) -> None:
        stream = self._stream
        if stream is None:
            return
        try:
            stream.abort(ignore_errors=True)
            stream.close(ignore_errors=True)
        except Exception:
            pass

    def _drain(self, meter: LevelMeter) -> None:
        """Write audio still queued from before the end was requested."""
        while True:
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                return
            if item[0] in ("audio", "marker", "status"):
                self._handle(item, meter)

    def _abort_sink(self) -> None:
        try:
            self.sink.abort()
        except Exception as exc:
            self._report("sink", f"Dropping the take failed: {exc!r}", False)

    def _finalize(self, meter: LevelMeter) -> None:
        reason = self._end_reason or "stopped"
        saved = None
        if reason == "cancelled":
            self._abort_sink()
            self._flushed = 0
        elif reason in ("disk_full", "sink_error"):
            try:
                saved = close_after_error(self.sink)
            except Exception as exc:
                self._report("sink", f"Closing the take failed: {exc!r}", False)
        else:
            try:
                self._drain(meter)
                saved = self.sink.finish()
                self._flushed = self._written
            except DiskFull as exc:
                reason = "disk_full"
                self._report("disk_full", str(exc), True, exc)
                saved = close_after_error(self.sink)
            except Exception as exc:
                reason = "sink_error"
                self._report("sink", f"Saving the audio failed: {exc!r}", True)
                try:
                    saved = close_after_error(self.sink)
                except Exception:
                    pass
        self.result = RecordingResult(
            frames=self._flushed,
            seconds=self._flushed / self.samplerate,
            samplerate=self.samplerate,
            markers=self.markers,
            overflows=self._overflows,
            errors=self.errors,
            ended_by=reason,
            device=self.device.name if self.device else "",
            saved=saved,
        )
        self.done.set()
        if self.on_end is not None:
            self._call(self.on_end, self.result)


def record_to_sink(
    sink,
    device: int | str | None = None,
    seconds: float | None = None,
    samplerate: int = 16000,
    on_level: Callable[[Level], None] | None = None,
    stop_event: threading.Event | None = None,
    *,
    on_error: Callable[[CaptureIssue], None] | None = None,
    on_low_disk: Callable[[int, float], None] | None = None,
    on_start: Callable[[Recorder], None] | None = None,
    disk_path=None,
) -> RecordingResult:
    """Record until `seconds` of audio, `stop_event`, Ctrl+C or a device/disk failure; returns the result.

    Ctrl+C (KeyboardInterrupt) stops and saves: the result's ended_by is "interrupted".
    """
    recorder = Recorder(
        sink,
        device,
        samplerate,
        seconds=seconds,
        on_level=on_level,
        on_error=on_error,
        on_low_disk=on_low_disk,
        disk_path=disk_path,
    )
    recorder.start()
    if on_start is not None:
        on_start(recorder)
    try:
        while not recorder.done.wait(0.1):
            if stop_event is not None and stop_event.is_set():
                break
    except KeyboardInterrupt:
        recorder.request_end("interrupted")
    return recorder.stop()
