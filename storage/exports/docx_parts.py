"""Building blocks of Veldwerk's Word documents: page set-up, shading in a code's colour, tables, notes."""
import re
from datetime import date

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

GREY = RGBColor(0x6B, 0x6B, 0x6B)
RED = RGBColor(0xB0, 0x00, 0x20)


def new_document(title: str, subtitle: str = ""):
    """An A4 document with a readable base style, a title and an optional subtitle."""
    doc = Document()
    for section in doc.sections:
        section.page_width, section.page_height = Cm(21), Cm(29.7)
        section.left_margin = section.right_margin = Cm(2.2)
        section.top_margin = section.bottom_margin = Cm(2)
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)
    normal.paragraph_format.space_after = Pt(4)
    _core_properties(doc, title)
    doc.add_heading(title, level=0)
    if subtitle:
        note(doc, subtitle)
    return doc


_APP_XML = (
    b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
    b'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    b"<Application>Veldwerk</Application><DocSecurity>0</DocSecurity></Properties>"
)


def _core_properties(doc, title: str) -> None:
    """Title, author and the true creation time (python-docx's template says python-docx, 2013-12-23)."""
    from datetime import datetime

    from storage import clock

    created = datetime.fromisoformat(clock.now())
    props = doc.core_properties
    props.title = title
    props.author = props.last_modified_by = "Veldwerk"
    props.comments = ""
    props.created = props.modified = created
    props.revision = 1
    for part in doc.part.package.iter_parts():  # the template's app.xml names "Microsoft Macintosh Word" 14.0
        if part.partname == "/docProps/app.xml":
            part._blob = _APP_XML


def note(doc, text: str, *, color=GREY, italic: bool = False, bold: bool = False):
    """A small paragraph of explanatory text."""
    paragraph = doc.add_paragraph()
    run = paragraph.add_run(text)
    run.font.size = Pt(9)
    run.font.color.rgb = color
    run.italic, run.bold = italic, bold
    return paragraph


def warning(doc, text: str):
    """A line that must not be overlooked (left-out quotes, an unpseudonymised export)."""
    return note(doc, text, color=RED, bold=True)


def shade(run, color: str) -> None:
    """Give a run a background in `color` (#RRGGBB): w:shd with that fill, so any colour shows as is."""
    rpr = run._r.get_or_add_rPr()
    for old in rpr.findall(qn("w:shd")):
        rpr.remove(old)
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), color.lstrip("#").upper())
    rpr.append(shd)


def shade_cell(cell, color: str) -> None:
    """Fill a table cell with `color` (#RRGGBB)."""
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), color.lstrip("#").upper())
    tcpr.append(shd)


def run_fill(run) -> str | None:
    """The background fill of a run (#RRGGBB) or None (for reading documents back)."""
    rpr = run._r.rPr
    shd = None if rpr is None else rpr.find(qn("w:shd"))
    return None if shd is None else "#" + shd.get(qn("w:fill"))


def set_widths(table, widths: list[float]) -> None:
    """Fix column widths in cm (on the grid and on every cell, so Word and LibreOffice agree)."""
    table.autofit = False
    for column, width in zip(table.columns, widths):
        column.width = Cm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths):
            cell.width = Cm(width)


CELL_PADDING_CM = 0.4  # Table Grid's left and right cell margins (0.19 cm each), rounded up
EM_PER_CHARACTER = 0.6  # a generous average advance of a bold Calibri character (most are 0.45-0.55 em)
PT_TO_CM = 2.54 / 72


def text_width_cm(text: str, size_pt: float) -> float:
    """A generous estimate of the width text takes on one line at `size_pt`, plus the cell's margins."""
    return len(text) * EM_PER_CHARACTER * size_pt * PT_TO_CM + CELL_PADDING_CM


def word_width_cm(text: str, size_pt: float) -> float:
    """The width the longest word of the text needs (a cell narrower than that breaks the word)."""
    return max((text_width_cm(word, size_pt) for word in str(text).split()), default=CELL_PADDING_CM)


def fit_widths(header: list[str], rows: list[list], total_cm: float, size_pt: float,
               smallest_pt: float = 7.0) -> tuple[list[float], float]:
    """Column widths (cm, summing to `total_cm`) and a font size at which no word has to be broken.

    Each column gets at least the width of its longest word; what is left is shared out towards each
    column's longest line. When the words do not fit at `size_pt` the size goes down in half points,
    not below `smallest_pt` (then the widths are the words' and may exceed the page).
    """
    columns = [[str(v) for v in column] for column in zip(header, *rows)]
    size = size_pt
    while True:
        need = [max(word_width_cm(v, size) for v in column) for column in columns]
        if sum(need) <= total_cm or size - 0.5 < smallest_pt:
            break
        size -= 0.5
    if sum(need) >= total_cm:
        return need, size
    want = [max(max(text_width_cm(v, size) for v in column) - n, 0.0) for column, n in zip(columns, need)]
    spare = total_cm - sum(need)
    if sum(want) > spare:
        return [n + spare * w / sum(want) for n, w in zip(need, want)], size
    rest = spare - sum(want)
    return [n + w + rest / len(need) for n, w in zip(need, want)], size


def repeat_header_row(table) -> None:
    """The first row repeats at the top of every page (w:tblHeader) and keeps with the next row;
    no row breaks across a page (w:cantSplit)."""
    for n, row in enumerate(table.rows):
        trpr = row._tr.get_or_add_trPr()
        if trpr.find(qn("w:cantSplit")) is None:
            trpr.append(OxmlElement("w:cantSplit"))
        if n == 0:
            if trpr.find(qn("w:tblHeader")) is None:
                trpr.append(OxmlElement("w:tblHeader"))
            for cell in row.cells:
                for paragraph in cell.paragraphs:
                    paragraph.paragraph_format.keep_with_next = True


def key_value_table(doc, rows: list[tuple[str, str]]):
    """A two-column table of labels and values (a title block)."""
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
        cells[0].paragraphs[0].runs[0].bold = True
        shade_cell(cells[0], "#F0F0F0")
    set_widths(table, [3.5, 13.1])
    doc.add_paragraph()
    return table


def grid_table(doc, header: list[str], rows: list[list[str]], *, widths: list[float] | None = None,
               size: float | None = None):
    """A bordered table with a bold header row (text in `size` pt when given)."""
    table = doc.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header):
        cell.text = text
        cell.paragraphs[0].runs[0].bold = True
        shade_cell(cell, "#E8E8E8")
    for values in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, values):
            cell.text = "" if text is None else str(text)
    if widths:
        set_widths(table, widths)
    if size:
        for row in table.rows:
            for cell in row.cells:
                for run in cell.paragraphs[0].runs:
                    run.font.size = Pt(size)
    repeat_header_row(table)
    return table


def body_width_cm(doc) -> float:
    """The width between the page margins of the document's (last) section, in cm."""
    section = doc.sections[-1]
    return (section.page_width - section.left_margin - section.right_margin) / 360000


def landscape(doc) -> None:
    """Turn the document's pages sideways (for wide tables)."""
    from docx.enum.section import WD_ORIENT

    for section in doc.sections:
        if section.orientation != WD_ORIENT.LANDSCAPE:
            section.orientation = WD_ORIENT.LANDSCAPE
            section.page_width, section.page_height = section.page_height, section.page_width


def legend(doc, codes: list[dict], counts: dict[str, int] | None = None) -> None:
    """A table of codes: colour, label, key, description (and how often each occurs here)."""
    header = ["", "Code", "Omschrijving"] + (["Aantal"] if counts is not None else [])
    rows = [
        ["", f"{c['label_nl']} ({c['key']})", c["description"] or ""] + ([str(counts.get(c["key"], 0))] if counts is not None else [])
        for c in codes
    ]
    table = grid_table(doc, header, rows, widths=[0.7, 4.6, 9.5] + ([1.8] if counts is not None else []))
    for row, code in zip(table.rows[1:], codes):
        shade_cell(row.cells[0], code["color"])


def footer_line(doc, text: str) -> None:
    """A centred footer on every page."""
    for section in doc.sections:
        paragraph = section.footer.paragraphs[0]
        paragraph.text = text
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for run in paragraph.runs:
            run.font.size = Pt(8)
            run.font.color.rgb = GREY


def today() -> str:
    return date.today().isoformat()


def write_atomically_docx(doc, out):
    """Save the document to `out` through a temporary file (no half-written file on failure)."""
    from storage.exports.excerpts import write_atomically

    return write_atomically(out, lambda path: doc.save(str(path)))


def fill_or_drop(paragraph, text: str) -> None:
    """Put a warning line into a reserved paragraph, or remove the paragraph when there is nothing to say."""
    if text:
        run = paragraph.add_run(text)
        run.bold = True
        run.font.size = Pt(9)
        run.font.color.rgb = RED
    else:
        paragraph._p.getparent().remove(paragraph._p)


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """The text without characters an XML document cannot hold (control characters, lone surrogates)."""
    return _NOT_XML.sub("", text or "")


def _end_of_body(doc):
    """The body and its closing w:sectPr (or None): looked up from the end, in constant time."""
    body = doc.element.body
    try:
        last = body[-1]
    except IndexError:
        return body, None
    return body, (last if last.tag == qn("w:sectPr") else None)


def append_element(doc, element) -> None:
    """Append a block element at the end of the body in constant time (doc.add_paragraph scans the whole body)."""
    body, sect = _end_of_body(doc)
    if sect is not None:
        sect.addprevious(element)
    else:
        body.append(element)


def append_paragraph(doc, style=None):
    """A new paragraph at the end of the body, in constant time; `style` is a style object (see `styles`)."""
    from docx.text.paragraph import Paragraph

    p = OxmlElement("w:p")
    append_element(doc, p)
    paragraph = Paragraph(p, doc._body)
    if style is not None:
        paragraph.style = style
    return paragraph


def styles(doc, *names: str) -> list:
    """Style objects by name, looked up once (each lookup by name builds every style object)."""
    by_name = {style.name: style for style in doc.styles}
    return [by_name[name] for name in names]


def heading(doc, text: str, style):
    """A heading paragraph in the given heading style object."""
    paragraph = append_paragraph(doc, style)
    paragraph.add_run(xml_safe(text))
    return paragraph


def set_text(element, text: str) -> None:
    """Set the text of the (single) w:t inside an element, keeping spaces."""
    t = element.find(".//" + qn("w:t"))
    t.text = xml_safe(text)
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")


class CommentWriter:
    """Adds real Word comments in constant time each.

    The same XML as python-docx's `Document.add_comment`, but with ids counted here:
    python-docx searches every existing comment for a free id, which makes a study-wide
    transcript with thousands of comments take many minutes.
    """

    def __init__(self, doc, author: str, initials: str):
        from datetime import datetime, timezone

        self._comments = doc.comments._comments_elm  # creates the comments part when missing
        used = [int(x) for x in self._comments.xpath("./w:comment/@w:id")]
        self._next = max(used, default=-1) + 1
        self._attrs = {qn("w:author"): author, qn("w:initials"): initials,
                       qn("w:date"): datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")}

    @staticmethod
    def _paragraph(text: str, first: bool):
        p = OxmlElement("w:p")
        ppr = OxmlElement("w:pPr")
        ppr.append(OxmlElement("w:pStyle", attrs={qn("w:val"): "CommentText"}))
        p.append(ppr)
        if first:
            ref = OxmlElement("w:r")
            rpr = OxmlElement("w:rPr")
            rpr.append(OxmlElement("w:rStyle", attrs={qn("w:val"): "CommentReference"}))
            ref.append(rpr)
            ref.append(OxmlElement("w:annotationRef"))
            p.append(ref)
        run = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.text = xml_safe(text)
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        run.append(t)
        p.append(run)
        return p

    def add(self, first_run, last_run, lines: list[str]) -> int:
        """Anchor a comment of one paragraph per line on the runs from `first_run` to `last_run`; returns its id."""
        comment_id = self._next
        self._next += 1
        comment = OxmlElement("w:comment", attrs=dict(self._attrs, **{qn("w:id"): str(comment_id)}))
        for n, line in enumerate(lines or [""]):
            comment.append(self._paragraph(line, n == 0))
        self._comments.append(comment)
        first_run.mark_comment_range(last_run, comment_id)
        return comment_id
