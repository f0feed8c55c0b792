"""A take interrupted by SIGKILL is recovered up to its last flush on the next open."""
import os
import signal
import subprocess
import sys
import textwrap

import pytest

from storage import Study
from tests.conftest import PASSPHRASE
from tests.storage.helpers import consent_all

CHILD = textwrap.dedent(
    """
    import os, signal, sys, time
    import numpy as np
    from storage import Study
    study = Study.open(sys.argv[1], sys.argv[2])
    writer = study.recordings.begin(interview_id=1, participant_id=1, sample_rate=16000)
    second = (np.sin(np.arange(16000) / 3) * 9000).astype(np.int16).tobytes()
    for i in range(3):
        writer.write(second)
        writer.flush()
    writer.write(second[:8000])  # half a second never flushed
    print("flushed", flush=True)
    os.kill(os.getpid(), signal.SIGKILL)
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_sigkill_during_a_take_keeps_every_flushed_second(study):
    study.participants.add("R01", "ggd")
    consent_all(study, "R01")
    study.interviews.create("R01")
    path = study.path
    study.close()
    proc = subprocess.run([sys.executable, "-c", CHILD, str(path), PASSPHRASE], capture_output=True, text=True,
                          cwd=os.path.dirname(os.path.dirname(os.path.dirname(__file__))))
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    assert "flushed" in proc.stdout
    with Study.open(path, PASSPHRASE) as study:
        rec = study.recordings.get(1)
        assert rec.state == "complete"
        assert rec.recovered is True
        assert rec.duration == pytest.approx(3.0)
        assert rec.sha256 == study.recordings.sha256(1)
        assert study.interviews.get(1).recovered is True
        assert study.recordings.read_pcm(1).size == 48000
        assert not list(path.glob("recording-*.lock"))


def test_a_live_take_is_not_recovered_by_another_opener(study):
    study.participants.add("R01", "ggd")
    consent_all(study, "R01")
    iid = study.interviews.create("R01")
    writer = study.recordings.begin(interview_id=iid, participant_id=1, sample_rate=16000)
    writer.write(b"\x01\x00" * 16000)
    writer.flush()
    with Study.open(study.path, PASSPHRASE) as other:
        assert other.recordings.get(writer.recording_id).state == "recording"
    writer.finish()
    assert study.recordings.get(writer.recording_id).recovered is False
