"""Conflicts: what both copies changed is listed, never overwritten, and resolved explicitly; idempotence."""
import pytest

from storage import Study
from storage.errors import NotFound, VeldwerkError
from storage.exchange.collect import export
from storage.exchange.conflicts import Keep, listing, resolve
from storage.exchange.merge import merge
from tests.conftest import PASSPHRASE
from tests.storage.exchange.helpers import EXCHANGE_PASSPHRASE, make_pair, segments, snapshot


@pytest.fixture
def pair(tmp_path):
    path_a, path_b, interview = make_pair(tmp_path)
    a, b = Study.open(path_a, PASSPHRASE), Study.open(path_b, PASSPHRASE)
    a.researchers.use("ellen")
    b.researchers.use("sanne")
    yield a, b, interview, tmp_path
    a.close()
    b.close()


def write(study, tmp_path, name, since="last"):
    out = tmp_path / f"{name}.vwx"
    export(study, out, EXCHANGE_PASSPHRASE, researcher=study.researcher, since=since)
    return out


def test_same_code_key_with_another_label_is_a_conflict_not_an_overwrite(pair):
    a, b, _, tmp_path = pair
    a.codebook.update("trots", label_nl="Trots op eigen werk")
    b.codebook.update("trots", label_nl="Trots en eigenwaarde")
    a.codebook.add("zorg", "Zorg", color="#112233")
    b.codebook.add("zorg", "Zorgen", color="#112233")
    summary = merge(b, write(a, tmp_path, "ellen-1"), EXCHANGE_PASSPHRASE)
    assert summary["counts"]["conflicts"] == 2
    assert b.codebook.get("trots")["label_nl"] == "Trots en eigenwaarde"
    assert b.codebook.get("zorg")["label_nl"] == "Zorgen"
    rows = {r["where"]: r for r in listing(b)}
    assert set(rows) == {"code trots", "code zorg"}
    assert rows["code trots"]["here"].startswith("Trots en eigenwaarde")
    assert rows["code trots"]["there"].startswith("Trots op eigen werk")
    assert rows["code trots"]["researcher"] == "ellen"


def test_keeping_mine_settles_it_on_both_copies(pair):
    a, b, _, tmp_path = pair
    a.codebook.update("trots", label_nl="Trots op eigen werk")
    b.codebook.update("trots", label_nl="Trots en eigenwaarde")
    merge(b, write(a, tmp_path, "ellen-1"), EXCHANGE_PASSPHRASE)
    (conflict,) = listing(b)
    assert resolve(b, conflict["id"], Keep.MINE) == "mine"   # the enum itself, as the app passes it
    assert b.codebook.get("trots")["label_nl"] == "Trots en eigenwaarde"
    assert listing(b) == [] and listing(b, all_=True)[0]["resolution"] == "mine"
    # ellen's file again (all of it): no new conflict, sanne's label stays
    merge(b, write(a, tmp_path, "ellen-2", since="all"), EXCHANGE_PASSPHRASE)
    assert listing(b) == [] and b.codebook.get("trots")["label_nl"] == "Trots en eigenwaarde"
    # sanne's decision travels: ellen's copy takes her label without a conflict
    b.codebook.update("trots", description="gekozen door sanne")
    summary = merge(a, write(b, tmp_path, "sanne-1"), EXCHANGE_PASSPHRASE)
    assert summary["counts"] == {"code_updated": 1}
    assert a.codebook.get("trots")["label_nl"] == "Trots en eigenwaarde"
    assert any(e["action"] == "exchange.resolve" and e["detail"] == {"keep": "mine", "kind": "code"}
               for e in b.audit.entries())


def test_colliding_corrections_wait_for_a_decision_and_theirs_moves_the_codings(pair):
    a, b, interview, tmp_path = pair
    sa, sb = segments(a, interview), segments(b, interview)
    tid = sb[1].transcript_id
    coding = b.codings.add(tid, "beeldvorming", (sb[1].id, 3), (sb[1].id, 10), about_role="politie")
    a.transcripts.edit_segment(sa[1].id, "Die politie komt vaak langs.")
    b.transcripts.edit_segment(sb[1].id, "De politie kwam vaak langs.")
    summary = merge(b, write(a, tmp_path, "ellen-1"), EXCHANGE_PASSPHRASE)
    assert summary["counts"] == {"conflicts": 1}
    assert segments(b, interview)[1].text == "De politie kwam vaak langs."
    (conflict,) = listing(b)
    shown = ("id", "kind", "where", "researcher", "here", "there", "resolution")   # the lines the CLI prints
    assert {k: conflict[k] for k in shown} == dict(id=conflict["id"], kind="segment", where=f"interview {interview}, segment 2",
                            researcher="ellen", here="De politie kwam vaak langs.",
                            there="Die politie komt vaak langs.", resolution="")
    assert conflict["place"] == (interview, 2) and conflict["here_data"]["text"] == "De politie kwam vaak langs."
    assert conflict["there_data"]["text"] == "Die politie komt vaak langs." and conflict["problem"] is None
    resolve(b, conflict["id"], "theirs")
    assert segments(b, interview)[1].text == "Die politie komt vaak langs."
    assert b.codings.excerpt_text(b.codings.get(coding)) == "politie"
    assert segments(b, interview)[1].edited_by == "ellen"
    with pytest.raises(VeldwerkError, match="resolved already"):
        resolve(b, conflict["id"], "mine")
    with pytest.raises(NotFound):
        resolve(b, 999, "mine")
    with pytest.raises(VeldwerkError, match="'mine' or 'theirs'"):
        resolve(b, conflict["id"], "allebei")


def test_both_changed_a_memo(pair):
    a, b, interview, tmp_path = pair
    sa = segments(a, interview)
    coding = a.codings.add(sa[0].transcript_id, "trots", (sa[0].id, 0), (sa[0].id, 7), memo="eerst")
    merge(b, write(a, tmp_path, "ellen-1"), EXCHANGE_PASSPHRASE)
    uid = a.codings.get(coding).uid
    on_b = next(c.id for c in b.codings.list() if c.uid == uid)
    a.codings.update(coding, memo="ellen: herzien")
    b.codings.update(on_b, memo="sanne: aangevuld")
    merge(b, write(a, tmp_path, "ellen-2"), EXCHANGE_PASSPHRASE)
    assert b.codings.get(on_b).memo == "sanne: aangevuld"
    (conflict,) = listing(b)
    assert conflict["kind"] == "coding" and "sanne: aangevuld" in conflict["here"]
    assert "ellen: herzien" in conflict["there"]


def test_importing_the_same_file_twice_changes_nothing_the_second_time(pair):
    a, b, interview, tmp_path = pair
    sa = segments(a, interview)
    a.codings.add(sa[0].transcript_id, "trots", (sa[0].id, 0), (sa[0].id, 7), memo="x")
    a.transcripts.edit_segment(sa[1].id, "De politie komt nooit langs.")
    b.transcripts.edit_segment(segments(b, interview)[1].id, "De politie komt vaak langs, zei ze.")
    a.codebook.update("trots", label_nl="Trots!")
    out = write(a, tmp_path, "ellen-1")
    first = merge(b, out, EXCHANGE_PASSPHRASE)
    assert first["counts"] == {"coding_added": 1, "code_updated": 1, "conflicts": 1} and not first["already"]
    before = snapshot(b)
    second = merge(b, out, EXCHANGE_PASSPHRASE)
    assert second["already"] and second["counts"] == {}
    assert snapshot(b) == before


def test_a_coding_on_text_this_copy_does_not_have_is_kept_as_a_conflict(pair):
    a, b, interview, tmp_path = pair
    sa = segments(a, interview)
    new = a.transcripts.split_segment(sa[2].id, 15)  # a segment only ellen's copy has
    a.codings.add(sa[2].transcript_id, "oplossingen", (new, 0), (new, 10))
    summary = merge(b, write(a, tmp_path, "ellen-1"), EXCHANGE_PASSPHRASE)
    assert summary["counts"] == {"conflicts": 1}
    (conflict,) = listing(b)
    assert conflict["kind"] == "coding" and "not in this copy" in conflict["there"]
    with pytest.raises(VeldwerkError, match="cannot be placed"):
        resolve(b, conflict["id"], "theirs")
    assert listing(b)[0]["id"] == conflict["id"]  # still open, nothing changed
    resolve(b, conflict["id"], "mine")
    assert listing(b) == []


def test_why_a_conflict_could_not_be_placed_is_stored_as_a_key_and_worded_in_the_readers_language(pair):
    """The reason was stored as an English sentence, so the Dutch app showed it in English; now it is a catalogue
    key with its parameters, and an English sentence an older study stored is still shown as it is."""
    import json

    from storage.exchange.conflicts import problem_text

    a, b, interview, tmp_path = pair
    sa = segments(a, interview)
    new = a.transcripts.split_segment(sa[2].id, 15)
    a.codings.add(sa[2].transcript_id, "oplossingen", (new, 0), (new, 10))
    merge(b, write(a, tmp_path, "ellen-1"), EXCHANGE_PASSPHRASE)
    (conflict,) = listing(b)
    (there,) = b.conn.execute("SELECT there FROM exchange_conflicts WHERE id = ?", [conflict["id"]]).fetchone()
    assert json.loads(there)["problem"] == {"key": "exchange.unplaced_text", "params": {}}
    assert problem_text(conflict["problem"], "nl") == ("hun versie kan hier niet worden geplaatst: de tekst van de "
                                                       "transcriptie staat niet in deze kopie")
    assert problem_text(conflict["problem"], "en").endswith("its transcript text is not in this copy")
    assert problem_text("missing", "nl") == "deze tekst staat niet in deze kopie"
    old = dict(json.loads(there), problem="its transcript text is not in this copy")   # as older studies hold it
    b.conn.execute("UPDATE exchange_conflicts SET there = ? WHERE id = ?", [json.dumps(old), conflict["id"]])
    (conflict,) = listing(b)
    assert problem_text(conflict["problem"], "nl") == "its transcript text is not in this copy"
    assert conflict["there"].endswith("(its transcript text is not in this copy)")
    resolve(b, conflict["id"], "mine")
    assert listing(b) == []
