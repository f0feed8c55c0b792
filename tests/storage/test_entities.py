"""Round-trips of every entity through the store."""
import json

import numpy as np
import pytest

from storage import Study
from storage.errors import Duplicate, NotFound, UnknownRole, VeldwerkError
from tests.conftest import PASSPHRASE
from tests.storage.helpers import consent_all, interview_with_transcript, segment, tone


def reopen(study):
    path = study.path
    study.close()
    return Study.open(path, PASSPHRASE)


def test_participant_round_trip_and_bad_input(study):
    study.participants.add("R01", "sekswerker", notes="via klankbordgroep")
    with pytest.raises(Duplicate):
        study.participants.add("R01", "klant")
    with pytest.raises(UnknownRole):
        study.participants.add("R02", "burgemeester")
    with pytest.raises(VeldwerkError):
        study.participants.add("Jan de Vries", "klant")
    study.participants.update("R01", role="exploitant", notes="")
    study = reopen(study)
    p = study.participants.get("R01")
    assert (p["code"], p["role"], p["notes"], p["withdrawn_at"]) == ("R01", "exploitant", "", None)
    assert [x["code"] for x in study.participants.list()] == ["R01"]
    with pytest.raises(NotFound):
        study.participants.get("R99")
    study.close()


def test_interview_and_recording_round_trip(study):
    study.participants.add("R01", "politie")
    consent_all(study, "R01")
    iid = study.interviews.create("R01", date="2026-11-02", interviewer="onderzoeker A", location="Tilburg")
    pcm = tone(2.5, seed=3)
    rid = study.recordings.add_pcm(interview_id=iid, participant_id=1, pcm=pcm, sample_rate=16000, source_name="a.wav")
    study = reopen(study)
    interview = study.interviews.get(iid)
    assert (interview.participant, interview.date, interview.location) == ("R01", "2026-11-02", "Tilburg")
    assert interview.duration == pytest.approx(2.5)
    assert interview.transcript_state == "none"
    rec = study.recordings.get(rid)
    assert (rec.kind, rec.state, rec.frames, rec.source_name, rec.recovered) == (
        "imported", "complete", 40000, "a.wav", False,
    )
    assert np.array_equal(study.recordings.read_pcm(rid), pcm)
    assert np.array_equal(study.recordings.read_pcm(rid, 1.0, 1.5), pcm[16000:24000])
    assert rec.sha256 == study.recordings.sha256(rid)
    assert study.recordings.read_float32(rid, rate=8000).shape[0] == pytest.approx(20000, abs=50)
    study.close()


def test_recording_writer_commits_chunks_and_markers(study):
    study.participants.add("R01", "ggd")
    consent_all(study, "R01")
    iid = study.interviews.create("R01")
    writer = study.recordings.begin(interview_id=iid, participant_id=1, sample_rate=16000)
    writer.write(tone(0.7).tobytes())
    writer.add_marker(0.5, "belangrijk")
    writer.flush()
    assert study.recordings.get(writer.recording_id).frames == 11200
    writer.write(tone(0.3).tobytes())
    rid = writer.finish()
    rec = study.recordings.get(rid)
    assert rec.markers == [{"time": 0.5, "label": "belangrijk"}]
    assert rec.duration == pytest.approx(1.0)
    assert rec.state == "complete"


def test_transcript_round_trip_with_edits(study):
    iid, tid = interview_with_transcript(study)
    segs = study.transcripts.segments(tid)
    study.transcripts.edit_segment(segs[0].id, "Goedemiddag, fijn dat je er bent.")
    study.transcripts.set_speaker(segs[0].id, "S1")
    study.transcripts.set_speaker_names(tid, {"S1": "Interviewer"})
    study = reopen(study)
    segs = study.transcripts.segments(tid)
    assert segs[0].text == "Goedemiddag, fijn dat je er bent."
    assert segs[0].asr_text == "Goedemiddag, fijn dat u er bent."
    assert segs[0].speaker == "S1"
    assert segs[1].words[0][2] == " De"
    assert study.transcripts.get(tid).speakers == {"S1": "Interviewer"}
    study.transcripts.restore_segment(segs[0].id)
    assert study.transcripts.segment(segs[0].id).text == "Goedemiddag, fijn dat u er bent."
    assert study.interviews.get(iid).transcript_state == "complete"
    with pytest.raises(VeldwerkError):
        study.transcripts.begin(iid)
    study.close()


def test_speakers_set_at_once_only_touch_their_own_transcript(study):
    _, tid = interview_with_transcript(study)
    _, other = interview_with_transcript(study, code="R02")
    mine, theirs = study.transcripts.segments(tid), study.transcripts.segments(other)
    study.transcripts.set_speakers(tid, {mine[0].id: "S1", mine[1].id: "S2", theirs[0].id: "S9"},
                                   {"S1": "Interviewer", "S2": "R01"})
    study = reopen(study)
    assert [s.speaker for s in study.transcripts.segments(tid)] == ["S1", "S2"]
    assert [s.speaker for s in study.transcripts.segments(other)] == ["", ""]
    assert study.transcripts.get(tid).speakers == {"S1": "Interviewer", "S2": "R01"}
    study.close()


def test_partial_transcript_resumes(study):
    study.participants.add("R01", "klant")
    consent_all(study, "R01")
    iid = study.interviews.create("R01")
    tid = study.transcripts.begin(iid, model="base")
    study.transcripts.append_segments(tid, [segment(0, 2, "een twee")], progress_end=2.0)
    assert study.transcripts.begin(iid) == tid
    assert study.transcripts.resume_point(tid) == 2.0
    study.transcripts.append_segments(tid, [segment(2, 4, "drie vier")], progress_end=4.0)
    assert [s.position for s in study.transcripts.segments(tid)] == [0, 1]


def test_split_and_merge_keep_codings_in_place(study):
    iid, tid = interview_with_transcript(study, texts=["De GGD doet goed werk in Tilburg."])
    seg = study.transcripts.segments(tid)[0]
    cid = study.codings.add(tid, "trots", (seg.id, 7), (seg.id, 21))  # "doet goed werk"
    assert study.codings.excerpt_text(study.codings.get(cid)) == "doet goed werk"
    new_id = study.transcripts.split_segment(seg.id, 12)  # after "doet "
    segs = study.transcripts.segments(tid)
    assert [s.text for s in segs] == ["De GGD doet", "goed werk in Tilburg."]
    assert segs[1].id == new_id
    assert study.codings.excerpt_text(study.codings.get(cid)) == "doet goed werk"
    study.transcripts.merge_with_next(seg.id)
    assert study.transcripts.segments(tid)[0].text == "De GGD doet goed werk in Tilburg."
    assert study.codings.excerpt_text(study.codings.get(cid)) == "doet goed werk"


def test_splitting_an_edited_segment_shares_the_original_text_by_word_timing(study):
    iid, tid = interview_with_transcript(study, texts=["De GGD doet goed werk in Tilburg."])
    seg = study.transcripts.segments(tid)[0]
    study.transcripts.edit_segment(seg.id, "De GGD doet heel goed werk in Tilburg.")
    new_id = study.transcripts.split_segment(seg.id, len("De GGD doet heel "))
    first, second = study.transcripts.segments(tid)
    assert (first.text, second.text) == ("De GGD doet heel", "goed werk in Tilburg.")
    # the recognised words after the cut time, not an empty original that "restore" would write back
    assert first.asr_text + " " + second.asr_text == "De GGD doet goed werk in Tilburg."
    assert second.asr_text and second.id == new_id
    study.transcripts.merge_with_next(first.id)
    assert study.transcripts.segments(tid)[0].asr_text == "De GGD doet goed werk in Tilburg."


def test_codebook_round_trip(study):
    study.codebook.add("samenwerking", "Samenwerking", label_en="Cooperation", color="#112233", parent="oplossingen")
    study.codebook.update("samenwerking", description="Hoe partijen samenwerken", color="#445566")
    study = reopen(study)
    code = study.codebook.get("samenwerking")
    assert (code["label_nl"], code["label_en"], code["color"], code["description"]) == (
        "Samenwerking", "Cooperation", "#445566", "Hoe partijen samenwerken",
    )
    assert code["parent_id"] == study.codebook.get("oplossingen")["id"]
    with pytest.raises(Duplicate):
        study.codebook.add("trots", "Trots")
    with pytest.raises(VeldwerkError):
        study.codebook.add("x", "X", color="red")
    study.close()


def test_codings_round_trip_merge_and_delete(study):
    iid, tid = interview_with_transcript(study)
    perception = study.codings.add_by_time(iid, 1.0, 2.0, "beeldvorming", about_role="ggd", memo="positief", author="A")
    pride = study.codings.add_by_time(iid, 0.0, 1.0, "trots")
    with pytest.raises(VeldwerkError):
        study.codings.add_by_time(iid, 0, 1, "beeldvorming")  # needs the role it is about
    with pytest.raises(VeldwerkError):
        study.codings.add_by_time(iid, 0, 1, "trots", about_role="ggd")
    study = reopen(study)
    c = study.codings.get(perception)
    assert (c.code, c.about_role, c.memo, c.role, c.participant) == (
        "beeldvorming", "ggd", "positief", "sekswerker", "R01",
    )
    assert study.codings.excerpt_text(c) == "De GGD doet goed werk in Tilburg."
    assert study.codings.matrix() == {("sekswerker", "ggd"): 1}
    study.codings.update(perception, memo="nieuw memo")
    assert study.codings.get(perception).memo == "nieuw memo"
    study.codebook.add("werk", "Werk")
    assert study.codebook.merge("trots", "werk") == 1
    assert study.codings.get(pride).code == "werk"
    assert study.codebook.delete_impact("werk") == {"codings": 1, "children": []}
    assert study.codebook.delete("werk") == 1
    with pytest.raises(NotFound):
        study.codings.get(pride)
    assert len(study.codings.list()) == 1
    study.close()


def test_audit_log_records_changes_without_content(study):
    interview_with_transcript(study)
    entries = study.audit.entries()
    actions = [e["action"] for e in entries]
    assert "participant.add" in actions and "transcript.complete" in actions
    assert "GGD" not in json.dumps(entries)
    with pytest.raises(Exception):
        study.conn.execute("DELETE FROM audit_log")
