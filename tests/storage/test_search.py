"""Full-text search: case- and accent-insensitive, with interview, segment, time and snippet."""
from tests.storage.helpers import interview_with_transcript


def test_search_ignores_case_and_accents(study):
    iid, tid = interview_with_transcript(
        study, texts=["We spraken in het café over de GGD.", "Een privé-ontvangst, geen coördinatie."], seconds=4
    )
    hits = study.search("CAFE")
    assert len(hits) == 1
    assert hits[0]["interview_id"] == iid
    assert hits[0]["participant"] == "R01"
    assert hits[0]["start"] == 0.0
    assert "[café]" in hits[0]["snippet"]
    assert study.search("coordinatie")[0]["start"] == 2.0
    assert study.search("Coördinatie")[0]["segment_id"] == hits[0]["segment_id"] + 1


def test_search_matches_prefixes_and_all_words(study):
    interview_with_transcript(study, texts=["De klankbordgroep kwam samen.", "De klanten bleven weg."])
    assert len(study.search("klank")) == 1
    assert len(study.search("de kla")) == 2
    assert study.search("klankbordgroep weg") == []


def test_search_survives_fts_syntax_and_follows_edits(study):
    iid, tid = interview_with_transcript(study)
    for query in ['"', "NEAR(", "a OR", "*", "-", ""]:
        assert isinstance(study.search(query), list)
    seg = study.transcripts.segments(tid)[1]
    study.transcripts.edit_segment(seg.id, "Het sociaal wijkteam doet goed werk.")
    assert study.search("GGD") == []
    assert study.search("wijkteam")[0]["segment_id"] == seg.id


def test_search_within_one_interview(study):
    first, _ = interview_with_transcript(study)
    second, _ = interview_with_transcript(study, code="R02", role="politie")
    assert {h["interview_id"] for h in study.search("GGD")} == {first, second}
    assert [h["interview_id"] for h in study.search("GGD", interview_id=second)] == [second]
