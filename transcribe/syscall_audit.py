"""Check a run of Veldwerk at the system-call level: no network, no file written where it should not be.

The Python-level network guard (`desktop/netguard.py`) cannot see native code: onnxruntime's
telemetry client, for one, opens its own sockets. This module runs a command under `strace -f`
and reads the trace:

- every `connect`, `sendto` or `sendmsg` on an AF_INET or AF_INET6 socket is a network call
  (a failed DNS look-up counts: it already told the network something);
- every file opened for writing, created, made (mkdir) or renamed into place outside the
  allowed folders is a stray file (for example `~/.cache/Microsoft/DeveloperTools/...`).

    audit = trace_command([...], env, allowed=[study_dir, models_dir, settings_dir])
    audit.network   # ['connect(8, {sa_family=AF_INET, ...port 53...})', ...]
    audit.strays    # ['/home/x/.cache/Microsoft/DeveloperTools/.onnxruntime/deviceid', ...]

Used by the adversarial test (tests/adversarial/test_network.py), `veldwerk selftest` when
strace is installed, and `bench/network_audit.py`. docs/privacy.md shows the same check by hand.
"""
import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

SYSCALLS = "connect,sendto,sendmsg,open,openat,creat,mkdir,mkdirat,rename,renameat,renameat2"
# Places any process may write to that hold nothing of the user's.
ALWAYS_ALLOWED = ("/dev/null", "/dev/shm/sem.", "/dev/tty", "/dev/pts/", "/proc/self/", "/dev/urandom")

_NET = re.compile(r"\b(connect|sendto|sendmsg)\(.*sa_family=AF_INET6?\b")
_WRITE_OPEN = re.compile(r"\b(open|openat)\((?:[^,]+, )?\"((?:[^\"\\]|\\.)*)\", ([A-Z_|]+)")
_CREATE = re.compile(r"\b(creat|mkdir|mkdirat)\((?:[^,\"]+, )?\"((?:[^\"\\]|\\.)*)\"")
_RENAME = re.compile(r"\brename(?:at2?)?\(.*\"(?:[^\"\\]|\\.)*\",.*\"((?:[^\"\\]|\\.)*)\"")
_FAILED = re.compile(r"= -1 E[A-Z]+")


def available() -> bool:
    """Whether strace is installed (Debian: `apt-get install strace`)."""
    return shutil.which("strace") is not None


@dataclass
class Audit:
    """What a traced run did that it must not do."""

    network: list[str] = field(default_factory=list)
    strays: list[str] = field(default_factory=list)
    returncode: int = 0
    output: str = ""

    @property
    def clean(self) -> bool:
        return not self.network and not self.strays


def _allowed(path: str, allowed: list[str]) -> bool:
    if path.startswith(ALWAYS_ALLOWED):
        return True
    for root in allowed:
        root = root.rstrip("/")
        # The folder itself, anything inside it, or one of its parents being created on the way.
        if path == root or path.startswith(root + "/") or root.startswith(path.rstrip("/") + "/"):
            return True
    return False


def parse(trace: str, allowed: list[str]) -> Audit:
    """Read an `strace -f -e trace=SYSCALLS` log against the allowed folders (absolute paths)."""
    audit = Audit()
    allowed = [os.path.realpath(a) for a in allowed] + [str(a) for a in allowed]
    for line in trace.splitlines():
        if _NET.search(line):
            audit.network.append(line.strip())
            continue
        if _FAILED.search(line):
            continue
        path = None
        m = _WRITE_OPEN.search(line)
        if m and re.search(r"O_WRONLY|O_RDWR|O_CREAT|O_TRUNC", m.group(3)):
            path = m.group(2)
        elif (m := _CREATE.search(line)) or (m := _RENAME.search(line)):
            path = m.group(m.lastindex)
        if path is None or not path.startswith("/"):
            continue  # relative paths only come from the allowed working folders here
        if not _allowed(path, allowed) and path not in audit.strays:
            audit.strays.append(path)
    return audit


def trace_command(cmd: list[str], env: dict, allowed: list[str], timeout: float = 900, cwd=None) -> Audit:
    """Run `cmd` under `strace -f` with `env` and return what it did outside `allowed`."""
    with tempfile.TemporaryDirectory(prefix="veldwerk-strace-") as tmp:
        log = Path(tmp) / "trace.txt"
        proc = subprocess.run(
            ["strace", "-f", "-qq", "-s", "256", "-e", f"trace={SYSCALLS}", "-e", "signal=none", "-o", str(log), *cmd],
            env=env, cwd=cwd, capture_output=True, text=True, timeout=timeout,
        )
        audit = parse(log.read_text(errors="replace"), [*allowed, tmp])
    audit.returncode = proc.returncode
    audit.output = (proc.stdout + proc.stderr)[-4000:]
    return audit
