"""A runtime guard that refuses every network connection this process tries to open.

`install()` adds a `sys.addaudithook` hook (it cannot be removed again) that raises
`NetworkBlocked` on the audit events Python raises before a socket reaches the network:
`socket.connect`, `socket.sendto`, `socket.sendmsg` (to a non-local address) and
`socket.getaddrinfo` / `socket.gethostbyname` (a DNS lookup of a non-local name).
Local-only traffic stays allowed: Unix domain sockets and loopback addresses, which
Qt, multiprocessing and asyncio use between threads and processes of this same app.

Every refusal is logged (logger `veldwerk.netguard`, once per target) and counted in
`BLOCKED`, so the self-test can show that nothing tried. The hook sees only Python-level
sockets; native code (Qt, CTranslate2, onnxruntime) is covered by the network-namespace
test and the dependency audit (`bench/network_audit.py`, see docs/privacy.md).
"""
import ipaddress
import logging
import socket
import sys

log = logging.getLogger("veldwerk.netguard")

BLOCKED: list[str] = []  # "event target" for every refused attempt, in order
_installed = False
_LOCAL_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback", ""}


class NetworkBlocked(ConnectionRefusedError):
    """Raised instead of opening a network connection (an OSError, so callers' fallbacks run)."""


def is_local_host(host) -> bool:
    """Whether `host` (a name, an address string, bytes or None) stays on this machine."""
    if host is None:
        return True
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    host = str(host).strip("[]").lower()
    if host in _LOCAL_NAMES:
        return True
    try:
        address = ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return False  # a name other than localhost needs DNS: not local
    return address.is_loopback or address.is_unspecified


def _is_local_address(sock, address) -> bool:
    family = getattr(sock, "family", None)
    if family is not None and family == getattr(socket, "AF_UNIX", object()):
        return True
    if isinstance(address, (str, bytes)):  # AF_UNIX path or abstract name
        return True
    if isinstance(address, tuple) and address:
        return is_local_host(address[0])
    return False  # unknown families (AF_PACKET, AF_BLUETOOTH …): refuse


def _refuse(event: str, target) -> None:
    entry = f"{event} {target!r}"
    if entry not in BLOCKED:
        log.warning("blocked a network attempt: %s", entry)
    BLOCKED.append(entry)
    raise NetworkBlocked(f"Veldwerk works offline and refused a network connection ({entry})")


def _hook(event: str, args) -> None:
    if not event.startswith("socket."):
        return
    if event in ("socket.connect", "socket.sendto"):
        sock, address = args[0], args[1]
        if not _is_local_address(sock, address):
            _refuse(event, address)
    elif event == "socket.sendmsg":
        sock, address = args[0], args[1]
        if address is not None and not _is_local_address(sock, address):
            _refuse(event, address)
    elif event in ("socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyname_ex",
                   "socket.gethostbyaddr"):
        if not is_local_host(args[0]):
            _refuse(event, args[0])


def install() -> None:
    """Install the guard for the rest of this process (idempotent; cannot be undone)."""
    global _installed
    if _installed:
        return
    sys.addaudithook(_hook)
    _installed = True


def installed() -> bool:
    """Whether `install()` ran in this process."""
    return _installed
