"""No code path in Veldwerk or its dependencies reaches the network at run time.

Runs bench/network_audit.py (static scan of the app and of the installed dependency tree,
plus run-time probes in fresh interpreters) and checks the runtime guard of the app itself.
"""
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
import network_audit  # noqa: E402


def _python(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True,
                          cwd=str(ROOT), timeout=120)


@pytest.fixture(scope="module")
def report():
    proc = subprocess.run([sys.executable, str(ROOT / "bench" / "network_audit.py"), "--json"],
                          capture_output=True, text=True, cwd=str(ROOT), timeout=900)
    assert proc.stdout, proc.stderr
    return json.loads(proc.stdout)


def test_app_code_has_no_unexplained_network_use(report):
    bad = [f for f in report["app"]["findings"] if not f["ok"]]
    assert not bad, bad


def test_every_dependency_with_network_code_is_reviewed(report):
    deps = report["dependencies"]
    assert deps["py_files"] > 1000  # the tree was really scanned
    assert any(r["dist"] == "huggingface-hub" for r in deps["rows"])  # and found what is there
    bad = [r for r in deps["rows"] if not r["ok"]]
    assert not bad, bad


def test_runtime_probes_pass(report):
    probes = {p["name"]: p for p in report["probes"]}
    assert len(probes) == len(network_audit.PROBES)
    bad = [p for p in probes.values() if not p["ok"]]
    assert not bad, bad


def test_scanner_flags_a_network_import(tmp_path):
    """The app scan must catch an HTTP client or a download call added to the app."""
    pkg = tmp_path / "transcribe"
    pkg.mkdir()
    (pkg / "updates.py").write_text("import requests\nfrom urllib.request import urlopen\n"
                                    "def check():\n    return urlopen('https://example.org/v')\n")
    found = network_audit.scan_app(tmp_path)
    assert {f["uses"] for f in found["findings"]} >= {"requests", "urllib.request", "urlopen"}
    assert not any(f["ok"] for f in found["findings"])
    assert found["urls"] and found["urls"][0]["url"].startswith("https://example.org")


def test_dependency_scan_recognises_network_imports():
    assert network_audit._file_net_modules("import httpx2\nfrom urllib.request import urlopen\n") \
        == {"httpx2", "urllib.request"}
    assert network_audit._file_net_modules("import json, os\nfrom pathlib import Path\n") == set()


def test_guard_blocks_connect_but_allows_local_sockets():
    proc = _python("""
        import socket, sys
        from desktop import netguard
        netguard.install()
        netguard.log.disabled = True
        a, b = socket.socketpair()              # local: allowed
        a.sendall(b"x"); assert b.recv(1) == b"x"
        server = socket.socket(); server.bind(("127.0.0.1", 0)); server.listen(1)
        socket.create_connection(server.getsockname(), timeout=2).close()   # loopback: allowed
        for target in (("192.0.2.1", 443), ("huggingface.co", 443)):
            try:
                socket.create_connection(target, timeout=2)
            except netguard.NetworkBlocked:
                continue
            sys.exit(f"not blocked: {target}")
        print("BLOCKED", len(netguard.BLOCKED))
    """)
    assert proc.returncode == 0, proc.stderr
    assert "BLOCKED 2" in proc.stdout


def test_cli_entry_installs_the_guard():
    """`veldwerk` (desktop.cli.entry) runs with the guard on: an attempt from inside is refused."""
    proc = _python("""
        import sys, socket
        import desktop.cli
        def attempt(args):
            from desktop import netguard
            assert netguard.installed()
            try:
                socket.create_connection(("192.0.2.1", 80), timeout=2)
            except netguard.NetworkBlocked:
                print("REFUSED")
            return 0
        desktop.cli.main.__globals__["main"] = lambda argv=None: attempt(argv)
        desktop.cli.entry()
    """)
    assert "REFUSED" in proc.stdout, proc.stderr
