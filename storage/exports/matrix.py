"""`matrix-docx`, `matrix-xlsx`, `matrix-csv`: "Beeldvorming over en weer", who says what about whom.

Rows are the speaker's role, columns the role a perception coding is about, cells count codings.
Counts are no quotes, so they include every participant; the .docx adds up to three example
quotes per non-empty cell, from participants who consented to quoting.
"""

from storage.exports import review_notice
from storage.exports.docx_parts import (
    body_width_cm,
    fill_or_drop,
    fit_widths,
    grid_table,
    landscape,
    new_document,
    note,
    shade_cell,
    today,
    warning,
    write_atomically_docx,
)
from storage.exports.excerpts import (
    check_target,
    excerpts,
    material,
    omitted_line,
    pseudonymised_line,
    write_atomically,
    write_csv,
)
from storage.exports.registry import QuoteUnit, Scope, register
from storage.exports.report_docx import ExcerptWriter

EXAMPLES_PER_CELL = 3
CORNER = "rol \\ over"


def counts(ctx) -> dict[tuple[str, str], int]:
    """{(speaker role, about role): number of perception codings} over the export's interviews."""
    result: dict[tuple[str, str], int] = {}
    for interview in ctx.interviews():
        m = material(ctx, interview)
        if m is None:
            continue
        for c in m.codings + m.withheld:  # a count is no quote: a session's withheld codings count too
            if c.perception and c.about_role:
                key = (c.role, c.about_role)  # the speaker's role (in a session: the attributed speaker)
                result[key] = result.get(key, 0) + 1
    return result


def table(ctx) -> tuple[list[str], list[list]]:
    """Header and rows (role label, counts per about-role..., total), closed by a total row."""
    roles = ctx.study.roles()
    found = counts(ctx)
    header = [CORNER] + [r["label"] for r in roles] + ["Totaal"]
    rows = []
    for speaker in roles:
        values = [found.get((speaker["key"], about["key"]), 0) for about in roles]
        rows.append([speaker["label"]] + values + [sum(values)])
    totals = [sum(row[i] for row in rows) for i in range(1, len(header))]
    rows.append(["Totaal"] + totals)
    return header, rows


@register("matrix-csv", scope=Scope.ANY, unit=None, extension=".csv")
def export_csv(ctx, out):
    """The matrix as CSV (UTF-8, comma-separated, a header row)."""
    check_target(out)
    header, rows = table(ctx)
    return write_csv(out, header, rows)


@register("matrix-xlsx", scope=Scope.ANY, unit=None, extension=".xlsx")
def export_xlsx(ctx, out):
    """The matrix as an Excel workbook, cells shaded by count."""
    check_target(out)
    from openpyxl import Workbook
    from openpyxl.formatting.rule import ColorScaleRule
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    header, rows = table(ctx)
    book = Workbook()
    sheet = book.active
    sheet.title = "Beeldvorming"
    sheet["A1"] = "Beeldvorming over en weer: wie zegt wat over wie"
    sheet["A1"].font = Font(bold=True, size=13)
    sheet["A2"] = f"{ctx.study.name} · geëxporteerd op {today()} · rijen: rol van de spreker, kolommen: over welke rol"
    first = 4
    for col, text in enumerate(header, start=1):
        cell = sheet.cell(row=first, column=col, value=text)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="E8E8E8")
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for r, values in enumerate(rows, start=first + 1):
        for col, value in enumerate(values, start=1):
            cell = sheet.cell(row=r, column=col, value=value)
            if col == 1 or r == first + len(rows):
                cell.font = Font(bold=True)
    last_col = get_column_letter(len(header) - 1)
    area = f"B{first + 1}:{last_col}{first + len(rows) - 1}"
    sheet.conditional_formatting.add(area, ColorScaleRule(start_type="num", start_value=0, start_color="FFFFFF",
                                                          end_type="max", end_color="F4A261"))
    sheet.column_dimensions["A"].width = 20
    for col in range(2, len(header) + 1):
        sheet.column_dimensions[get_column_letter(col)].width = 12
    sheet.freeze_panes = sheet.cell(row=first + 1, column=2)
    print_landscape_one_page_wide(sheet, title_row=first)
    return write_atomically(out, lambda path: book.save(str(path)))


def print_landscape_one_page_wide(sheet, *, title_row: int | None = None) -> None:
    """Print the sheet on A4 landscape, scaled to one page wide (as many pages tall as needed),
    repeating the header row on every printed page."""
    sheet.page_setup.orientation = sheet.ORIENTATION_LANDSCAPE
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    if title_row:
        sheet.print_title_rows = f"{title_row}:{title_row}"


@register("matrix-docx", scope=Scope.ANY, unit=QuoteUnit.PERCEPTION, extension=".docx")
def export_docx(ctx, out):
    """The matrix as a Word document, with example quotes for each non-empty cell."""
    check_target(out)
    study = ctx.study
    header, rows = table(ctx)
    examples = excerpts(ctx, perception_only=True)
    doc = new_document("Beeldvorming over en weer", f"{study.name} · geëxporteerd op {today()}")
    landscape(doc)
    (warning if not ctx.pseudonymise else note)(doc, pseudonymised_line(ctx))
    review_notice.write_docx(ctx, doc)
    fill_or_drop(doc.add_paragraph(), omitted_line(ctx.omitted_quotes) if ctx.omitted_quotes else "")
    note(doc, "Rijen: de rol van de spreker. Kolommen: de rol waarover de uitspraak gaat. "
              "Cellen: aantal gecodeerde fragmenten (code met ‘over welke rol’).")
    cells = [[str(v) for v in row] for row in rows]
    widths, size = fit_widths(header, cells, body_width_cm(doc), 8.5)
    grid = grid_table(doc, header, cells, widths=widths, size=size)
    peak = max([v for row in rows[:-1] for v in row[1:-1]] or [0])
    for row_cells, values in zip(grid.rows[1:-1], rows[:-1]):
        for cell, value in zip(row_cells.cells[1:-1], values[1:-1]):
            if value and peak:
                shade_cell(cell, _heat(value / peak))
    roles = study.roles()
    found = counts(ctx)
    doc.add_heading("Voorbeelden per cel", level=1)
    writer = ExcerptWriter(doc)
    for speaker in roles:
        for about in roles:
            n = found.get((speaker["key"], about["key"]), 0)
            if not n:
                continue
            doc.add_heading(f"{speaker['label']} over {about['label']} ({n})", level=2)
            cell = [e for e in examples if e.role == speaker["key"] and e.about_role == about["key"]]
            if not cell:
                note(doc, "Geen citeerbare voorbeelden.")
            for e in cell[:EXAMPLES_PER_CELL]:
                writer.write(e)
    return write_atomically_docx(doc, out)


def _heat(share: float) -> str:
    """White to the perception colour (#F4A261) by share 0..1."""
    target = (0xF4, 0xA2, 0x61)
    mixed = [round(255 + (t - 255) * (0.25 + 0.75 * share)) for t in target]
    return "#" + "".join(f"{v:02X}" for v in mixed)
