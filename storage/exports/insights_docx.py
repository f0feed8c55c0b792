"""`insights-docx`: the handout that shares what was heard with the participants (issue 16 item 4).

Plain-language Dutch, for a member check or to prepare a focus group: how the groups see each other (the
perception network picture and, per role pair, how often, what was named most and a few short quotes), what goes
well, the solution themes with who brought them up, and the open actions. What is chosen, and every rule about
consent, pseudonymisation and reviewed interviews, is in storage/insights.py; this module only writes it.
Always pseudonymised (registered with `always_pseudonymised=True`).
"""
from docx.shared import Cm, Pt

from storage.exports import QuoteUnit, Scope, register
from storage.exports.docx_parts import (
    GREY,
    body_width_cm,
    fit_widths,
    grid_table,
    heading,
    new_document,
    note,
    styles,
    today,
    warning,
)
from storage.exports.excerpts import check_target, omitted_line, write_atomically
from storage.exports.network_png import network_png
from storage.insights import gather

FORMAT = "insights-docx"
TITLE = "Wat we hoorden"
H_PERCEPTIONS = "Hoe we elkaar zien"
H_PRIDE = "Wat goed gaat"
H_SOLUTIONS = "Oplossingsrichtingen"
H_ACTIONS = "Open acties"
H_RESEARCHER = "Voor de onderzoeker"
PICTURE_CM = 14.5


def _times(n: int) -> str:
    return "1 keer" if n == 1 else f"{n} keer"


def _people(n: int) -> str:
    return "1 persoon" if n == 1 else f"{n} mensen"


def _topics(topics) -> str:
    return "Vaak genoemd: " + ", ".join(f"{label} ({n})" for label, n in topics) + "." if topics else ""


def _quote(doc, quote) -> None:
    paragraph = doc.add_paragraph()
    paragraph.paragraph_format.left_indent = Cm(0.8)
    paragraph.paragraph_format.space_after = Pt(3)
    text = paragraph.add_run(f"“{quote.text}”")
    text.italic = True
    who = paragraph.add_run(f" — {quote.role_label}")
    who.font.size = Pt(9)
    who.font.color.rgb = GREY


def _quotes(doc, quotes, none: str) -> None:
    if not quotes:
        note(doc, none, italic=True)
    for quote in quotes:
        _quote(doc, quote)


def _list_and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " en " + items[-1] if items else ""


def _researcher_notes(ctx, doc, found) -> None:
    """What the researcher must know before handing it out: grey when fine, red when not."""
    heading(doc, H_RESEARCHER, styles(doc, "Heading 3")[0])
    note(doc, "Gepseudonimiseerd: namen, plaatsen, telefoonnummers, e-mailadressen en data zijn vervangen; citaten "
              "staan er alleen met de rol van de spreker. Lees het document na voordat u het deelt, en haal dit kader weg.")
    if ctx.omitted_quotes:
        note(doc, omitted_line(ctx.omitted_quotes))
    if found.unreviewed:
        which = ", ".join(f"{i['id']} ({i['participant']})" for i in found.unreviewed)
        warning(doc, f"Pseudonimisering NIET afgerond voor interview {which}: er staan geen citaten uit in "
                     "(wel in de tellingen). Rond de controle af en maak het document opnieuw om ze te gebruiken.")
    else:
        note(doc, "Pseudonimisering nagekeken voor elk interview waaruit geciteerd wordt.")
    for interview in found.incomplete:
        warning(doc, f"ONVOLLEDIG: de transcriptie van interview {interview.id} ({interview.participant}) is nog "
                     "niet klaar; alleen wat tot nu toe is getranscribeerd telt mee.")


def _intro(doc, found) -> None:
    if not found.interviews:
        doc.add_paragraph("Er zijn nog geen uitgeschreven gesprekken om samen te vatten.")
        return
    groups = _list_and(found.roles_heard)
    doc.add_paragraph(
        f"In dit document staat wat we hoorden in {found.interviews} "
        f"{'gesprek' if found.interviews == 1 else 'gesprekken'} met deelnemers uit de groepen {groups}. We delen het om samen te bespreken: "
        "herkent u zich hierin, en wat ontbreekt er?")
    doc.add_paragraph(
        "De citaten zijn kort en zonder namen. Namen, plaatsen en andere gegevens waaraan iemand te herkennen is, "
        "zijn vervangen door bijvoorbeeld [NAAM] of [PLAATS]. We citeren alleen mensen die daar toestemming voor gaven.")


def _perceptions(doc, found, h1, h2) -> None:
    heading(doc, f"1. {H_PERCEPTIONS}", h1)
    if not found.matrix:
        doc.add_paragraph("Er zijn nog geen uitspraken over elkaar gecodeerd.")
        return
    doc.add_paragraph("Wie zegt wat over wie? Elke pijl loopt van de groep die spreekt naar de groep waarover het "
                      "gaat. Hoe dikker de pijl, hoe vaker het ter sprake kwam; het getal zegt hoe vaak. Een rondje "
                      "bij een groep: uitspraken over de eigen groep.")
    import io

    picture = doc.add_paragraph()
    picture.paragraph_format.keep_with_next = True
    picture.add_run().add_picture(io.BytesIO(network_png(found.matrix, found.roles)),
                                  width=Cm(min(PICTURE_CM, body_width_cm(doc))))
    note(doc, "Figuur: beeldvorming over en weer (aantal gecodeerde uitspraken).", italic=True)
    for pair in found.pairs:
        about = "de eigen groep" if pair.speaker == pair.about else pair.about_label
        heading(doc, f"{pair.speaker_label} over {about}", h2)
        line = f"{_times(pair.count)} ter sprake gekomen."
        if pair.topics:
            line += " " + _topics(pair.topics)
        doc.add_paragraph(line).paragraph_format.keep_with_next = True
        _quotes(doc, pair.quotes, "Geen citaat dat we mogen delen.")
    if found.other_pairs:
        note(doc, f"En nog {found.other_pairs} andere combinaties van groepen, minder vaak genoemd.")


def _per_role(doc, sections, h2, empty: str) -> None:
    if not sections:
        doc.add_paragraph(empty)
    for section in sections:
        heading(doc, section.label, h2)
        line = f"{_times(section.count)} genoemd."
        if section.topics:
            line += " " + _topics(section.topics)
        doc.add_paragraph(line).paragraph_format.keep_with_next = True
        _quotes(doc, section.quotes, "Geen citaat dat we mogen delen.")


def _solutions(doc, found, h1, h2) -> None:
    heading(doc, f"3. {H_SOLUTIONS}", h1)
    if not found.themes:
        doc.add_paragraph("Wat deelnemers voorstelden, per groep (de voorstellen zijn nog niet in thema's "
                          "gebundeld).").paragraph_format.keep_with_next = True
        _per_role(doc, found.solutions, h2, "Er zijn nog geen oplossingen gecodeerd.")
        return
    doc.add_paragraph("De voorstellen die we hoorden, gebundeld in thema's. Per thema: welke groepen het noemden en hoe "
                      "vaak.").paragraph_format.keep_with_next = True
    for theme in found.themes:
        heading(doc, theme.name, h2)
        if theme.description:
            doc.add_paragraph(theme.description)
        if theme.support:
            parts = [f"{s['label']} ({_times(s['fragments'])}, door {_people(s['participants'])})" for s in theme.support]
            doc.add_paragraph("Genoemd door: " + "; ".join(parts) + ".").paragraph_format.keep_with_next = bool(theme.quotes)
        else:
            doc.add_paragraph("Nog niet gekoppeld aan uitspraken uit de gesprekken.")
        for quote in theme.quotes:
            _quote(doc, quote)


def _actions(doc, found, h1) -> None:
    heading(doc, f"4. {H_ACTIONS}", h1)
    if not found.actions:
        doc.add_paragraph("Er zijn nog geen open acties.")
        return
    doc.add_paragraph("Acties die zijn bedacht of afgesproken en nog niet klaar zijn.").paragraph_format.keep_with_next = True
    header = ["Wat", "Thema", "Stand", "Wie", "Wanneer klaar"]
    rows = [[a.what, a.theme, a.status.label_nl, a.who or "nog niet bekend", a.target or "—"] for a in found.actions]
    widths, size = fit_widths(header, rows, body_width_cm(doc), 9.5)
    grid_table(doc, header, rows, widths=widths, size=size)


def write(ctx, out):
    """The handout as .docx (registered below; the export pipeline refuses it unpseudonymised)."""
    check_target(out)
    found = gather(ctx)
    doc = new_document(TITLE, f"{ctx.study.name} · {today()}")
    h1, h2 = styles(doc, "Heading 1", "Heading 2")
    _researcher_notes(ctx, doc, found)
    _intro(doc, found)
    _perceptions(doc, found, h1, h2)
    heading(doc, f"2. {H_PRIDE}", h1)
    doc.add_paragraph("Waar deelnemers trots op zijn en wat volgens hen goed gaat, per groep.").paragraph_format.keep_with_next = True
    _per_role(doc, found.pride, h2, "Er is nog niets gecodeerd over wat goed gaat.")
    _solutions(doc, found, h1, h2)
    _actions(doc, found, h1)
    return write_atomically(out, lambda path: doc.save(str(path)))


register(FORMAT, scope=Scope.ANY, unit=QuoteUnit.CODINGS, extension=".docx", always_pseudonymised=True)(write)
