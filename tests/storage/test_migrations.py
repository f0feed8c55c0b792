"""Forward migrations from every earlier schema version reach the same schema and keep data."""
import pytest
from sqlite_utils import Database

from storage import Study, connection, schema
from storage.errors import VeldwerkError
from tests.conftest import PASSPHRASE


def schema_sql(db) -> set:
    return {
        (row[0], row[1], " ".join((row[2] or "").split()))
        for row in db.execute("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
    }


def database_at(path, version: int) -> Database:
    db = Database(connection.connect(path, PASSPHRASE, create=True))
    schema.migrate(db, target=version)
    return db


@pytest.mark.parametrize("start", range(0, schema.LATEST))
def test_migrating_from_each_version_matches_a_fresh_database(tmp_path, start):
    fresh = database_at(tmp_path / "fresh.db", schema.LATEST)
    old = database_at(tmp_path / "old.db", start)
    if start >= 1:
        old.execute("INSERT INTO roles(key, label, position) VALUES ('ggd', 'GGD', 0)")
        old.execute("INSERT INTO participants(code, role, created_at) VALUES ('R01', 'ggd', '2026-01-01')")
        old.execute("INSERT INTO interviews(participant_id, created_at) VALUES (1, '2026-01-01')")
        old.execute("INSERT INTO transcripts(interview_id, state, created_at) VALUES (1, 'complete', '2026-01-01')")
        old.execute(
            "INSERT INTO segments(transcript_id, position, start, end, text) VALUES (1, 0, 0, 2, 'De klankbordgroep in het café')"
        )
    assert schema.version(old) == start
    assert schema.migrate(old) == schema.LATEST
    assert schema_sql(old) == schema_sql(fresh)
    if start >= 1:
        assert old.execute("SELECT code FROM participants").fetchall() == [("R01",)]
        hits = old.execute("SELECT rowid FROM segments_fts WHERE segments_fts MATCH 'cafe'").fetchall()
        assert hits == [(1,)]
        old.execute("UPDATE segments SET text = 'Het buurthuis' WHERE id = 1")
        assert old.execute("SELECT rowid FROM segments_fts WHERE segments_fts MATCH 'buurthuis'").fetchall() == [(1,)]


def test_a_study_from_a_newer_veldwerk_is_refused(study_path):
    Study.create(study_path, name="S", passphrase=PASSPHRASE).close()
    conn = connection.connect(study_path / "study.db", PASSPHRASE)
    conn.execute(f"PRAGMA user_version = {schema.LATEST + 1}")
    conn.close()
    with pytest.raises(VeldwerkError, match="newer Veldwerk"):
        Study.open(study_path, PASSPHRASE)


def test_a_failing_step_leaves_the_previous_version(tmp_path, monkeypatch):
    db = database_at(tmp_path / "x.db", schema.LATEST)

    def broken(db):
        db.execute("CREATE TABLE half_done(x)")
        raise RuntimeError("step failed")

    monkeypatch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS + [broken])
    monkeypatch.setattr(schema, "LATEST", schema.LATEST + 1)
    with pytest.raises(RuntimeError):
        schema.migrate(db)
    assert schema.version(db) == schema.LATEST - 1
    assert "half_done" not in db.table_names()
