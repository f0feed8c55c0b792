"""A consent ledger that cannot be forged or trimmed unnoticed (issue 13, finding 5).

The attacker edits an unencrypted study with the sqlite3 module, as a hostile tester did: drops the
append-only triggers, then appends a record with a valid hash link but no audit entry, or deletes the
last record together with its audit entry. Both must fail `consent verify`, and enforcement must refuse
recording, transcription and quoting on their grounds.
"""
import json
import sqlite3

import pytest

from desktop.cli import main
from storage import Study
from storage.consent.chain import GENESIS, HASHED_FIELDS, LedgerDamaged, canonical, record_hash
from storage.errors import ConsentRequired


@pytest.fixture
def made(tmp_path):
    """An unencrypted study: R01 consented to everything but quoting, R02 to everything; closed (and so sealed)."""
    path = tmp_path / "plain.veldwerk"
    with Study.create(path, name="P", passphrase=None) as study:
        for code in ("R01", "R02"):
            study.participants.add(code, "ggd")
        study.consent.record("R01", {1: True, 2: True, 3: False, 4: True, 5: True}, method="written", researcher="AB")
        study.consent.record("R02", {1: True, 2: True, 3: True, 4: True, 5: True}, method="written", researcher="AB")
    return path


def tamper(path, *statements):
    conn = sqlite3.connect(path / "study.db")
    conn.execute("DROP TRIGGER IF EXISTS consent_records_no_update")
    conn.execute("DROP TRIGGER IF EXISTS consent_records_no_delete")
    conn.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
    conn.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
    for sql, params in statements:
        conn.execute(sql, params)
    conn.commit()
    conn.close()


def forged_consent(path, participant_code="R01"):
    """A record granting every item, correctly linked to the chain's head, inserted without an audit entry."""
    conn = sqlite3.connect(path / "study.db")
    conn.row_factory = sqlite3.Row
    last = dict(conn.execute("SELECT * FROM consent_records ORDER BY id DESC LIMIT 1").fetchone())
    pid = conn.execute("SELECT id FROM participants WHERE code = ?", [participant_code]).fetchone()[0]
    conn.close()
    row = dict(last, id=last["id"] + 1, participant_id=pid, participant_code=participant_code, kind="consent",
               answers=canonical({str(n): True for n in range(1, 6)}), prev_hash=last["hash"] or GENESIS)
    row["hash"] = record_hash(row)
    columns = list(HASHED_FIELDS) + ["hash"]
    return (f"INSERT INTO consent_records({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})",
            [row.get(c) for c in columns])


def test_an_appended_record_without_its_audit_entry_is_caught_and_grants_nothing(made, capsys):
    tamper(made, forged_consent(made, "R01"))
    assert main(["consent", "verify", str(made)]) != 0
    out, err = capsys.readouterr()
    assert "audit-log entry" in out + err
    with Study.open(made, None) as study:
        result = study.consent.verify()
        assert not result.ok and "audit-log entry" in str(result.first_broken)
        assert not study.consent.allows("R01", 3)  # the forged quoting consent is not honoured
        with pytest.raises(LedgerDamaged):
            study.consent.require("R01", 1)  # nor recording on the forged ground
        assert study.consent.allows("R02", 3)  # an untouched participant keeps their consent


def test_the_last_record_deleted_with_its_audit_entry_is_caught(made):
    with Study.open(made, None) as study:
        last = study.conn.execute("SELECT id FROM consent_records ORDER BY id DESC LIMIT 1").fetchone()[0]
    tamper(made, ("DELETE FROM consent_records WHERE id = ?", [last]),
           ("DELETE FROM audit_log WHERE entity = 'consent_record' AND entity_id = ?", [str(last)]))
    with Study.open(made, None) as study:
        result = study.consent.verify()
        assert not result.ok and "sealed with 2" in str(result.first_broken)
        for item in (1, 2):  # recording and transcription refused for everyone: whose record went is unknown
            with pytest.raises((LedgerDamaged, ConsentRequired)):
                study.consent.require("R01", item)
        assert not study.consent.allows("R01", 3)
    header = json.loads((made / "study.json").read_text())
    assert header["ledger"]["count"] == 2  # the damaged ledger was not re-sealed on open or close


def test_a_rolled_back_encrypted_study_is_caught(tmp_path):
    """An older copy of study.db put back (a withdrawal undone) no longer matches the header's seal."""
    path = tmp_path / "enc.veldwerk"
    with Study.create(path, name="E", passphrase="een lange wachtzin") as study:
        study.participants.add("R01", "ggd")
        study.consent.record("R01", {n: True for n in range(1, 6)}, method="written", researcher="AB")
    old = (path / "study.db").read_bytes()
    with Study.open(path, "een lange wachtzin") as study:
        study.consent.withdraw("R01", items=[3], researcher="AB")
    (path / "study.db").write_bytes(old)
    with Study.open(path, "een lange wachtzin") as study:
        assert not study.consent.verify().ok
        assert not study.consent.allows("R01", 3)  # the withdrawn quoting consent does not come back


def test_a_forged_seal_is_caught(made):
    header = json.loads((made / "study.json").read_text())
    header["ledger"]["count"] = 1
    (made / "study.json").write_text(json.dumps(header))
    with Study.open(made, None) as study:
        assert "does not match" in str(study.consent.verify().first_broken)


def test_an_untouched_ledger_verifies_and_stays_sealed(made):
    with Study.open(made, None) as study:
        assert study.consent.verify().ok
        study.consent.withdraw("R02", items=[3], researcher="AB")
        assert study.consent.verify().ok
    assert json.loads((made / "study.json").read_text())["ledger"]["count"] == 3
