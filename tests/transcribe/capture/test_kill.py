"""A recording process killed with SIGKILL loses at most the last second of audio."""
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests import pulse
from tests.audio_fixtures import pulse_sink  # noqa: F401  (fixture)

pytestmark = pytest.mark.audio

ROOT = Path(__file__).resolve().parents[3]

CHILD = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, sys.argv[1])
    from tests.audio_fixtures import WavSink
    from transcribe.capture.recorder import Recorder
    recorder = Recorder(WavSink(sys.argv[2], 16000), sys.argv[3], 16000).start()
    while not recorder.wait(0.05):  # report the recorded seconds until killed (or the take ends)
        print(f"{recorder.elapsed:.3f}", flush=True)
    """
)


def test_sigkill_keeps_all_but_the_last_second(pulse_sink, tmp_path):  # noqa: F811
    target = tmp_path / "take.wav"
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(ROOT), str(target), pulse.CAPTURE_DEVICE],
        stdout=subprocess.PIPE, text=True, env=os.environ.copy(),
    )
    try:
        elapsed = 0.0
        while elapsed < 2.5:  # recorded seconds, as the child reports them; ends if the child dies
            line = child.stdout.readline()
            if not line:
                break
            elapsed = float(line)
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(60)
    assert elapsed >= 2.5, "the child never recorded"
    kept = target.with_suffix(".raw").stat().st_size / 2 / 16000
    assert elapsed - 1.0 <= kept <= elapsed + 0.2, (kept, elapsed)
