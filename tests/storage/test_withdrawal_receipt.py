"""The withdrawal receipt (issue 15, section 2): a Dutch .docx for the participant, from the ledger and the
audit log only, read back with python-docx."""
import os
import stat

import pytest
from docx import Document

from storage.errors import VeldwerkError
from storage.withdrawal_receipt import latest_withdrawal, receipt_file_name, write_receipt


def _text(path) -> str:
    doc = Document(str(path))
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in doc.paragraphs] + cells)


def _with_interview(study):
    study.participants.add("R01", "sekswerker")
    study.set_setting("consent_contact", "Anna de Vries, 06 12345678")
    study.consent.record("R01", {1: True, 2: True, 3: True, 4: True, 5: True}, method="written", researcher="AB")
    pid = study.participants.get("R01")["id"]
    iid = study.interviews.create("R01")
    study.recordings.add_pcm(interview_id=iid, participant_id=pid, pcm=b"\x01\x00" * 32000, sample_rate=16000)
    tid = study.transcripts.begin(iid, model="base", language="nl")
    study.transcripts.append_segments(tid, [{"start": 0, "end": 2, "text": "Ik werk bij de Zwanenburgerkade."}], 2.0)
    study.transcripts.complete(tid)


def test_a_full_withdrawal_receipt_says_what_when_and_the_ledger_hash(study, tmp_path):
    _with_interview(study)
    summary = study.consent.withdraw("R01", researcher="AB")
    record = latest_withdrawal(study, "R01")
    assert record["id"] == summary["record"]
    out = write_receipt(study, summary["record"], tmp_path / receipt_file_name("R01", record["created_at"]))
    assert out.name == f"intrekking-R01-{record['created_at'][:10]}.docx"
    text = _text(out)
    assert "Bewijs van intrekking" in text and "R01" in text
    assert record["hash"] in text and len(record["hash"]) == 64
    day = record["created_at"][:10]
    assert f"{day[8:10]}-{day[5:7]}-{day[:4]}" in text                    # when, in Dutch date order
    assert "1 gesprek(ken)" in text and "1 opname(n)" in text and "1 uitgeschreven tekst(en)" in text
    assert "Anna de Vries, 06 12345678" in text and "alles" in text
    assert "Zwanenburgerkade" not in text                                   # never interview content
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600


def test_a_partial_withdrawal_receipt_names_the_items_in_dutch(study, tmp_path):
    _with_interview(study)
    summary = study.consent.withdraw("R01", items=[3])
    text = _text(write_receipt(study, summary["record"], tmp_path / "bon.docx"))
    assert "punt 3: anonieme citaten" in text
    assert "blijven bewaard" in text and "Gewist" not in text


def test_the_receipt_is_never_written_inside_a_study_and_only_for_withdrawals(study, study_path, tmp_path):
    _with_interview(study)
    summary = study.consent.withdraw("R01")
    with pytest.raises(VeldwerkError, match="inside the study folder"):
        write_receipt(study, summary["record"], study_path / "bon.docx")
    with pytest.raises(VeldwerkError, match="not a withdrawal"):
        write_receipt(study, 1, tmp_path / "bon.docx")      # record 1 is the consent itself
    assert not (study_path / "bon.docx").exists() and not (tmp_path / "bon.docx").exists()
