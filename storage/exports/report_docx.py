"""`report-docx`: the category report, per code every excerpt, grouped by the speaker's role.

The three default categories (beeldvorming, trots, oplossingen) come first. Each excerpt shows
participant code, role, the role it is about, interview, timestamp and memo. It replaces the
spreadsheet researchers otherwise build by hand.
"""
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from storage.exports import register
from storage.exports.docx_parts import (
    GREY, fill_or_drop, grid_table, new_document, note, today, warning, write_atomically_docx,
)
from storage.exports.excerpts import excerpts, hhmmss, omitted_line, ordered_codes, pseudonymised_line


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


def add_excerpt(doc, excerpt) -> None:
    """The meta line, the quote with a bar in the code's colour, and the memo."""
    meta = doc.add_paragraph()
    meta.paragraph_format.space_before = Pt(6)
    meta.paragraph_format.space_after = Pt(1)
    meta.paragraph_format.keep_with_next = True
    run = meta.add_run(meta_line(excerpt))
    run.bold = True
    run.font.size = Pt(9)
    run.font.color.rgb = GREY
    quote = doc.add_paragraph()
    quote.paragraph_format.left_indent = Cm(0.6)
    quote.paragraph_format.space_after = Pt(2)
    _left_border(quote, excerpt.color)
    quote.add_run(f"“{excerpt.text}”")
    if excerpt.memo:
        memo = doc.add_paragraph()
        memo.paragraph_format.left_indent = Cm(0.6)
        label = memo.add_run("Memo: ")
        label.bold = True
        label.font.size = Pt(9)
        text = memo.add_run(excerpt.memo)
        text.italic = True
        text.font.size = Pt(9)


@register("report-docx")
def export(ctx, out):
    """Write the category report of the export's interviews as .docx."""
    study = ctx.study
    items = excerpts(ctx)
    codes = ordered_codes(study)
    roles = study.roles()
    doc = new_document("Categorierapport", f"{study.name} · geëxporteerd op {today()}")
    (warning if not ctx.pseudonymise else note)(doc, pseudonymised_line(ctx))
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
    for code in codes:
        found = by_code.get(code["key"], [])
        doc.add_heading(f"{code['label_nl']} ({len(found)})", level=1)
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
            doc.add_heading(f"{group[0].role_label} ({len(group)})", level=2)
            for e in sorted(group, key=lambda e: (e.participant, e.interview_id, e.start_time)):
                add_excerpt(doc, e)
    return write_atomically_docx(doc, out)
