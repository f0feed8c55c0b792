"""One writer per study, across processes (issue 13, findings 2 and 3, and withdrawal during a transcription).

A second process holds the study or an interview's transcription lock through the core, as a running
Veldwerk window or command does; the real CLI then has to refuse cleanly and change nothing. Killing the
holder with SIGKILL must free the lock (the kernel drops a flock with its process).
"""
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from storage import Study
from tests.conftest import PASSPHRASE
from tests.storage.helpers import consent_all

ROOT = Path(__file__).resolve().parents[2]
DUTCH_WAV = ROOT / "tests" / "fixtures" / "dutch_espeak.wav"

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="flock is POSIX")

HOLDER = textwrap.dedent("""
    import sys
    from storage import Study
    from storage.locks import TranscriptionLock
    study = Study.open(sys.argv[1], sys.argv[2])
    held = None
    if sys.argv[3] != "open":
        held = TranscriptionLock(study, int(sys.argv[3]), "R01").__enter__()
    print("ready", flush=True)
    sys.stdin.readline()   # hold until told (or killed)
    study.close()
""")


@pytest.fixture
def made(tmp_path):
    path = tmp_path / "t.veldwerk"
    with Study.create(path, name="T", passphrase=PASSPHRASE) as study:
        study.participants.add("R01", "ggd")
        consent_all(study, "R01")
        from transcribe.importing import import_audio

        iid = import_audio(study, "R01", DUTCH_WAV)
    return path, iid


def env(**extra):
    return dict(os.environ, PYTHONPATH=str(ROOT), VELDWERK_PASSPHRASE=PASSPHRASE, **extra)


def hold(path, what):
    """A second process holding the study open ('open') or the transcription lock of interview `what`."""
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(path), PASSPHRASE, str(what)], cwd=ROOT, env=env(),
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = proc.stdout.readline()  # blocks until the holder has its lock (or died)
    assert line.strip() == "ready", proc.stderr.read()
    return proc


def cli(*args, **extra):
    return subprocess.run([sys.executable, "-m", "desktop", *map(str, args)], cwd=ROOT, env=env(**extra),
                          capture_output=True, text=True, timeout=600)


def test_a_second_transcription_of_the_same_interview_is_refused_and_a_kill_frees_it(made):
    path, iid = made
    holder = hold(path, iid)
    try:
        second = cli("transcribe", path, "--interview", iid)
        assert second.returncode == 2, second.stderr
        assert "R01's interview is being transcribed by another Veldwerk window" in second.stderr
        assert "Traceback" not in second.stderr
        with Study.open(path, PASSPHRASE) as study:
            assert study.transcripts.for_interview(iid) is None  # nothing started, nothing interleaved
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=60)
    after = cli("transcribe", path, "--interview", iid)
    assert after.returncode == 0, after.stderr
    with Study.open(path, PASSPHRASE) as study:
        tid = study.transcripts.for_interview(iid).id
        segments = study.transcripts.segments(tid)
        starts = [s.start for s in segments]
        assert segments and starts == sorted(set(starts))  # every segment once


def test_a_passphrase_change_refuses_while_another_process_has_the_study_open(made):
    path, _ = made
    holder = hold(path, "open")
    try:
        change = cli("study", "passphrase", path, VELDWERK_NEW_PASSPHRASE="een heel nieuwe zin")
        assert change.returncode == 2, change.stderr
        assert "has this study open" in change.stderr and "Traceback" not in change.stderr
        Study.open(path, PASSPHRASE).close()  # the old passphrase still opens it: nothing changed
    finally:
        holder.stdin.write("\n")
        holder.stdin.flush()
        assert holder.wait(timeout=60) == 0, holder.stderr.read()
    change = cli("study", "passphrase", path, VELDWERK_NEW_PASSPHRASE="een heel nieuwe zin")
    assert change.returncode == 0, change.stderr
    Study.open(path, "een heel nieuwe zin").close()


def test_another_study_object_in_the_same_process_blocks_a_passphrase_change(made):
    path, _ = made
    from storage.errors import StudyBusy

    with Study.open(path, PASSPHRASE) as first, Study.open(path, PASSPHRASE) as second:
        with pytest.raises(StudyBusy):
            second.change_passphrase("een heel nieuwe zin")
        assert first.participants.get("R01")  # the first is unharmed
    Study.open(path, PASSPHRASE).close()


def test_withdrawal_refuses_while_the_participants_interview_is_transcribed(made):
    path, iid = made
    holder = hold(path, iid)
    try:
        withdraw = cli("participant", "withdraw", path, "--code", "R01")
        assert withdraw.returncode == 2, withdraw.stderr
        assert "being transcribed" in withdraw.stderr and "Traceback" not in withdraw.stderr
        with Study.open(path, PASSPHRASE) as study:
            assert not study.participants.get("R01")["withdrawn_at"]
            assert study.interviews.get(iid)
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=60)
    withdraw = cli("participant", "withdraw", path, "--code", "R01")
    assert withdraw.returncode == 0, withdraw.stderr
