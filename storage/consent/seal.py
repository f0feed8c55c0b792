"""The consent ledger's seal: its length and head kept outside the database, where truncation shows.

The ledger (storage/consent/chain.py) is hash-chained inside study.db, and each record is bound to
its audit-log entry (which carries the record's hash). That catches a changed, removed-from-the-middle
or appended-without-audit record, but not a ledger cut short at its end (the last record deleted
together with its audit entry), nor a whole study.db rolled back to an older copy. So the study
header (`study.json`, plaintext, no content) also keeps

    "ledger": {"count": N, "head": "<hash of record N>", "mac": HMAC-SHA256(key, "N:head")}

with the key derived from the passphrase (PBKDF2-HMAC-SHA256). The database must hold at least N
records and record N must have that hash; more records than N are fine (the seal is renewed when the
study is opened and closed, so a crash in between leaves it a few records behind, never ahead).

For an *unencrypted* study the key is public (there is no passphrase): the seal then catches a
truncation by someone who edits study.db with sqlite3 but not one who also recomputes the header.
An encrypted study.db cannot be edited at all without the passphrase (SQLCipher's per-page HMAC).
"""
import hashlib
import hmac
import json
import os
import tempfile
from pathlib import Path

from storage.messages import Message

SALT = b"veldwerk-consent-ledger-seal-v1"
ITERATIONS = 100_000


def _key(passphrase: str | None) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", (passphrase or "").encode("utf-8"), SALT, ITERATIONS)


def _mac(key: bytes, count: int, head: str) -> str:
    return hmac.new(key, f"{count}:{head}".encode(), hashlib.sha256).hexdigest()


class Seal:
    """Reads, checks and renews the seal of one open study."""

    def __init__(self, study_path, passphrase: str | None):
        self.marker = Path(study_path) / "study.json"
        self._key = _key(passphrase)

    def read(self) -> dict | None:
        try:
            meta = json.loads(self.marker.read_text())
        except (OSError, ValueError):
            return None
        seal = meta.get("ledger") if isinstance(meta, dict) else None
        return seal if isinstance(seal, dict) else None

    def problem(self, heads: list[str]) -> str | None:
        """Why the ledger (its record hashes in order) does not match the seal, or None."""
        seal = self.read()
        if seal is None:
            return None  # a study from before seals: sealed on its next open
        try:
            count, head, mac = int(seal["count"]), str(seal["head"]), str(seal["mac"])
        except (KeyError, TypeError, ValueError):
            return Message("consent.seal_unreadable")
        if not hmac.compare_digest(mac, _mac(self._key, count, head)):
            return Message("consent.seal_mac")
        if len(heads) < count:
            return Message("consent.seal_short", records=len(heads), count=count)
        if count and heads[count - 1] != head:
            return Message("consent.seal_head", count=count)
        return None

    def renew(self, heads: list[str]) -> None:
        """Seal the ledger as it is now (call only when it verifies)."""
        try:
            meta = json.loads(self.marker.read_text())
        except (OSError, ValueError):
            return
        count = len(heads)
        head = heads[-1] if heads else "0" * 64
        seal = {"count": count, "head": head, "mac": _mac(self._key, count, head)}
        if meta.get("ledger") == seal:
            return
        meta["ledger"] = seal
        handle, temp = tempfile.mkstemp(prefix=".study-", suffix=".json", dir=self.marker.parent)
        try:
            with os.fdopen(handle, "w") as out:
                out.write(json.dumps(meta, indent=2) + "\n")
                out.flush()
                os.fsync(out.fileno())
            os.replace(temp, self.marker)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
