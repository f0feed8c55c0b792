"""A session participant without consent to quoting (R02) is never quoted, in any export with words."""
import json
import zipfile

import docx
import pytest

from storage.exports import export

R02_WORDS = ("vertrouwen", "bellen")  # only in R02's segment
R01_WORDS = "wijkagent"


def _docx_text(path) -> str:
    document = docx.Document(str(path))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


@pytest.fixture
def coded(focus_group):
    study, sid, tid = focus_group
    for seg in study.transcripts.segments(tid):
        study.codings.add(tid, "beeldvorming", (seg.id, 1), (seg.id, len(seg.text)), about_role="politie")
    return study, sid, tid


@pytest.mark.parametrize("fmt", ["txt", "srt", "vtt", "json"])
def test_plain_transcripts_leave_out_the_non_consenting_speaker(coded, tmp_path, fmt):
    study, sid, _ = coded
    out = export(study, fmt, tmp_path / f"sessie.{fmt}", interview_id=sid, pseudonymise=False)
    text = out.read_text(encoding="utf-8").casefold()
    assert R01_WORDS in text
    for word in R02_WORDS:
        assert word not in text
    assert "r02 gaf geen toestemming voor citeren" in text
    # S3 is attributed to nobody and R02 (present) declined quoting: it could be R02, so it is left out too
    assert "welkom" not in text


@pytest.mark.parametrize("fmt", ["coded-docx", "report-docx", "matrix-docx"])
def test_documents_leave_out_the_non_consenting_speaker(coded, tmp_path, fmt):
    study, _, _ = coded
    text = _docx_text(export(study, fmt, tmp_path / "uit.docx", pseudonymise=False)).casefold()
    for word in R02_WORDS:
        assert word not in text
    assert "politie" in text


def test_the_refi_project_leaves_out_the_non_consenting_speaker(coded, tmp_path):
    study, _, _ = coded
    out = export(study, "qdpx", tmp_path / "project.qdpx", pseudonymise=False)
    with zipfile.ZipFile(out) as archive:
        content = "\n".join(archive.read(n).decode("utf-8", "replace") for n in archive.namelist()).casefold()
    for word in R02_WORDS:
        assert word not in content
    assert R01_WORDS in content


def test_with_everyone_consenting_the_whole_session_is_quoted(coded, tmp_path):
    study, sid, _ = coded
    study.consent.record("R02", {1: True, 2: True, 3: True, 4: True, 5: True}, method="written", researcher="test")
    document = json.loads(export(study, "json", tmp_path / "s.json", interview_id=sid, pseudonymise=False).read_text())
    joined = " ".join(s["text"] for s in document["segments"]).casefold()
    assert all(word in joined for word in R02_WORDS) and "welkom" in joined


def test_the_matrix_counts_every_coding_for_its_speakers_role(coded, tmp_path):
    study, _, _ = coded
    out = export(study, "matrix-csv", tmp_path / "matrix.csv", pseudonymise=False)
    rows = {r.split(",")[0]: r.split(",") for r in out.read_text(encoding="utf-8-sig").splitlines()}
    roles = [r["key"] for r in study.roles()]
    politie = roles.index("politie") + 1
    # R01's two codings (S1) and the unattributed S3, which counts for the participant of record (R01)
    assert rows["Sekswerker"][politie] == "3"
    assert rows["Politie"][politie] == "1"  # R02 may not be quoted, but a count is no quote (as in an interview)
    assert sum(int(r[politie]) for label, r in rows.items() if label not in ("Sekswerker", "Politie")
               and r[politie].isdigit() and label.lower() != "totaal") == 0
