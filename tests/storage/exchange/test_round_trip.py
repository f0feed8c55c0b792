"""Exchange round trips between two copies of a study (real SQLCipher) with concurrent changes on both sides."""
import pytest

from storage import Study
from storage.agreement import compare
from storage.exchange.collect import export
from storage.exchange.conflicts import listing
from storage.exchange.merge import merge
from tests.conftest import PASSPHRASE
from tests.storage.exchange.helpers import EXCHANGE_PASSPHRASE, codings_by_uid, make_pair, segments


@pytest.fixture
def pair(tmp_path):
    path_a, path_b, interview = make_pair(tmp_path)
    a, b = Study.open(path_a, PASSPHRASE), Study.open(path_b, PASSPHRASE)
    a.researchers.use("Ellen")
    b.researchers.use("sanne")
    yield a, b, interview, tmp_path
    a.close()
    b.close()


def send(source, target, tmp_path, name, since="last"):
    """Export the source's researcher's changes and merge them into the target; returns the merge summary."""
    out = tmp_path / f"{name}.vwx"
    export(source, out, EXCHANGE_PASSPHRASE, researcher=source.researcher, since=since)
    return merge(target, out, EXCHANGE_PASSPHRASE)


def test_copies_share_one_study_id_and_another_study_has_its_own(pair, tmp_path):
    a, b, _, _ = pair
    assert a.study_id and a.study_id == b.study_id
    other = Study.create(tmp_path / "ander.veldwerk", name="Ander", passphrase=PASSPHRASE)
    try:
        assert other.study_id and other.study_id != a.study_id
    finally:
        other.close()


def test_concurrent_work_on_both_copies_ends_the_same_on_both(pair):
    a, b, interview, tmp_path = pair
    sa, sb = segments(a, interview), segments(b, interview)
    tid = sa[0].transcript_id
    # the same passage coded by both researchers, each with their own memo
    a.codings.add(tid, "trots", (sa[0].id, 0), (sa[0].id, 7), memo="eigen werk")
    b.codings.add(tid, "trots", (sb[0].id, 0), (sb[0].id, 7), memo="trots op het werk")
    b.codings.add(tid, "beeldvorming", (sb[1].id, 3), (sb[1].id, 10), about_role="politie")
    # each corrects another segment, and adds a code of their own
    a.transcripts.edit_segment(sa[2].id, "Een vast aanspreekpunt bij de gemeente zou helpen.")
    b.transcripts.edit_segment(sb[1].id, "De politie komt heel vaak langs.")
    a.codebook.add("steun", "Steun", label_en="Support", color="#00AA00")
    b.codebook.add("netwerk", "Netwerk", color="#0000AA")
    a.codings.add(tid, "steun", (sa[2].id, 0), (sa[2].id, 22))

    to_b = send(a, b, tmp_path, "ellen-1")
    to_a = send(b, a, tmp_path, "sanne-1")

    assert to_b["counts"]["coding_added"] == 2 and to_b["counts"]["segment_updated"] == 1
    assert to_a["counts"]["coding_added"] == 2 and to_a["counts"]["segment_updated"] == 1
    assert "conflicts" not in to_b["counts"] and "conflicts" not in to_a["counts"]
    assert codings_by_uid(a) == codings_by_uid(b)
    merged = codings_by_uid(a)
    assert len(merged) == 4
    two = sorted((author, memo) for author, code, memo, _, text in merged.values() if code == "trots")
    assert two == [("Ellen", "eigen werk"), ("sanne", "trots op het werk")]  # one passage, two codings
    assert [s.text for s in segments(a, interview)] == [s.text for s in segments(b, interview)] == [
        "Ik ben trots op ons werk hier.", "De politie komt heel vaak langs.",
        "Een vast aanspreekpunt bij de gemeente zou helpen."]
    # sanne's coding in the segment she corrected still covers the same words on both copies
    about = [v for v in merged.values() if v[1] == "beeldvorming"]
    assert about == [("sanne", "beeldvorming", "", "politie", "politie")]
    assert {c["key"] for c in a.codebook.list()} == {c["key"] for c in b.codebook.list()} >= {"steun", "netwerk"}
    assert a.codebook.get("steun")["label_en"] == b.codebook.get("steun")["label_en"] == "Support"
    # and the team can compare them
    assert compare(b, level="segment").coders == ["Ellen", "sanne"]
    # the merge is in the audit log, step by step (identifiers only)
    actions = [e["action"] for e in b.audit.entries()]
    assert actions.count("exchange.coding.add") == 2 and "exchange.segment.edit" in actions
    assert "exchange.code.add" in actions and actions.count("exchange.import") == 1
    assert all("eigen werk" not in str(e["detail"]) for e in b.audit.entries())


def test_a_change_made_on_top_of_a_merged_one_travels_back_without_a_conflict(pair):
    a, b, interview, tmp_path = pair
    sa = segments(a, interview)
    coding = a.codings.add(sa[0].transcript_id, "trots", (sa[0].id, 0), (sa[0].id, 7), memo="eerste")
    a.transcripts.edit_segment(sa[1].id, "De politie komt soms langs.")
    send(a, b, tmp_path, "ellen-1")
    # sanne improves ellen's memo and the corrected text further
    uid = a.codings.get(coding).uid
    on_b = next(c for c in b.codings.list() if c.uid == uid)
    b.codings.update(on_b.id, memo="eerste, aangevuld door sanne")
    b.transcripts.edit_segment(segments(b, interview)[1].id, "De politie komt soms 's nachts langs.")
    back = send(b, a, tmp_path, "sanne-1")
    assert back["counts"] == {"coding_updated": 1, "segment_updated": 1}
    assert a.codings.get(coding).memo == "eerste, aangevuld door sanne"
    assert a.codings.get(coding).author == "Ellen" and a.codings.get(coding).updated_by == "sanne"
    assert segments(a, interview)[1].text == "De politie komt soms 's nachts langs."
    # ellen changes it once more: it goes over again as a plain update
    a.codings.update(coding, memo="derde versie")
    again = send(a, b, tmp_path, "ellen-2")
    assert again["counts"].get("conflicts") is None
    assert b.codings.get(on_b.id).memo == "derde versie"


def test_an_older_version_of_what_we_changed_is_kept_out(pair):
    a, b, interview, tmp_path = pair
    sa = segments(a, interview)
    a.transcripts.edit_segment(sa[0].id, "Ik ben trots op ons werk.")
    first = tmp_path / "ellen-1.vwx"
    export(a, first, EXCHANGE_PASSPHRASE, researcher="Ellen", since="all")
    merge(b, first, EXCHANGE_PASSPHRASE)
    b.transcripts.edit_segment(segments(b, interview)[0].id, "Ik ben best trots op ons werk.")
    # ellen sends everything again (her old correction): sanne's newer text stays, no conflict
    summary = send(a, b, tmp_path, "ellen-2", since="all")
    assert summary["counts"] == {"segment_kept": 1}
    assert segments(b, interview)[0].text == "Ik ben best trots op ons werk."
    assert listing(b) == []


def test_a_removed_coding_is_removed_on_the_other_copy_when_unchanged_there(pair):
    a, b, interview, tmp_path = pair
    sa = segments(a, interview)
    tid = sa[0].transcript_id
    gone = a.codings.add(tid, "trots", (sa[0].id, 0), (sa[0].id, 7))
    changed = a.codings.add(tid, "oplossingen", (sa[2].id, 0), (sa[2].id, 14))
    send(a, b, tmp_path, "ellen-1")
    uids = {a.codings.get(gone).uid: "gone", a.codings.get(changed).uid: "changed"}
    on_b = {uids[c.uid]: c.id for c in b.codings.list()}
    b.codings.update(on_b["changed"], memo="sanne vindt dit belangrijk")
    a.codings.remove(gone)
    a.codings.remove(changed)
    summary = send(a, b, tmp_path, "ellen-2")
    assert summary["counts"] == {"removal_removed": 1, "conflicts": 1}
    assert [c.id for c in b.codings.list()] == [on_b["changed"]]  # sanne's memo is not lost
    (conflict,) = listing(b)
    assert conflict["kind"] == "removal" and conflict["there"] == "removed"
    assert "sanne vindt dit belangrijk" in conflict["here"]
