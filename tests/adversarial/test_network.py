"""Offline at the system-call level: a real transcription under strace makes no network call
and writes no file outside the output folder, the model library and the settings (issue 13, finding 1).

onnxruntime (faster-whisper's voice activity detector) carries a native telemetry client that the
Python-level guard cannot see: without ORT_DISABLE_TELEMETRY it wrote a device id under
~/.cache/Microsoft/DeveloperTools/ and sent DNS queries about 10 s after the VAD model loaded.
The transcription here runs for longer than that.
"""
import os
import sys
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from transcribe import offline, syscall_audit

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "dutch_espeak.wav"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not syscall_audit.available(), reason="strace is not installed (.ci/system-deps.sh installs it)"),
]


def _child_env(home: Path) -> dict:
    """A fresh HOME and XDG folders, and none of the offline switches: the app must set them itself."""
    env = {k: v for k, v in os.environ.items() if k not in offline.OFFLINE_ENV}
    env.update(HOME=str(home), XDG_CACHE_HOME=str(home / ".cache"), XDG_CONFIG_HOME=str(home / ".config"),
               XDG_DATA_HOME=str(home / ".local" / "share"), PYTHONPATH=str(ROOT))
    return env


def test_a_transcription_makes_no_network_call_and_leaves_no_stray_file(tmp_path):
    audio, rate = sf.read(FIXTURE, dtype="int16")
    gap = np.zeros(rate // 2, dtype="int16")
    long = np.concatenate([np.concatenate([audio, gap])] * 6)  # ~1.5 min: past the telemetry's first delay
    source = tmp_path / "in" / "gesprek.wav"
    source.parent.mkdir()
    sf.write(source, long, rate)
    out = tmp_path / "out" / "gesprek.txt"
    out.parent.mkdir()
    home = tmp_path / "home"
    home.mkdir()
    env = _child_env(home)
    allowed = [str(out.parent), os.environ["VELDWERK_DATA_DIR"], str(home / ".config" / "Veldwerk")]

    audit = syscall_audit.trace_command(
        [sys.executable, "-m", "desktop", "transcribe", str(source), "--out", str(out)], env, allowed, cwd=tmp_path)

    assert audit.returncode == 0, audit.output
    assert out.read_text(encoding="utf-8").strip(), "the transcription produced no text"
    assert audit.network == [], "network system calls:\n" + "\n".join(audit.network[:5])
    assert audit.strays == [], "files written outside the allowed folders:\n" + "\n".join(audit.strays[:10])
    assert not (home / ".cache" / "Microsoft").exists()


def test_the_audit_sees_a_network_call_and_a_stray_file(tmp_path):
    """The parser is what the test above relies on: it must flag both kinds of trace line."""
    trace = "\n".join([
        '123 connect(8, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("10.0.0.1")}, 16) = 0',
        '124 openat(AT_FDCWD, "/home/x/.cache/Microsoft/DeveloperTools/.onnxruntime/deviceid", O_WRONLY|O_CREAT|O_TRUNC, 0666) = 9',
        '125 openat(AT_FDCWD, "/study/x.veldwerk/study.db", O_RDWR|O_CREAT|O_CLOEXEC, 0644) = 5',
        '126 openat(AT_FDCWD, "/usr/lib/python3/x.py", O_RDONLY|O_CLOEXEC) = 6',
        '127 openat(AT_FDCWD, "/home/x/.cache/other", O_WRONLY|O_CREAT, 0666) = -1 EACCES (Permission denied)',
        '128 mkdir("/home/x/.local", 0777) = 0',
        '129 connect(3, {sa_family=AF_UNIX, sun_path="/run/pulse/native"}, 110) = 0',
    ])
    audit = syscall_audit.parse(trace, ["/study/x.veldwerk", "/home/x/.local/share/Veldwerk"])
    assert len(audit.network) == 1 and "AF_INET" in audit.network[0]
    assert audit.strays == ["/home/x/.cache/Microsoft/DeveloperTools/.onnxruntime/deviceid"]
    assert not audit.clean
