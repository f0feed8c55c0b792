"""The consent ledger: forms, records, the hash chain, verification and enforcement in the core."""
import hashlib
import json

import numpy as np
import pytest

from storage import Study
from storage.consent.chain import GENESIS, LedgerDamaged, record_hash
from storage.consent.ledger import ConsentState
from storage.errors import ConsentRequired, NotFound, VeldwerkError
from tests.conftest import PASSPHRASE
from tests.storage.helpers import tone

FIXTURE_WAV = __import__("pathlib").Path(__file__).parents[2] / "fixtures" / "dutch_espeak.wav"


@pytest.fixture(autouse=True)
def _data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("VELDWERK_DATA_DIR", str(tmp_path / "data"))


def _participant(study, code="R01", role="sekswerker"):
    study.participants.add(code, role)
    return study.participants.get(code)["id"]


def _clip(study, pid, seconds=1.0, seed=7):
    return study.recordings.add_pcm(
        interview_id=None, participant_id=pid, pcm=tone(seconds, seed=seed), sample_rate=16000, kind="consent_clip"
    )


def _ledger_count(study):
    return study.conn.execute("SELECT count(*) FROM consent_records").fetchone()[0]


def _drop_guards(study):
    study.conn.execute("DROP TRIGGER consent_records_no_update")
    study.conn.execute("DROP TRIGGER consent_records_no_delete")


# -- forms -------------------------------------------------------------------------------------
def test_new_study_has_dutch_and_english_default_forms(plain_study):
    forms = plain_study.consent.forms.list()
    assert [(f["version"], f["language"]) for f in forms] == [(1, "nl"), (2, "en")]
    for form in forms:
        assert [i["number"] for i in form["items"]] == [1, 2, 3, 4, 5]
        assert plain_study.consent.forms.verify_row(form) is None
    assert plain_study.consent.current_form()["version"] == 1
    assert plain_study.consent.current_form("en")["version"] == 2
    dutch = plain_study.consent.forms.render(1)
    assert "intrekken" in dutch and "Autoriteit Persoonsgegevens" in dutch and "Open studie" in dutch
    assert "{retention_until}" not in dutch and "{contact}" not in dutch


def test_retention_date_and_contact_fill_the_form_and_are_kept_in_the_record(plain_study):
    plain_study.set_setting("retention_until", "2031-12-31")
    plain_study.set_setting("consent_contact", "Anna, 06-12345678")
    text = plain_study.consent.forms.render(1)
    assert "bewaren tot 2031-12-31" in text and "Anna, 06-12345678" in text
    _participant(plain_study)
    rec = plain_study.consent.record("R01", {1: True, 4: True}, method="written", researcher="AB")
    assert rec["form_values"]["retention_until"] == "2031-12-31"
    assert rec["form_values"]["contact"] == "Anna, 06-12345678"


def test_a_new_form_version_leaves_old_records_on_their_version(plain_study):
    _participant(plain_study)
    first = plain_study.consent.record("R01", {1: True, 2: True}, method="written", researcher="AB")
    version = plain_study.consent.add_form(
        "Nieuwe tekst.", [{"number": n, "text": f"Punt {n}"} for n in (1, 2, 3, 6)], language="nl", title="Versie 2"
    )
    assert version == 3 and plain_study.consent.current_form()["version"] == 3
    second = plain_study.consent.record("R01", {6: True, 1: True}, method="written", researcher="AB")
    history = plain_study.consent.history("R01")
    assert [r["form_version"] for r in history] == [first["form_version"], 3] == [1, 3]
    assert second["answers"] == {1: True, 2: False, 3: False, 6: True}
    assert plain_study.consent.verify().ok


@pytest.mark.parametrize(
    "text, items, language, message",
    [
        ("", {1: "a", 2: "b", 3: "c"}, "nl", "no text"),
        ("Tekst", {1: "a", 2: "b"}, "nl", "missing: 3"),
        ("Tekst", [{"number": 1, "text": "a"}, {"number": 1, "text": "b"}, {"number": 2, "text": "c"}], "nl", "same number"),
        ("Tekst", {1: "a", 2: "b", 3: ""}, "nl", "needs a number"),
        ("Tekst", {1: "a", 2: "b", 3: "c"}, "nederlands!", "language"),
    ],
)
def test_bad_forms_are_refused_and_change_nothing(plain_study, text, items, language, message):
    with pytest.raises(VeldwerkError, match=message):
        plain_study.consent.add_form(text, items, language=language, title="x")
    assert len(plain_study.consent.forms.list()) == 2


# -- records and the chain ------------------------------------------------------------------
def test_records_form_a_hash_chain(study):
    pid = _participant(study)
    _participant(study, "R02", "ggd")
    clip = _clip(study, pid)
    a = study.consent.record("R01", {1: True, 2: True, 3: True, 5: True}, method="verbal", researcher="AB",
                             clip_recording_id=clip)
    b = study.consent.record("R02", {1: True}, method="written", researcher="CD")
    c = study.consent.withdraw("R01", items=[3], researcher="AB")
    rows = study.consent.records()
    assert [r["id"] for r in rows] == [a["id"], b["id"], c["record"]] == [1, 2, 3]
    assert rows[0]["prev_hash"] == GENESIS
    assert rows[1]["prev_hash"] == rows[0]["hash"] and rows[2]["prev_hash"] == rows[1]["hash"]
    raw = list(study.db.query("SELECT * FROM consent_records ORDER BY id"))
    assert all(record_hash(r) == r["hash"] for r in raw)
    assert rows[0]["clip_sha256"] == hashlib.sha256(tone(1.0, seed=7).astype("<i2").tobytes()).hexdigest()
    assert rows[0]["form_sha256"] == study.consent.form(1)["sha256"]
    assert rows[0]["answers"] == {1: True, 2: True, 3: True, 4: False, 5: True}
    assert rows[0]["method"] == "verbal" and rows[0]["researcher"] == "AB"
    result = study.consent.verify()
    assert result.ok and result.checked == 3 and result.first_broken is None
    # The ledger is append-only.
    with pytest.raises(Exception, match="append-only"):
        study.conn.execute("UPDATE consent_records SET answers = '{}' WHERE id = 1")
    with pytest.raises(Exception, match="append-only"):
        study.conn.execute("DELETE FROM consent_records WHERE id = 3")


def test_verify_catches_an_answer_edited_in_the_database(study):
    for code in ("R01", "R02", "R03"):
        _participant(study, code)
        study.consent.record(code, {1: True, 2: True, 3: False}, method="written", researcher="AB")
    assert study.consent.verify().ok
    _drop_guards(study)
    study.conn.execute("""UPDATE consent_records SET answers = '{"1":true,"2":true,"3":true,"4":false,"5":false}' WHERE id = 2""")
    # The forged record grants nothing...
    assert not study.consent.allows("R02", 3) and not study.consent.allows("R02", 1)
    with pytest.raises(LedgerDamaged, match="Consent record 2 does not match its hash"):
        study.consent.require("R02", 1)
    assert study.consent.allows("R01", 1)
    result = study.consent.verify()  # ...and verification names it
    assert not result.ok
    assert result.first_broken.record_id == 2
    assert "changed after it was written" in result.first_broken.reason
    assert result.checked == 2


@pytest.mark.parametrize("removed, broken_at, reason", [(2, 3, "removed"), (3, 3, "audit log lists")])
def test_verify_catches_a_removed_record(plain_study, removed, broken_at, reason):
    for code in ("R01", "R02", "R03"):
        _participant(plain_study, code)
        plain_study.consent.record(code, {1: True}, method="written", researcher="AB")
    _drop_guards(plain_study)
    plain_study.conn.execute("DELETE FROM consent_records WHERE id = ?", [removed])
    result = plain_study.consent.verify()
    assert not result.ok and result.first_broken.record_id == broken_at
    assert reason in result.first_broken.reason


def test_verify_catches_a_changed_consent_clip(study):
    pid = _participant(study)
    clip = _clip(study, pid, seconds=2.0)
    study.consent.record("R01", {1: True}, method="verbal", researcher="AB", clip_recording_id=clip)
    assert study.consent.verify().ok
    start, data = next(study.recordings.iter_chunks(clip))
    forged = bytearray(data)
    forged[100:110] = bytes(10)
    study.conn.execute(
        "UPDATE audio_chunks SET data = ? WHERE recording_id = ? AND start_frame = ?", [bytes(forged), clip, start]
    )
    result = study.consent.verify()
    assert not result.ok and result.first_broken.record_id == 1
    assert f"recording {clip}" in result.first_broken.reason and "sha256" in result.first_broken.reason


def test_verify_catches_a_deleted_clip_and_a_changed_form(plain_study):
    pid = _participant(plain_study)
    clip = _clip(plain_study, pid)
    plain_study.consent.record("R01", {1: True}, method="verbal", researcher="AB", clip_recording_id=clip)
    plain_study.conn.execute("UPDATE consent_forms SET text = text || ' Of niet.' WHERE version = 1")
    result = plain_study.consent.verify()
    assert not result.ok and "form version 1 was changed" in result.first_broken.reason
    plain_study.conn.execute("UPDATE consent_forms SET text = substr(text, 1, length(text) - 9) WHERE version = 1")
    assert plain_study.consent.verify().ok
    plain_study.recordings.delete(clip)
    result = plain_study.consent.verify()
    assert not result.ok and result.first_broken.record_id == 1 and "missing" in result.first_broken.reason


def test_consent_survives_reopening_an_encrypted_study(study):
    _participant(study)
    study.consent.record("R01", {1: True, 2: True}, method="written", researcher="AB")
    path = study.path
    study.close()
    with Study.open(path, PASSPHRASE) as again:
        assert again.consent.current("R01") == {1: True, 2: True, 3: False, 4: False, 5: False}
        assert again.consent.verify().ok


# -- bad input ----------------------------------------------------------------------------------
def test_bad_records_are_refused_and_change_nothing(plain_study):
    pid = _participant(plain_study)
    other = _participant(plain_study, "R02", "klant")
    iid = None
    other_clip = _clip(plain_study, other)
    plain_study.consent.record("R02", {1: True}, method="written", researcher="AB")
    iid = plain_study.interviews.create("R02")
    recorded = plain_study.recordings.add_pcm(interview_id=iid, participant_id=other, pcm=tone(1), sample_rate=16000,
                                              kind="recorded")
    before = _ledger_count(plain_study)
    cases = [
        (NotFound, "No participant 'R99'", dict(participant_code="R99", answers={1: True}, method="written", researcher="AB")),
        (VeldwerkError, "Item 9 is not on consent form version 1", dict(participant_code="R01", answers={9: True}, method="written", researcher="AB")),
        (VeldwerkError, "numbers", dict(participant_code="R01", answers={"een": True}, method="written", researcher="AB")),
        (VeldwerkError, "yes or no", dict(participant_code="R01", answers={1: "ja"}, method="written", researcher="AB")),
        (VeldwerkError, "verbal or written", dict(participant_code="R01", answers={1: True}, method="email", researcher="AB")),
        (VeldwerkError, "which researcher", dict(participant_code="R01", answers={1: True}, method="written", researcher=" ")),
        (VeldwerkError, "needs a recorded consent clip", dict(participant_code="R01", answers={1: True}, method="verbal", researcher="AB")),
        (VeldwerkError, "not a consent clip of R01", dict(participant_code="R01", answers={1: True}, method="verbal", researcher="AB", clip_recording_id=other_clip)),
        (VeldwerkError, "not a consent clip of R01", dict(participant_code="R01", answers={1: True}, method="verbal", researcher="AB", clip_recording_id=recorded)),
        (NotFound, "No recording 999", dict(participant_code="R01", answers={1: True}, method="verbal", researcher="AB", clip_recording_id=999)),
        (NotFound, "No consent form version 7", dict(participant_code="R01", answers={1: True}, method="written", researcher="AB", form_version=7)),
    ]
    for error, message, kwargs in cases:
        with pytest.raises(error, match=message):
            plain_study.consent.record(**kwargs)
    assert _ledger_count(plain_study) == before
    assert plain_study.consent.state(pid) == "none"


def test_a_corrupt_ledger_is_reported_not_trusted_silently(plain_study):
    _participant(plain_study)
    plain_study.consent.record("R01", {1: True}, method="written", researcher="AB")
    _drop_guards(plain_study)
    plain_study.conn.execute("UPDATE consent_records SET hash = 'nonsense', answers = 'not json' WHERE id = 1")
    result = plain_study.consent.verify()
    assert not result.ok and result.first_broken.record_id == 1
    pid = plain_study.participants.get("R01")["id"]
    with pytest.raises(LedgerDamaged):
        plain_study.recordings.begin(interview_id=None, participant_id=pid, sample_rate=16000)
    assert plain_study.consent.state("R01") == ConsentState.DAMAGED  # shown as damaged, never as "none"
    with pytest.raises(LedgerDamaged):
        plain_study.consent.require("R01", 1)


# -- state and enforcement ----------------------------------------------------------------------
def test_state_moves_from_none_to_given_to_partly_withdrawn_to_withdrawn(plain_study):
    pid = _participant(plain_study)
    assert plain_study.consent.state(pid) == "none" and plain_study.consent.current(pid) == {}
    plain_study.consent.record("R01", {n: False for n in range(1, 6)}, method="written", researcher="AB")
    assert plain_study.consent.state("R01") == "none"
    plain_study.consent.record("R01", {1: True, 2: True, 3: True}, method="written", researcher="AB")
    assert plain_study.consent.state("R01") == "given"
    plain_study.consent.withdraw("R01", items=[3])
    assert plain_study.consent.state("R01") == "partly_withdrawn"
    assert not plain_study.consent.allows(pid, 3) and plain_study.consent.allows(pid, 1)
    plain_study.consent.record("R01", {1: True, 2: True, 3: True}, method="written", researcher="AB")
    assert plain_study.consent.state("R01") == "given" and plain_study.consent.allows("R01", 3)
    plain_study.consent.withdraw("R01")
    assert plain_study.consent.state("R01") == "withdrawn"
    assert not any(plain_study.consent.current("R01").values())


def test_recording_and_import_need_consent_to_item_1(plain_study):
    from transcribe.importing import import_audio

    pid = _participant(plain_study)
    with pytest.raises(ConsentRequired, match=r"^R01 has not consented to audio recording \(item 1\): no consent"):
        plain_study.recordings.begin(interview_id=None, participant_id=pid, sample_rate=16000)
    with pytest.raises(ConsentRequired, match="item 1"):
        plain_study.recordings.add_pcm(interview_id=None, participant_id=pid, pcm=tone(1), sample_rate=16000)
    with pytest.raises(ConsentRequired, match="item 1"):
        import_audio(plain_study, "R01", FIXTURE_WAV)
    # A consent clip may be recorded before consent exists: it is how verbal consent is given.
    clip = _clip(plain_study, pid)
    plain_study.consent.record("R01", {2: True, 3: True}, method="verbal", researcher="AB", clip_recording_id=clip)
    with pytest.raises(ConsentRequired, match=r"^R01 has not consented to audio recording \(item 1\)\.$"):
        plain_study.recordings.begin(interview_id=None, participant_id=pid, sample_rate=16000)
    assert plain_study.conn.execute("SELECT count(*) FROM recordings").fetchone()[0] == 1
    assert plain_study.interviews.list() == []
    plain_study.consent.record("R01", {1: True, 2: True}, method="written", researcher="AB")
    iid = import_audio(plain_study, "R01", FIXTURE_WAV)
    assert plain_study.recordings.main_for_interview(iid).frames > 0


def test_transcription_needs_consent_to_item_2(plain_study):
    from transcribe.job import transcribe_interview

    pid = _participant(plain_study)
    plain_study.consent.record("R01", {1: True, 2: False}, method="written", researcher="AB")
    iid = plain_study.interviews.create("R01")
    plain_study.recordings.add_pcm(interview_id=iid, participant_id=pid, pcm=tone(1), sample_rate=16000, kind="recorded")
    with pytest.raises(ConsentRequired, match=r"R01 has not consented to transcription on this laptop \(item 2\)"):
        transcribe_interview(plain_study, iid)
    assert plain_study.transcripts.for_interview(iid) is None


def test_require_names_a_withdrawn_item(plain_study):
    _participant(plain_study)
    plain_study.consent.record("R01", {1: True, 2: True, 3: True}, method="written", researcher="AB")
    plain_study.consent.withdraw("R01", items=[3])
    with pytest.raises(ConsentRequired, match=r"^R01 has withdrawn consent to anonymous quotes .*\(item 3\)\.$"):
        plain_study.consent.require("R01", 3)
    with pytest.raises(ConsentRequired, match="no item 8"):
        plain_study.consent.require("R01", 8)
    plain_study.consent.require("R01", 1)


def test_the_ledger_keeps_no_content_in_the_audit_log(plain_study):
    _participant(plain_study)
    plain_study.consent.record("R01", {1: True}, method="written", researcher="AB")
    entries = plain_study.audit.entries("consent.record")
    assert len(entries) == 1
    assert set(entries[0]["detail"]) == {"participant", "kind", "hash"}
    assert json.dumps(entries[0]["detail"]).count("R01") == 1


def test_consent_clip_audio_is_read_back_unchanged(plain_study):
    pid = _participant(plain_study)
    samples = tone(1.5, seed=3)
    clip = plain_study.recordings.add_pcm(interview_id=None, participant_id=pid, pcm=samples, sample_rate=16000,
                                          kind="consent_clip")
    assert np.array_equal(plain_study.recordings.read_pcm(clip), samples)
    assert plain_study.recordings.for_interview(0) == []


def test_a_study_without_forms_gets_the_default_forms_on_first_consent(plain_study):
    plain_study.conn.execute("DELETE FROM consent_forms")  # as in a study made before consent forms existed
    with pytest.raises(NotFound, match="no consent form yet"):
        plain_study.consent.current_form()
    _participant(plain_study)
    rec = plain_study.consent.record("R01", {1: True}, method="written", researcher="AB")
    assert rec["form_version"] == 1 and len(plain_study.consent.forms.list()) == 2


def test_why_verify_stops_reads_in_the_language_asked(plain_study):
    """The reason `verify` gives (CLI: English, unchanged) also renders in Dutch for the Dutch consent register."""
    _participant(plain_study)
    plain_study.consent.record("R01", {1: True}, method="written", researcher="AB")
    _drop_guards(plain_study)
    plain_study.conn.execute("UPDATE consent_records SET researcher = 'XY' WHERE id = 1")
    broken = plain_study.consent.verify().first_broken
    assert str(broken) == "record 1: its contents no longer match its hash (the record was changed after it was written)"
    assert broken.text("nl") == "registratie 1: de inhoud klopt niet meer met de hash (het record is veranderd nadat het is geschreven)"
