"""The main workflow, run through the `veldwerk` command inside a network namespace with no interfaces.

Every step (create an encrypted study, add a participant, record consent, import a clip,
transcribe it, code it, export every format) runs under `unshare -rn` (or `unshare -n`
as root), where the only interface is a loopback that is down: any attempt to reach the
network fails. The workflow must still succeed. The steps run one after another in one Python
process inside the namespace (`desktop.cli.main`, what `veldwerk` runs), so the test pays for one
start-up and one load of deduce's tables instead of twenty. Skipped, with the reason, only where
the machine allows neither form of unshare.
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
    if os.environ.get("VELDWERK_CACHE_DIR"):  # deduce's tables (not sensitive), built once for the whole session
        e["VELDWERK_CACHE_DIR"] = os.environ["VELDWERK_CACHE_DIR"]
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


# Runs the workflow's steps in order inside the namespace: each step is `veldwerk ARGS` (desktop.cli.main),
# "{interview}" in an argument is the number the import printed; stops at the first step that fails.
DRIVER = """
import contextlib, io, json, re, sys, time
from desktop.cli import main
steps, done, interview = json.loads(sys.argv[1]), [], ""
for args in steps:
    args = [a.replace("{interview}", interview) for a in args]
    out, err, began = io.StringIO(), io.StringIO(), time.monotonic()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(args)
        except SystemExit as exit:
            code = exit.code
    done.append({"args": args, "code": code, "out": out.getvalue(), "err": err.getvalue()[-2000:],
                 "seconds": round(time.monotonic() - began, 1)})
    if args[:2] == ["interview", "import"]:
        interview = re.findall(r"[0-9]+", out.getvalue())[-1]
    if code not in (0, None):
        break
sys.__stdout__.write(json.dumps(done))
"""


def offline_steps(env, steps: list[list], timeout=1500) -> dict[str, dict]:
    """Run the steps (`veldwerk` argument lists) inside the namespace; {"verb noun": result}, all exit 0."""
    steps = [[str(a) for a in step] for step in steps]
    proc = subprocess.run(PREFIX + [sys.executable, "-c", DRIVER, json.dumps(steps)], capture_output=True, text=True,
                          env=env, timeout=timeout, cwd=str(Path(__file__).resolve().parent.parent))
    assert proc.returncode == 0, proc.stderr[-3000:]
    done = json.loads(proc.stdout)
    for result in done:
        assert result["code"] in (0, None), f"`veldwerk {' '.join(result['args'])}` exited {result['code']}:\n{result['err']}"
    assert len(done) == len(steps), f"only {len(done)} of {len(steps)} steps ran"
    return done


@needs_netns
def test_main_workflow_offline(tmp_path, env):
    study = tmp_path / "Offline.veldwerk"
    clip = resource_path("selftest", "nl_sample.wav")
    exports = tmp_path / "exports"
    exports.mkdir()
    steps = [
        ["study", "create", study, "--name", "Offline bewijs", "--passphrase-env", "VELDWERK_PASSPHRASE"],
        ["participant", "add", study, "--code", "R01", "--role", "sekswerker"],
        ["consent", "record", study, "--participant", "R01", "--items", "1,2,3,5", "--declined", "4",
         "--method", "written", "--researcher", "Onderzoeker"],
        ["interview", "import", study, "--participant", "R01", clip],
        ["transcribe", study, "--interview", "{interview}"],
        ["interview", "list", study],
        ["code", "add", study, "--interview", "{interview}", "--start", 0, "--end", 5,
         "--code", "beeldvorming", "--about", "politie", "--memo", "over de fiets"],
        ["code", "add", study, "--interview", "{interview}", "--start", 0, "--end", 5, "--code", "trots"],
        ["study", "info", study, "--json"],
    ]
    # Every format: the plain text one pseudonymised (deduce runs, offline too), the others not.
    for fmt, name in EXPORT_FORMATS.items():
        args = ["export", study, "--format", fmt, "--out", exports / name]
        if fmt in ("txt", "srt", "vtt", "json"):
            args += ["--interview", "{interview}"]
        if fmt != "txt":
            args.append("--no-pseudonymise")
        steps.append(args)
    steps.append(["consent", "verify", study])
    done = offline_steps(env, steps)

    assert (study / "study.db").read_bytes()[:15] != b"SQLite format 3", "the study must be encrypted"
    assert "complete" in done[5]["out"], done[5]["out"]
    info = json.loads(done[8]["out"])
    assert info.get("codings", info.get("counts", {}).get("codings")) == 2, info
    for fmt, name in EXPORT_FORMATS.items():
        assert (exports / name).is_file() and (exports / name).stat().st_size > 0, f"{fmt}: nothing written"
    pseudonymised = (exports / "transcript.txt").read_text(encoding="utf-8")
    assert "fiets" in pseudonymised.lower() and "Amsterdam" not in pseudonymised, pseudonymised
    assert "Amsterdam" in json.dumps(json.loads((exports / "transcript.json").read_text(encoding="utf-8")),
                                     ensure_ascii=False)
