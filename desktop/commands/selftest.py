"""`veldwerk selftest` / `Veldwerk --selftest`: prove on this laptop, offline, that the app works.

Checks, one line each with OK or FAIL: the network guard, the embedded model (found,
sha256-verified, loaded), a transcription of the bundled Dutch sample with the expected
words, a temporary encrypted study (create, reopen, close, no plaintext header), deduce's
lookup tables (prebuilt in a built app), a coded .docx export through the exports registry
(pseudonymised when the tables are there) read back, that nothing tried to connect, and (where
strace is installed) that a transcription traced at the system-call level opens no network socket
and writes no file outside its output and the data directory.
Exit 0 only if every check passes. The study and the export go to a temporary folder, which is
removed; outside it only the model library's checksum marker (and, in a source install, the
embedded model's one-time assembly) is written to the data directory.
"""
import os
import sys
import tempfile
import threading
import time
import traceback
from pathlib import Path

from transcribe import offline  # noqa: F401  (offline switches before any Hugging Face import)

SAMPLE = ("selftest", "nl_sample.wav")
# espeak-ng -v nl: "Goedemorgen. De fiets staat bij het station in Amsterdam."
EXPECTED_WORDS = ("fiets", "amsterdam")
PASSPHRASE = "zelftest-" + "veldwerk"


def register(sub) -> None:
    """Add the `selftest` subcommand."""
    p = sub.add_parser("selftest", help="run the built-in offline self-test (model, transcription, study, export)")
    p.set_defaults(func=run)


class _Checks:
    """Runs named checks, prints one line each, remembers failures."""

    def __init__(self, out=sys.stdout):
        self.out = out
        self.failed: list[str] = []

    def run(self, name: str, function) -> object:
        began = time.monotonic()
        try:
            detail = function()
        except Exception as exc:  # noqa: BLE001 - a self-test reports every failure
            self.failed.append(name)
            reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            print(f"FAIL  {name}: {type(exc).__name__}: {reason}", file=self.out, flush=True)
            if os.environ.get("VELDWERK_SELFTEST_TRACE"):
                traceback.print_exc()
            return None
        took = time.monotonic() - began
        print(f"OK    {name}: {detail} ({took:.1f} s)", file=self.out, flush=True)
        return detail


def _check_guard() -> str:
    import socket

    from desktop import netguard

    netguard.install()
    netguard.log.disabled = True  # this refusal is the probe, not an incident
    try:
        socket.create_connection(("192.0.2.1", 443), timeout=1)  # TEST-NET-1, never routed
    except netguard.NetworkBlocked:
        pass
    else:
        raise AssertionError("a connection to 192.0.2.1 was not blocked")
    finally:
        netguard.log.disabled = False
    netguard.BLOCKED.clear()
    missing = [k for k, v in offline.OFFLINE_ENV.items() if os.environ.get(k) != v]
    if missing:
        raise AssertionError(f"offline switches not set: {', '.join(missing)}")
    return "connections refused, offline and no-telemetry switches set (Hugging Face, onnxruntime)"


def _check_syscalls(state: dict) -> str:
    """The sample transcribed again in a child process under strace: no socket to the network, no stray file.

    Catches what the Python-level guard cannot see (native code such as onnxruntime's telemetry). The child
    gets a fresh HOME and none of the offline switches, so it must set them itself.
    """
    from resources import resource_path
    from storage.paths import data_dir
    from transcribe import syscall_audit

    if not syscall_audit.available():
        return "skipped: strace is not installed (apt-get install strace); docs/privacy.md shows the check by hand"
    home = Path(state["tmp"]) / "home"
    out = Path(state["tmp"]) / "syscalls"
    home.mkdir()
    out.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in offline.OFFLINE_ENV}
    env.update(HOME=str(home), XDG_CACHE_HOME=str(home / ".cache"), XDG_CONFIG_HOME=str(home / ".config"),
               XDG_DATA_HOME=str(home / ".local" / "share"), VELDWERK_DATA_DIR=str(data_dir()))
    me = [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m", "desktop"]
    audit = syscall_audit.trace_command([*me, "transcribe", str(resource_path(*SAMPLE)), "--out", str(out / "s.txt")],
                                        env, [str(out), str(data_dir())], timeout=600)
    if audit.returncode != 0:
        raise AssertionError(f"the traced transcription failed (exit {audit.returncode}): {audit.output[-300:]}")
    if audit.network:
        raise AssertionError(f"{len(audit.network)} network system calls, first: {audit.network[0]}")
    if audit.strays:
        raise AssertionError(f"files written outside the output and data folders: {', '.join(audit.strays[:3])}")
    return "traced transcription: no network system call, no file outside its folders"


def _check_model(state: dict) -> str:
    from transcribe.engine import load_model
    from transcribe.models import EMBEDDED_SHA256, default_model_path

    path = default_model_path()  # verifies the sha256
    state["model"] = load_model(None)
    where = "bundled" if getattr(sys, "_MEIPASS", None) and str(path).startswith(sys._MEIPASS) else "data dir"
    return f"base model ({where}, sha256 {EMBEDDED_SHA256[:12]}…) loaded"


def _check_transcribe(state: dict) -> str:
    from resources import resource_path
    from transcribe.decode import decode_pcm16
    from transcribe.engine import transcribe_audio

    pcm, _ = decode_pcm16(resource_path(*SAMPLE))
    segments = transcribe_audio(pcm, state.get("model"), language="nl")
    text = " ".join(s.text for s in segments).strip()
    state["segments"], state["pcm"] = segments, pcm
    words = {w.strip(".,!?;:").lower() for w in text.split()}
    missing = [w for w in EXPECTED_WORDS if w not in words]
    if missing:
        raise AssertionError(f"expected {', '.join(missing)} in {text!r}")
    return repr(text)


def _check_study(state: dict) -> str:
    from storage import Study

    path = Path(state["tmp"]) / "selftest.veldwerk"
    study = Study.create(path, name="Zelftest", passphrase=PASSPHRASE)
    study.participants.add("R01", "sekswerker")
    study.close()
    header = (path / "study.db").read_bytes()[:16]
    if header.startswith(b"SQLite format 3"):
        raise AssertionError("study.db is a plaintext SQLite file")
    study = Study.open(path, PASSPHRASE)
    codes = [p["code"] for p in study.participants.list()]
    study.close()
    if codes != ["R01"]:
        raise AssertionError(f"reopened study has participants {codes}")
    state["study"] = path
    return "encrypted study created, reopened with its passphrase, closed"


def _deduce_tables_ready() -> bool:
    """Whether deduce's lookup tables load from a cache (bundled, or built once in the data dir)."""
    from resources.bundle import deduce_cache_path
    from storage.paths import cache_dir

    return deduce_cache_path() is not None or (cache_dir() / "cache" / "lookup_structs.pickle").is_file()


def _export_via_registry(state: dict, out: Path) -> str | None:
    """The coded .docx through the exports registry, or None when it has no such format yet."""
    from storage import Study
    from storage.exports import export, load_all

    if "coded-docx" not in load_all():
        return None
    pseudonymise = _deduce_tables_ready()
    study = Study.open(state["study"], PASSPHRASE)
    try:
        study.consent.record("R01", {n: True for n in range(1, 6)}, method="written", researcher="zelftest")
        interview = study.interviews.create("R01")
        pid = study.participants.get("R01")["id"]
        study.recordings.add_pcm(interview_id=interview, participant_id=pid, pcm=state["pcm"],
                                 sample_rate=16000, kind="imported", source_name="selftest.wav")
        tid = study.transcripts.begin(interview, model="base", language="nl")
        segments = state["segments"]
        study.transcripts.append_segments(tid, [s.to_dict() for s in segments], segments[-1].end if segments else 0.0)
        study.transcripts.complete(tid)
        export(study, "coded-docx", out, interview_id=interview, pseudonymise=pseudonymise)
    finally:
        study.close()
    return "exports registry (coded-docx, " + (
        "pseudonymised)" if pseudonymise else "not pseudonymised: deduce's tables are built on the first real export)")


def _export_direct(state: dict, out: Path) -> str:
    """Fallback while the exports registry lacks coded-docx: python-docx directly."""
    import docx

    document = docx.Document()
    document.add_heading("Veldwerk zelftest", level=1)
    for s in state.get("segments") or ():
        document.add_paragraph(f"[{s.start:05.1f}] {s.text.strip()}")
    document.save(out)
    return "python-docx directly (exports registry has no coded-docx yet)"


def _check_docx(state: dict) -> str:
    import docx

    out = Path(state["tmp"]) / "selftest.docx"
    how = None
    if state.get("study") and state.get("segments"):
        how = _export_via_registry(state, out)
    if how is None:
        how = _export_direct(state, out)
    text = "\n".join(p.text for p in docx.Document(out).paragraphs).lower()
    for table in docx.Document(out).tables:
        text += "\n".join(c.text for row in table.rows for c in row.cells).lower()
    if state.get("segments") and not any(w in text for w in EXPECTED_WORDS):
        raise AssertionError("the exported .docx does not contain the transcript")
    if "pseudonymised)" in how and "amsterdam" in text:
        raise AssertionError("the pseudonymised .docx still names Amsterdam")
    return f"{out.name} ({out.stat().st_size // 1024} KiB) written and read back via {how}"


def _load_deduce(state: dict) -> None:
    """Load deduce's tables through the app's own path (storage.pseudonymise.deidentify); runs in a thread."""
    began = time.monotonic()
    try:
        from storage.pseudonymise import deidentify

        deidentify.engine()
        state["deduce_seconds"] = time.monotonic() - began
    except Exception as exc:  # noqa: BLE001 - reported by _check_deduce
        state["deduce_error"] = exc


def _check_deduce(state: dict) -> str:
    from resources.bundle import deduce_cache_path

    loader = state.get("deduce_loader")
    if loader is None:
        return "skipped: source install without deduce's tables yet (built once on the first export)"
    loader.join()
    if "deduce_error" in state:
        raise state["deduce_error"]
    took = state["deduce_seconds"]
    if took > 60:  # building the tables takes minutes; loading them about ten seconds
        raise AssertionError(f"deduce took {took:.0f} s: its lookup tables were rebuilt, not loaded")
    from storage.pseudonymise import deidentify

    text = "Jan Jansen woont in Utrecht."
    found = {d.text for d in deidentify.detect(text)}
    if not {"Jan Jansen", "Utrecht"} <= found:
        raise AssertionError(f"expected Jan Jansen and Utrecht to be detected, got {sorted(found)}")
    where = "bundled" if deduce_cache_path() is not None else "data dir"
    return f"deduce tables ({where}) loaded in {took:.1f} s (in the background); detected {sorted(found)}"


def run(args=None) -> int:
    """Run every check; 0 when all pass, 1 otherwise."""
    began = time.monotonic()
    checks = _Checks()
    state: dict = {}
    print(f"Veldwerk self-test ({'built app' if getattr(sys, 'frozen', False) else 'source install'}, offline)",
          flush=True)
    if _deduce_tables_ready():  # loading them is pure Python; overlap it with the model's native work
        state["deduce_loader"] = threading.Thread(target=_load_deduce, args=(state,), daemon=True)
        state["deduce_loader"].start()
    with tempfile.TemporaryDirectory(prefix="veldwerk-selftest-") as tmp:
        state["tmp"] = tmp
        checks.run("network guard", _check_guard)
        checks.run("model", lambda: _check_model(state))
        checks.run("transcription", lambda: _check_transcribe(state))
        checks.run("encrypted study", lambda: _check_study(state))
        checks.run("pseudonymiser", lambda: _check_deduce(state))
        checks.run("docx export", lambda: _check_docx(state))
        checks.run("system calls", lambda: _check_syscalls(state))
        from desktop import netguard

        checks.run("no network attempts", lambda: _no_attempts(netguard))
    verdict = "all checks passed" if not checks.failed else f"{len(checks.failed)} failed: {', '.join(checks.failed)}"
    print(f"{'OK' if not checks.failed else 'FAIL'}    self-test: {verdict} in {time.monotonic() - began:.1f} s",
          flush=True)
    code = 0 if not checks.failed else 1
    if "storage.pseudonymise.deidentify" in sys.modules and sys.modules["storage.pseudonymise.deidentify"].is_warm():
        # deduce's tables are millions of small objects: freeing them at interpreter exit
        # takes longer than the whole self-test. Everything is closed and removed; leave now.
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    return code


def _no_attempts(netguard) -> str:
    if netguard.BLOCKED:
        raise AssertionError(f"{len(netguard.BLOCKED)} blocked: {netguard.BLOCKED[0]}")
    return "nothing tried to reach the network"
