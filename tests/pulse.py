"""A PulseAudio null sink for tests: a real capture device on a headless machine.

`ensure_null_sink()` runs `.ci/pulse.sh` (starts the daemon if none runs, loads the sink,
makes its monitor the default source). `play()` sends a WAV file into the sink, so a recorder
on device `CAPTURE_DEVICE` hears it.
"""
import os
import shutil
import subprocess
from pathlib import Path

SINK = os.environ.get("VELDWERK_TEST_SINK", "veldwerk_test")
CAPTURE_DEVICE = "pulse"  # the ALSA "pulse" PCM: records from the default source, the sink's monitor
SCRIPT = Path(__file__).resolve().parent.parent / ".ci" / "pulse.sh"


class PulseUnavailable(RuntimeError):
    """PulseAudio or its tools are not installed, or the daemon would not start."""


def missing_tools() -> list[str]:
    """Command-line tools the audio tests need that are not on PATH."""
    return [tool for tool in ("pulseaudio", "pactl", "paplay", "espeak-ng", "sox") if shutil.which(tool) is None]


def ensure_null_sink() -> str:
    """Start PulseAudio with the test sink if needed; returns the sink name."""
    if missing_tools():
        raise PulseUnavailable("missing tools: " + ", ".join(missing_tools()))
    done = subprocess.run(["bash", str(SCRIPT)], capture_output=True, text=True, timeout=60)
    if done.returncode != 0:
        raise PulseUnavailable(done.stderr.strip() or done.stdout.strip())
    _rescan_portaudio()
    return SINK


def _rescan_portaudio() -> None:
    """Make an already initialised PortAudio see the daemon (its device list is a snapshot)."""
    import sys

    sd = sys.modules.get("sounddevice")
    if sd is not None:
        sd._terminate()
        sd._initialize()


def play(path, wait: bool = True) -> subprocess.Popen:
    """Play a WAV file into the test sink; waits until it has played unless `wait` is false."""
    proc = subprocess.Popen(["paplay", f"--device={SINK}", str(path)], stderr=subprocess.PIPE)
    if wait:
        _, err = proc.communicate(timeout=60)
        if proc.returncode != 0:
            raise PulseUnavailable(f"paplay failed: {err.decode(errors='replace').strip()}")
    return proc


def capture_streams() -> list[int]:
    """Indexes of the client record streams now reading from the daemon (not the daemon's own loopback)."""
    out = subprocess.run(["pactl", "list", "short", "source-outputs"], capture_output=True, text=True).stdout
    rows = [line.split() for line in out.splitlines() if line.strip()]
    return [int(row[0]) for row in rows if len(row) > 3 and row[3] == "protocol-native.c"]


def kill_capture_stream(index: int) -> None:
    """Cut off one record stream, as a pulled USB microphone would."""
    subprocess.run(["pacmd", "kill-source-output", str(index)], check=True, capture_output=True)
