"""A study: one folder holding an (encrypted) database with every record and all audio.

    study = Study.create("tilburg.veldwerk", name="Stigma sekswerk", passphrase="...")
    study = Study.open("tilburg.veldwerk", passphrase="...")

Each thread gets its own connection, so the UI thread and one worker thread can use
the same `Study` at once. Multi-row changes go through `with study.transaction():`.
"""
import contextlib
import json
import shutil
import threading
from pathlib import Path

from sqlite_utils import Database

from storage import connection, schema
from storage.clock import now
from storage.errors import DamagedStudy, StudyExists, StudyNotFound, VeldwerkError, WeakPassphrase
from storage.messages import technical
from storage.passphrase import require_acceptable

MARKER = "study.json"
DB_NAME = "study.db"
FORMAT = "veldwerk-study"


class Study:
    """An open study folder."""

    def __init__(self, path: Path, passphrase: str | None):
        self.path = Path(path)
        self._passphrase = passphrase
        self._local = threading.local()
        self._connections: list = []
        self._lock = threading.Lock()
        self._closed = False
        from storage.locks import StudyLock

        self._study_lock = StudyLock(self.path)  # shared: refuses while a passphrase change runs elsewhere
        from storage.consent.seal import Seal

        self.ledger_seal = Seal(self.path, passphrase)
        self.recovered: list = []  # storage.recordings.Recording: takes recovered after a crash when this study was opened
        from storage.audit import AuditLog
        from storage.codebook import Codebook
        from storage.codings import Codings
        from storage.consent.ledger import ConsentLedger
        from storage.interviews import Interviews
        from storage.participants import Participants
        from storage.recordings import Recordings
        from storage.transcripts import Transcripts

        self.audit = AuditLog(self)
        self.participants = Participants(self)
        self.interviews = Interviews(self)
        self.recordings = Recordings(self)
        self.transcripts = Transcripts(self)
        self.codebook = Codebook(self)
        self.codings = Codings(self)
        self.consent = ConsentLedger(self)
        from storage.actions.plans import Actions
        from storage.actions.themes import SolutionThemes

        self.themes = SolutionThemes(self)
        self.actions = Actions(self)
        from storage.exchange.researchers import Researchers

        self.researchers = Researchers(self)
        from storage.sessions.store import Sessions

        self.sessions = Sessions(self)
        self.researcher = ""  # who works in this session (researchers.use); codings and corrections carry it

    # -- opening -------------------------------------------------------------------------
    @classmethod
    def create(cls, path, name: str, passphrase: str | None, language: str = "nl",
               retention_until: str | None = None, contact: str | None = None) -> "Study":
        """Create a new study folder. `passphrase=None` creates an unencrypted study. `retention_until`
        (YYYY-MM-DD) and `contact` fill the consent form (storage/consent_settings.py); checked first."""
        from storage import consent_settings

        path = Path(path)
        if passphrase is not None:
            require_acceptable(passphrase)
        if not name.strip():
            raise VeldwerkError(key="study.no_name")
        if retention_until is not None:
            consent_settings.check_retention(retention_until)
        if contact is not None:
            consent_settings.check_contact(contact)
        if path.exists() and not path.is_dir():
            raise StudyExists(key="study.is_file", path=str(path))
        if path.exists() and any(path.iterdir()):
            raise StudyExists(key="study.not_empty", path=str(path))
        path.mkdir(parents=True, exist_ok=True)
        try:
            conn = connection.connect(path / DB_NAME, passphrase, create=True)
            db = Database(conn)
            schema.migrate(db)
            conn.close()
            (path / MARKER).write_text(
                json.dumps({"format": FORMAT, "encrypted": passphrase is not None}, indent=2) + "\n"
            )
            study = cls(path, passphrase)
            study._seed(name=name, language=language)
            consent_settings.save(study, retention_until, contact)
        except BaseException:
            shutil.rmtree(path, ignore_errors=True)
            raise
        return study

    @classmethod
    def open(cls, path, passphrase: str | None = None) -> "Study":
        """Open an existing study; raises StudyNotFound or WrongPassphrase."""
        path = Path(path)
        meta = cls.read_marker(path)
        if meta["encrypted"] and not passphrase:
            from storage.errors import WrongPassphrase

            raise WrongPassphrase(key="passphrase.needed")
        study = cls(path, passphrase if meta["encrypted"] else None)
        try:
            schema.migrate(study.db)
            study.recovered = study.recordings.recover_interrupted()  # shown to the researcher on open
            try:
                study.renew_ledger_seal()
            except OSError:
                pass  # a full or read-only disk: the seal is renewed on close or the next open
        except BaseException:
            study.close()
            raise
        return study

    @staticmethod
    def read_marker(path) -> dict:
        """The study folder's plaintext header (format and whether it is encrypted)."""
        path = Path(path)
        marker = path / MARKER
        if not marker.is_file() or not (path / DB_NAME).is_file():
            raise StudyNotFound(key="study.not_found", path=str(path), marker=MARKER, db=DB_NAME)
        try:
            meta = json.loads(marker.read_text())
        except (OSError, ValueError) as exc:
            raise DamagedStudy(key="study.marker_damaged", marker=marker, detail=technical(exc)) from exc
        if not isinstance(meta, dict) or meta.get("format") != FORMAT:
            raise StudyNotFound(key="study.not_named", path=str(path), marker=MARKER)
        if not isinstance(meta.get("encrypted"), bool):
            raise DamagedStudy(key="study.marker_no_encryption", marker=marker)
        return meta

    @property
    def encrypted(self) -> bool:
        return self._passphrase is not None

    # -- connections and transactions ----------------------------------------------------
    @property
    def conn(self):
        """This thread's connection."""
        if self._closed:
            raise VeldwerkError(key="study.closed")
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = connection.connect(self.path / DB_NAME, self._passphrase)
            self._local.conn = conn
            self._local.db = Database(conn)
            with self._lock:
                self._connections.append(conn)
        return conn

    @property
    def db(self) -> Database:
        """This thread's sqlite-utils Database."""
        self.conn
        return self._local.db

    @contextlib.contextmanager
    def transaction(self):
        """One write transaction on this thread (nested blocks become savepoints)."""
        conn = self.conn
        if conn.in_transaction:
            with self.db.atomic():
                yield self.db
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        else:
            conn.execute("COMMIT")

    def renew_ledger_seal(self) -> bool:
        """Seal the consent ledger in the study header if it verifies (storage/consent/seal.py); True if sealed."""
        from storage.consent.chain import chain_problem

        trust = chain_problem(self)
        if trust.problem_for(None) is None:
            self.ledger_seal.renew(trust.heads)
        return trust.problem_for(None) is None

    def close(self) -> None:
        """Close every connection (checkpointing the WAL into the database)."""
        if not self._closed:
            try:
                self.renew_ledger_seal()
            except Exception:  # noqa: BLE001 - closing must not fail; the seal is renewed on the next open
                pass
        with self._lock:
            conns, self._connections = self._connections, []
        for index, conn in enumerate(conns):
            try:
                if index == len(conns) - 1:
                    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                conn.close()
            except connection.DatabaseError:
                pass
        self._local = threading.local()
        self._closed = True
        self._study_lock.release()

    def close_thread_connection(self) -> None:
        """Close this thread's connection; a worker thread calls it before it ends (the study stays open)."""
        conn = getattr(self._local, "conn", None)
        if conn is None:
            return
        with self._lock:
            if conn in self._connections:
                self._connections.remove(conn)
        self._local.conn = None
        self._local.db = None
        try:
            conn.close()
        except connection.DatabaseError:
            pass

    def __enter__(self) -> "Study":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def checkpoint(self) -> None:
        """Fold the write-ahead log into the database file and empty it."""
        self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    # -- settings ------------------------------------------------------------------------
    def get_setting(self, key: str, default=None):
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return json.loads(row[0]) if row else default

    def set_setting(self, key: str, value) -> None:
        with self.transaction():
            self.conn.execute(
                "INSERT INTO settings(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [key, json.dumps(value, ensure_ascii=False)],
            )
            self.audit.log("setting.change", "setting", key)

    @property
    def name(self) -> str:
        return self.get_setting("name", "")

    @property
    def language(self) -> str:
        return self.get_setting("language", "nl")

    @property
    def study_id(self) -> str:
        """The id every copy of this study shares (an exchange file names it)."""
        return self.get_setting("study_id", "")

    @property
    def glossary(self) -> list[str]:
        """Domain words passed to Whisper as hotwords (for example GGD, klankbordgroep)."""
        return self.get_setting("glossary", [])

    # -- roles ---------------------------------------------------------------------------
    def roles(self) -> list[dict]:
        """Stakeholder roles in display order: [{"key", "label"}]."""
        return [dict(key=r["key"], label=r["label"]) for r in self.db.query("SELECT * FROM roles ORDER BY position")]

    def role_label(self, key: str) -> str:
        row = self.conn.execute("SELECT label FROM roles WHERE key = ?", [key]).fetchone()
        return row[0] if row else key

    def set_role(self, key: str, label: str) -> None:
        """Add a role or rename its label."""
        if not key or not key.replace("_", "").replace("-", "").isalnum() or key != key.lower():
            raise VeldwerkError(key="role.bad_key", role=key)
        with self.transaction():
            position = self.conn.execute("SELECT coalesce(max(position), -1) + 1 FROM roles").fetchone()[0]
            self.conn.execute(
                "INSERT INTO roles(key, label, position) VALUES (?, ?, ?) "
                "ON CONFLICT(key) DO UPDATE SET label = excluded.label",
                [key, label, position],
            )
            self.audit.log("role.set", "role", key)

    def require_role(self, key: str) -> None:
        from storage.errors import UnknownRole

        if not self.conn.execute("SELECT 1 FROM roles WHERE key = ?", [key]).fetchone():
            keys = ", ".join(r["key"] for r in self.roles())
            raise UnknownRole(key="role.unknown", role=key, keys=keys)

    # -- whole-study operations ----------------------------------------------------------
    def _seed(self, name: str, language: str) -> None:
        from resources import resource_path

        defaults = json.loads(resource_path("defaults.json").read_text(encoding="utf-8"))
        with self.transaction():
            for key, value in (("name", name), ("language", language), ("glossary", []), ("created_at", now())):
                self.conn.execute("INSERT INTO settings(key, value) VALUES (?, ?)", [key, json.dumps(value)])
            for position, role in enumerate(defaults["roles"]):
                self.conn.execute(
                    "INSERT INTO roles(key, label, position) VALUES (?, ?, ?)", [role["key"], role["label"], position]
                )
            self.codebook.load_defaults()
            self.audit.log("study.create", "study", None, {"encrypted": self.encrypted})
        self.consent.seed_default_form()

    def info(self) -> dict:
        """Counts for an overview: participants, interviews, hours of audio, codings."""
        one = lambda sql: self.conn.execute(sql).fetchone()[0]  # noqa: E731
        return {
            "name": self.name,
            "language": self.language,
            "encrypted": self.encrypted,
            "schema_version": schema.version(self.db),
            "participants": one("SELECT count(*) FROM participants WHERE withdrawn_at IS NULL"),
            "withdrawn": one("SELECT count(*) FROM participants WHERE withdrawn_at IS NOT NULL"),
            "interviews": one("SELECT count(*) FROM interviews"),
            "hours": round(
                one("SELECT coalesce(sum(duration), 0) FROM recordings WHERE kind != 'consent_clip'") / 3600, 3
            ),
            "transcripts": one("SELECT count(*) FROM transcripts WHERE state = 'complete'"),
            "codings": one("SELECT count(*) FROM codings"),
        }

    def change_passphrase(self, new_passphrase: str) -> None:
        """Re-encrypt the database (and with it every piece of audio) under a new passphrase."""
        if not self.encrypted:
            raise VeldwerkError(key="passphrase.not_encrypted")
        require_acceptable(new_passphrase)
        if new_passphrase == self._passphrase:
            raise WeakPassphrase(key="passphrase.same")
        with self._lock:
            others = [c for c in self._connections if c is not self.conn]
        if others:
            raise VeldwerkError(key="passphrase.close_others")
        with self._study_lock.exclusive():  # no other process or Study object has the study open
            self.checkpoint()
            from storage.consent.chain import chain_problem
            from storage.consent.seal import Seal

            trust = chain_problem(self)  # checked under the old key, before it changes
            connection.rekey(self.conn, new_passphrase)
            self._passphrase = new_passphrase
            self.ledger_seal = Seal(self.path, new_passphrase)
            if trust.problem_for(None) is None:
                self.ledger_seal.renew(trust.heads)  # the seal's key follows the passphrase
            self.audit.log("study.rekey", "study", None)
            self.checkpoint()

    def disk_free(self) -> int:
        """Free bytes on the disk that holds the study."""
        return shutil.disk_usage(self.path).free


    def search(self, text: str, *, limit: int = 100, interview_id: int | None = None) -> list[dict]:
        """Full-text search over transcripts; see storage.search."""
        from storage.search import search

        return search(self, text, limit=limit, interview_id=interview_id)
