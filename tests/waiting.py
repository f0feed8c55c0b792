"""Waiting in tests on what happened, never on the clock: poll a condition with a generous timeout.

    wait_until(lambda: recorder.elapsed >= 0.5, what="half a second of recorded audio")

The timeout only bounds a test that would otherwise hang; a loaded machine makes a test slower, not red.
"""
import threading
import time

TIMEOUT = 60.0  # seconds; generous on purpose


def wait_until(condition, timeout: float = TIMEOUT, what: str = "the condition", poll: float = 0.01):
    """Return the condition's first truthy value; AssertionError after `timeout` seconds without one."""
    deadline = time.monotonic() + timeout
    pause = threading.Event()
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up after {timeout:g} s waiting for {what}")
        pause.wait(poll)


def wait_recorded(recorder, seconds: float) -> float:
    """Wait until `recorder` (transcribe.capture.recorder.Recorder) holds `seconds` of audio; returns what it holds."""
    return wait_until(lambda: recorder.elapsed >= seconds and recorder.elapsed, what=f"{seconds:g} s of recorded audio")
