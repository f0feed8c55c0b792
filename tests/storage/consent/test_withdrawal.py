"""Withdrawal: one item (the data stays) or everything (no trace of words or audio stays on disk)."""
import numpy as np
import pytest

from storage import Study
from storage.errors import ConsentRequired, NotFound, VeldwerkError
from tests.conftest import PASSPHRASE
from tests.storage.helpers import consent_all, segment, tone

R01_WORDS = ["Zwanenburgerkade", "Pietertje", "Knoflookstraatje"]
R02_WORDS = ["Wilhelminapark", "Jantinus"]
FIXTURE_WAV = __import__("pathlib").Path(__file__).parents[2] / "fixtures" / "dutch_espeak.wav"


@pytest.fixture(autouse=True)
def _data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("VELDWERK_DATA_DIR", str(tmp_path / "data"))


def _signature(seed: int) -> bytes:
    return np.random.default_rng(seed).bytes(64)


def _with_signature(signature: bytes, seconds: float, seed: int) -> np.ndarray:
    """Noise with the 64-byte signature repeated at sample-aligned places throughout."""
    samples = tone(seconds, seed=seed)
    mark = np.frombuffer(signature, dtype="<i2")
    for at in range(0, len(samples) - len(mark), 4000):
        samples[at : at + len(mark)] = mark
    return samples


def _participant_with_everything(study, code, role, words, signature, seed):
    """Notes, verbal consent with a clip, two interviews with audio, transcripts (edited), codings with memos."""
    study.participants.add(code, role, notes=f"ontmoet bij de {words[0]}")
    pid = study.participants.get(code)["id"]
    clip = study.recordings.add_pcm(interview_id=None, participant_id=pid, pcm=_with_signature(signature, 2, seed),
                                    sample_rate=16000, kind="consent_clip")
    study.consent.record(code, {n: True for n in range(1, 6)}, method="verbal", researcher="AB", clip_recording_id=clip)
    for take in range(2):
        iid = study.interviews.create(code, location=f"koffie bij {words[1]}", notes=f"sfeer {words[0]}")
        study.recordings.add_pcm(interview_id=iid, participant_id=pid, pcm=_with_signature(signature, 12, seed + take),
                                 sample_rate=16000, kind="recorded", source_name=f"{words[1]}.wav")
        tid = study.transcripts.begin(iid, model="base", language="nl")
        texts = [f"Ik woon bij de {words[0]} en {words[1]} weet dat, deel {i}." for i in range(40)]
        texts += [f"{w} {w.upper()} {w.lower()}" for w in words]
        study.transcripts.append_segments(tid, [segment(i * 0.2, (i + 1) * 0.2, t) for i, t in enumerate(texts)], 12.0)
        study.transcripts.complete(tid)
        study.transcripts.set_speaker_names(tid, {"S1": words[1]})
        segs = study.transcripts.segments(tid)
        study.transcripts.edit_segment(segs[2].id, f"Bewerkt: {words[-1]} op de {words[0]}")
        study.codings.add(tid, "beeldvorming", (segs[0].id, 0), (segs[1].id, 5), about_role="politie",
                          memo=f"memo over {words[1]}")
        study.codings.add(tid, "trots", (segs[3].id, 2), (segs[3].id, 9), memo=words[0])
    return pid


def _traces(folder, needles: list[bytes]) -> dict:
    """Which needles (case-insensitive for words) occur in the raw bytes of which file."""
    found = {}
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        raw = path.read_bytes()
        lowered = raw.lower()
        for needle in needles:
            if needle in raw or needle.lower() in lowered:
                found.setdefault(path.name, []).append(needle)
    return found


def _needles(words, signature):
    variants = []
    for word in words:
        for form in (word, word.lower(), word.upper()):
            variants += [form.encode("utf-8"), form.encode("utf-16-le")]
    return variants + [signature]


def test_full_withdrawal_leaves_no_trace_of_words_or_audio_in_the_folder(plain_study):
    study = plain_study
    sig1, sig2 = _signature(1), _signature(2)
    pid = _participant_with_everything(study, "R01", "sekswerker", R01_WORDS, sig1, seed=10)
    _participant_with_everything(study, "R02", "ggd", R02_WORDS, sig2, seed=20)
    study.checkpoint()
    # The test can fail: before withdrawal the plaintext study holds both participants' words and audio.
    assert _traces(study.path, [w.encode() for w in R01_WORDS] + [sig1])["study.db"]
    r02_before = study.search("Wilhelminapark")

    summary = study.consent.withdraw("R01", researcher="AB")
    assert summary["deleted"] == {
        "codings": 4, "segments": 86, "transcripts": 2, "audio_chunks": 5, "recordings": 3, "interviews": 2,
    }
    assert summary["log_emptied"] is True
    # Still open: no trace in the database, its write-ahead log or anything else in the folder.
    assert _traces(study.path, _needles(R01_WORDS, sig1)) == {}
    # What is left of R01: the code, the role and the ledger (code, time, hashes).
    person = study.participants.get("R01")
    assert person["withdrawn_at"] and person["notes"] == ""
    for table in ("interviews", "recordings", "consent_records"):
        assert study.conn.execute(f"SELECT count(*) FROM {table} WHERE participant_id = ?", [pid]).fetchone()[0] == (
            2 if table == "consent_records" else 0)
    last = study.consent.history("R01")[-1]
    assert last["kind"] == "withdrawal" and last["method"] == "full" and last["clip_recording_id"] is None
    assert study.search("Zwanenburgerkade") == [] and study.search("pietertje") == []
    assert study.consent.verify().ok  # the clip is gone, which a later full withdrawal explains
    entry = study.audit.entries("participant.withdraw")[-1]
    assert entry["detail"] == {"deleted": summary["deleted"]}
    # R02 is untouched.
    assert len(study.search("Wilhelminapark")) == len(r02_before) > 0
    assert study.consent.state("R02") == "given"
    path = study.path
    study.close()
    assert _traces(path, _needles(R01_WORDS, sig1)) == {}
    kept = _traces(path, [w.encode() for w in R02_WORDS] + [sig2])
    assert sorted(kept["study.db"], key=len) == sorted([w.encode() for w in R02_WORDS] + [sig2], key=len)
    with Study.open(path) as again:
        interviews = again.interviews.list()
        assert [i.participant for i in interviews] == ["R02", "R02"]
        rid = again.recordings.main_for_interview(interviews[0].id).id
        assert np.array_equal(again.recordings.read_pcm(rid), _with_signature(sig2, 12, 20))
        assert again.consent.verify().ok


def test_full_withdrawal_in_an_encrypted_study_and_what_it_refuses_afterwards(study):
    from transcribe.importing import import_audio

    _participant_with_everything(study, "R01", "klant", R01_WORDS, _signature(3), seed=30)
    summary = study.consent.withdraw("R01")
    assert summary["deleted"]["recordings"] == 3
    for table in ("interviews", "recordings", "audio_chunks", "transcripts", "segments", "codings"):
        assert study.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
    assert study.conn.execute("SELECT count(*) FROM segments_fts WHERE segments_fts MATCH 'zwanenburgerkade'").fetchone()[0] == 0
    pid = study.participants.get("R01")["id"]
    with pytest.raises(ConsentRequired, match="R01 has withdrawn from the study"):
        study.recordings.begin(interview_id=None, participant_id=pid, sample_rate=16000)
    with pytest.raises(ConsentRequired, match="withdrawn"):
        study.recordings.begin(interview_id=None, participant_id=pid, sample_rate=16000, kind="consent_clip")
    with pytest.raises(ConsentRequired, match="withdrawn"):
        import_audio(study, "R01", FIXTURE_WAV)
    with pytest.raises(ConsentRequired, match="withdrawn"):
        study.consent.require(pid, 2)
    with pytest.raises(ConsentRequired, match="withdrawn"):
        study.consent.record("R01", {1: True}, method="written", researcher="AB")
    with pytest.raises(VeldwerkError, match="already withdrawn"):
        study.consent.withdraw("R01")
    path = study.path
    study.close()
    with Study.open(path, PASSPHRASE) as again:
        assert again.consent.state("R01") == "withdrawn" and again.consent.verify().ok


def test_partial_withdrawal_of_quotes_keeps_the_audio_and_transcript(plain_study):
    sig = _signature(4)
    pid = _participant_with_everything(plain_study, "R01", "exploitant", R01_WORDS, sig, seed=40)
    counts = {t: plain_study.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("recordings", "audio_chunks", "segments", "codings")}
    summary = plain_study.consent.withdraw("R01", items=[3], researcher="AB")
    assert summary["items"] == [3]
    assert plain_study.consent.allows(pid, 3) is False
    assert plain_study.consent.allows(pid, 1) and plain_study.consent.allows(pid, 2)
    assert plain_study.consent.state(pid) == "partly_withdrawn"
    assert counts == {t: plain_study.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in counts}
    assert plain_study.participants.get("R01")["withdrawn_at"] is None
    plain_study.checkpoint()
    assert sig in _traces(plain_study.path, [sig]).get("study.db", [])
    assert plain_study.consent.verify().ok


def test_bad_withdrawals_change_nothing(plain_study):
    plain_study.participants.add("R01", "sekswerker")
    plain_study.participants.add("R02", "ggd")
    consent_all(plain_study, "R02", declined=(5,))
    before = plain_study.conn.execute("SELECT count(*) FROM consent_records").fetchone()[0]
    cases = [
        (NotFound, "No participant 'R99'", dict(participant_code="R99")),
        (NotFound, "No participant 'R99'", dict(participant_code="R99", items=[3])),
        (VeldwerkError, "R01 has no recorded consent", dict(participant_code="R01", items=[3])),
        (VeldwerkError, "Item 9 is not on R02's consent form", dict(participant_code="R02", items=[9])),
        (VeldwerkError, "numbers", dict(participant_code="R02", items=["drie"])),
        (VeldwerkError, "Name the items", dict(participant_code="R02", items=[])),
        (VeldwerkError, "has not consented to item 5; nothing to withdraw", dict(participant_code="R02", items=[5])),
    ]
    for error, message, kwargs in cases:
        with pytest.raises(error, match=message):
            plain_study.consent.withdraw(**kwargs)
    assert plain_study.conn.execute("SELECT count(*) FROM consent_records").fetchone()[0] == before
    assert plain_study.consent.state("R02") == "given"


def test_full_withdrawal_also_clears_rows_other_modules_hang_off_the_interview(plain_study):
    _participant_with_everything(plain_study, "R01", "politie", R01_WORDS, _signature(5), seed=50)
    iid = plain_study.interviews.list()[0].id
    with plain_study.transaction():
        plain_study.conn.execute(
            "CREATE TABLE bookmarks (id INTEGER PRIMARY KEY, interview_id INTEGER REFERENCES interviews(id), label TEXT)"
        )
        plain_study.conn.execute("INSERT INTO bookmarks(interview_id, label) VALUES (?, 'Zwanenburgerkade')", [iid])
    summary = plain_study.consent.withdraw("R01")
    assert summary["deleted"]["bookmarks"] == 1
    assert plain_study.conn.execute("SELECT count(*) FROM bookmarks").fetchone()[0] == 0
    plain_study.close()
    assert _traces(plain_study.path, _needles(R01_WORDS, _signature(5))) == {}


def test_a_failed_full_withdrawal_rolls_back_completely(plain_study):
    _participant_with_everything(plain_study, "R01", "gemeente", R01_WORDS, _signature(6), seed=60)
    with plain_study.transaction():
        # A table the withdrawal cannot clear: its rows point at interviews but deleting them is refused.
        plain_study.conn.execute(
            "CREATE TABLE pinned (id INTEGER PRIMARY KEY, interview_id INTEGER REFERENCES interviews(id))"
        )
        plain_study.conn.execute("INSERT INTO pinned(interview_id) SELECT id FROM interviews")
        plain_study.conn.execute("CREATE TRIGGER pinned_keep BEFORE DELETE ON pinned BEGIN SELECT RAISE(ABORT, 'kept'); END")
    before = {t: plain_study.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("interviews", "recordings", "audio_chunks", "segments", "codings", "consent_records")}
    with pytest.raises(Exception, match="kept"):
        plain_study.consent.withdraw("R01")
    after = {t: plain_study.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in before}
    assert after == before
    assert plain_study.participants.get("R01")["withdrawn_at"] is None
    assert plain_study.consent.state("R01") == "given"


def test_full_withdrawal_waits_for_a_live_take_and_works_with_a_damaged_ledger(plain_study):
    pid = _participant_with_everything(plain_study, "R01", "handhaving", R01_WORDS, _signature(7), seed=70)
    writer = plain_study.recordings.begin(interview_id=None, participant_id=pid, sample_rate=16000)
    writer.write(tone(0.5).tobytes())
    writer.flush()
    with pytest.raises(VeldwerkError, match="R01 is being recorded right now"):
        plain_study.consent.withdraw("R01")
    writer.finish()
    # A damaged ledger never blocks a participant's withdrawal.
    plain_study.conn.execute("DROP TRIGGER consent_records_no_update")
    plain_study.conn.execute("UPDATE consent_records SET researcher = 'XY' WHERE participant_code = 'R01'")
    summary = plain_study.consent.withdraw("R01")
    assert summary["deleted"]["recordings"] == 4
    assert plain_study.participants.get("R01")["withdrawn_at"]
    assert not plain_study.consent.verify().ok
