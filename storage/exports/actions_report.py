"""`actions-docx`, `actions-xlsx`: the progress report of the action plans, for the closing session and the funder.

All actions by solution theme and status, with owner, members, start and target date, the interviews or
sessions where they were agreed or reviewed, and their dated history of status changes and notes. A theme
shows its support: how many solution fragments each role brought up (counts, no quotes). Free text (theme
names, actions, organisations, notes) passes the study's replacement list; owners and members who are
participants appear by their code, a pseudonym already.
"""
import io

from docx.shared import Cm

from storage.actions.redact import ListRedactor
from storage.actions.report import progress
from storage.actions.status import ActionStatus
from storage.actions.timeline import LEGEND, timeline
from storage.exports.docx_parts import (
    body_width_cm,
    fit_widths,
    grid_table,
    heading,
    key_value_table,
    landscape,
    new_document,
    note,
    set_widths,
    shade_cell,
    styles,
    today,
    warning,
    write_atomically_docx,
)
from storage.exports.excerpts import check_target, write_atomically
from storage.exports.registry import Scope, register
from storage.exports.timeline_png import timeline_png

TITLE = "Voortgang van de acties"
STATUS_HEADER = [s.label_nl for s in ActionStatus]


def _sections(ctx):
    """Always the whole study (like the codebook formats, an interview given is no filter)."""
    return progress(ctx.study, ListRedactor(ctx.study, enabled=ctx.pseudonymise))


def pseudonymised_line(ctx) -> str:
    if ctx.pseudonymise:
        return ("Gepseudonimiseerd: termen op de vervangingslijst van de studie zijn vervangen; "
                "deelnemers staan er met hun code.")
    return "NIET gepseudonimiseerd: namen en organisaties staan er zoals ingevoerd. Behandel dit document als vertrouwelijk."


def overview(sections) -> tuple[list[str], list[list]]:
    """Header and rows: per theme the number of actions in each status and in total, closed by a total row."""
    header = ["Thema"] + STATUS_HEADER + ["Totaal"]
    rows = []
    for section in sections:
        counts = [section.counts()[s] for s in ActionStatus]
        rows.append([section.name] + counts + [sum(counts)])
    rows.append(["Totaal"] + [sum(r[i] for r in rows) for i in range(1, len(header))])
    return header, rows


def _history_text(action) -> str:
    return "\n".join(" · ".join(p for p in (h.on_date, h.status.label_nl, h.note) if p) for h in action.history)


@register("actions-docx", scope=Scope.STUDY, unit=None, extension=".docx")
def export_docx(ctx, out):
    """The progress report as a Word document."""
    check_target(out)
    sections = _sections(ctx)
    doc = new_document(TITLE, f"{ctx.study.name} · geëxporteerd op {today()}")
    (warning if not ctx.pseudonymise else note)(doc, pseudonymised_line(ctx))
    if not sections:
        note(doc, "Deze studie heeft nog geen oplossingsthema's of acties.")
        return write_atomically_docx(doc, out)
    landscape(doc)
    header, rows = overview(sections)
    cells = [[str(v) for v in r] for r in rows]
    widths, size = fit_widths(header, cells, body_width_cm(doc), 9)
    grid_table(doc, header, cells, widths=widths, size=size)
    h1, h2 = styles(doc, "Heading 1", "Heading 2")
    _timeline_docx(doc, timeline(sections, today()), h1)
    for section in sections:
        heading(doc, f"Thema: {section.name}", h1)
        if section.description:
            note(doc, section.description, italic=True).paragraph_format.keep_with_next = True
        support = (f"Aangedragen door (aantal fragmenten per rol): {section.support}." if section.support
                   else "Nog geen fragmenten aan dit thema gekoppeld.")
        note(doc, support).paragraph_format.keep_with_next = bool(section.actions)
        if not section.actions:
            note(doc, "Nog geen acties.")
        for status, actions in section.by_status():
            heading(doc, f"{status.label_nl} ({len(actions)})", h2)
            for action in actions:
                title = doc.add_paragraph()
                title.add_run(f"Actie {action.id}: {action.what}").bold = True
                title.paragraph_format.keep_with_next = True
                card = key_value_table(doc, [
                    ("Status", f"{action.status.label_nl} (sinds {action.since})"),
                    ("Verantwoordelijk", action.owner or "—"), ("Betrokken", action.members or "—"),
                    ("Start", action.start or "—"), ("Streefdatum", action.target or "—"),
                    ("Gesprekken", action.links or "—"), ("Verloop", _history_text(action)),
                ])
                set_widths(card, [CARD_LABEL_CM, CARD_VALUE_CM])
                _keep_together(card)
    return write_atomically_docx(doc, out)


def _keep_together(table) -> None:
    """An action's card stays on one page with its title: no row breaks, every row keeps with the next."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    for n, row in enumerate(table.rows):
        trpr = row._tr.get_or_add_trPr()
        if trpr.find(qn("w:cantSplit")) is None:
            trpr.append(OxmlElement("w:cantSplit"))
        if n < len(table.rows) - 1:
            for cell in row.cells:
                for paragraph in cell.paragraphs:
                    paragraph.paragraph_format.keep_with_next = True


TIMELINE_TITLE = "Tijdlijn: gepland en gerealiseerd"
LABEL_CM = 6.5
CARD_LABEL_CM, CARD_VALUE_CM = 4.2, 15.8  # the label column fits "Verantwoordelijk" in bold


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def _timeline_docx(doc, line, style) -> None:
    """The timeline as a table: one row per action, one column per period, cells shaded by Mark."""
    if line is None:
        return
    heading(doc, TIMELINE_TITLE, style)
    picture = doc.add_paragraph()  # the picture first (planned against realised at a glance), the table below it
    picture.paragraph_format.keep_with_next = True
    rows = [_short(f"{r.action_id}. {r.what}") for r in line.rows]
    picture.add_run().add_picture(io.BytesIO(timeline_png(line, rows)), width=Cm(body_width_cm(doc)))
    legend = grid_table(doc, [m.label_nl for m in LEGEND], [], widths=[4.0] * len(LEGEND), size=8)
    for cell, mark in zip(legend.rows[0].cells, LEGEND):
        shade_cell(cell, mark.color)
    doc.add_paragraph()
    header = ["Actie"] + [p.label.replace(" ", "\n") for p in line.periods]
    rows = [[_short(f"{r.action_id}. {r.what}")] + [m.symbol for m in line.marks(r)] for r in line.rows]
    width = (body_width_cm(doc) - LABEL_CM) / len(line.periods)
    table = grid_table(doc, header, rows,
                       widths=[LABEL_CM] + [width] * len(line.periods), size=7)
    for row, action in zip(table.rows[1:], line.rows):
        for cell, mark in zip(row.cells[1:], line.marks(action)):
            if mark.color:
                shade_cell(cell, mark.color)
    doc.add_paragraph()
    note(doc, f"Vandaag: {line.today}. Gepland: van de startdatum (of de dag van vastleggen) tot de streefdatum.")


@register("actions-xlsx", scope=Scope.STUDY, unit=None, extension=".xlsx")
def export_xlsx(ctx, out):
    """The progress report as an Excel workbook: overview, actions, history and themes on four sheets."""
    check_target(out)
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    from storage.exports.matrix import print_landscape_one_page_wide

    sections = _sections(ctx)
    book = Workbook()
    book.remove(book.active)

    def sheet(title: str, header: list[str], rows: list[list], widths: list[int], first: int = 4):
        ws = book.create_sheet(title)
        ws["A1"] = f"{TITLE} · {title}"
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = f"{ctx.study.name} · geëxporteerd op {today()} · {pseudonymised_line(ctx)}"
        if not ctx.pseudonymise:
            ws["A2"].font = Font(bold=True, color="B00020")
        for col, text in enumerate(header, start=1):
            cell = ws.cell(row=first, column=col, value=text)
            cell.font = Font(bold=True)
            cell.fill = PatternFill("solid", fgColor="E8E8E8")
        for r, values in enumerate(rows, start=first + 1):
            for col, value in enumerate(values, start=1):
                ws.cell(row=r, column=col, value=value).alignment = Alignment(wrap_text=True, vertical="top")
        for col, width in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(col)].width = width
        ws.freeze_panes = ws.cell(row=first + 1, column=1)
        print_landscape_one_page_wide(ws, title_row=first)
        return ws

    header, rows = overview(sections)
    summary = sheet("Overzicht", header, rows, [40] + [14] * (len(header) - 1))
    for cell in summary[4 + len(rows)]:
        cell.font = Font(bold=True)
    actions = [a for s in sections for a in s.actions]
    theme_of = {a.id: s.name for s in sections for a in s.actions}
    order = list(ActionStatus)
    actions.sort(key=lambda a: (theme_of[a.id], order.index(a.status), a.id))
    sheet("Acties", ["Nr", "Thema", "Status", "Sinds", "Actie", "Verantwoordelijk", "Betrokken", "Start", "Streefdatum",
                     "Gesprekken"],
          [[a.id, theme_of[a.id], a.status.label_nl, a.since, a.what, a.owner, a.members, a.start, a.target, a.links]
           for a in actions], [6, 24, 14, 12, 40, 24, 30, 12, 12, 30])
    sheet("Verloop", ["Nr", "Thema", "Actie", "Datum", "Status", "Notitie"],
          [[a.id, theme_of[a.id], a.what, h.on_date, h.status.label_nl, h.note] for a in actions for h in a.history],
          [6, 24, 40, 12, 14, 50])
    sheet("Thema's", ["Nr", "Thema", "Fragmenten", "Aangedragen door", "Acties", "Omschrijving"],
          [[s.id, s.name, s.fragments, s.support, len(s.actions), s.description] for s in sections],
          [6, 40, 12, 40, 8, 50])
    line = timeline(sections, today())
    if line is not None:
        ws = sheet("Tijdlijn", ["Nr", "Actie"] + [p.label for p in line.periods],
                   [[r.action_id, r.what] + [m.symbol or None for m in line.marks(r)] for r in line.rows],
                   [6, 40] + [7] * len(line.periods))
        ws["A1"] = f"{TITLE} · {TIMELINE_TITLE}"
        for r, row in enumerate(line.rows, start=5):
            for c, mark in enumerate(line.marks(row), start=3):
                if mark.color:
                    ws.cell(row=r, column=c).fill = PatternFill("solid", fgColor=mark.color.lstrip("#"))
        below = 6 + len(line.rows)
        ws.cell(row=below, column=2, value=f"Vandaag: {line.today}")
        for n, mark in enumerate(LEGEND, start=below + 1):
            ws.cell(row=n, column=2, value=mark.label_nl).fill = PatternFill("solid", fgColor=mark.color.lstrip("#"))
    return write_atomically(out, lambda path: book.save(str(path)))
