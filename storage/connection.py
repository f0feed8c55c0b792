"""Opening the study database: SQLCipher when a passphrase is given, plain SQLite otherwise.

Both modes use the SQLite inside `sqlcipher3`, so FTS5 and every pragma behave the same.
"""
import sqlcipher3

from storage.errors import WrongPassphrase

DatabaseError = sqlcipher3.DatabaseError
IntegrityError = sqlcipher3.IntegrityError


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def connect(db_path, passphrase: str | None, *, create: bool = False):
    """A connection in autocommit mode with Veldwerk's pragmas applied.

    Raises WrongPassphrase when the key does not open the file.
    """
    conn = sqlcipher3.connect(str(db_path), isolation_level=None, check_same_thread=False, timeout=30)
    if passphrase is not None:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {_quote(passphrase)}")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except DatabaseError as exc:
        conn.close()
        if create:
            raise
        raise WrongPassphrase("The passphrase does not open this study.") from exc
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
