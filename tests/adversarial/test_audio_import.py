"""Audio that is cut off or lies about its length imports with a visible warning and its real length,
and a long file imports in bounded memory (issue 13, finding 8)."""
import os
import struct
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop.cli import main
from storage import Study
from tests.conftest import PASSPHRASE
from tests.storage.helpers import consent_all

ROOT = Path(__file__).resolve().parents[2]
DUTCH_WAV = ROOT / "tests" / "fixtures" / "dutch_espeak.wav"


@pytest.fixture
def made(tmp_path, monkeypatch):
    monkeypatch.setenv("VELDWERK_PASSPHRASE", PASSPHRASE)
    path = tmp_path / "s.veldwerk"
    with Study.create(path, name="S", passphrase=PASSPHRASE) as study:
        study.participants.add("R01", "ggd")
        consent_all(study, "R01")
    return path


def imported(capsys, path, audio):
    code = main(["interview", "import", str(path), "--participant", "R01", str(audio)])
    out, err = capsys.readouterr()
    assert code == 0, err
    with Study.open(path, PASSPHRASE) as study:
        return study.interviews.get(int(out.split()[-1])).duration, err


def test_a_truncated_wav_imports_with_a_warning_and_its_real_length(made, tmp_path, capsys):
    whole = DUTCH_WAV.read_bytes()
    cut = tmp_path / "cut.wav"
    cut.write_bytes(whole[: len(whole) // 2])  # the header still claims the whole length
    full_seconds, err = imported(capsys, made, DUTCH_WAV)
    assert "WARNING" not in err
    seconds, err = imported(capsys, made, cut)
    assert "WARNING" in err and "truncated" in err and len(err.strip().splitlines()) == 1
    assert seconds == pytest.approx(full_seconds / 2, abs=0.2)
    shown = f"{int(seconds // 60)}:{seconds % 60:04.1f}"
    assert shown in err


def test_a_header_claiming_4_gb_imports_what_is_there(made, tmp_path, capsys):
    rate, seconds = 16000, 3
    data = (b"\x10\x00\xf0\xff" * (rate * seconds // 2))
    header = b"RIFF" + struct.pack("<I", 0xFFFFFFF0) + b"WAVE" + b"fmt " + struct.pack("<IHHIIHH", 16, 1, 1, rate, rate * 2, 2, 16)
    header += b"data" + struct.pack("<I", 0xFFFFFFC0)
    liar = tmp_path / "liar.wav"
    liar.write_bytes(header + data)
    got, err = imported(capsys, made, liar)
    assert got == pytest.approx(seconds, abs=0.1)
    assert "WARNING" in err and "claims" in err


CHILD = textwrap.dedent("""
    import resource, sys
    from storage import Study
    from transcribe.importing import import_audio
    study = Study.open(sys.argv[1], sys.argv[2])
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    import_audio(study, "R01", sys.argv[3])
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    study.close()
    print((after - before) // 1024)
""")


@pytest.mark.slow
def test_a_long_import_stays_in_bounded_memory(made, tmp_path):
    """30 minutes of 16 kHz audio are 55 MB as PCM16 and 110 MB as float32: holding the whole file (as
    the import did) raises the peak by well over 100 MB; streaming keeps the rise to a few blocks."""
    long = tmp_path / "long.wav"
    subprocess.run(["sox", "-n", "-r", "16000", "-c", "1", "-b", "16", str(long), "synth", "1800", "pinknoise", "vol", "0.1"],
                   check=True)
    proc = subprocess.run([sys.executable, "-c", CHILD, str(made), PASSPHRASE, str(long)], cwd=ROOT,
                          env=dict(os.environ, PYTHONPATH=str(ROOT)), capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stderr
    rise_mb = int(proc.stdout.split()[-1])
    assert rise_mb < 60, f"the peak rose by {rise_mb} MB while importing 30 minutes"
