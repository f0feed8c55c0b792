"""No planted name, town, phone number or e-mail address leaves the study in any export format."""
import pytest

from storage.exports import FORMATS, export, load_all
from tests.storage.exports.conftest import PLANTED, PLANTED_ASR, add_asr_lines
from tests.storage.exports.readback import everything
from tests.storage.helpers import second_coder

load_all()
ONE_INTERVIEW = {"txt", "srt", "vtt", "json"}
SUFFIX = {"coded-docx": ".docx", "report-docx": ".docx", "matrix-docx": ".docx", "consent-docx": ".docx",
          "matrix-xlsx": ".xlsx", "matrix-csv": ".csv", "consent-csv": ".csv",
          "codebook-csv": ".csv", "agreement-docx": ".docx", "agreement-xlsx": ".xlsx"}
# Formats that carry transcript text (the others hold counts, consent or the codebook only).
WITH_TEXT = {"coded-docx", "report-docx", "matrix-docx", "txt", "srt", "vtt", "json", "qdpx"}
R03_WORDS = "exploitanten veel te weinig"



def _export(study, ids, fmt, out_dir, *, interview=None, pseudonymise=True):
    if fmt.startswith("agreement-") and not study.conn.execute("SELECT 1 FROM codings WHERE author = 'sanne'").fetchone():
        second_coder(study)
    if fmt in ONE_INTERVIEW and interview is None:
        interview = ids["R01"]
    path = out_dir / f"{fmt}{SUFFIX.get(fmt, '.' + fmt)}"
    return export(study, fmt, path, interview_id=interview, pseudonymise=pseudonymise)


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_planted_details_appear_in_no_format(coded_study, out_dir, fmt):
    study, ids = coded_study
    add_asr_lines(study, ids["R01"])
    for interview in (None, ids["R01"]):
        text = everything(_export(study, ids, fmt, out_dir, interview=interview))
        for planted in PLANTED + PLANTED_ASR:
            assert planted.casefold() not in text.casefold(), f"{planted!r} leaked into {fmt}"
        if fmt in WITH_TEXT:
            assert "[NAAM]" in text and "[PLAATS]" in text
            assert "politie vaak wantrouwig" in text  # the rest of the text is there
            if fmt != "matrix-docx":  # the matrix quotes perception codes only
                assert "dat het mis was" in text and "in de buurt" in text  # ordinary words of the ASR lines stay
        assert R03_WORDS not in text  # R03 did not consent to quoting


def test_unpseudonymised_export_keeps_details_and_is_audited(coded_study, out_dir):
    study, ids = coded_study
    for fmt in ("coded-docx", "txt"):
        text = everything(_export(study, ids, fmt, out_dir, pseudonymise=False))
        for planted in ("Jan de Vries", "Oisterwijk", "06-12345678", "jan.devries@example.nl"):
            assert planted in text
        assert R03_WORDS not in text  # consent still applies
    logged = study.audit.entries("export.unpseudonymised")
    assert [e["detail"]["format"] for e in logged] == ["coded-docx", "txt"]
    assert all(e["detail"]["pseudonymised"] is False for e in logged)
    assert "Oisterwijk" not in repr(study.audit.entries())


@pytest.mark.parametrize("fmt", sorted(set(FORMATS) - {"qdpx", "qdc"}))  # REFI-QDA: its own module's checks
def test_an_unwritable_target_is_refused_before_anything_is_read(coded_study, tmp_path, fmt):
    from storage.errors import VeldwerkError

    study, ids = coded_study
    with pytest.raises(VeldwerkError):
        export(study, fmt, tmp_path / "missing" / f"x.{fmt}", interview_id=ids["R01"])
    assert study.conn.execute("SELECT count(*) FROM pseudonym_scans").fetchone()[0] == 0
    assert study.audit.entries("export") == []
