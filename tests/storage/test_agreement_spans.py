"""Where coders disagree: the passages storage/agreement_spans.py finds, checked against hand-worked ranges."""
from storage.agreement import compare
from storage.agreement_spans import disagreements
from tests.storage.helpers import interview_with_transcript

TEXTS = ["Ik ben trots op ons werk hier.", "De politie komt te vaak langs.", "Een vast aanspreekpunt zou helpen."]


def _code(study, participant, ranges):
    iid, tid = interview_with_transcript(study, participant, texts=TEXTS)
    segments = study.transcripts.segments(tid)
    for author, code, s, a, e, b in ranges:
        study.codings.add(tid, code, (segments[s].id, a), (segments[e].id, b), author=author,
                          about_role="politie" if code == "beeldvorming" else None)
    return iid, segments


def test_passages_where_the_codes_differ(plain_study):
    iid, segments = _code(plain_study, "R01", [
        ("ellen", "trots", 0, 0, 0, 12),       # "Ik ben trots"
        ("sanne", "trots", 0, 7, 0, 12),       # "trots": they differ on "Ik ben "
        ("ellen", "oplossingen", 2, 0, 2, 22),  # the same on both sides: no passage
        ("sanne", "oplossingen", 2, 0, 2, 22),
        ("sanne", "beeldvorming", 1, 0, 2, 3),  # only sanne, across two segments
    ])
    result = compare(plain_study)
    found = disagreements(plain_study, result)
    texts = [s.text for s in segments]
    assert [(d.text, d.differing) for d in found] == [
        (texts[0][0:7].strip(), ["trots"]),
        (texts[1].strip() + " " + texts[2][0:3].strip(), ["beeldvorming"]),
    ]
    first, second = found
    assert first.interview_id == iid and first.participant == "R01"
    assert first.codes == {"ellen": ["trots"], "sanne": []}
    assert first.start == (segments[0].id, 0) and first.end == (segments[0].id, 7)
    assert second.codes == {"ellen": ["oplossingen"], "sanne": ["beeldvorming", "oplossingen"]}
    assert second.start == (segments[1].id, 0) and second.end == (segments[2].id, 3)
    assert segments[1].start <= second.start_time < second.end_time <= segments[2].end
    # filtered on one code
    assert [d.differing for d in disagreements(plain_study, result, code="beeldvorming")] == [["beeldvorming"]]
    assert disagreements(plain_study, result, code="oplossingen") == []


def test_a_coder_who_did_not_code_an_interview_has_no_codes_there(plain_study):
    _code(plain_study, "R01", [("ellen", "trots", 0, 0, 0, 5), ("sanne", "trots", 0, 0, 0, 5),
                               ("bas", "trots", 1, 0, 1, 10)])
    _code(plain_study, "R02", [("ellen", "trots", 0, 0, 0, 5), ("sanne", "trots", 1, 0, 1, 4)])
    found = disagreements(plain_study, compare(plain_study))
    r02 = [d for d in found if d.participant == "R02"]
    assert r02 and all(d.codes["bas"] is None for d in r02)
    assert [d.participant for d in found] == ["R01", "R01", "R02", "R02"]  # bas differs on both R01 ranges


def test_agreeing_coders_leave_no_passage_and_spaces_are_not_passages(plain_study):
    # ellen's coding ends after the space that sanne's leaves out: a run of one space, not a passage
    _code(plain_study, "R01", [("ellen", "trots", 0, 0, 0, 13), ("sanne", "trots", 0, 0, 0, 12)])
    assert disagreements(plain_study, compare(plain_study)) == []
