"""Bad exchange files and points: one-line errors, nothing changed; the file is encrypted and 0600; a v9 study upgrades."""
import os
import shutil

import pytest
from sqlite_utils import Database

from storage import Study, connection, schema
from storage.errors import VeldwerkError, WeakPassphrase, WrongPassphrase
from storage.exchange.collect import export
from storage.exchange.container import ExchangeFileError
from storage.exchange.merge import merge
from tests.conftest import PASSPHRASE
from tests.storage.exchange.helpers import EXCHANGE_PASSPHRASE, make_pair, segments, snapshot


@pytest.fixture
def pair(tmp_path):
    path_a, path_b, interview = make_pair(tmp_path)
    a, b = Study.open(path_a, PASSPHRASE), Study.open(path_b, PASSPHRASE)
    a.researchers.use("ellen")
    sa = segments(a, interview)
    a.codings.add(sa[0].transcript_id, "trots", (sa[0].id, 0), (sa[0].id, 7), memo="geheime notitie")
    out = tmp_path / "ellen.vwx"
    export(a, out, EXCHANGE_PASSPHRASE, researcher="ellen", since="all")
    yield a, b, out, tmp_path
    a.close()
    b.close()


def test_the_file_is_encrypted_and_readable_by_the_researcher_only(pair):
    _, _, out, _ = pair
    assert os.stat(out).st_mode & 0o777 == 0o600
    data = out.read_bytes()
    assert b"geheime notitie" not in data and not data.startswith(b"SQLite format 3")


@pytest.mark.parametrize("spoil, error, message", [
    ("passphrase", WrongPassphrase, "passphrase does not open"),
    ("page", ExchangeFileError, "is damaged"),
    ("cut", ExchangeFileError, "cut short"),
    ("empty", ExchangeFileError, "empty"),
    ("plain", ExchangeFileError, "not a Veldwerk exchange file"),
    ("missing", ExchangeFileError, "There is no file"),
])
def test_a_bad_file_changes_nothing(pair, spoil, error, message):
    _, b, out, tmp_path = pair
    passphrase = EXCHANGE_PASSPHRASE
    if spoil == "passphrase":
        passphrase = "een ander wachtwoord"
    elif spoil == "page":
        data = bytearray(out.read_bytes())
        data[4096 + 100:4096 + 110] = b"\x00" * 10
        out.write_bytes(bytes(data))
    elif spoil == "cut":
        out.write_bytes(out.read_bytes()[:5000])
    elif spoil == "empty":
        out.write_bytes(b"")
    elif spoil == "plain":
        Database(str(out.with_name("plain.db")))["x"].insert({"a": 1})
        out = out.with_name("plain.db")
    else:
        out = tmp_path / "nergens.vwx"
    before = snapshot(b)
    with pytest.raises(error, match=message) as caught:
        merge(b, out, passphrase)
    assert "\n" not in str(caught.value)
    assert snapshot(b) == before


def test_a_file_of_another_study_or_of_this_copy_is_refused(pair, tmp_path):
    a, b, out, _ = pair
    other = Study.create(tmp_path / "ander.veldwerk", name="Ander onderzoek", passphrase=PASSPHRASE)
    try:
        before = snapshot(other)
        with pytest.raises(ExchangeFileError, match="belongs to another study"):
            merge(other, out, EXCHANGE_PASSPHRASE)
        assert snapshot(other) == before
    finally:
        other.close()
    before = snapshot(a)
    with pytest.raises(VeldwerkError, match="written from this copy"):
        merge(a, out, EXCHANGE_PASSPHRASE)
    assert snapshot(a) == before


def test_export_refuses_a_weak_passphrase_a_study_folder_and_a_bad_point(pair):
    a, _, _, tmp_path = pair
    with pytest.raises(WeakPassphrase):
        export(a, tmp_path / "x.vwx", "kort", researcher="ellen")
    with pytest.raises(VeldwerkError, match="inside the study folder"):
        export(a, a.path / "x.vwx", EXCHANGE_PASSPHRASE, researcher="ellen")
    with pytest.raises(VeldwerkError, match="--since takes"):
        export(a, tmp_path / "x.vwx", EXCHANGE_PASSPHRASE, researcher="ellen", since="gisteren")
    assert not (tmp_path / "x.vwx").exists()


def test_since_last_takes_only_what_changed_after_the_previous_export(pair):
    a, _, first, tmp_path = pair
    from storage.exchange.container import read

    assert [k.value for k, _, d in read(first, EXCHANGE_PASSPHRASE).items if k.value == "coding"] == ["coding"]
    (previous,) = a.conn.execute("SELECT at FROM exchanges WHERE direction = 'export'").fetchall()
    nothing = export(a, tmp_path / "ellen-2.vwx", EXCHANGE_PASSPHRASE, researcher="Ellen")
    assert nothing["since"] == previous[0]  # 'last' (any spelling of the name): from the previous export on
    by_id = export(a, tmp_path / "ellen-3.vwx", EXCHANGE_PASSPHRASE, researcher="ellen", since=nothing["id"][:10])
    (at,) = a.conn.execute("SELECT at FROM exchanges WHERE id = ?", [nothing["id"]]).fetchone()
    assert by_id["since"] == at


def test_two_copies_of_a_v9_study_upgraded_apart_still_exchange(tmp_path):
    path_a, path_b = tmp_path / "a.veldwerk", tmp_path / "b.veldwerk"
    study = Study.create(path_a, name="Oud", passphrase=PASSPHRASE)
    study.close()
    # take the database back to what a v9 Veldwerk wrote, with a coding, then copy the folder
    db = Database(connection.connect(path_a / "study.db", PASSPHRASE))
    db.execute("DROP TABLE IF EXISTS x")
    fresh = tmp_path / "v9.db"
    v9 = Database(connection.connect(fresh, PASSPHRASE, create=True))
    schema.migrate(v9, target=9)
    assert schema.version(v9) == 9
    for sql in ("INSERT INTO settings VALUES ('name', '\"Oud\"'), ('created_at', '\"2026-01-01T10:00:00+00:00\"')",
                "INSERT INTO audit_log(at, actor, action) VALUES ('2026-01-01T10:00:00+00:00', 'mv', 'study.create')",
                "INSERT INTO roles VALUES ('ggd', 'GGD', 0)",
                "INSERT INTO participants(code, role, created_at) VALUES ('R01', 'ggd', '2026-01-01')",
                "INSERT INTO interviews(participant_id, created_at) VALUES (1, '2026-01-01')",
                "INSERT INTO transcripts(interview_id, state, created_at) VALUES (1, 'complete', '2026-01-01')",
                "INSERT INTO segments(transcript_id, position, start, end, text, asr_text) "
                "VALUES (1, 0, 0, 2, 'Ik ben trots', 'Ik ben trots')",
                "INSERT INTO codes(key, label_nl, color) VALUES ('trots', 'Trots', '#FFD166')",
                "INSERT INTO codings(transcript_id, code_id, start_segment_id, start_offset, end_segment_id, "
                "end_offset, author, created_at, updated_at) VALUES (1, 1, 1, 0, 1, 3, 'ellen', '2026-01-02', '2026-01-02')"):
        v9.execute(sql)
    v9.conn.close()
    db.conn.close()
    shutil.copy(fresh, path_a / "study.db")
    shutil.rmtree(path_b, ignore_errors=True)
    shutil.copytree(path_a, path_b)
    a, b = Study.open(path_a, PASSPHRASE), Study.open(path_b, PASSPHRASE)
    try:
        assert schema.version(a.db) == schema.LATEST and a.study_id == b.study_id
        assert [c.uid for c in a.codings.list()] == [c.uid for c in b.codings.list()]
        assert a.conn.execute("SELECT uid FROM segments").fetchall() == b.conn.execute("SELECT uid FROM segments").fetchall()
        a.researchers.use("ellen")
        a.codings.update(a.codings.list()[0].id, memo="na de upgrade")
        a.transcripts.edit_segment(1, "Ik ben heel trots")
        out = tmp_path / "ellen.vwx"
        export(a, out, EXCHANGE_PASSPHRASE, researcher="ellen", since="all")
        summary = merge(b, out, EXCHANGE_PASSPHRASE)
        assert summary["counts"] == {"coding_updated": 1, "segment_updated": 1}
        assert b.codings.list()[0].memo == "na de upgrade" and b.transcripts.segment(1).text == "Ik ben heel trots"
    finally:
        a.close()
        b.close()
