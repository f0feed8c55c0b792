"""Veldwerk → .qdpx (the qdpx export) → a new study (the import): every code, coding position, memo and author."""
from storage import Study
from storage.exchange.researchers import name_key
from storage.exports import export
from storage.refi_import.importer import import_project
from tests.storage.helpers import consent_all, segment

LINES = [
    ("S1", "Hoe kijk je naar de politie?"),
    ("S2", "Wantrouwig, eerlijk gezegd: ze zien ons als probleem."),
    ("S2", "Maar de GGD doet goed werk, daar ben ik trots op."),
    ("S1", "Wat zou helpen?"),
    ("S2", "Een vast aanspreekpunt. Iemand die je kent."),
]


def _source(path) -> Study:
    study = Study.create(path, name="Bron", passphrase=None)
    study.codebook.add("zorg", "Zorg", color="#336699", description="Alles over zorg")
    study.codebook.add("ggd-werk", "GGD-werk", color="#AA0000", parent="zorg")
    study.codebook.add("spreekuur", "Spreekuur", parent="ggd-werk")
    for code, role, lines, date in (("R01", "sekswerker", LINES, "2026-03-14"), ("R02", "politie", LINES[:3], "2026-03-20")):
        study.participants.add(code, role)
        consent_all(study, code)
        iid = study.interviews.create(code, date=date)
        tid = study.transcripts.begin(iid, model="base", language="nl")
        study.transcripts.append_segments(
            tid, [segment(i * 4.0, i * 4.0 + 4.0, text, speaker) for i, (speaker, text) in enumerate(lines)],
            len(lines) * 4.0)
        study.transcripts.complete(tid)
        study.transcripts.set_speaker_names(tid, {"S1": "Interviewer", "S2": code})
    one, two = (study.transcripts.for_interview(i.id).id for i in study.interviews.list())
    s1, s2 = ([x.id for x in study.transcripts.segments(t)] for t in (one, two))
    add = study.codings.add
    add(one, "beeldvorming", (s1[1], 0), (s1[1], 10), about_role="politie", memo="Wantrouwen", author="ellen")
    add(one, "beeldvorming", (s1[1], 12), (s1[2], 26), about_role="ggd", memo="Twee regels\nmet een regeleinde",
        author="Sanne de Wit")
    add(one, "trots", (s1[2], 28), (s1[2], 49), author="ellen")
    add(one, "spreekuur", (s1[4], 4), (s1[4], 22), memo="Vast aanspreekpunt", author="sanne de wit")
    add(one, "zorg", (s1[3], 0), (s1[4], 43), author="ellen")          # overlaps the one above
    add(two, "oplossingen", (s2[0], 0), (s2[2], 10), memo="Over drie segmenten", author="Ellen")
    add(two, "ggd-werk", (s2[2], 9), (s2[2], 12), author="")            # no author: the exporting researcher
    add(two, "beeldvorming", (s2[1], 0), (s2[1], 10), about_role="klant", author="ellen")   # about-role, no memo
    return study


def _codes(study) -> list[tuple]:
    keys = {c["id"]: c["key"] for c in study.codebook.list()}
    return [(c["key"], c["label_nl"], c["color"], c["description"], keys.get(c["parent_id"]), c["perception"])
            for c in study.codebook.list()]


def _codings(study) -> list[tuple]:
    segments = {}
    for transcript in study.db.query("SELECT id FROM transcripts"):
        for position, row in enumerate(study.transcripts.segments(transcript["id"])):
            segments[row.id] = position
    # an author by name_key: "Ellen" and "ellen" are one researcher (storage/exchange/researchers.py)
    return [(c.participant, c.role, c.code, segments[c.start_segment_id], c.start_offset,
             segments[c.end_segment_id], c.end_offset, c.about_role, c.memo, name_key(c.author),
             study.codings.excerpt_text(c))
            for c in study.codings.list()]


def _transcripts(study) -> list[tuple]:
    result = []
    for interview in study.interviews.list():
        transcript = study.transcripts.for_interview(interview.id)
        names = transcript.speakers
        result.append((interview.participant, interview.role, interview.date, [
            (int(s.start), names.get(s.speaker, s.speaker), s.text)
            for s in study.transcripts.segments(transcript.id)]))
    return result


def test_round_trip_keeps_codes_positions_memos_and_authors(tmp_path, monkeypatch):
    monkeypatch.setattr("storage.exports.refi_project._exporting_user", lambda: "lead")
    source = _source(tmp_path / "bron.veldwerk")
    qdpx = export(source, "qdpx", tmp_path / "bron.qdpx", pseudonymise=False)
    target = Study.create(tmp_path / "doel.veldwerk", name="Doel", passphrase=None)
    result = import_project(target, qdpx)

    assert _codes(target) == _codes(source)
    guids = {c["key"]: c["refi_guid"] for c in target.codebook.list()}
    from storage.exports.refi_guids import Guids

    own = Guids(source)
    for code in source.codebook.list():
        if code["key"] in ("zorg", "ggd-werk", "spreekuur"):      # new in the target: the file's GUID kept
            assert guids[code["key"]] == own("code", code["id"])
    assert _transcripts(target) == _transcripts(source)

    expected = _codings(source)
    got = _codings(target)
    assert len(got) == len(expected) == 8
    author_less = [i for i, row in enumerate(expected) if row[9] == ""]
    assert [row[9] for i, row in enumerate(got) if i in author_less] == ["lead"]  # as the export named them
    for i, (want, have) in enumerate(zip(expected, got)):
        if i in author_less:
            want = want[:9] + ("lead",) + want[10:]
        assert have == want, f"coding {i}"
    assert sorted(result.authors) == ["Sanne de Wit", "ellen", "lead"]
    assert {r["name"] for r in target.researchers.list()} == {"ellen", "Sanne de Wit", "lead"}
    assert result.need_consent == ["R01", "R02"] and result.codes.skipped and not result.roles_added
    source.close()
    target.close()
