"""A full withdrawal of someone who was in a session: their words and voice go, the session stays for the others."""
import numpy as np

from storage.consent.withdrawal_preview import withdrawal_preview


def _code_all(study, tid):
    for seg in study.transcripts.segments(tid):
        study.codings.add(tid, "beeldvorming", (seg.id, 1), (seg.id, len(seg.text)), about_role="politie")


def test_withdrawal_of_an_attendee_empties_their_segments_and_keeps_the_session(focus_group):
    study, sid, tid = focus_group
    _code_all(study, tid)
    before = study.transcripts.segments(tid)
    r02 = [s for s in before if s.speaker == "S2"]
    rid = study.transcripts.get(tid).recording_id
    pcm_before = np.asarray(study.recordings.read_pcm(rid))
    preview = withdrawal_preview(study, "R02")
    assert preview["interviews"] == 0 and preview["sessions_kept"] == 1 and preview["session_segments"] == len(r02)

    summary = study.consent.withdraw("R02", researcher="test")

    assert summary["deleted"]["session_segments"] == 1 and summary["deleted"]["session_codings"] == 1
    after = study.transcripts.segments(tid)
    assert len(after) == len(before)  # the session and its transcript stay for R01 and R03
    for seg in after:
        if seg.id in {s.id for s in r02}:
            assert seg.text == "" and seg.asr_text == "" and seg.words == ()
        else:
            assert seg.text.strip()
    assert study.search("vertrouwen") == [] and study.search("wijkagent")
    assert len(study.codings.list(transcript_id=tid)) == 3
    assert study.sessions.get(sid)["present"] == ["R01", "R03"]
    assert study.sessions.attributions(sid) == {"S1": "R01"}
    pcm_after = np.asarray(study.recordings.read_pcm(rid))
    lo, hi = int(r02[0].start * 16000), int(r02[0].end * 16000)
    assert not pcm_after[lo:hi].any() and pcm_before[lo:hi].any()  # their voice is silenced
    assert np.array_equal(pcm_after[:lo], pcm_before[:lo]) and np.array_equal(pcm_after[hi:], pcm_before[hi:])
    assert study.recordings.get(rid).sha256 == study.recordings.sha256(rid)


def test_withdrawal_of_the_participant_of_record_hands_the_session_over(focus_group):
    study, sid, tid = focus_group
    _code_all(study, tid)
    rid = study.transcripts.get(tid).recording_id
    preview = withdrawal_preview(study, "R01")
    assert preview["interviews"] == 0 and preview["recordings"] == 0 and preview["sessions_kept"] == 1

    summary = study.consent.withdraw("R01", researcher="test")

    assert summary["deleted"]["sessions_handed_over"] == 1 and summary["deleted"]["session_segments"] == 2
    session = study.sessions.get(sid)
    assert session["participant"] == "R02" and session["present"] == ["R02", "R03"]
    assert study.recordings.get(rid).participant_id == study.participants.get("R02")["id"]
    texts = [s.text for s in study.transcripts.segments(tid)]
    assert texts[0] == "" and texts[2] == "" and "vertrouwen" in texts[1]
    assert study.search("wijkagent") == []


def test_withdrawal_of_everyone_else_leaves_a_lone_session_to_be_deleted(focus_group):
    study, sid, _ = focus_group
    study.consent.withdraw("R02", researcher="test")
    study.consent.withdraw("R03", researcher="test")
    study.consent.withdraw("R01", researcher="test")  # nobody left to take it over: deleted with R01's data
    assert study.sessions.list() == [] and study.search("welkom") == []
    assert study.conn.execute("SELECT count(*) FROM session_participants").fetchone()[0] == 0
    assert study.conn.execute("SELECT count(*) FROM speaker_attributions").fetchone()[0] == 0


def test_the_receipt_tells_the_participant_their_words_in_the_session_are_gone(focus_group):
    from storage.withdrawal_receipt import receipt_content

    study, _, _ = focus_group
    summary = study.consent.withdraw("R02", researcher="test")
    deleted = receipt_content(study, summary["record"])["deleted"]
    assert any(line.startswith("1 alinea's met wat jij zei in een focusgroep") for line in deleted)
    assert any("seconden van jouw stem" in line for line in deleted)
