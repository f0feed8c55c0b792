"""`veldwerk record` from a real PortAudio device (the PulseAudio null sink's monitor)."""
import os
import re
import signal
import subprocess
import sys
import threading
from pathlib import Path

import numpy as np
import pytest

from storage import Study
from tests import pulse
from tests.conftest import PASSPHRASE
from tests.storage.helpers import consent_all
from tests.waiting import wait_until

pytestmark = pytest.mark.audio
ROOT = Path(__file__).resolve().parents[2]


def veldwerk(*args, **kwargs):
    env = dict(os.environ, VELDWERK_PASSPHRASE=PASSPHRASE)
    return subprocess.Popen([sys.executable, "-m", "desktop", *map(str, args)], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kwargs)


class Meter:
    """Reads `veldwerk record`'s stderr on a thread: all of it, and the recorded time (H:MM:SS.s) each meter line shows."""

    def __init__(self, proc):
        self.text, self.times, self.ended = "", [], False
        threading.Thread(target=self._read, args=(proc,), daemon=True).start()

    def _read(self, proc):
        line = ""
        while char := proc.stderr.read(1):
            self.text += char
            line += char
            if char in "\r\n":
                found = re.search(r"(\d+):(\d\d):(\d\d\.\d)", line)
                if found:
                    h, m, sec = found.groups()
                    self.times.append(int(h) * 3600 + int(m) * 60 + float(sec))
                line = ""
        self.ended = True

    def wait_started(self):
        wait_until(lambda: "Ctrl+C stops" in self.text or self.ended, what="the recording to start")
        assert "Ctrl+C stops" in self.text, f"recording did not start: {self.text!r}"

    def wait_recorded(self, seconds: float) -> float:
        """Wait until the meter shows `seconds` recorded; returns the time it shows."""
        wait_until(lambda: (self.times and self.times[-1] >= seconds) or self.ended, what=f"{seconds:g} s recorded")
        assert self.times and self.times[-1] >= seconds, f"the recording ended early: {self.text!r}"
        return self.times[-1]


@pytest.fixture
def consented(study):
    study.participants.add("R01", "sekswerker")
    consent_all(study, "R01")
    path = study.path
    study.close()
    return path


def test_record_a_played_clip_into_the_study(consented, pulse_sink, dutch_clip):
    proc = veldwerk("record", consented, "--participant", "R01", "--device", pulse.CAPTURE_DEVICE, "--seconds", 8)
    meter = Meter(proc)
    meter.wait_started()
    meter.wait_recorded(1.0)
    pulse.play(dutch_clip.path)
    proc.wait(60)
    out = proc.stdout.read()
    wait_until(lambda: meter.ended, what="the end of the command's output")
    assert proc.returncode == 0, meter.text
    interview_id = int(out.strip())
    with Study.open(consented, PASSPHRASE) as study:
        rec = study.recordings.main_for_interview(interview_id)
        assert rec.duration == pytest.approx(8.0, abs=0.01)
        assert rec.kind == "recorded" and rec.recovered is False
        samples = study.recordings.read_pcm(rec.id).astype(np.float64)
    rms = lambda x: np.sqrt(np.mean(x**2))  # noqa: E731
    # Where the clip is: the loudest stretch of its length (it was played once 1 s had been recorded).
    length = int(dutch_clip.seconds * 16000)
    energy = np.concatenate([[0.0], np.cumsum(samples**2)])
    start = int(np.argmax(energy[length:] - energy[:-length]))
    speech = samples[start:start + length]
    assert start >= int(0.8 * 16000), start / 16000
    assert rms(speech) > 300, "the played clip is not in the recording"
    assert rms(samples[: int(0.5 * 16000)]) < rms(speech) / 10, "silence before the clip should be quiet"
    from transcribe.job import transcribe_interview

    with Study.open(consented, PASSPHRASE) as study:
        tid = transcribe_interview(study, interview_id)
        text = study.transcripts.text(tid).lower()
    import jiwer

    reference = "goedemorgen dit is een proefopname voor het veldwerk onderzoek in utrecht"
    hypothesis = " ".join(re.findall(r"\w+", text))
    # Synthetic speech through the base model: spelling varies run to run, the sentence does not.
    assert jiwer.cer(reference, hypothesis) < 0.45, text
    assert {"dit", "is", "een"} <= set(hypothesis.split()), text


def test_sigkill_while_recording_keeps_all_but_the_last_second(consented, pulse_sink):
    proc = veldwerk("record", consented, "--participant", "R01", "--device", pulse.CAPTURE_DEVICE)
    meter = Meter(proc)
    meter.wait_started()
    captured = meter.wait_recorded(3.0)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(60)
    assert captured >= 3.0
    with Study.open(consented, PASSPHRASE) as study:
        (interview,) = study.interviews.list()
        rec = study.recordings.main_for_interview(interview.id)
        assert rec.recovered is True
        assert rec.duration >= captured - 1.0
        assert rec.sha256 == study.recordings.sha256(rec.id)


def run_cli(*args):
    proc = veldwerk(*args)
    out, err = proc.communicate(timeout=60)
    return proc.returncode, out, err


def interview_count(path) -> int:
    with Study.open(path, PASSPHRASE) as study:
        return len(study.interviews.list())


def test_record_refuses_unknown_device_no_consent_and_withdrawn(study, pulse_sink):
    study.participants.add("R01", "klant")
    study.participants.add("R02", "klant")
    consent_all(study, "R02")
    study.consent.withdraw("R02")
    path = study.path
    study.close()
    code, out, err = run_cli("record", path, "--participant", "R01", "--device", "Geen Microfoon", "--seconds", 1)
    assert code == 2 and "Geen Microfoon" in err
    code, out, err = run_cli("record", path, "--participant", "R01", "--device", pulse.CAPTURE_DEVICE, "--seconds", 1)
    assert code == 2 and "R01" in err and "consent" in err
    code, out, err = run_cli("record", path, "--participant", "R02", "--device", pulse.CAPTURE_DEVICE, "--seconds", 1)
    assert code == 2 and "withdrawn" in err
    assert interview_count(path) == 0


def test_record_refuses_when_the_ledger_is_corrupt(consented, pulse_sink):
    with Study.open(consented, PASSPHRASE) as study:
        study.conn.execute("DROP TRIGGER consent_records_no_update")
        study.conn.execute("UPDATE consent_records SET answers = replace(answers, 'false', 'true')")
        study.conn.execute("UPDATE consent_records SET researcher = 'iemand anders'")
    code, out, err = run_cli("record", consented, "--participant", "R01", "--device", pulse.CAPTURE_DEVICE, "--seconds", 1)
    assert code == 2 and err.count("\n") == 1
    assert interview_count(consented) == 0


@pytest.mark.skipif(subprocess.run(["unshare", "-rm", "true"]).returncode != 0, reason="needs a mount namespace for a small tmpfs")
def test_a_full_disk_ends_the_take_and_keeps_what_was_written(tmp_path, pulse_sink):
    """The study lives on a 1.5 MB tmpfs; a 48 kHz take fills it within seconds. With space freed,
    everything written is there."""
    mount = tmp_path / "small"
    mount.mkdir()
    script = f"""
set -e
mount -t tmpfs -o size=1536k tmpfs {mount}
cd {ROOT}
V="{sys.executable} -m desktop"
$V study create {mount}/s.veldwerk --name Vol --no-encryption >/dev/null
$V participant add {mount}/s.veldwerk --code R01 --role ggd >/dev/null
$V consent record {mount}/s.veldwerk --participant R01 --items 1,2,3,4,5 --method written --researcher T >/dev/null
set +e
$V record {mount}/s.veldwerk --participant R01 --device {pulse.CAPTURE_DEVICE} --rate 48000 --seconds 60
echo "record-exit=$?"
dd if=/dev/zero of={mount}/fill bs=4k count=1000 2>/dev/null  # whatever room the take left
$V interview list {mount}/s.veldwerk
echo "full-list-exit=$?"
mount -o remount,size=4m {mount}  # the researcher frees some space
$V interview list {mount}/s.veldwerk
"""
    proc = subprocess.run(["unshare", "-rm", "bash", "-c", script], capture_output=True, text=True, timeout=120,
                          env=dict(os.environ))
    assert "record-exit=2" in proc.stdout, proc.stdout + proc.stderr
    assert "disk is full" in proc.stderr
    # on the full disk SQLite may or may not be able to open the study (its -shm/-wal files may be
    # left from the take); when it cannot, the reason is the disk, not a passphrase
    assert "full-list-exit=0" in proc.stdout or (
        "full-list-exit=2" in proc.stdout and "The disk holding this study is full" in proc.stderr)
    assert "passphrase" not in proc.stderr
    after = proc.stdout.split("full-list-exit=")[1]  # the listing once space was freed
    rows = [line.split("\t") for line in after.splitlines() if line and line[0].isdigit() and "\t" in line]
    assert len(rows) == 1, proc.stdout + proc.stderr
    assert float(rows[0][3]) > 1.0  # seconds kept
