"""The main workflow, run as `veldwerk` subprocesses inside a network namespace with no interfaces.

Every step (create an encrypted study, add a participant, record consent, import a clip,
transcribe it, code it, export every format) runs under `unshare -rn` (or `unshare -n`
as root), where the only interface is a loopback that is down: any attempt to reach the
network fails. The workflow must still succeed. Skipped, with the reason, only where the
machine allows neither form of unshare.
"""
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from resources import resource_path

pytestmark = [pytest.mark.slow, pytest.mark.timeout(1500)]

PASSPHRASE = "offline-bewijs-veldwerk"
EXPORT_FORMATS = {  # format -> file name (issue 7's documented `veldwerk export` formats)
    "coded-docx": "coded.docx", "report-docx": "report.docx", "matrix-docx": "matrix.docx",
    "matrix-xlsx": "matrix.xlsx", "matrix-csv": "matrix.csv", "consent-docx": "consent.docx",
    "consent-csv": "consent.csv", "qdpx": "study.qdpx", "qdc": "codebook.qdc",
    "txt": "transcript.txt", "srt": "transcript.srt", "vtt": "transcript.vtt", "json": "transcript.json",
}


def _unshare_prefix() -> list[str] | None:
    """The unshare command this machine allows for a namespace without network, or None."""
    if not shutil.which("unshare"):
        return None
    for prefix in (["unshare", "-rn"], ["unshare", "-n"]):
        try:
            if subprocess.run(prefix + ["true"], capture_output=True, timeout=20).returncode == 0:
                return prefix
        except (OSError, subprocess.TimeoutExpired):
            continue
    return None


PREFIX = _unshare_prefix()
needs_netns = pytest.mark.skipif(
    PREFIX is None,
    reason="neither `unshare -rn` (user namespaces) nor `unshare -n` (root) is allowed here, "
           "so a network namespace cannot be created",
)


@pytest.fixture
def env(tmp_path):
    """A clean environment: the session's data dir (model and deduce tables are shared with the
    other tests, built offline by the first that needs them), a passphrase, no HF variables."""
    data = os.environ.get("VELDWERK_DATA_DIR") or str(tmp_path / "data")
    e = {k: v for k, v in os.environ.items() if not k.startswith(("HF_", "VELDWERK_"))}
    e.update(VELDWERK_DATA_DIR=data, VELDWERK_PASSPHRASE=PASSPHRASE,
             VELDWERK_NEW_PASSPHRASE=PASSPHRASE, QT_QPA_PLATFORM="offscreen", PYTHONUNBUFFERED="1")
    return e


def offline(env, *args, timeout=240) -> subprocess.CompletedProcess:
    """Run `veldwerk ARGS` inside the network namespace; fail with its stderr if it fails."""
    cmd = PREFIX + [sys.executable, "-m", "desktop", *map(str, args)]
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=timeout,
                          cwd=str(Path(__file__).resolve().parent.parent))
    assert proc.returncode == 0, f"`veldwerk {' '.join(map(str, args))}` exited {proc.returncode}:\n{proc.stderr[-2000:]}"
    return proc


@needs_netns
def test_namespace_really_has_no_network(env):
    """Inside the namespace only a loopback exists and a connect fails at the kernel (not the app)."""
    probe = (
        "import os, socket\n"
        "print(sorted(os.listdir('/sys/class/net')) if os.path.isdir('/sys/class/net') else [])\n"
        "s = socket.socket()\n"
        "s.settimeout(3)\n"
        "try:\n"
        "    s.connect(('192.0.2.1', 80)); print('CONNECTED')\n"
        "except OSError as e:\n"
        "    print('ERRNO', e.errno)\n"
    )
    out = subprocess.run(PREFIX + [sys.executable, "-c", probe], capture_output=True, text=True,
                         env=env, timeout=30).stdout
    assert "CONNECTED" not in out
    assert "ERRNO" in out, out
    # the namespace holds at most 'lo' (sysfs may still show the host's view without a remount)
    assert re.search(r"ERRNO (101|113|110|111)", out), out  # ENETUNREACH, EHOSTUNREACH, timeout, refused


@needs_netns
def test_main_workflow_offline(tmp_path, env):
    study = tmp_path / "Offline.veldwerk"
    clip = resource_path("selftest", "nl_sample.wav")

    offline(env, "study", "create", study, "--name", "Offline bewijs", "--passphrase-env", "VELDWERK_PASSPHRASE")
    assert (study / "study.db").read_bytes()[:15] != b"SQLite format 3", "the study must be encrypted"
    offline(env, "participant", "add", study, "--code", "R01", "--role", "sekswerker")
    offline(env, "consent", "record", study, "--participant", "R01", "--items", "1,2,3,5", "--declined", "4",
            "--method", "written", "--researcher", "Onderzoeker")
    out = offline(env, "interview", "import", study, "--participant", "R01", clip).stdout
    interview = re.findall(r"\d+", out)[-1]

    offline(env, "transcribe", study, "--interview", interview)
    listing = offline(env, "interview", "list", study).stdout
    assert "complete" in listing, listing

    offline(env, "code", "add", study, "--interview", interview, "--start", 0, "--end", 5,
            "--code", "beeldvorming", "--about", "politie", "--memo", "over de fiets")
    offline(env, "code", "add", study, "--interview", interview, "--start", 0, "--end", 5, "--code", "trots")
    info = json.loads(offline(env, "study", "info", study, "--json").stdout)
    assert info.get("codings", info.get("counts", {}).get("codings")) == 2, info

    # Every format. The pseudonymised default runs deduce (its tables load, or are built the first
    # time, offline too); one process does that, the rest export unpseudonymised, since each
    # process would spend half a minute loading deduce's tables again.
    exports = tmp_path / "exports"
    exports.mkdir()
    for fmt, name in EXPORT_FORMATS.items():
        args = ["export", study, "--format", fmt, "--out", exports / name]
        if fmt in ("txt", "srt", "vtt", "json"):
            args += ["--interview", interview]
        if fmt != "txt":
            args.append("--no-pseudonymise")
        offline(env, *args, timeout=900 if fmt == "txt" else 240)
        assert (exports / name).is_file() and (exports / name).stat().st_size > 0, f"{fmt}: nothing written"
    pseudonymised = (exports / "transcript.txt").read_text(encoding="utf-8")
    assert "fiets" in pseudonymised.lower() and "Amsterdam" not in pseudonymised, pseudonymised
    assert "Amsterdam" in json.dumps(json.loads((exports / "transcript.json").read_text(encoding="utf-8")),
                                     ensure_ascii=False)
    offline(env, "consent", "verify", study)
