"""The exchange file: an SQLCipher 4 database (AES-256, PBKDF2-HMAC-SHA512) under its own passphrase.

It holds a `meta` table (format, version, the study's id, the exchange's id, the researcher, the point it
reaches back to, when it was written) and an `items` table (kind, identity, JSON data); with audio also an
`audio` table. It is written through storage/exports/target.py (never inside a study, temporary file, 0600,
renamed into place) and read only (`mode=ro`): reading never changes it.
"""
import json
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

import sqlcipher3

from storage.connection import PAGE_SIZE, SQLITE_MAGIC, _failing_pages, _quote
from storage.errors import VeldwerkError, WrongPassphrase
from storage.exchange.base import Kind
from storage.exports.target import write_atomically
from storage.messages import Text, technical

FORMAT = "veldwerk-exchange"
VERSION = 1
SUFFIX = ".vwx"
PASSPHRASE_ENV = "VELDWERK_EXCHANGE_PASSPHRASE"


class ExchangeFileError(VeldwerkError):
    """An exchange file that is damaged, of another study, or not an exchange file at all."""


@dataclass
class ExchangeFile:
    """An exchange file's contents, read into memory."""

    meta: dict
    items: list[tuple[Kind, str, dict]] = field(default_factory=list)
    audio: list[tuple[str, int, bytes]] = field(default_factory=list)  # (recording sha256, start frame, PCM)

    @property
    def exchange_id(self) -> str:
        return self.meta["exchange_id"]


def write(out, passphrase: str, exchange: ExchangeFile) -> Path:
    """Write the exchange file to `out` (refused inside a study folder; 0600; atomically)."""

    def fill(temp: Path) -> None:
        # mkstemp's empty 0600 file: SQLCipher takes an empty file for a new database
        conn = sqlcipher3.connect(str(temp), isolation_level=None)
        try:
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute(f"PRAGMA key = {_quote(passphrase)}")
            conn.execute("PRAGMA temp_store = MEMORY")
            conn.execute("BEGIN")
            conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            conn.execute("CREATE TABLE items (seq INTEGER PRIMARY KEY, kind TEXT NOT NULL, item TEXT NOT NULL, "
                         "data TEXT NOT NULL)")
            conn.execute("CREATE TABLE audio (sha256 TEXT NOT NULL, start_frame INTEGER NOT NULL, data BLOB NOT NULL)")
            conn.executemany("INSERT INTO meta VALUES (?, ?)",
                             [(k, json.dumps(v, ensure_ascii=False)) for k, v in exchange.meta.items()])
            conn.executemany("INSERT INTO items(kind, item, data) VALUES (?, ?, ?)",
                             [(Kind(k).value, i, json.dumps(d, ensure_ascii=False)) for k, i, d in exchange.items])
            conn.executemany("INSERT INTO audio VALUES (?, ?, ?)", exchange.audio)
            conn.execute("COMMIT")
        finally:
            conn.close()

    return write_atomically(Path(out), fill)


def _damaged(path: Path, why: Text | str) -> ExchangeFileError:
    return ExchangeFileError(key="exchange.damaged", name=path.name, why=why)


def _check_file(path: Path) -> int:
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise ExchangeFileError(key="exchange.no_file", path=path) from None
    except OSError as exc:
        raise ExchangeFileError(key="exchange.unreadable", path=path, reason=technical(exc.strerror or exc)) from None
    if not stat.S_ISREG(info.st_mode):
        raise ExchangeFileError(key="exchange.not_a_file", path=path)
    if info.st_size == 0:
        raise _damaged(path, Text("exchange.why_empty"))
    with open(path, "rb") as handle:
        if handle.read(16) == SQLITE_MAGIC:
            raise ExchangeFileError(key="exchange.not_encrypted", name=path.name)
    if info.st_size % PAGE_SIZE:
        raise ExchangeFileError(key="exchange.cut_short", name=path.name)
    return info.st_size


def read(path, passphrase: str) -> ExchangeFile:
    """Read and check an exchange file; raises WrongPassphrase or ExchangeFileError (one line each)."""
    path = Path(path)
    size = _check_file(path)
    conn = sqlcipher3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {_quote(passphrase)}")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError:
            failing, pages = _failing_pages(conn), size // PAGE_SIZE
            if failing is not None and pages > 1 and 0 < len(failing) < pages:
                raise _damaged(path, Text("exchange.why_pages_of", {"failing": len(failing), "pages": pages})) from None
            raise WrongPassphrase(key="passphrase.exchange_wrong", name=path.name) from None
        failing = _failing_pages(conn)
        if failing:
            raise _damaged(path, Text("exchange.why_pages", {"failing": len(failing)}))
        try:
            return _contents(path, conn)
        except (sqlcipher3.DatabaseError, ValueError, KeyError, TypeError) as exc:
            raise _damaged(path, technical(exc)) from None
    finally:
        conn.close()


def _contents(path: Path, conn) -> ExchangeFile:
    tables = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not {"meta", "items", "audio"} <= tables:
        raise ExchangeFileError(key="exchange.not_exchange", name=path.name)
    meta = {key: json.loads(value) for key, value in conn.execute("SELECT key, value FROM meta")}
    if meta.get("format") != FORMAT:
        raise ExchangeFileError(key="exchange.not_exchange", name=path.name)
    if not isinstance(meta.get("version"), int) or meta["version"] > VERSION:
        raise ExchangeFileError(key="exchange.newer", name=path.name)
    for key in ("study_id", "exchange_id", "researcher", "created_at"):
        if not isinstance(meta.get(key), str) or not meta[key]:
            raise ValueError(f"no {key}")
    items = []
    for kind, item, data in conn.execute("SELECT kind, item, data FROM items ORDER BY seq"):
        data = json.loads(data)
        if not isinstance(item, str) or not isinstance(data, dict):
            raise ValueError("an item is malformed")
        items.append((Kind(kind), item, data))
    audio = [(sha, int(frame), bytes(blob)) for sha, frame, blob in conn.execute("SELECT * FROM audio ORDER BY rowid")]
    return ExchangeFile(meta, items, audio)
