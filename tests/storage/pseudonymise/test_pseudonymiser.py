"""Pseudonymisation: detection with deduce, the interview-wide terms, decisions, the study's list, cut marks."""
import json

import pytest

from storage.errors import NotFound, VeldwerkError
from storage.exports.context import ExportContext
from storage.pseudonymise.pseudonymiser import CUT, Pseudonymiser, Redactor, redact_pieces
from tests.storage.exports.conftest import coded_study, data_dir  # noqa: F401 - fixtures


def _segments(study, interview_id):
    return study.transcripts.segments(study.transcripts.for_interview(interview_id).id)


def test_detected_details_are_replaced_by_their_placeholders(coded_study):
    study, ids = coded_study
    redact = Redactor(study, ids["R01"])
    texts = [redact(s.text) for s in _segments(study, ids["R01"])]
    assert texts[2] == "Mijn vriend [NAAM] uit [PLAATS] belde me op [TELEFOONNUMMER] om me te waarschuwen."
    assert texts[3] == "Je kunt hem mailen via [E-MAIL] als je dat wilt."
    assert texts[1] == "Eerlijk gezegd vind ik de politie vaak wantrouwig, ze zien ons als een probleem."
    assert redact("Dat was op 12 maart 2023.") == "Dat was op [DATUM]."


def test_terms_found_anywhere_in_the_interview_are_replaced_everywhere(coded_study):
    study, ids = coded_study
    redact = Redactor(study, ids["R01"])
    # Without context deduce would miss these; the interview's detections cover them.
    assert redact("jan de vries belde") == "[NAAM] belde"
    assert redact("Vries zei dat") == "[NAAM] zei dat"
    assert redact("naar oisterwijk") == "naar [PLAATS]"
    # Another interview has its own terms: nothing of R01's leaks into its decisions.
    assert not {"jan de vries", "vries", "oisterwijk"} & set(Redactor(study, ids["R02"])._terms.replacements)


def test_cut_marks_survive_and_a_name_cut_in_two_lands_in_one_piece(coded_study):
    study, ids = coded_study
    text = _segments(study, ids["R01"])[2].text  # "Mijn vriend Jan de Vries uit Oisterwijk ..."
    cut = text.index("Vries")
    ctx = ExportContext(study)
    before, middle, after = redact_pieces(ctx, ids["R01"], text, [cut, text.index(" uit")])
    assert before == "Mijn vriend [NAAM]" and middle == "" and after.startswith(" uit [PLAATS]")
    plain = ExportContext(study, pseudonymise=False)
    assert redact_pieces(plain, ids["R01"], text, [cut]) == [text[:cut], text[cut:]]
    assert CUT not in "".join(redact_pieces(ctx, ids["R01"], text, [3, 3, 40]))


def test_decisions_reject_accept_add_and_the_study_list(coded_study):
    study, ids = coded_study
    r01 = ids["R01"]
    review = Pseudonymiser(study)
    review.reject(r01, "Oisterwijk")
    review.accept(r01, "Jan de Vries", replacement="R05")
    review.add(r01, "spreekuur", kind="instelling")
    review.replace_everywhere("vriend", "kennis")
    review.keep_everywhere("06-12345678")
    redact = Redactor(study, r01)
    assert redact(_segments(study, r01)[2].text) == "Mijn kennis R05 uit Oisterwijk belde me op 06-12345678 om me te waarschuwen."
    assert "[INSTELLING]" in redact(_segments(study, r01)[4].text)
    rows = {r["term"]: r for r in review.proposals(r01)}
    assert rows["Oisterwijk"]["decision"] == "reject" and rows["Oisterwijk"]["replacement"] == "Oisterwijk"
    assert rows["Jan de Vries"]["decision"] == "accept" and rows["Jan de Vries"]["replacement"] == "R05"
    assert rows["spreekuur"]["source"] == "added" and rows["spreekuur"]["count"] == 1
    assert rows["vriend"]["decision"] == "replace" and rows["vriend"]["count"] == 1
    assert rows["06-12345678"]["decision"] == "keep"
    assert rows["jan.devries@example.nl"]["decision"] == "default" and rows["jan.devries@example.nl"]["kind"] == "email"
    assert rows["Oisterwijk"]["context"] == "Mijn vriend Jan de Vries uit Oisterwijk belde me op 06-12345678 om me te …"
    assert rows["spreekuur"]["context"].endswith("samen met de zorg een eigen spreekuur hebben.")
    review.undo(r01, "Oisterwijk")
    review.remove_from_list("06-12345678")
    assert Redactor(study, r01)(_segments(study, r01)[2].text) == (
        "Mijn kennis R05 uit [PLAATS] belde me op [TELEFOONNUMMER] om me te waarschuwen."
    )


def test_bad_input_is_refused_and_changes_nothing(coded_study):
    study, ids = coded_study
    review = Pseudonymiser(study)
    before = study.conn.execute("SELECT count(*) FROM pseudonym_decisions").fetchone()[0]
    with pytest.raises(NotFound):
        review.reject(ids["R01"], "Onbekend Woord")
    with pytest.raises(VeldwerkError):
        review.add(ids["R01"], "   ")
    with pytest.raises(VeldwerkError):
        review.add(ids["R01"], "Sandy", kind="huisdier")
    with pytest.raises(VeldwerkError):
        review.replace_everywhere("Sandy", "")
    with pytest.raises(NotFound):
        review.add(999, "Sandy")
    with pytest.raises(NotFound):
        review.undo(ids["R01"], "Sandy")
    with pytest.raises(NotFound):
        review.remove_from_list("Sandy")
    assert study.conn.execute("SELECT count(*) FROM pseudonym_decisions").fetchone()[0] == before
    assert review.replacement_list() == []


def test_detections_are_stored_and_follow_edits(coded_study):
    study, ids = coded_study
    r01 = ids["R01"]
    review = Pseudonymiser(study)
    review.scan(r01)
    assert review.scan(r01) == 0  # nothing new to scan
    segment = _segments(study, r01)[2]
    study.transcripts.edit_segment(segment.id, "Mijn vriend belde me om me te waarschuwen.")
    assert review.scan(r01) == 1
    stored = " ".join(r[0] for r in study.conn.execute("SELECT detections FROM pseudonym_scans WHERE interview_id = ?", [r01]))
    assert "Oisterwijk" in stored  # still in a memo of this interview
    terms = {r["term"] for r in review.proposals(r01)}
    assert "06-12345678" in terms  # the memo "bel 06-12345678"
    assert "Jan de Vries" in terms  # the memo "noemt later Jan de Vries uit Oisterwijk"
    assert Redactor(study, r01)("Mijn vriend belde me om me te waarschuwen.") == "Mijn vriend belde me om me te waarschuwen."


def test_the_audit_log_records_decisions_without_the_terms(coded_study):
    study, ids = coded_study
    review = Pseudonymiser(study)
    review.reject(ids["R01"], "Oisterwijk")
    review.replace_everywhere("Sandy", "R03")
    entries = [e for e in study.audit.entries() if e["action"].startswith("pseudonymise")]
    assert {e["action"] for e in entries} >= {"pseudonymise.scan", "pseudonymise.decide", "pseudonymise.list.set"}
    dumped = json.dumps(study.audit.entries())
    assert "Oisterwijk" not in dumped and "Sandy" not in dumped and "Vries" not in dumped


def test_a_full_withdrawal_erases_the_participants_pseudonymisation_rows(coded_study):
    study, ids = coded_study
    Pseudonymiser(study).reject(ids["R01"], "Oisterwijk")
    Redactor(study, ids["R02"])
    count = lambda table: study.conn.execute(  # noqa: E731
        f"SELECT count(*) FROM {table} WHERE interview_id = ?", [ids["R01"]]).fetchone()[0]
    assert count("pseudonym_scans") and count("pseudonym_decisions")
    study.consent.withdraw("R01")
    assert count("pseudonym_scans") == 0 and count("pseudonym_decisions") == 0
    assert study.conn.execute("SELECT count(*) FROM pseudonym_scans").fetchone()[0] > 0  # R02's stay


def test_a_full_withdrawal_drops_list_terms_only_that_participant_mentioned(coded_study):
    from storage.consent.withdrawal_preview import withdrawal_preview

    study, ids = coded_study
    review = Pseudonymiser(study)
    review.replace_everywhere("Oisterwijk", "[PLAATS]")  # only R01 mentions it
    review.replace_everywhere("politie", "[INSTANTIE]")  # R01 mentions it, and so does R03's memo below
    review.replace_everywhere("Sandy", "R04")  # nobody mentions her yet: the researcher's own entry
    tid = study.transcripts.for_interview(ids["R03"]).id
    seg = study.transcripts.segments(tid)[1].id
    study.codings.add(tid, "beeldvorming", (seg, 0), (seg, 5), about_role="exploitant", memo="Zegt niets over de politie.")
    assert withdrawal_preview(study, "R01")["list_terms"] == 1
    summary = study.consent.withdraw("R01")
    assert summary["deleted"]["pseudonym_list"] == 1
    assert {e["term"] for e in review.replacement_list()} == {"politie", "Sandy"}
    assert "Oisterwijk" not in json.dumps(study.audit.entries())


def test_words_of_a_name_carry_over_but_not_those_of_an_institution(coded_study):
    study, ids = coded_study
    tid = study.transcripts.for_interview(ids["R02"]).id
    from tests.storage.exports.conftest import segments

    study.transcripts.append_segments(tid, segments([("S2", "Ik werk bij de GGD Hart voor Brabant, samen met Sandra Bakker.")],
                                                    start=18.0), 24.0)
    redact = Redactor(study, ids["R02"])
    assert redact("Ik werk bij de GGD Hart voor Brabant, samen met Sandra Bakker.") == (
        "Ik werk bij de [INSTELLING], samen met [NAAM].")
    assert redact("De GGD belde en Bakker ook.") == "De GGD belde en [NAAM] ook."


def test_one_decision_holds_in_every_interview_and_later_transcript_with_its_variants(coded_study):
    from tests.storage.helpers import interview_with_transcript

    study, ids = coded_study
    review = Pseudonymiser(study)
    review.add(ids["R01"], "spreekuur", kind="instelling")
    review.accept(ids["R01"], "Oisterwijk", replacement="[DORP]")
    assert {e["term"]: e["replacement"] for e in review.replacement_list()} == {
        "Oisterwijk": "[DORP]", "spreekuur": "[INSTELLING]"}
    r02 = Redactor(study, ids["R02"])  # an interview the decisions were not made in
    assert r02("Het spreek uur en het sprekuur, in oister wijk.") == "Het [INSTELLING] en het [INSTELLING], in [DORP]."
    assert r02("We spreken uur na uur.") == "We spreken uur na uur."  # ordinary words are no variant
    later, _ = interview_with_transcript(study, "R09", texts=["Bij het spreekuur in oisterwjik."])
    assert Redactor(study, later)("Bij het spreekuur in oisterwjik.") == "Bij het [INSTELLING] in [DORP]."
    review.reject(ids["R01"], "Oisterwijk")  # a change of mind takes it off the list too
    assert "Oisterwijk" not in {e["term"] for e in review.replacement_list()}
    assert Redactor(study, ids["R01"])("in Oisterwijk") == "in Oisterwijk"
    review.undo(ids["R01"], "spreekuur")
    assert "spreekuur" not in {e["term"] for e in review.replacement_list()}
    assert Redactor(study, later)("het spreekuur") == "het spreekuur"
