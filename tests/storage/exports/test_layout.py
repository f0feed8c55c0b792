"""Print layout of the documents and the workbook, read back from their XML: the legend's heading keeps
with its table, header rows repeat and rows do not split, table columns are wide enough for every word,
the workbook prints landscape one page wide, and the core properties carry the true creation time."""
import zipfile

import docx
import openpyxl
import pytest
from docx.oxml.ns import qn
from lxml import etree

from storage.exports import export

CREATED = "2026-11-28T18:40:05+00:00"
DC = {"cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
      "dc": "http://purl.org/dc/elements/1.1/", "dcterms": "http://purl.org/dc/terms/"}
EM, PT_CM, PADDING = 0.6, 2.54 / 72, 0.38  # bold Calibri ≤ 0.6 em a character; Table Grid margins 2 × 0.19 cm


def _rows_repeat_and_hold(table) -> None:
    first = table.rows[0]._tr.trPr
    assert first is not None and first.find(qn("w:tblHeader")) is not None
    assert all(row._tr.trPr.find(qn("w:cantSplit")) is not None for row in table.rows)
    assert all(p.paragraph_format.keep_with_next for cell in table.rows[0].cells for p in cell.paragraphs)


def test_coded_docx_legend_keeps_together(coded_study, out_dir):
    study, ids = coded_study
    document = docx.Document(str(export(study, "coded-docx", out_dir / "c.docx")))
    legend = [p for p in document.paragraphs if p.text == "Legenda"][0]
    assert legend.paragraph_format.keep_with_next is True  # set on the paragraph, not only by its style
    assert legend._p.getnext().tag == qn("w:tbl")
    table = document.tables[-1]
    assert table.rows[0].cells[1].text == "Code"
    _rows_repeat_and_hold(table)


@pytest.mark.parametrize("fmt", ["matrix-docx", "consent-docx"])
def test_table_columns_fit_their_longest_word(coded_study, out_dir, fmt):
    study, _ = coded_study
    document = docx.Document(str(export(study, fmt, out_dir / f"{fmt}.docx")))
    table = [t for t in document.tables if len(t.columns) > 5][0]
    _rows_repeat_and_hold(table)
    section = document.sections[-1]
    body = section.page_width - section.left_margin - section.right_margin
    assert sum(col.width for col in table.columns) <= body + 360  # within the margins (rounding)
    checked = 0
    for row in table.rows:
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    size = run.font.size.pt
                    for word in run.text.split():
                        needed = len(word) * EM * size * PT_CM + PADDING
                        assert cell.width / 360000 >= needed, f"{word!r} breaks in a {cell.width / 360000:.2f} cm column"
                        checked += 1
    assert checked > 50
    if fmt == "matrix-docx":  # the case reported: "Sekswer|ker" in a 2.0 cm column at 8.5 pt
        header = [c.text for c in table.rows[0].cells]
        assert "Sekswerker" in header and "Hulpverlening" in header


def test_xlsx_prints_landscape_one_page_wide(coded_study, out_dir):
    study, _ = coded_study
    sheet = openpyxl.load_workbook(export(study, "matrix-xlsx", out_dir / "m.xlsx")).active
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.sheet_properties.pageSetUpPr.fitToPage is True
    assert int(sheet.page_setup.fitToWidth) == 1 and int(sheet.page_setup.fitToHeight) == 0
    assert sheet.print_title_rows == "$4:$4"


@pytest.mark.parametrize("fmt", ["coded-docx", "report-docx", "matrix-docx", "consent-docx"])
def test_docx_core_properties_carry_the_true_creation_time(coded_study, out_dir, monkeypatch, fmt):
    study, _ = coded_study
    monkeypatch.setattr("storage.clock.now", lambda: CREATED)
    path = export(study, fmt, out_dir / f"{fmt}.docx")
    with zipfile.ZipFile(path) as archive:
        core = etree.fromstring(archive.read("docProps/core.xml"))
    assert core.findtext("dcterms:created", namespaces=DC) == "2026-11-28T18:40:05Z"
    assert core.findtext("dcterms:modified", namespaces=DC) == "2026-11-28T18:40:05Z"
    assert core.findtext("dc:creator", namespaces=DC) == "Veldwerk"
    assert core.findtext("cp:lastModifiedBy", namespaces=DC) == "Veldwerk"
    assert "2013" not in etree.tostring(core).decode() and "python-docx" not in etree.tostring(core).decode()
    with zipfile.ZipFile(path) as archive:
        app = etree.fromstring(archive.read("docProps/app.xml"))
    assert app.findtext("{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}Application") == "Veldwerk"
    assert docx.Document(str(path)).core_properties.created.isoformat() == CREATED  # python-docx reads it back
