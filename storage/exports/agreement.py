"""`agreement-docx`, `agreement-xlsx`: the agreement report of the coder comparison (storage/agreement.py).

Who was compared over which interviews (by participant code), then per code and overall the percentage
agreement, Cohen's kappa and Krippendorff's alpha at character and at segment level, and per code the
number of passages the coders differ on (storage/agreement_spans.py). Figures and counts only: no interview
text, so nothing to pseudonymise. An interview given limits the comparison to it.
"""
from storage.agreement import Level, compare
from storage.agreement_report import LEVEL_LABELS, fill_sheet, rows
from storage.agreement_spans import disagreements
from storage.exports import Scope, register
from storage.exports.docx_parts import (
    body_width_cm,
    fit_widths,
    grid_table,
    heading,
    new_document,
    note,
    styles,
    today,
    write_atomically_docx,
)
from storage.exports.excerpts import check_target, write_atomically

TITLE = "Overeenstemming tussen codeurs"
HEADER = ["Code", "Label", "Eenheden", "Overeenstemming", "Cohens kappa", "Krippendorffs alfa"]
DIFFER_HEADER = ["Code", "Label", "Passages met verschil"]
EXPLANATION = (
    "Per code zegt elke codeur per eenheid of de code van toepassing is. Overeenstemming: het aandeel eenheden "
    "(door twee of meer codeurs gecodeerd) waarop alle codeurs hetzelfde zeggen. Cohens kappa (alleen bij twee "
    "codeurs) en Krippendorffs alfa (nominaal) corrigeren voor toevallige overeenstemming; 1 is volledig, 0 "
    "toeval. Een interview dat een codeur niet codeerde telt voor die codeur als ontbrekend. '–': niet te "
    "berekenen (geen variatie). Cijfers op tekenniveau worden gedomineerd door tekst die niemand codeerde; lees "
    "ze samen met het segmentniveau en per code."
)


def comparisons(ctx) -> dict[Level, object]:
    """The comparison at both levels (raises VeldwerkError when there is nothing to compare)."""
    return {level: compare(ctx.study, interview_id=ctx.interview_id, level=level) for level in Level}


def interview_line(study, result) -> str:
    names = {i.id: i.participant for i in study.interviews.list()}
    return "Interviews: " + ", ".join(f"{i} ({names.get(i, '?')})" for i in result.interviews)


def differ_counts(study, result) -> list[list]:
    """Per code (codebook order) the number of passages the coders differ on, then the total."""
    labels = {c["key"]: c["label_nl"] for c in study.codebook.list()}
    counts: dict[str, int] = {key: 0 for key in result.per_code}
    passages = disagreements(study, result)
    for passage in passages:
        for key in passage.differing:
            counts[key] = counts.get(key, 0) + 1
    return [[key, labels.get(key, key), n] for key, n in counts.items()] + [["*", "Alle passages", len(passages)]]


@register("agreement-docx", scope=Scope.ANY, unit=None, extension=".docx")
def export_docx(ctx, out):
    """The agreement report as a Word document."""
    check_target(out)
    results = comparisons(ctx)
    char = results[Level.CHAR]
    doc = new_document(TITLE, f"{ctx.study.name} · geëxporteerd op {today()}")
    note(doc, f"Codeurs: {', '.join(char.coders)}")
    note(doc, interview_line(ctx.study, char))
    h1, = styles(doc, "Heading 1")
    for level, result in results.items():
        heading(doc, f"Per code en totaal, eenheid: {LEVEL_LABELS[level.value]}", h1)
        cells = [[str(r[k]) for k in ("code", "label", "units", "agreement", "kappa", "alpha")]
                 for r in rows(ctx.study, result, "nl")]   # a Dutch report: "66,7%"
        widths, size = fit_widths(HEADER, cells, body_width_cm(doc), 9)
        grid_table(doc, HEADER, cells, widths=widths, size=size)
    heading(doc, "Passages waarop de codeurs verschillen", h1)
    cells = [[str(v) for v in r] for r in differ_counts(ctx.study, char)]
    widths, size = fit_widths(DIFFER_HEADER, cells, body_width_cm(doc), 9)
    grid_table(doc, DIFFER_HEADER, cells, widths=widths, size=size)
    heading(doc, "Hoe te lezen", h1)
    note(doc, EXPLANATION)
    return write_atomically_docx(doc, out)


@register("agreement-xlsx", scope=Scope.ANY, unit=None, extension=".xlsx")
def export_xlsx(ctx, out):
    """The agreement report as a workbook: one sheet per level, one with the passages per code."""
    check_target(out)
    from openpyxl import Workbook
    from openpyxl.styles import Font

    results = comparisons(ctx)
    book = Workbook()
    book.remove(book.active)
    for level, result in results.items():
        fill_sheet(book.create_sheet(LEVEL_LABELS[level.value].capitalize()), ctx.study, result)
    sheet = book.create_sheet("Verschillen")
    sheet["A1"] = "Passages waarop de codeurs verschillen"
    sheet["A1"].font = Font(bold=True, size=13)
    sheet["A2"] = interview_line(ctx.study, results[Level.CHAR])
    for col, text in enumerate(DIFFER_HEADER, start=1):
        sheet.cell(row=4, column=col, value=text).font = Font(bold=True)
    for r, values in enumerate(differ_counts(ctx.study, results[Level.CHAR]), start=5):
        for col, value in enumerate(values, start=1):
            sheet.cell(row=r, column=col, value=value)
    for letter, width in zip("ABC", (18, 30, 24)):
        sheet.column_dimensions[letter].width = width
    return write_atomically(out, lambda path: book.save(str(path)))
