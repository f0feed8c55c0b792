"""Nothing lost: pseudonymisation only ever changes what leaves the study; the originals stay, encrypted."""
from storage.exports import export
from storage.pseudonymise.known_names import add_known
from storage.pseudonymise.pseudonymiser import Pseudonymiser
from tests.storage.exports.conftest import PLANTED, coded_study, data_dir, out_dir  # noqa: F401 - fixtures


def _texts(study, iid):
    return [(s.text, s.asr_text) for s in study.transcripts.segments(study.transcripts.for_interview(iid).id)]


def test_every_replacement_keeps_the_original_in_the_study(coded_study, out_dir):
    study, ids = coded_study
    iid = ids["R01"]
    before = _texts(study, iid)
    reviewer = Pseudonymiser(study)
    reviewer.accept(iid, "Jan de Vries", replacement="R05")
    reviewer.add(iid, "wantrouwig", kind="overig")
    add_known(study, "Oisterwijk", "plaats")
    text = export(study, "txt", out_dir / "t.txt", interview_id=iid).read_text(encoding="utf-8")
    assert "R05" in text and "[PLAATS]" in text and "Oisterwijk" not in text
    # The transcript (and what Whisper heard) is untouched; each replacement's original term is stored with it.
    assert _texts(study, iid) == before and "Jan de Vries" in before[2][0] and "Jan de Vries" in before[2][1]
    decisions = {d["term"]: d["replacement"] for d in reviewer.store.decisions(iid).values()}
    assert decisions == {"Jan de Vries": "R05", "wantrouwig": ""}
    assert {"term": "Oisterwijk", "action": "replace", "replacement": "[PLAATS]"} in reviewer.replacement_list()
    # ... and only inside the encrypted database.
    path = study.path
    study.close()
    raw = b"".join(p.read_bytes() for p in path.iterdir() if p.is_file())
    assert not any(term.encode() in raw for term in PLANTED + ["wantrouwig"])


def test_unpseudonymised_needs_the_explicit_flag_and_is_logged(coded_study, out_dir):
    study, ids = coded_study
    default = export(study, "txt", out_dir / "a.txt", interview_id=ids["R01"]).read_text(encoding="utf-8")
    assert "Jan de Vries" not in default and not study.audit.entries("export.unpseudonymised")
    raw = export(study, "txt", out_dir / "b.txt", interview_id=ids["R01"], pseudonymise=False).read_text(encoding="utf-8")
    assert "Jan de Vries" in raw
    entry = study.audit.entries("export.unpseudonymised")[-1]
    assert entry["entity_id"] == str(ids["R01"]) and entry["detail"]["format"] == "txt"
    assert entry["detail"]["pseudonymised"] is False and "Vries" not in str(entry)
