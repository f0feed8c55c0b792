"""`report-docx`: the category report, per code every excerpt, grouped by the speaker's role.

The three default categories (beeldvorming, trots, oplossingen) come first. Each excerpt shows
participant code, role, the role it is about, interview, timestamp and memo. It replaces the
spreadsheet researchers otherwise build by hand.
"""
from copy import deepcopy

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from storage.exports import review_notice
from storage.exports.docx_parts import (
    GREY,
    append_element,
    append_paragraph,
    fill_or_drop,
    grid_table,
    heading,
    new_document,
    note,
    styles,
    today,
    warning,
    write_atomically_docx,
    xml_safe,
)
from storage.exports.excerpts import check_target, excerpts, omitted_line, ordered_codes, pseudonymised_line
from storage.exports.registry import QuoteUnit, Scope, register
from storage.timefmt import hhmmss


def _left_border(paragraph, color: str) -> None:
    """A thick bar in the code's colour left of the quote."""
    ppr = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    left = OxmlElement("w:left")
    for name, value in (("w:val", "single"), ("w:sz", "24"), ("w:space", "6"), ("w:color", color.lstrip("#").upper())):
        left.set(qn(name), value)
    borders.append(left)
    ppr.append(borders)


def meta_line(excerpt) -> str:
    """'R01 · Sekswerker · over: Politie · interview 1 (2026-03-14) · [00:00:06]'."""
    parts = [excerpt.participant, excerpt.role_label]
    if excerpt.about_role:
        parts.append(f"over: {excerpt.about_label}")
    parts.append(f"interview {excerpt.interview_id}" + (f" ({excerpt.interview_date})" if excerpt.interview_date else ""))
    parts.append(f"[{hhmmss(excerpt.start_time)}]")
    return " · ".join(parts)


_ANY_T = ".//" + qn("w:t")
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


class ExcerptWriter:
    """Writes excerpts (meta line, quote with a bar in the code's colour, memo) at the end of a document.

    Each kind of paragraph is built once with python-docx and copied after that, so a report of
    fifteen thousand excerpts takes seconds, not minutes.
    """

    def __init__(self, doc):
        self.doc = doc
        self._meta = self._template(self._build_meta)
        self._memo = self._template(self._build_memo)
        self._quotes: dict[str, object] = {}

    def _template(self, build):
        paragraph = append_paragraph(self.doc)
        build(paragraph)
        element = paragraph._p
        element.getparent().remove(element)
        return element

    @staticmethod
    def _build_meta(paragraph) -> None:
        paragraph.paragraph_format.space_before = Pt(6)
        paragraph.paragraph_format.space_after = Pt(1)
        paragraph.paragraph_format.keep_with_next = True
        run = paragraph.add_run("-")
        run.bold = True
        run.font.size = Pt(9)
        run.font.color.rgb = GREY

    @staticmethod
    def _build_memo(paragraph) -> None:
        paragraph.paragraph_format.left_indent = Cm(0.6)
        label = paragraph.add_run("Memo: ")
        label.bold = True
        label.font.size = Pt(9)
        text = paragraph.add_run("-")
        text.italic = True
        text.font.size = Pt(9)

    def _quote(self, color: str):
        if color not in self._quotes:
            def build(paragraph):
                paragraph.paragraph_format.left_indent = Cm(0.6)
                paragraph.paragraph_format.space_after = Pt(2)
                _left_border(paragraph, color)
                paragraph.add_run("-")

            self._quotes[color] = self._template(build)
        return self._quotes[color]

    def _add(self, template, text: str, run_index: int = 0) -> None:
        element = deepcopy(template)
        t = element.findall(_ANY_T)[run_index]
        t.text = xml_safe(text)
        t.set(_XML_SPACE, "preserve")
        append_element(self.doc, element)

    def write(self, excerpt) -> None:
        self._add(self._meta, meta_line(excerpt))
        self._add(self._quote(excerpt.color), f"“{excerpt.text}”")
        if excerpt.memo:
            self._add(self._memo, excerpt.memo, run_index=1)


@register("report-docx", scope=Scope.ANY, unit=QuoteUnit.CODINGS, extension=".docx")
def export(ctx, out):
    """Write the category report of the export's interviews as .docx."""
    check_target(out)
    study = ctx.study
    items = excerpts(ctx)
    codes = ordered_codes(study)
    roles = study.roles()
    doc = new_document("Categorierapport", f"{study.name} · geëxporteerd op {today()}")
    (warning if not ctx.pseudonymise else note)(doc, pseudonymised_line(ctx))
    review_notice.write_docx(ctx, doc)
    fill_or_drop(doc.add_paragraph(), omitted_line(ctx.omitted_quotes) if ctx.omitted_quotes else "")
    by_code: dict[str, list] = {}
    for e in items:
        by_code.setdefault(e.code, []).append(e)
    rows = [
        [c["label_nl"], str(len(by_code.get(c["key"], []))),
         str(len({e.participant for e in by_code.get(c["key"], [])}))]
        for c in codes
    ]
    grid_table(doc, ["Categorie", "Fragmenten", "Deelnemers"], rows, widths=[9, 3, 3])
    writer = ExcerptWriter(doc)
    h1, h2 = styles(doc, "Heading 1", "Heading 2")
    for code in codes:
        found = by_code.get(code["key"], [])
        heading(doc, f"{code['label_nl']} ({len(found)})", h1)
        if code["description"]:
            note(doc, code["description"], italic=True)
        if not found:
            note(doc, "Geen fragmenten.")
            continue
        by_role: dict[str, list] = {}
        for e in found:
            by_role.setdefault(e.role, []).append(e)
        order = [r["key"] for r in roles] + sorted(set(by_role) - {r["key"] for r in roles})
        for role in order:
            group = by_role.get(role)
            if not group:
                continue
            heading(doc, f"{group[0].role_label} ({len(group)})", h2)
            for e in sorted(group, key=lambda e: (e.participant, e.interview_id, e.start_time)):
                writer.write(e)
    return write_atomically_docx(doc, out)
