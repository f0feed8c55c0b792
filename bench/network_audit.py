"""Network audit: show that nothing in Veldwerk or its dependencies can reach the network at run time.

Three parts, each a list of checks with a verdict (docs/privacy.md explains them):

1. The app's own code (desktop/, storage/, transcribe/, resources/), parsed with `ast`:
   every import of a network module and every call of a download function must be in
   ALLOWED_APP_USES with the reason it is harmless; URL string literals are listed.
2. The installed dependency tree of the `veldwerk` distribution (runtime requirements,
   followed transitively): every file that imports a network module is counted per
   distribution, and each such distribution must have a reviewed verdict in REVIEWED_DISTS.
3. Run-time probes, each in a fresh subprocess with the app's network guard installed:
   the Hugging Face offline/telemetry switches are on after the engine is imported;
   faster-whisper's `download_model`, HF telemetry and a model *name* are refused without
   a connection attempt; the guard refuses a connect and a DNS lookup; a URL given as
   audio is refused before FFmpeg opens it; and the network-capable modules the whole app
   loads are each reviewed.

`python bench/network_audit.py` prints the report (exit 1 on any failure);
`--json` prints it as JSON (used by tests/test_no_network_paths.py).
"""
import argparse
import ast
import importlib.metadata as md
import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_PACKAGES = ("desktop", "storage", "transcribe", "resources")

NET_MODULES = (
    "socket", "ssl", "http.client", "http.server", "urllib.request", "urllib3", "requests", "httpx",
    "httpx2", "httpcore", "httpcore2", "aiohttp", "websocket", "websockets", "ftplib", "smtplib",
    "poplib", "imaplib", "telnetlib", "xmlrpc.client", "hf_xet", "huggingface_hub", "PySide6.QtNetwork",
    "webbrowser",  # hands a URL to the browser: traffic from another process
)
DOWNLOAD_CALLS = ("download_model", "hf_hub_download", "snapshot_download", "urlopen", "urlretrieve",
                  "create_connection", "QNetworkAccessManager", "openUrl")  # QDesktopServices.openUrl(http…)

# app file -> {network module or call: why it cannot reach the network}
ALLOWED_APP_USES = {
    "desktop/netguard.py": {
        "socket": "the guard itself: reads socket.AF_UNIX to tell local sockets apart; never connects",
    },
    "desktop/commands/selftest.py": {
        "socket": "the self-test's probe: a connect to 192.0.2.1 (TEST-NET-1, unroutable) that the guard must refuse",
        "create_connection": "the same probe",
    },
    "desktop/export/dialog.py": {
        "openUrl": "'Open folder' after an export: QDesktopServices.openUrl(QUrl.fromLocalFile(folder)) hands a "
                   "local folder to the file manager; no URL from elsewhere is ever passed",
    },
}

# distribution -> verdict for its files that import network modules
REVIEWED_DISTS = {
    "huggingface-hub": "imported by faster-whisper for model downloads and telemetry; Veldwerk sets "
                       "HF_HUB_OFFLINE=1 and HF_HUB_DISABLE_TELEMETRY=1 before the import (transcribe/offline.py) "
                       "and passes only local model folders (probes below)",
    "faster-whisper": "faster_whisper.utils.download_model fetches from the Hub only when WhisperModel gets a "
                      "name instead of a folder (transcribe.models.resolve_model always passes a folder) and "
                      "refuses in offline mode (probes below)",
    "httpx2": "HTTP client of huggingface-hub; only called by its download/API functions, which offline mode refuses",
    "httpcore2": "transport of httpx2; same as httpx2",
    "anyio": "async networking helpers for httpx2; never called by Veldwerk",
    "h11": "HTTP/1.1 parser for httpcore2; parses bytes, opens nothing",
    "truststore": "TLS certificate store for httpx2; only used when an HTTPS connection is made (never)",
    "hf-xet": "Xet storage transfer for huggingface-hub downloads; unreachable in offline mode",
    "fsspec": "filesystem abstraction used by huggingface-hub; its HTTP filesystem is never instantiated",
    "tqdm": "tqdm.contrib.telegram/discord/slack post progress to chat services; Veldwerk imports tqdm.auto only",
    "pip": "the installer (a dependency of sqlite-utils' plugin loader); never imported by the app",
    "psutil": "reads the socket module's constants to list connections; opens none",
    "numpy": "numpy.lib._datasource can open URLs for np.load/np.genfromtxt; Veldwerk passes only arrays and local paths",
    "onnxruntime": "tools and training helpers (not imported); the VAD session loads a local .onnx file; its native "
                   "1DS telemetry client is switched off by ORT_DISABLE_TELEMETRY=1 before it initialises "
                   "(transcribe/offline.py), which part 4 checks with strace",
    "joblib": "loky's process backend passes file descriptors between local worker processes over AF_UNIX "
              "socket pairs; the diarization (scikit-learn) runs in-process and opens no network socket",
    "scikit-learn": "sklearn.datasets.fetch_* download data sets (urllib.request) and a test helper serves HTTP; "
                    "Veldwerk imports only sklearn.mixture and sklearn.cluster for the diarization, which open nothing",
    "ctranslate2": "the converters fetch Hugging Face checkpoints when converting a model; the app only loads local folders",
    "pyside6": "QtNetwork is in the wheel; Veldwerk never imports it (part 1 checks) and build.spec bundles only what is imported",
    "pyside6-essentials": "QtNetwork is in the wheel; Veldwerk never imports it",
    "pyside6-addons": "network-capable Qt add-ons; Veldwerk never imports them",
    "av": "FFmpeg can open network URLs; transcribe/decode.py opens only existing local files (probe below)",
    "sqlite-utils": "its CLI can insert from URLs; the app uses the library API on local databases only",
    "click": "command-line parsing for sqlite-utils' CLI; no connection code is called",
    "lxml": "libxml2 can fetch DTDs/entities over the network; lxml parsers default to no_network=True",
    "openpyxl": "no network use; only xml parsing",
    "python-dateutil": "no network use",
    "tokenizers": "Tokenizer.from_pretrained downloads from the Hub; faster-whisper loads tokenizer.json from the local model folder",
    "docdeid": "no network use",
    "deduce": "no network use",
    "platformdirs": "no network use",
    "protobuf": "no network use (serialisation only)",
    "cffi": "the build helpers can fetch nothing; no connection code is called",
    "setuptools": "build-time only",
    "packaging": "no network use",
    "filelock": "no network use",
    "pyyaml": "no network use",
    "flatbuffers": "no network use",
    "regex": "no network use",
    "rapidfuzz": "no network use",
    "colorama": "no network use",
    "tabulate": "no network use",
    "sqlite-fts4": "no network use",
}

# modules the app loads at run time that can open connections -> why they do not
LOADED_MODULE_VERDICTS = {
    "socket": "standard library; every connect and DNS lookup passes the app's guard (desktop/netguard.py)",
    "ssl": "standard library TLS; only used on top of a socket the guard has to allow first",
    "http.client": "standard library HTTP; needs a socket connect (refused by the guard)",
    "urllib.request": "standard library; needs a socket connect (refused by the guard)",
    "huggingface_hub": "offline mode and telemetry off before import; probes show download and telemetry refuse",
    "httpx2": "only reachable through huggingface_hub's download/API calls (offline)",
    "httpcore2": "only reachable through httpx2",
    "anyio": "only reachable through httpx2",
    "hf_xet": "only reachable through huggingface_hub downloads (offline)",
    "truststore": "only reachable through an HTTPS connection (refused)",
    "urllib3": "only reachable through requests (never called)",
    "requests": "never called by the app",
    "fsspec": "not called by the app",
    "PySide6.QtNetwork": "loaded by PySide6.QtMultimedia as a dependency; the app plays audio from memory "
                         "through QAudioSink and creates no network object (part 1 finds no QtNetwork import)",
}


# ---------------------------------------------------------------- 1. the app's own code

def _module_names(node) -> list[str]:
    if isinstance(node, ast.Import):
        return [a.name for a in node.names]
    if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
        return [node.module] + [f"{node.module}.{a.name}" for a in node.names]
    return []


def _is_net(name: str) -> str | None:
    for module in NET_MODULES:
        if name == module or name.startswith(module + "."):
            return module
    return None


def scan_app(root: Path = ROOT) -> dict:
    """Network imports, download calls and URL literals in the app's own code under `root`."""
    uses, urls, files = [], [], 0
    for package in APP_PACKAGES:
        for path in sorted((root / package).rglob("*.py")):
            rel = path.relative_to(root).as_posix()
            files += 1
            tree = ast.parse(path.read_text(encoding="utf-8"), rel)
            for node in ast.walk(tree):
                for name in _module_names(node):
                    module = _is_net(name)
                    if module:
                        uses.append((rel, node.lineno, module))
                if isinstance(node, ast.Call):
                    func = node.func
                    called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
                    if called in DOWNLOAD_CALLS:
                        uses.append((rel, node.lineno, called))
                if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                        and re.search(r"\b(https?|ftp|wss?)://", node.value):
                    urls.append((rel, node.lineno, re.search(r"\b(?:https?|ftp|wss?)://\S+", node.value).group(0)[:80]))
    findings = []
    for rel, line, what in sorted(set(uses)):
        reason = ALLOWED_APP_USES.get(rel, {}).get(what)
        findings.append({"file": rel, "line": line, "uses": what, "ok": reason is not None,
                         "verdict": reason or "UNEXPLAINED: add a reason to ALLOWED_APP_USES or remove it"})
    return {"files": files, "findings": findings,
            "urls": [{"file": f, "line": n, "url": u} for f, n, u in urls]}


# ---------------------------------------------------------------- 2. the dependency tree

def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def dependency_closure(root: str = "veldwerk") -> list[str]:
    """Runtime requirements of `root`, followed transitively (extras left out)."""
    seen: dict[str, md.Distribution] = {}

    def visit(name: str) -> None:
        try:
            dist = md.distribution(name)
        except md.PackageNotFoundError:
            return
        key = _key(dist.metadata["Name"])
        if key in seen:
            return
        seen[key] = dist
        for req in dist.requires or []:
            if "extra ==" in req:
                continue
            visit(re.split(r"[ ;<>=!~\[(]", req, maxsplit=1)[0])

    visit(root)
    seen.pop(_key(root), None)
    return sorted(seen)


_IMPORT_RE = re.compile(r"^\s*(?:from\s+([\w.]+)\s+import\s+([\w, ()]+)|import\s+([\w., ]+))", re.M)


def _file_net_modules(text: str) -> set[str]:
    found = set()
    for frm, names, plain in _IMPORT_RE.findall(text):
        candidates = [frm] + [f"{frm}.{n.strip()}" for n in names.replace("(", "").replace(")", "").split(",")] \
            if frm else [n.strip().split(" ")[0] for n in plain.split(",")]
        for c in candidates:
            module = _is_net(c)
            if module:
                found.add(module)
    return found


def scan_dependencies() -> dict:
    """Per distribution: files importing network modules, and the reviewed verdict."""
    rows, total_files = [], 0
    for key in dependency_closure():
        dist = md.distribution(key)
        hits: dict[str, set] = {}
        for f in dist.files or []:
            if not str(f).endswith(".py"):
                continue
            total_files += 1
            try:
                text = Path(dist.locate_file(f)).read_text(encoding="utf-8", errors="replace")
            except OSError:
                continue
            for module in _file_net_modules(text):
                hits.setdefault(module, set()).add(str(f))
        if not hits:
            continue
        verdict = REVIEWED_DISTS.get(key)
        rows.append({"dist": key, "version": dist.version,
                     "files": len(set().union(*hits.values())),
                     "modules": sorted(hits), "ok": verdict is not None,
                     "verdict": verdict or "UNREVIEWED: review it and add a verdict to REVIEWED_DISTS"})
    return {"dists": len(dependency_closure()), "py_files": total_files, "rows": rows}


# ---------------------------------------------------------------- 3. run-time probes

PROBE_PRELUDE = """
import json, os, sys
sys.path.insert(0, ROOT)
from desktop import netguard
netguard.install()
netguard.log.disabled = True
result = {}
"""

PROBES = {
    "offline switches on before faster-whisper loads": """
import transcribe.engine  # imports faster_whisper and huggingface_hub
import huggingface_hub.constants as c
result["ok"] = bool(c.HF_HUB_OFFLINE) and bool(c.HF_HUB_DISABLE_TELEMETRY)
result["detail"] = f"HF_HUB_OFFLINE={c.HF_HUB_OFFLINE}, HF_HUB_DISABLE_TELEMETRY={c.HF_HUB_DISABLE_TELEMETRY}"
""",
    "faster-whisper download_model refuses without connecting": """
import transcribe.engine
from faster_whisper.utils import download_model
import tempfile
try:
    download_model("veldwerk-audit/no-such-model", cache_dir=tempfile.mkdtemp())
    result["ok"], result["detail"] = False, "download_model returned a path"
except Exception as exc:
    result["ok"] = not netguard.BLOCKED
    result["detail"] = f"{type(exc).__name__}; connection attempts: {len(netguard.BLOCKED)}"
""",
    "WhisperModel with a Hub name refuses without connecting": """
import transcribe.engine, tempfile
from faster_whisper import WhisperModel
try:
    WhisperModel("tiny", download_root=tempfile.mkdtemp())
    result["ok"], result["detail"] = False, "a model was loaded by name"
except Exception as exc:
    result["ok"] = not netguard.BLOCKED
    result["detail"] = f"{type(exc).__name__}; connection attempts: {len(netguard.BLOCKED)}"
""",
    "the model library resolves names to local folders only": """
from transcribe.models import resolve_model
from storage.errors import VeldwerkError
try:
    resolve_model("large-v3")
    result["ok"], result["detail"] = False, "resolve_model accepted a Hub name"
except VeldwerkError as exc:
    result["ok"], result["detail"] = "never downloads" in str(exc), str(exc)[:90]
""",
    "Hugging Face telemetry is a no-op": """
import transcribe.engine
from huggingface_hub.utils import send_telemetry
send_telemetry("veldwerk-audit", library_name="veldwerk")
import time; time.sleep(0.5)  # it would post from a thread
result["ok"] = not netguard.BLOCKED
result["detail"] = f"connection attempts: {len(netguard.BLOCKED)}"
""",
    "the guard refuses a connect and a DNS lookup": """
import socket
refused = 0
for attempt in (lambda: socket.create_connection(("192.0.2.1", 443), timeout=1),
                lambda: socket.getaddrinfo("huggingface.co", 443),
                lambda: socket.socket().connect(("192.0.2.1", 80))):
    try:
        attempt()
    except netguard.NetworkBlocked:
        refused += 1
    except OSError:
        pass
result["ok"], result["detail"] = refused == 3, f"{refused}/3 refused by the guard"
""",
    "a URL given as audio is refused before FFmpeg opens it": """
from transcribe.decode import decode_pcm16
import time
began = time.monotonic()
try:
    decode_pcm16("http://192.0.2.1/interview.wav")
    result["ok"], result["detail"] = False, "decoded a URL"
except Exception as exc:
    took = time.monotonic() - began
    result["ok"] = took < 1.0
    result["detail"] = f"{type(exc).__name__} after {took:.2f} s: {str(exc)[:60]}"
""",
    "network-capable modules the whole app loads are reviewed": """
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
import importlib, pkgutil
for package in ("desktop", "storage", "transcribe", "resources"):
    mod = importlib.import_module(package)
    for info in pkgutil.walk_packages(mod.__path__, package + "."):
        if info.name.endswith("__main__"):
            continue  # runs the app
        try:
            importlib.import_module(info.name)
        except Exception as exc:  # a module still being written by a colleague
            result.setdefault("import_errors", []).append(f"{info.name}: {type(exc).__name__}")
try:
    import storage.exports
    storage.exports.load_all()
except Exception:
    pass
loaded = sorted({m for m in sys.modules if any(m == n or m.startswith(n + ".") for n in NET)})
tops = sorted({next(n for n in NET if m == n or m.startswith(n + ".")) for m in loaded})
unreviewed = [t for t in tops if t not in VERDICTS]
result["ok"] = not unreviewed and not netguard.BLOCKED
result["loaded"] = tops
result["detail"] = (f"loaded: {', '.join(tops)}" + (f"; UNREVIEWED: {unreviewed}" if unreviewed else "")
                    + f"; connection attempts while importing: {len(netguard.BLOCKED)}")
""",
}


def run_probe(name: str, code: str, timeout: float = 120) -> dict:
    """One probe in a fresh interpreter with the guard installed; returns {'name','ok','detail'}."""
    script = (f"ROOT = {str(ROOT)!r}\nVERDICTS = {LOADED_MODULE_VERDICTS!r}\nNET = {NET_MODULES!r}\n"
              + textwrap.dedent(PROBE_PRELUDE) + textwrap.dedent(code)
              + "\nprint('AUDIT-RESULT ' + json.dumps(result))\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith("HF_")}  # the app must set them itself
    try:
        proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=timeout,
                              env=env, cwd=str(ROOT))
    except subprocess.TimeoutExpired:
        return {"name": name, "ok": False, "detail": f"timed out after {timeout:.0f} s"}
    line = next((ln for ln in proc.stdout.splitlines() if ln.startswith("AUDIT-RESULT ")), None)
    if line is None:
        tail = (proc.stderr.strip().splitlines() or ["no output"])[-1]
        return {"name": name, "ok": False, "detail": f"probe crashed: {tail[:150]}"}
    result = json.loads(line[len("AUDIT-RESULT "):])
    return {"name": name, **result}


def run_probes() -> list[dict]:
    """Every probe, in order."""
    return [run_probe(name, code) for name, code in PROBES.items()]


# ---------------------------------------------------------------- report

def trace_transcription(seconds: int = 90) -> dict:
    """A real transcription (longer than onnxruntime telemetry's first delay) under strace -f.

    The probes above see only Python; native code (onnxruntime's telemetry client, CTranslate2, Qt)
    opens sockets and files of its own. This part missed nothing it can see; without strace it says so.
    """
    import tempfile

    import numpy as np
    import soundfile as sf

    sys.path.insert(0, str(ROOT))
    from transcribe import syscall_audit
    from transcribe.offline import OFFLINE_ENV

    if not syscall_audit.available():
        return {"ok": False, "detail": "strace is not installed (apt-get install strace): not checked"}
    with tempfile.TemporaryDirectory(prefix="veldwerk-audit-") as tmp:
        tmp = Path(tmp)
        audio, rate = sf.read(ROOT / "tests" / "fixtures" / "dutch_espeak.wav", dtype="int16")
        audio = np.concatenate([audio, np.zeros(rate // 2, dtype="int16")])
        sf.write(tmp / "in.wav", np.tile(audio, max(1, int(seconds * rate / len(audio)))), rate)
        home, out = tmp / "home", tmp / "out"
        home.mkdir()
        out.mkdir()
        env = {k: v for k, v in os.environ.items() if k not in OFFLINE_ENV}  # the app must set them itself
        env.update(HOME=str(home), XDG_CACHE_HOME=str(home / ".cache"), XDG_CONFIG_HOME=str(home / ".config"),
                   XDG_DATA_HOME=str(home / ".local" / "share"), PYTHONPATH=str(ROOT))
        from storage.paths import data_dir

        env["VELDWERK_DATA_DIR"] = str(data_dir())  # the model library the app already has

        result = syscall_audit.trace_command(
            [sys.executable, "-m", "desktop", "transcribe", str(tmp / "in.wav"), "--out", str(out / "in.txt")],
            env, [str(out), str(data_dir())], cwd=str(ROOT))
    ok = result.returncode == 0 and result.clean
    detail = (f"exit {result.returncode}; network system calls: {len(result.network)}"
              + (f" (first: {result.network[0]})" if result.network else "")
              + f"; files outside the output and data folders: {len(result.strays)}"
              + (f" ({', '.join(result.strays[:3])})" if result.strays else ""))
    return {"ok": ok, "detail": detail}


def audit() -> dict:
    """The whole audit; 'ok' is True only if every part passes."""
    app, deps, probes, traced = scan_app(), scan_dependencies(), run_probes(), trace_transcription()
    ok = all(f["ok"] for f in app["findings"]) and all(r["ok"] for r in deps["rows"]) \
        and all(p["ok"] for p in probes) and traced["ok"]
    return {"ok": ok, "app": app, "dependencies": deps, "probes": probes, "syscalls": traced}


def print_report(report: dict) -> None:
    app, deps = report["app"], report["dependencies"]
    print(f"1. App code: {app['files']} files in {', '.join(APP_PACKAGES)}")
    for f in app["findings"]:
        print(f"  {'OK  ' if f['ok'] else 'FAIL'} {f['file']}:{f['line']} {f['uses']}: {f['verdict']}")
    if not app["findings"]:
        print("  OK   no network imports or download calls")
    print(f"  URL literals (text only, nothing in the app fetches): {len(app['urls'])}")
    for u in app["urls"]:
        print(f"       {u['file']}:{u['line']} {u['url']}")
    print(f"2. Dependencies: {deps['dists']} distributions, {deps['py_files']} Python files scanned; "
          f"{len(deps['rows'])} import network modules")
    for r in deps["rows"]:
        print(f"  {'OK  ' if r['ok'] else 'FAIL'} {r['dist']} {r['version']} ({r['files']} files: "
              f"{', '.join(r['modules'])}): {r['verdict']}")
    print("3. Run-time probes (fresh interpreter, network guard installed)")
    for p in report["probes"]:
        print(f"  {'OK  ' if p['ok'] else 'FAIL'} {p['name']}: {p['detail']}")
    traced = report["syscalls"]
    print("4. System calls of a 90 s transcription (strace -f; native code included)")
    print(f"  {'OK  ' if traced['ok'] else 'FAIL'} {traced['detail']}")
    print("RESULT: " + ("no reachable network path found" if report["ok"] else "FAILED (see FAIL lines)"))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args(argv)
    report = audit()
    if args.json:
        print(json.dumps(report, indent=1))
    else:
        print_report(report)
    return 0 if report["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
