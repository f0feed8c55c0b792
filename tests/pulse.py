"""A PulseAudio null sink for tests: a real capture device on a headless machine.

`ensure_null_sink()` runs `.ci/pulse.sh` (starts the daemon if none runs) and gives this test
run its own null sink, made this process's default source (its monitor) and sink through
PULSE_SOURCE / PULSE_SINK, which child processes inherit. Test runs that share one daemon
therefore never hear each other. `play()` sends a WAV file into the sink, so a recorder on
device `CAPTURE_DEVICE` hears it. The sink is removed when the process exits.
"""
import atexit
import os
import shutil
import subprocess
import sys
from pathlib import Path

# Inherited from a parent test process that made the sink; else a new one for this process.
_INHERITED = bool(os.environ.get("VELDWERK_TEST_SINK"))
SINK = os.environ.get("VELDWERK_TEST_SINK") or f"veldwerk_test_{os.getpid()}"
CAPTURE_DEVICE = "pulse"  # the ALSA "pulse" PCM: records from PULSE_SOURCE, the sink's monitor
SCRIPT = Path(__file__).resolve().parent.parent / ".ci" / "pulse.sh"

_cleanup_registered = False
_rescanned = False


class PulseUnavailable(RuntimeError):
    """PulseAudio or its tools are not installed, or the daemon would not start."""


def missing_tools() -> list[str]:
    """Command-line tools the audio tests need that are not on PATH."""
    return [tool for tool in ("pulseaudio", "pactl", "pacmd", "paplay", "espeak-ng", "sox") if shutil.which(tool) is None]


def ensure_null_sink() -> str:
    """Start PulseAudio and this run's null sink if needed; returns the sink name."""
    global _cleanup_registered
    if missing_tools():
        raise PulseUnavailable("missing tools: " + ", ".join(missing_tools()))
    done = subprocess.run(["bash", str(SCRIPT), SINK], capture_output=True, text=True, timeout=60)
    if done.returncode != 0:
        raise PulseUnavailable(done.stderr.strip() or done.stdout.strip())
    os.environ["VELDWERK_TEST_SINK"] = SINK
    os.environ["PULSE_SOURCE"] = f"{SINK}.monitor"
    os.environ["PULSE_SINK"] = SINK
    if not _INHERITED and not _cleanup_registered:
        _cleanup_registered = True
        atexit.register(remove_null_sink, SINK)
    _rescan_portaudio()
    return SINK


def remove_null_sink(name: str) -> None:
    """Unload a sink made by ensure_null_sink (and its silence keep-alive)."""
    out = subprocess.run(["pactl", "list", "short", "modules"], capture_output=True, text=True).stdout
    for line in reversed(out.splitlines()):
        fields = line.split("\t")
        if len(fields) < 3:
            continue
        args = fields[2]
        if f"sink_name={name} " in args + " " or f"source_name={name}_silence " in args + " " or f"source={name}_silence " in args:
            subprocess.run(["pactl", "unload-module", fields[0]], capture_output=True)


def _rescan_portaudio() -> None:
    """Make an already initialised PortAudio see the daemon (its device list is a snapshot).

    Done once per process, before any test opens a stream: re-initialising would break open streams.
    """
    global _rescanned
    sd = sys.modules.get("sounddevice")
    if sd is not None and not _rescanned:
        sd._terminate()
        sd._initialize()
    _rescanned = True


def play(path, wait: bool = True) -> subprocess.Popen:
    """Play a WAV file into the test sink; waits until it has played unless `wait` is false."""
    proc = subprocess.Popen(["paplay", f"--device={SINK}", str(path)], stderr=subprocess.PIPE)
    if wait:
        _, err = proc.communicate(timeout=60)
        if proc.returncode != 0:
            raise PulseUnavailable(f"paplay failed: {err.decode(errors='replace').strip()}")
    return proc


def capture_streams() -> list[int]:
    """Indexes of the client record streams now reading this run's sink monitor."""
    sources = subprocess.run(["pactl", "list", "short", "sources"], capture_output=True, text=True).stdout
    ours = {row.split()[0] for row in sources.splitlines() if row.split()[1:2] == [f"{SINK}.monitor"]}
    out = subprocess.run(["pactl", "list", "short", "source-outputs"], capture_output=True, text=True).stdout
    rows = [line.split() for line in out.splitlines() if line.strip()]
    return [int(row[0]) for row in rows if len(row) > 3 and row[3] == "protocol-native.c" and row[1] in ours]


def kill_capture_stream(index: int) -> None:
    """Cut off one record stream, as a pulled USB microphone would."""
    subprocess.run(["pacmd", "kill-source-output", str(index)], check=True, capture_output=True)
