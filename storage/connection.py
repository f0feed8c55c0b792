"""Opening the study database: SQLCipher when a passphrase is given, plain SQLite otherwise.

Both modes use the SQLite inside `sqlcipher3`, so FTS5 and every pragma behave the same.
"""
import os
import re
import shutil
from pathlib import Path

import sqlcipher3

from storage.errors import DamagedStudy, DiskFull, VeldwerkError, WrongPassphrase
from storage.messages import technical

DatabaseError = sqlcipher3.DatabaseError
IntegrityError = sqlcipher3.IntegrityError


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


FULL_BELOW_BYTES = 1 << 20  # less free space than this, and an I/O error on open means a full disk


SQLITE_MAGIC = b"SQLite format 3\x00"
PAGE_SIZE = 4096  # SQLCipher 4's default page size


def _failing_pages(conn) -> set[int] | None:
    """Pages whose HMAC does not verify under the key given (SQLCipher), or None when that cannot be read."""
    try:
        rows = conn.execute("PRAGMA cipher_integrity_check").fetchall()
    except DatabaseError:
        return None
    return {int(m.group(1)) for (line,) in rows if (m := re.search(r"page (\d+)", str(line)))}


def _open_failure(exc: DatabaseError, db_path: Path, conn, passphrase: str | None) -> VeldwerkError:
    """The error to show for a study file that did not open.

    A wrong passphrase makes every page fail its HMAC; with the right one, only damaged pages fail. So a
    damaged first page, a header whose `encrypted` flag was flipped and a replaced study.db are told apart
    from a wrong passphrase.
    """
    name = getattr(exc, "sqlite_errorname", "") or ""
    try:
        head = db_path.open("rb").read(16)
        size = db_path.stat().st_size
    except OSError:
        head, size = b"", 0
    if name == "SQLITE_NOTADB":
        if passphrase is None:
            return DamagedStudy(key="study.db_not_plain")
        if head == SQLITE_MAGIC:
            return DamagedStudy(key="study.db_not_encrypted")
        if size % PAGE_SIZE:
            return DamagedStudy(key="study.db_size", size=size)
        failing = _failing_pages(conn)
        pages = size // PAGE_SIZE
        if failing is not None and pages > 1 and 0 < len(failing) < pages:
            return DamagedStudy(key="study.db_checksum", failing=len(failing), pages=pages)
        return WrongPassphrase(key="passphrase.wrong")
    try:
        free = shutil.disk_usage(db_path.parent).free
    except OSError:
        free = None
    if name == "SQLITE_FULL" or (free is not None and free < FULL_BELOW_BYTES):
        return DiskFull(key="study.disk_full", free=(free or 0) // 1024)
    if name == "SQLITE_CORRUPT":
        return DamagedStudy(key="study.db_malformed")
    return VeldwerkError(key="study.cannot_open", detail=technical(exc))


DB_MODE = 0o600  # the database and SQLite's -wal/-shm beside it: readable by the researcher only


def restrict(db_path) -> None:
    """Make the database file (and its -wal/-shm, which SQLite creates with the database's mode) 0600."""
    for suffix in ("", "-wal", "-shm"):
        path = Path(str(db_path) + suffix)
        try:
            if path.is_file() and path.stat().st_mode & 0o777 != DB_MODE:
                os.chmod(path, DB_MODE)
        except PermissionError:
            pass  # a study on a medium without Unix modes, or owned by someone else: nothing to tighten


def connect(db_path, passphrase: str | None, *, create: bool = False):
    """A connection in autocommit mode with Veldwerk's pragmas applied.

    Raises WrongPassphrase when the key does not open the file, DiskFull when the disk is
    too full to open it (SQLite must create its shared-memory and log files beside it).
    """
    if not create and Path(db_path).is_file() and Path(db_path).stat().st_size == 0:
        # SQLite would take an empty file for a new database under whatever passphrase is typed.
        raise DamagedStudy(key="study.db_empty")
    if create and not Path(db_path).exists():
        os.close(os.open(db_path, os.O_CREAT | os.O_WRONLY, DB_MODE))  # 0600 from the first byte
    restrict(db_path)
    conn = sqlcipher3.connect(str(db_path), isolation_level=None, check_same_thread=False, timeout=30)
    if passphrase is not None:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {_quote(passphrase)}")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except DatabaseError as exc:
        if create:
            conn.close()
            raise
        failure = _open_failure(exc, Path(db_path), conn, passphrase)
        conn.close()
        raise failure from exc
    for pragma in (
        "foreign_keys = ON",
        "busy_timeout = 30000",
        "temp_store = MEMORY",  # no temporary files with plaintext on disk
        "secure_delete = ON",  # deleted content is overwritten, not left in free pages
        "synchronous = NORMAL",
    ):
        conn.execute(f"PRAGMA {pragma}")
    if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
        conn.execute("PRAGMA journal_mode = WAL")
    return conn


def rekey(conn, passphrase: str) -> None:
    """Re-encrypt the whole database under a new passphrase."""
    conn.execute(f"PRAGMA rekey = {_quote(passphrase)}")
