"""Sessions in the study store: kinds, who was present, speaker attributions, and the refusals."""
import pytest

from storage import Study
from storage.errors import ConsentRequired, NotFound, UnknownRole  # noqa: F401
from storage.sessions import SessionKind, parse_kind
from storage.sessions.kinds import UnknownSessionKind
from storage.sessions.store import NotASession, NotPresent, UnknownSpeaker
from tests.conftest import PASSPHRASE


@pytest.mark.parametrize("typed, kind", [
    ("focus group", SessionKind.FOCUS_GROUP), ("Focusgroep", SessionKind.FOCUS_GROUP),
    ("focus-group", SessionKind.FOCUS_GROUP), ("MEETING", SessionKind.MEETING), ("bijeenkomst", SessionKind.MEETING),
    ("interview", SessionKind.INTERVIEW),
])
def test_kinds_are_read_as_typed_or_dictated(typed, kind):
    assert parse_kind(typed) is kind


def test_an_unknown_kind_is_refused_in_one_line():
    with pytest.raises(UnknownSessionKind) as caught:
        parse_kind("feestje")
    assert "'feestje'" in str(caught.value) and "focus group" in str(caught.value) and "\n" not in str(caught.value)


def test_a_session_round_trips_through_closing_and_opening(focus_group, study_path):
    study, sid, _ = focus_group
    study.sessions.attend(sid, ["R03"])  # already present: nothing added
    study.close()
    with Study.open(study_path, PASSPHRASE) as again:
        got = again.sessions.get(sid)
        assert got["kind"] == "focus_group" and got["location"] == "buurthuis" and got["date"] == "2026-03-02"
        assert got["present"] == ["R01", "R02", "R03"]
        assert got["speakers"] == {"S1": "R01", "S2": "R02"}
        assert [s["id"] for s in again.sessions.list()] == [sid]
        assert again.transcripts.for_interview(sid).speakers == {"S1": "R01", "S2": "R02"}
        assert again.interviews.get(sid).participant == "R01"  # the participant of record: the first named


def test_a_plain_interview_is_no_session(people):
    iid = people.interviews.create("R01")
    assert people.interviews.get(iid).kind == "interview"
    assert people.sessions.list() == []
    with pytest.raises(NotASession):
        people.sessions.attend(iid, ["R02"])
    with pytest.raises(NotASession):
        people.sessions.create("interview", ["R01"])


def test_attend_adds_all_or_nothing(people):
    sid = people.sessions.create("meeting", ["R01"])
    with pytest.raises(NotFound) as caught:
        people.sessions.attend(sid, ["R02", "R99"])
    assert "R99" in str(caught.value)
    assert people.sessions.get(sid)["present"] == ["R01"]
    assert people.sessions.attend(sid, ["r02", "R03", "R02"]) == ["R02", "R03"]
    assert people.sessions.get(sid)["present"] == ["R01", "R02", "R03"]


def test_attribution_refuses_unknown_labels_and_absent_participants(focus_group):
    study, sid, _ = focus_group
    study.participants.add("R04", "klant")
    with pytest.raises(UnknownSpeaker) as caught:
        study.sessions.attribute(sid, "S9", "R01")
    assert "S1, S2, S3" in str(caught.value)
    with pytest.raises(NotPresent) as caught:
        study.sessions.attribute(sid, "S3", "R04")
    assert "R04" in str(caught.value)
    with pytest.raises(NotFound):
        study.sessions.attribute(sid, "S3", "R77")
    assert study.sessions.attributions(sid) == {"S1": "R01", "S2": "R02"}
    study.sessions.attribute(sid, "S2", None)
    assert study.sessions.attributions(sid) == {"S1": "R01"}


def test_a_withdrawn_participant_cannot_join_a_session(people):
    people.consent.withdraw("R03", researcher="test")
    with pytest.raises(ConsentRequired):
        people.sessions.create("focus group", ["R01", "R03"])
    assert people.sessions.list() == []


def test_the_matrix_counts_a_session_coding_for_the_speakers_role(focus_group):
    study, sid, tid = focus_group
    segs = study.transcripts.segments(tid)
    for seg in segs[:3]:  # S1 (R01, sekswerker), S2 (R02, politie), S1 again
        study.codings.add(tid, "beeldvorming", (seg.id, 1), (seg.id, len(seg.text)),
                          about_role="politie" if seg.speaker == "S1" else "sekswerker")
    assert study.codings.matrix() == {("sekswerker", "politie"): 2, ("politie", "sekswerker"): 1}
    by_speaker = {c.participant: c.role for c in study.codings.list(transcript_id=tid)}
    assert by_speaker == {"R01": "sekswerker", "R02": "politie"}
    assert len(study.codings.list(role="politie")) == 1
    from storage.overview import perception_counts

    assert perception_counts(study.codings.list()) == study.codings.matrix()


def test_relabelling_the_segments_drops_the_attributions_it_changes(focus_group):
    study, sid, tid = focus_group
    segs = study.transcripts.segments(tid)  # S1, S2, S1, S3
    names = study.transcripts.get(tid).speakers
    study.transcripts.set_speakers(tid, {}, dict(names, S1="Deelnemer"))  # names only: nothing changes
    assert study.sessions.attributions(sid) == {"S1": "R01", "S2": "R02"}
    study.transcripts.set_speakers(tid, {segs[1].id: "S1", segs[3].id: "S2"}, names)  # detected again
    assert study.sessions.attributions(sid) == {}  # S1 and S2 now hold other words: attributed again by hand
    study.sessions.attribute(sid, "S1", "R01")
    study.transcripts.delete(tid)
    assert study.sessions.attributions(sid) == {}
