"""The coder comparison as rows for a table, and as an .xlsx report (storage/agreement.py computes it)."""
from pathlib import Path

from storage.agreement import Agreement, Figures
from storage.messages import number

COLUMNS = ["code", "label", "units", "agreement", "kappa", "alpha"]
LEVEL_LABELS = {"char": "tekens", "segment": "segmenten"}


def _number(value: float | None, digits: int, lang: str) -> str:
    return "–" if value is None else number(value, lang, digits)


def _row(key: str, label: str, figures: Figures, lang: str) -> dict:
    return {"code": key, "label": label, "units": figures.units,
            "agreement": "–" if figures.agreement is None else _number(100 * figures.agreement, 1, lang) + "%",
            "kappa": _number(figures.kappa, 3, lang), "alpha": _number(figures.alpha, 3, lang)}


def rows(study, result: Agreement, lang: str = "en") -> list[dict]:
    """One row per code (codebook order), then the overall row (code "*"); decimals with `lang`'s mark (the
    Dutch report writes "66,7%", the command line "66.7%")."""
    labels = {c["key"]: c["label_nl"] for c in study.codebook.list()}
    found = [_row(key, labels.get(key, key), figures, lang) for key, figures in result.per_code.items()]
    return found + [_row("*", "Totaal (alle codes)", result.overall, lang)]


def write_xlsx(study, result: Agreement, out) -> Path:
    """An .xlsx report: who was compared over which interviews, then the figures per code and overall."""
    from openpyxl import Workbook

    from storage.exports.excerpts import check_target, write_atomically

    out = check_target(out)
    book = Workbook()
    sheet = book.active
    sheet.title = "Overeenstemming"
    fill_sheet(sheet, study, result)
    return write_atomically(out, lambda path: book.save(str(path)))


def fill_sheet(sheet, study, result: Agreement) -> None:
    """Title, who was compared over which interviews, and the figures per code and overall (bold) on a sheet."""
    from openpyxl.styles import Font, PatternFill

    from storage.exports.matrix import print_landscape_one_page_wide

    labels = {c["key"]: c["label_nl"] for c in study.codebook.list()}
    sheet["A1"] = "Overeenstemming tussen codeurs"
    sheet["A1"].font = Font(bold=True, size=13)
    sheet["A2"] = f"{study.name} · codeurs: {', '.join(result.coders)} · eenheid: {LEVEL_LABELS[result.level.value]}"
    sheet["A3"] = "Interviews: " + ", ".join(str(i) for i in result.interviews)
    header = ["Code", "Label", "Eenheden", "Overeenstemming (%)", "Cohens kappa", "Krippendorffs alfa"]
    first = 5
    for col, text in enumerate(header, start=1):
        cell = sheet.cell(row=first, column=col, value=text)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="E8E8E8")
    entries = [(key, labels.get(key, key), f) for key, f in result.per_code.items()]
    entries.append(("*", "Totaal (alle codes)", result.overall))
    for r, (key, label, f) in enumerate(entries, start=first + 1):
        values = [key, label, f.units, None if f.agreement is None else round(100 * f.agreement, 2), f.kappa, f.alpha]
        for col, value in enumerate(values, start=1):
            cell = sheet.cell(row=r, column=col, value="–" if value is None and col > 3 else value)
            if col >= 5 and isinstance(value, float):
                cell.number_format = "0.000"
            if key == "*":
                cell.font = Font(bold=True)
    for letter, width in zip("ABCDEF", (18, 30, 12, 20, 14, 18)):
        sheet.column_dimensions[letter].width = width
    print_landscape_one_page_wide(sheet, title_row=first)
