"""Importing hand-written REFI-QDA projects (as QualCoder, ATLAS.ti, MAXQDA write them) into a study."""
import hashlib

import pytest

from storage.errors import Duplicate, VeldwerkError
from storage.refi_import.importer import MODEL, import_project
from tests.storage.refi_import import projects as p


def _excerpts(study) -> list[tuple]:
    return [(c.participant, c.code, study.codings.excerpt_text(c), c.memo, c.author, c.about_role)
            for c in study.codings.list()]


def test_qualcoder_like_project(plain_study, tmp_path):
    study = plain_study
    result = import_project(study, p.qdpx(tmp_path, *p.qualcoder_like()))

    codes = {c["key"]: c for c in study.codebook.list()}
    ids = {c["id"]: c["key"] for c in codes.values()}
    # nesting kept three deep, colours (#0f0 widened), description, the file's GUIDs
    assert ids[codes["stress"]["parent_id"]] == "werk" and ids[codes["rust"]["parent_id"]] == "stress"
    assert codes["collega-s"]["parent_id"] is None
    assert (codes["werk"]["color"], codes["werk"]["description"]) == ("#1A2B3C", "Alles over het werk")
    assert codes["rust"]["color"] == "#00FF00" and codes["collega-s"]["color"] == "#FFD166"
    assert codes["werk"]["refi_guid"] == p.C_WERK and codes["rust"]["refi_guid"] == p.C_RUST
    assert [c["key"] for c in result.codes.added] == ["werk", "stress", "rust", "collega-s"]

    # participants from cases; role GGD matched by label, Verpleegkundige added as a role; other variables in notes
    people = {x["code"]: x for x in study.participants.list()}
    assert set(people) == {"P01", "P02"}
    assert people["P01"]["role"] == "ggd" and people["P01"]["notes"] == "leeftijd: 34"
    assert people["P02"]["role"] == "verpleegkundige" and study.role_label("verpleegkundige") == "Verpleegkundige"
    assert result.roles_added == ["verpleegkundige"]

    # one text-only interview each; blank line is no segment
    interviews = study.interviews.list()
    assert [i.participant for i in interviews] == ["P01", "P02"]
    assert interviews[0].date == "2025-05-06" and interviews[0].duration == 0
    assert study.recordings.for_interview(interviews[0].id) == []
    transcript = study.transcripts.for_interview(interviews[0].id)
    assert transcript.model == MODEL and transcript.state == "complete"
    assert [s.text for s in study.transcripts.segments(transcript.id)] == [
        "Ik werk al tien jaar in de zorg.", "De stress is soms te veel.", "Mijn collega's helpen me."]

    # codings at the exact characters, memo from Description, authors as researchers
    assert _excerpts(study) == [
        ("P01", "werk", "werk al tien jaar", "Lange loopbaan", "Anna Jansen", None),
        ("P01", "collega-s", "e zorg. De stress is soms te veel. Mijn collega", "Van werk naar collega's", "Anna Jansen", None),
        ("P01", "stress", "De stress is soms te veel.", "", "bob", None),
        ("P02", "rust", "Rust", "", "bob", None),
    ]
    werk = study.codings.list(code="werk")[0]
    assert (werk.start_offset, werk.end_offset) == (3, 21)   # the trailing space too
    spanning = study.codings.list(code="collega-s")[0]
    assert (spanning.start_offset, spanning.end_offset) == (25, 12)
    assert {r["name"] for r in study.researchers.list()} >= {"Anna Jansen", "bob"}
    assert result.codings == 4 and result.segments == 5


def test_memos_as_notes_real_name_case_and_source_without_case(plain_study, tmp_path):
    study = plain_study
    result = import_project(study, p.qdpx(tmp_path, *p.notes_project()))
    people = {x["code"]: x for x in study.participants.list()}
    # "Marieke de Boer" could be a real name: not stored anywhere, a neutral code instead
    assert set(people) == {"IMP01", "IMP02"}
    assert people["IMP01"]["role"] == "politie" and people["IMP01"]["notes"] == "Benaderd via de GGD."
    assert people["IMP02"]["role"] == "onbekend"
    assert [x["renamed"] for x in result.participants] == [True, False]
    dump = "\n".join(str(v) for row in study.conn.execute("SELECT * FROM participants") for v in row)
    assert "Marieke" not in dump

    (coding,) = study.codings.list()
    # Description and the identical inline Note once, the file Note after it; CRLF kept out of the text
    assert coding.memo == "Zelfde tekst\n\nMemo uit een notitiebestand"
    assert study.codings.excerpt_text(coding) == "Tweede regel met een memo"
    assert coding.author == "bob"
    assert result.selections_skipped == 1      # the selection without a code
    interview = study.interviews.list()[0]
    assert interview.date == "2024-11-02"
    assert interview.notes == f"Imported from the REFI-QDA project project.qdpx (source {p.S_ONE}); no consent recorded."
    assert result.need_consent == ["IMP01", "IMP02"]


def test_imported_participants_have_no_consent_and_are_not_quoted(plain_study, tmp_path):
    study = plain_study
    import_project(study, p.qdpx(tmp_path, *p.qualcoder_like()))
    assert study.consent.records() == []
    for person in study.participants.list():
        for item in (1, 2, 3):
            assert not study.consent.allows(person["id"], item)
    from storage.exports import export

    out = export(study, "txt", tmp_path / "P01.txt", interview_id=study.interviews.list()[0].id, pseudonymise=False)
    assert "zorg" not in out.read_text(encoding="utf-8")


def test_audio_source_is_reported_not_stored(plain_study, tmp_path):
    study = plain_study
    result = import_project(study, p.qdpx(tmp_path, *p.audio_project()))
    assert result.audio_not_stored == [{
        "source": "R07 opname", "participant": "R07", "in_archive": True,
        "reason": "no consent to audio recording (consent item 1) for R07"}]
    assert study.conn.execute("SELECT count(*) FROM recordings").fetchone()[0] == 0
    assert [x["code"] for x in study.participants.list()] == ["R07"]
    without = import_project(_fresh(tmp_path, "b"), p.qdpx(tmp_path, *p.audio_project(with_file=False), name="b.qdpx"))
    assert without.audio_not_stored[0]["in_archive"] is False


def _fresh(tmp_path, name):
    from storage import Study

    return Study.create(tmp_path / f"{name}.veldwerk", name=name, passphrase=None)


def _fingerprint(study) -> str:
    tables = ["codes", "participants", "interviews", "transcripts", "segments", "codings", "roles", "researchers",
              "recordings", "audit_log"]
    text = repr([list(study.conn.execute(f"SELECT * FROM {t} ORDER BY rowid")) for t in tables])
    return hashlib.sha256(text.encode()).hexdigest()


def _refused(study, path, match):
    before = _fingerprint(study)
    with pytest.raises(VeldwerkError, match=match) as error:
        import_project(study, path)
    assert "\n" not in str(error.value)
    assert _fingerprint(study) == before


def test_bad_files_change_nothing(plain_study, tmp_path):
    study = plain_study
    not_zip = tmp_path / "x.qdpx"
    not_zip.write_text("geen zip")
    _refused(study, not_zip, "not a zip")
    xml, files = p.qualcoder_like()
    _refused(study, p.qdpx(tmp_path, xml.replace('isCodable="true" color="#1a2b3c"', 'color="#1a2b3c"'), files,
                           name="invalid.qdpx"), "schema")
    _refused(study, p.qdpx(tmp_path, xml.replace('endPosition="28"', 'endPosition="999"'), files, name="outside.qdpx"),
             r"positions 24–999 lie outside its source text \(52 characters\)")
    # a valid selection first, the broken one in the second source: the first source's work is rolled back too
    _refused(study, p.qdpx(tmp_path, xml.replace('startPosition="24"', 'startPosition="29"'), files, name="backwards.qdpx"),
             "outside its source text")
    _refused(study, p.qdpx(tmp_path, xml.replace(f'<CodeRef targetGUID="{p.C_RUST}"/>',
                                                 '<CodeRef targetGUID="C0000000-0000-0000-0000-0000000000FF"/>'),
                           files, name="code.qdpx"), "refers to a code that is not in the codebook")


def test_case_code_already_in_study_is_refused(plain_study, tmp_path):
    study = plain_study
    study.participants.add("P02", "klant")
    before = _fingerprint(study)
    with pytest.raises(Duplicate, match="Case P02 is already a participant"):
        import_project(study, p.qdpx(tmp_path, *p.qualcoder_like()))
    assert _fingerprint(study) == before


def test_perception_code_needs_its_about_role(plain_study, tmp_path):
    xml, files = p.notes_project()
    xml = xml.replace(f'<CodeRef targetGUID="{p.C_STRESS}"/>', '<CodeRef targetGUID="C0000000-0000-0000-0000-0000000000AA"/>')
    xml = xml.replace(' <Code guid="C0000000-0000-0000-0000-000000000004" name="Collega\'s" isCodable="true"/>',
                      ' <Code guid="C0000000-0000-0000-0000-0000000000AA" name="Beeldvorming over en weer" isCodable="true"/>')
    assert "0000000000AA\" name" in xml
    _refused(plain_study, p.qdpx(tmp_path, xml, files), "without the role it is about")
    with_about = xml.replace("<Description>Zelfde tekst</Description>", "<Description>Zelfde tekst\nOver: Politie</Description>")
    import_project(plain_study, p.qdpx(tmp_path, with_about, files, name="about.qdpx"))
    (coding,) = plain_study.codings.list()
    assert (coding.code, coding.about_role) == ("beeldvorming", "politie")
    assert coding.memo == "Zelfde tekst\n\nMemo uit een notitiebestand"


def test_text_outside_the_archive_is_reported(plain_study, tmp_path):
    xml, files = p.qualcoder_like()
    del files[f"sources/{p.S_TWO}.txt"]
    result = import_project(plain_study, p.qdpx(tmp_path, xml, files))
    assert result.sources_skipped == [{"source": "interview_2.txt", "kind": "TextSource",
                                       "reason": "its plain text is not inside the .qdpx"}]
    assert [x["code"] for x in plain_study.participants.list()] == ["P01"]



def test_nvivo_positions_count_utf16_units(plain_study, tmp_path):
    xml, files = p.notes_project()
    xml = (xml.replace('origin="ATLAS.ti 23"', 'origin="NVivo 14"').replace("Eerste regel.", "Eerste 🙂 regel.")
           .replace('startPosition="15" endPosition="40"', 'startPosition="18" endPosition="43"'))
    import_project(plain_study, p.qdpx(tmp_path, xml, files))
    (coding,) = plain_study.codings.list()
    assert plain_study.codings.excerpt_text(coding) == "Tweede regel met een memo"
