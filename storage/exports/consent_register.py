"""`consent-docx`, `consent-csv`: the consent register for an ethics committee.

Per participant the consent given per item (as it stands now, after withdrawals), the form
version, method, date, researcher and withdrawals, and the ledger's verification result. It holds
pseudonym codes only, no interview content.
"""

from storage.exports.consent_view import METHOD_LABELS, facts, verification, withdrawals_text, yes_no
from storage.exports.docx_parts import (
    body_width_cm,
    fit_widths,
    grid_table,
    landscape,
    new_document,
    note,
    today,
    warning,
    write_atomically_docx,
)
from storage.exports.excerpts import check_target, write_csv
from storage.exports.registry import Scope, register


def _participants(ctx) -> list[dict]:
    if ctx.interview_id is not None:
        interview = ctx.study.interviews.get(ctx.interview_id)
        return [ctx.study.participants.by_id(interview.participant_id)]
    return ctx.study.participants.list()


def _items(study) -> list[dict]:
    """Every item number on any of the study's forms, worded as on the newest form in the study's language."""
    consent = study.consent
    from storage.consent.forms import fill

    found: dict[int, dict] = {}
    forms = sorted(consent.forms.list(), key=lambda f: (f["language"] == study.language, f["version"]))
    for form in forms:
        values = consent.forms.values(form["language"])
        for item in form["items"]:
            found[item["number"]] = dict(item, text=fill(item["text"], values))
    return [found[n] for n in sorted(found)]


def rows(ctx) -> tuple[list[str], list[list[str]], str]:
    """Header, one row per participant, and the ledger check line."""
    study = ctx.study
    items = _items(study)
    check = verification(study)
    header = ["deelnemer", "rol", "status", "formulier", "methode", "datum", "onderzoeker"]
    header += [f"item {i['number']}" for i in items] + ["intrekkingen", "ketencontrole"]
    result = []
    for p in _participants(ctx):
        f = facts(study, p["id"])
        result.append(
            [p["code"], study.role_label(p["role"]), f.state_label,
             "" if f.form_version is None else str(f.form_version), METHOD_LABELS.get(f.method, f.method), f.date,
             f.researcher]
            + [yes_no(f.items.get(i["number"])) if f.form_version is not None else "" for i in items]
            + [withdrawals_text(f), check]
        )
    return header, result, check


@register("consent-csv", scope=Scope.ANY, unit=None, extension=".csv")
def export_csv(ctx, out):
    """The register as CSV (UTF-8, comma-separated, a header row)."""
    check_target(out)
    header, body, _ = rows(ctx)
    return write_csv(out, header, body)


@register("consent-docx", scope=Scope.ANY, unit=None, extension=".docx")
def export_docx(ctx, out):
    """The register as a Word document: the ledger check, the items, a table of participants."""
    check_target(out)
    study = ctx.study
    header, body, check = rows(ctx)
    doc = new_document("Toestemmingsregister", f"{study.name} · opgemaakt op {today()}")
    landscape(doc)
    (note if check.startswith("Keten gecontroleerd: in orde") else warning)(doc, check)
    note(doc, "Per deelnemer de toestemming zoals die nu geldt (na intrekkingen), met het formulier, de methode "
              "en de datum van de laatste toestemming. Alleen pseudoniemcodes; geen interviewinhoud.")
    items = _items(study)
    if items:
        doc.add_heading("Items van het toestemmingsformulier", level=1)
        for item in items:
            doc.add_paragraph(f"{item['number']}. {item['text']}")
    doc.add_heading("Deelnemers", level=1)
    cells = [row[:-1] for row in body]
    widths, size = fit_widths(header[:-1], cells, body_width_cm(doc), 8.5)
    grid_table(doc, header[:-1], cells, widths=widths, size=size)
    return write_atomically_docx(doc, out)
