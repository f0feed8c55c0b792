"""The study database schema and its forward migrations.

`MIGRATIONS[n]` takes a database from `PRAGMA user_version` n to n + 1. Each runs in
one transaction. Add new steps at the end; never edit a released one.
"""
from sqlite_utils import Database

FTS_TOKENIZER = "unicode61 remove_diacritics 2"


def _v1_core(db: Database) -> None:
    """Study settings, roles, participants, interviews, recordings and audio."""
    db["settings"].create({"key": str, "value": str}, pk="key")
    db["roles"].create({"key": str, "label": str, "position": int}, pk="key", not_null={"label"})
    db["participants"].create(
        {"id": int, "code": str, "role": str, "notes": str, "created_at": str, "withdrawn_at": str},
        pk="id",
        not_null={"code", "role", "created_at"},
        defaults={"notes": ""},
        foreign_keys=[("role", "roles", "key")],
    )
    db["participants"].create_index(["code"], unique=True)
    db["interviews"].create(
        {
            "id": int,
            "participant_id": int,
            "date": str,
            "interviewer": str,
            "location": str,
            "notes": str,
            "created_at": str,
        },
        pk="id",
        not_null={"participant_id", "created_at"},
        defaults={"interviewer": "", "location": "", "notes": ""},
        foreign_keys=[("participant_id", "participants", "id")],
    )
    db["interviews"].create_index(["participant_id"])
    db["recordings"].create(
        {
            "id": int,
            "interview_id": int,
            "participant_id": int,
            "kind": str,  # recorded | imported | consent_clip
            "state": str,  # recording | complete
            "sample_rate": int,
            "frames": int,
            "duration": float,
            "sha256": str,
            "source_name": str,
            "recovered": int,
            "markers": str,  # JSON list of {"time": s, "label": str}
            "created_at": str,
        },
        pk="id",
        not_null={"participant_id", "kind", "state", "sample_rate", "created_at"},
        defaults={"frames": 0, "duration": 0.0, "recovered": 0, "markers": "[]", "source_name": ""},
        foreign_keys=[("interview_id", "interviews", "id"), ("participant_id", "participants", "id")],
    )
    db["recordings"].create_index(["interview_id"])
    db["recordings"].create_index(["participant_id"])
    db["audio_chunks"].create(
        {"recording_id": int, "start_frame": int, "data": bytes},  # mono PCM16 LE
        pk=("recording_id", "start_frame"),
        not_null={"data"},
        foreign_keys=[("recording_id", "recordings", "id")],
    )


def _v1_transcripts(db: Database) -> None:
    """Transcripts, segments and their full-text index."""
    db["transcripts"].create(
        {
            "id": int,
            "interview_id": int,
            "recording_id": int,
            "model": str,
            "language": str,
            "state": str,  # partial | complete
            "progress_end": float,  # seconds of audio done, for resuming
            "speakers": str,  # JSON {"label": "display name"}
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        not_null={"interview_id", "state", "created_at"},
        defaults={"progress_end": 0.0, "speakers": "{}", "model": "", "language": ""},
        foreign_keys=[("interview_id", "interviews", "id"), ("recording_id", "recordings", "id")],
    )
    db["transcripts"].create_index(["interview_id"], unique=True)
    db["segments"].create(
        {
            "id": int,
            "transcript_id": int,
            "position": int,
            "start": float,
            "end": float,
            "speaker": str,
            "text": str,
            "asr_text": str,
            "confidence": float,
            "words": str,  # JSON [[start, end, word, probability], ...]
        },
        pk="id",
        not_null={"transcript_id", "position", "start", "end", "text"},
        defaults={"speaker": "", "asr_text": "", "words": "[]"},
        foreign_keys=[("transcript_id", "transcripts", "id")],
    )
    db["segments"].create_index(["transcript_id", "position"])
    db["segments"].enable_fts(["text"], tokenize=FTS_TOKENIZER, create_triggers=True)
    # Deleted rows leave no tokens behind in the index (withdrawal must erase words).
    db.execute("INSERT INTO segments_fts(segments_fts, rank) VALUES('secure-delete', 1)")


def _v1_coding(db: Database) -> None:
    """Codebook and codings."""
    db["codes"].create(
        {
            "id": int,
            "key": str,
            "label_nl": str,
            "label_en": str,
            "description": str,
            "color": str,
            "parent_id": int,
            "position": int,
            "perception": int,  # 1: a coding carries the role it is about
        },
        pk="id",
        not_null={"key", "label_nl", "color"},
        defaults={"label_en": "", "description": "", "position": 0, "perception": 0},
        foreign_keys=[("parent_id", "codes", "id")],
    )
    db["codes"].create_index(["key"], unique=True)
    db["codings"].create(
        {
            "id": int,
            "transcript_id": int,
            "code_id": int,
            "start_segment_id": int,
            "start_offset": int,
            "end_segment_id": int,
            "end_offset": int,
            "start_time": float,
            "end_time": float,
            "about_role": str,
            "memo": str,
            "author": str,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        not_null={"transcript_id", "code_id", "start_segment_id", "end_segment_id", "created_at"},
        defaults={"memo": "", "author": ""},
        foreign_keys=[
            ("transcript_id", "transcripts", "id"),
            ("code_id", "codes", "id"),
            ("start_segment_id", "segments", "id"),
            ("end_segment_id", "segments", "id"),
            ("about_role", "roles", "key"),
        ],
    )
    db["codings"].create_index(["transcript_id"])
    db["codings"].create_index(["code_id"])


def _v1_consent_and_audit(db: Database) -> None:
    """Consent forms, the hash-chained consent ledger and the audit log."""
    db["consent_forms"].create(
        {"version": int, "language": str, "title": str, "text": str, "items": str, "sha256": str, "created_at": str},
        pk="version",
        not_null={"text", "items", "sha256", "created_at"},
    )
    db["consent_records"].create(
        {
            "id": int,
            "participant_id": int,
            "participant_code": str,
            "kind": str,  # consent | withdrawal
            "form_version": int,
            "form_sha256": str,
            "answers": str,  # JSON {"1": true, ...}
            "method": str,  # verbal | written | withdrawal
            "researcher": str,
            "created_at": str,
            "clip_recording_id": int,
            "clip_sha256": str,
            "prev_hash": str,
            "hash": str,
        },
        pk="id",
        not_null={"participant_code", "kind", "created_at", "prev_hash", "hash"},
        foreign_keys=[("participant_id", "participants", "id"), ("form_version", "consent_forms", "version")],
    )
    db["consent_records"].create_index(["participant_id"])
    db["audit_log"].create(
        {"id": int, "at": str, "actor": str, "action": str, "entity": str, "entity_id": str, "detail": str},
        pk="id",
        not_null={"at", "action"},
    )
    # The consent ledger and the audit log are append-only.
    for table in ("consent_records", "audit_log"):
        for event in ("UPDATE", "DELETE"):
            db.execute(
                f"CREATE TRIGGER {table}_no_{event.lower()} BEFORE {event} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
            )


def _v1(db: Database) -> None:
    _v1_core(db)
    _v1_transcripts(db)
    _v1_coding(db)
    _v1_consent_and_audit(db)


def _v2_consent_form_values(db: Database) -> None:
    """Consent records keep the placeholder values (retention date, contact) of the form as read."""
    db.execute("ALTER TABLE consent_records ADD COLUMN form_values TEXT")


def _v3_pseudonymisation(db: Database) -> None:
    """Pseudonymisation: detections per text, the researcher's decisions per interview, the study's replacement list."""
    db["pseudonym_scans"].create(
        {"id": int, "interview_id": int, "text_sha": str, "detections": str, "scanned_at": str},
        pk="id",
        not_null={"interview_id", "text_sha", "detections", "scanned_at"},
        foreign_keys=[("interview_id", "interviews", "id")],
    )
    db["pseudonym_scans"].create_index(["interview_id", "text_sha"], unique=True)
    db["pseudonym_decisions"].create(
        {
            "id": int,
            "interview_id": int,
            "term": str,
            "term_key": str,  # the term case-folded with spaces collapsed
            "kind": str,
            "decision": str,  # accept | reject | add
            "replacement": str,  # empty: the kind's placeholder
            "author": str,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        not_null={"interview_id", "term", "term_key", "kind", "decision", "created_at"},
        defaults={"replacement": "", "author": ""},
        foreign_keys=[("interview_id", "interviews", "id")],
    )
    db["pseudonym_decisions"].create_index(["interview_id", "term_key"], unique=True)
    db["pseudonym_list"].create(
        {"id": int, "term": str, "term_key": str, "action": str, "replacement": str, "created_at": str},
        pk="id",
        not_null={"term", "term_key", "action", "created_at"},
        defaults={"replacement": ""},
    )
    db["pseudonym_list"].create_index(["term_key"], unique=True)


def _v4_fts_on_text_only(db: Database) -> None:
    """Re-index a segment only when its text changes (not on position/speaker updates: a split
    renumbers every later segment, which re-indexed them all)."""
    db.execute("DROP TRIGGER IF EXISTS segments_au")
    db.execute(
        'CREATE TRIGGER "segments_au" AFTER UPDATE OF "text" ON "segments" BEGIN\n'
        '  INSERT INTO "segments_fts" ("segments_fts", rowid, "text") VALUES(\'delete\', old.rowid, old."text");\n'
        '  INSERT INTO "segments_fts" (rowid, "text") VALUES (new.rowid, new."text");\nEND'
    )


def _v5_search_order_index(db: Database) -> None:
    """A narrow covering index for ordering search hits: the hits of a common word no longer read
    (and, encrypted, decrypt) the wide segment rows with their word timings (300 ms → 25 ms on 50 interviews)."""
    db.execute("CREATE INDEX segments_search_order ON segments(id, transcript_id, position, start, end)")


def _v6_code_refi_guid(db: Database) -> None:
    """The REFI-QDA GUID a code arrived with from a .qdc (NULL for Veldwerk's own codes), reused on export
    so codebook round trips through other QDA programs keep the code's identity."""
    db.execute("ALTER TABLE codes ADD COLUMN refi_guid TEXT")
    db.execute("CREATE UNIQUE INDEX codes_refi_guid ON codes(refi_guid) WHERE refi_guid IS NOT NULL")


def _v7_interview_reviews(db: Database) -> None:
    """Whether an interview's pseudonymisation review is finished: who finished it, when, and a fingerprint
    of its texts then (a later change to the text shows the review as out of date)."""
    db["interview_reviews"].create(
        {"interview_id": int, "finished_at": str, "finished_by": str, "fingerprint": str},
        pk="interview_id",
        not_null={"finished_at", "fingerprint"},
        defaults={"finished_by": ""},
        foreign_keys=[("interview_id", "interviews", "id")],
    )


def _v8_audit_entity_index(db: Database) -> None:
    """Every enforcement check reads the audit entries of consent records (storage/consent/chain.py): an index
    keeps that a lookup however long the audit log grows."""
    db.execute("CREATE INDEX IF NOT EXISTS audit_log_entity ON audit_log(entity, entity_id)")


def _v9_solution_themes_and_actions(db: Database) -> None:
    """Solution themes (named groups of solution fragments) and the action plans under them (storage/actions/):
    who is responsible and who takes part, start and target date, status with a dated history, and the
    interviews or sessions where an action was agreed or reviewed. A withdrawal empties a participant's
    place in them (storage/actions/withdrawal.py); deleting a coding or an interview drops its links."""
    statuses = "'idee', 'gepland', 'in gang gezet', 'gerealiseerd', 'gestopt'"
    for sql in (
        "CREATE TABLE solution_themes (id INTEGER PRIMARY KEY, name TEXT NOT NULL, name_key TEXT NOT NULL UNIQUE, "
        "description TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, updated_at TEXT NOT NULL)",
        "CREATE TABLE theme_fragments (theme_id INTEGER NOT NULL REFERENCES solution_themes(id) ON DELETE CASCADE, "
        "coding_id INTEGER NOT NULL REFERENCES codings(id) ON DELETE CASCADE, added_at TEXT NOT NULL, "
        "PRIMARY KEY (theme_id, coding_id))",
        "CREATE INDEX theme_fragments_coding ON theme_fragments(coding_id)",
        "CREATE TABLE actions (id INTEGER PRIMARY KEY, theme_id INTEGER NOT NULL REFERENCES solution_themes(id), "
        f"what TEXT NOT NULL, status TEXT NOT NULL CHECK (status IN ({statuses})), start_date TEXT, target_date TEXT, "
        "created_at TEXT NOT NULL, updated_at TEXT NOT NULL)",
        "CREATE INDEX actions_theme ON actions(theme_id)",
        "CREATE TABLE action_parties (id INTEGER PRIMARY KEY, "
        "action_id INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE, "
        "part TEXT NOT NULL CHECK (part IN ('owner', 'member')), role TEXT REFERENCES roles(key), "
        "participant_id INTEGER REFERENCES participants(id), organisation TEXT, "
        "CHECK (role IS NOT NULL OR participant_id IS NOT NULL OR organisation IS NOT NULL))",
        "CREATE INDEX action_parties_action ON action_parties(action_id)",
        "CREATE INDEX action_parties_participant ON action_parties(participant_id)",
        "CREATE UNIQUE INDEX action_parties_one_owner ON action_parties(action_id) WHERE part = 'owner'",
        "CREATE TABLE action_events (id INTEGER PRIMARY KEY, "
        "action_id INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE, on_date TEXT NOT NULL, "
        f"status TEXT NOT NULL CHECK (status IN ({statuses})), note TEXT NOT NULL DEFAULT '', "
        "author TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL)",
        "CREATE INDEX action_events_action ON action_events(action_id, on_date)",
        "CREATE TABLE action_links (action_id INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE, "
        "interview_id INTEGER NOT NULL REFERENCES interviews(id) ON DELETE CASCADE, "
        "kind TEXT NOT NULL CHECK (kind IN ('agreed', 'reviewed')), created_at TEXT NOT NULL, "
        "PRIMARY KEY (action_id, interview_id, kind))",
        "CREATE INDEX action_links_interview ON action_links(interview_id)",
    ):
        db.execute(sql)


def _v10_researchers_and_exchange(db: Database) -> None:
    """Researchers and the exchange of work between copies of a study (storage/exchange/).

    - `settings.study_id`: one id for every copy of a study, so an exchange file cannot be merged into another
      study. A new study draws a random one; an older study derives it from what all its copies share (the
      creation time and the first audit entry), so two copies upgraded apart still agree.
    - `researchers`: the names codings, memos and transcript corrections carry (one spelling per name_key).
    - `codings.uid`, `segments.uid`: identities that hold across copies (rows of before the upgrade derive
      theirs from the study id and what the copies shared; new rows draw a random one in a trigger);
      `codings.updated_by`, `segments.edited_by` / `edited_at`: who changed them last.
    - `exchanges` (files written and read), `exchange_ancestors` (per item, hashes of the versions its current
      one descends from, so a merge tells "they changed it" from "we changed it" from "both did"; forgotten
      with the item), `exchange_removed` (codings removed here, with the version removed, for the next file),
      `exchange_conflicts` (what an import did not decide alone)."""
    import hashlib
    import json as _json
    import uuid

    row = db.execute("SELECT value FROM settings WHERE key = 'created_at'").fetchone()
    first = db.execute("SELECT at, actor FROM audit_log ORDER BY id LIMIT 1").fetchone()
    if row is None:
        study_id = uuid.uuid4().hex
    else:
        seed = _json.dumps([row[0], list(first or [])])
        study_id = hashlib.sha256(("veldwerk-study:" + seed).encode()).hexdigest()[:32]
    db.execute("INSERT OR IGNORE INTO settings(key, value) VALUES ('study_id', ?)", [_json.dumps(study_id)])
    db.conn.create_function(
        "veldwerk_uid", -1, lambda *parts: hashlib.sha256(_json.dumps([study_id, *parts]).encode()).hexdigest()[:32]
    )
    random_uid = "lower(hex(randomblob(16)))"
    stamp = "strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now')"
    for sql in (
        "CREATE TABLE researchers (id INTEGER PRIMARY KEY, name TEXT NOT NULL, name_key TEXT NOT NULL UNIQUE, "
        "created_at TEXT NOT NULL)",
        "ALTER TABLE codings ADD COLUMN uid TEXT",
        "ALTER TABLE codings ADD COLUMN updated_by TEXT NOT NULL DEFAULT ''",
        "UPDATE codings SET uid = veldwerk_uid('coding', id, transcript_id, created_at, author)",
        "CREATE UNIQUE INDEX codings_uid ON codings(uid)",
        f"CREATE TRIGGER codings_new_uid AFTER INSERT ON codings WHEN new.uid IS NULL "
        f"BEGIN UPDATE codings SET uid = {random_uid} WHERE id = new.id; END",
        "ALTER TABLE segments ADD COLUMN uid TEXT",
        "ALTER TABLE segments ADD COLUMN edited_by TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE segments ADD COLUMN edited_at TEXT",
        "UPDATE segments SET uid = veldwerk_uid('segment', id, transcript_id, start)",
        "CREATE UNIQUE INDEX segments_uid ON segments(uid)",
        f"CREATE TRIGGER segments_new_uid AFTER INSERT ON segments WHEN new.uid IS NULL "
        f"BEGIN UPDATE segments SET uid = {random_uid} WHERE id = new.id; END",
        "CREATE TABLE exchanges (id TEXT PRIMARY KEY, direction TEXT NOT NULL CHECK (direction IN ('export', 'import')), "
        "researcher TEXT NOT NULL, since TEXT, at TEXT NOT NULL, counts TEXT NOT NULL DEFAULT '{}')",
        "CREATE TABLE exchange_ancestors (kind TEXT NOT NULL, item TEXT NOT NULL, hash TEXT NOT NULL, "
        "PRIMARY KEY (kind, item, hash))",
        "CREATE TRIGGER segments_forget_ancestors AFTER DELETE ON segments BEGIN "
        "DELETE FROM exchange_ancestors WHERE kind = 'segment' AND item = old.uid; END",
        "CREATE TRIGGER codings_forget_ancestors AFTER DELETE ON codings BEGIN "
        "DELETE FROM exchange_ancestors WHERE kind = 'coding' AND item = old.uid; END",
        "CREATE TABLE exchange_removed (kind TEXT NOT NULL, item TEXT NOT NULL, author TEXT NOT NULL DEFAULT '', "
        "stamp TEXT, removed_at TEXT NOT NULL, PRIMARY KEY (kind, item))",
        f"CREATE TRIGGER codings_removed AFTER DELETE ON codings WHEN old.uid IS NOT NULL BEGIN "
        f"INSERT OR REPLACE INTO exchange_removed(kind, item, author, stamp, removed_at) "
        f"VALUES ('coding', old.uid, old.author, json_array(old.updated_at, old.updated_by, old.about_role, "
        f"(SELECT key FROM codes WHERE id = old.code_id), length(old.memo)), {stamp}); END",
        "CREATE TABLE exchange_conflicts (id INTEGER PRIMARY KEY, exchange_id TEXT NOT NULL, kind TEXT NOT NULL, "
        "item TEXT NOT NULL, here TEXT, there TEXT, created_at TEXT NOT NULL, resolved_at TEXT, resolution TEXT, "
        "resolved_by TEXT)",
        "CREATE INDEX exchange_conflicts_item ON exchange_conflicts(kind, item)",
    ):
        db.execute(sql)


def _v11_sessions(db: Database) -> None:
    """Sessions: an interview's kind, who was present, and which participant spoke under a speaker label."""
    for sql in (
        "ALTER TABLE interviews ADD COLUMN kind TEXT NOT NULL DEFAULT 'interview' "
        "CHECK (kind IN ('interview', 'focus_group', 'meeting'))",
        "CREATE TABLE session_participants (interview_id INTEGER NOT NULL REFERENCES interviews(id), "
        "participant_id INTEGER NOT NULL REFERENCES participants(id), added_at TEXT NOT NULL, "
        "PRIMARY KEY (interview_id, participant_id))",
        "CREATE INDEX session_participants_participant ON session_participants(participant_id)",
        "CREATE TABLE speaker_attributions (interview_id INTEGER NOT NULL REFERENCES interviews(id), "
        "label TEXT NOT NULL, participant_id INTEGER NOT NULL REFERENCES participants(id), "
        "PRIMARY KEY (interview_id, label))",
        "CREATE INDEX speaker_attributions_participant ON speaker_attributions(participant_id)",
    ):
        db.execute(sql)


MIGRATIONS = [
    _v1, _v2_consent_form_values, _v3_pseudonymisation, _v4_fts_on_text_only, _v5_search_order_index,
    _v6_code_refi_guid, _v7_interview_reviews, _v8_audit_entity_index, _v9_solution_themes_and_actions,
    _v10_researchers_and_exchange, _v11_sessions,
]
LATEST = len(MIGRATIONS)


def version(db: Database) -> int:
    """The schema version stored in the database."""
    return db.execute("PRAGMA user_version").fetchone()[0]


def migrate(db: Database, target: int | None = None) -> int:
    """Apply every missing step up to `target`, each in its own transaction; returns the new version."""
    current = version(db)
    target = LATEST if target is None else target
    if current > LATEST:
        from storage.errors import VeldwerkError

        raise VeldwerkError(key="study.newer_schema", current=current, latest=LATEST)
    for step in range(current, target):
        db.execute("BEGIN IMMEDIATE")
        try:
            MIGRATIONS[step](db)
            db.execute(f"PRAGMA user_version = {step + 1}")
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
    return version(db)
