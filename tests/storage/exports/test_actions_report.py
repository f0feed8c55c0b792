"""The progress report (`actions-docx`, `actions-xlsx`), read back with python-docx and openpyxl."""
import docx
import openpyxl
import pytest

from storage.actions.parties import Party
from storage.exports import export
from storage.pseudonymise.store import PseudonymStore
from tests.storage.actions.conftest import coded  # noqa: F401 - the fixture
from tests.storage.exports.readback import zip_text

SECRET = "Pietertje Zwanenburg"


@pytest.fixture
def planned(coded, data_dir):  # noqa: F811
    ids = coded.ids
    a = coded.themes.add("Vast aanspreekpunt")
    b = coded.themes.add(f"Ideeën van {SECRET}", description=f"Wat {SECRET} voorstelde")
    coded.themes.attach(a, [ids["R01.solution"], ids["R02.solution"], ids["G01.solution"]])
    first = coded.actions.add(a, "Eén contactpersoon bij de gemeente", owner=Party(role="gemeente"),
                              members=[Party(participant="G01"), Party(organisation=f"Stichting {SECRET}")],
                              start="2026-01-15", target="2026-09-01", on="2026-01-10", note="Afgesproken",
                              agreed_in=[ids["G01.interview"]])
    coded.actions.update(first, status="gepland", note=f"{SECRET} belt de wethouder", on="2026-02-01")
    coded.actions.update(first, status="gerealiseerd", on="2026-03-01")
    second = coded.actions.add(a, "Spreekuur bij de GGD", owner=Party(participant="R01"), status="gepland", on="2026-01-10")
    third = coded.actions.add(b, "Voorlichting op scholen", on="2026-01-10")
    PseudonymStore(coded).set_list_entry(SECRET, "replace", "[NAAM]")
    coded.planned = (first, second, third)
    return coded


def _docx(path):
    document = docx.Document(str(path))
    return [p.text for p in document.paragraphs], [[[c.text for c in r.cells] for r in t.rows] for t in document.tables]


def test_docx_lists_actions_by_theme_and_status_with_history(planned, out_dir):
    paragraphs, tables = _docx(export(planned, "actions-docx", out_dir / "voortgang.docx"))
    assert paragraphs[0] == "Voortgang van de acties"
    assert tables[0] == [
        ["Thema", "Idee", "Gepland", "In gang gezet", "Gerealiseerd", "Gestopt", "Totaal"],
        ["Vast aanspreekpunt", "0", "1", "0", "1", "0", "2"],
        ["Ideeën van [NAAM]", "1", "0", "0", "0", "0", "1"],
        ["Totaal", "1", "1", "0", "1", "0", "3"],
    ]
    order = [p for p in paragraphs if p.startswith(("Thema:", "Actie ", "Idee (", "Gepland (", "Gerealiseerd ("))]
    assert order == ["Thema: Vast aanspreekpunt", "Gepland (1)", "Actie 2: Spreekuur bij de GGD", "Gerealiseerd (1)",
                     "Actie 1: Eén contactpersoon bij de gemeente", "Thema: Ideeën van [NAAM]", "Idee (1)",
                     "Actie 3: Voorlichting op scholen"]
    assert "Aangedragen door (aantal fragmenten per rol): Sekswerker 2, GGD 1." in paragraphs
    assert paragraphs[paragraphs.index("Thema: Ideeën van [NAAM]") + 1] == "Wat [NAAM] voorstelde"
    cards = [dict(tuple(row) for row in t) for t in tables if t[0][0] == "Status"]
    assert [c["Status"].split(" (")[0] for c in cards] == ["Gepland", "Gerealiseerd", "Idee"]
    realised = cards[1]
    assert realised["Status"] == "Gerealiseerd (sinds 2026-03-01)"
    assert realised["Verantwoordelijk"] == "Gemeente / beleid"
    assert realised["Betrokken"] == "G01; Stichting [NAAM]"
    assert (realised["Start"], realised["Streefdatum"]) == ("2026-01-15", "2026-09-01")
    assert realised["Gesprekken"].startswith(f"interview {planned.ids['G01.interview']} (G01, ") and "afgesproken" in realised["Gesprekken"]
    assert realised["Verloop"].split("\n") == ["2026-01-10 · Idee · Afgesproken",
                                               "2026-02-01 · Gepland · [NAAM] belt de wethouder",
                                               "2026-03-01 · Gerealiseerd"]


def test_xlsx_has_overview_actions_history_and_themes(planned, out_dir):
    book = openpyxl.load_workbook(export(planned, "actions-xlsx", out_dir / "voortgang.xlsx"))
    assert book.sheetnames == ["Overzicht", "Acties", "Verloop", "Thema's", "Tijdlijn"]
    rows = lambda name: list(book[name].iter_rows(min_row=5, values_only=True))  # noqa: E731
    assert rows("Overzicht")[-1] == ("Totaal", 1, 1, 0, 1, 0, 3)
    actions = rows("Acties")
    assert [(r[0], r[1], r[2]) for r in actions] == [
        (3, "Ideeën van [NAAM]", "Idee"), (2, "Vast aanspreekpunt", "Gepland"), (1, "Vast aanspreekpunt", "Gerealiseerd")]
    assert actions[1][5] == "R01"
    assert [(r[0], r[3], r[4], r[5]) for r in rows("Verloop") if r[0] == 1] == [
        (1, "2026-01-10", "Idee", "Afgesproken"), (1, "2026-02-01", "Gepland", "[NAAM] belt de wethouder"),
        (1, "2026-03-01", "Gerealiseerd", None)]
    assert rows("Thema's") == [(1, "Vast aanspreekpunt", 3, "Sekswerker 2, GGD 1", 2, None),
                               (2, "Ideeën van [NAAM]", 0, None, 1, "Wat [NAAM] voorstelde")]


@pytest.mark.parametrize("fmt", ["actions-docx", "actions-xlsx"])
def test_listed_terms_leave_no_trace_unless_not_pseudonymised(planned, out_dir, fmt):
    suffix = fmt.split("-")[1]
    text = zip_text(export(planned, fmt, out_dir / f"p.{suffix}"))
    assert "pietertje" not in text.lower() and "zwanenburg" not in text.lower()
    assert "[NAAM]" in text and "Gepseudonimiseerd" in text
    raw = zip_text(export(planned, fmt, out_dir / f"raw.{suffix}", pseudonymise=False))
    assert SECRET in raw and "NIET gepseudonimiseerd" in raw
    assert planned.audit.entries("export.unpseudonymised")[-1]["detail"]["format"] == fmt


@pytest.mark.parametrize("fmt", ["actions-docx", "actions-xlsx"])
def test_a_withdrawn_participant_is_not_in_the_report_but_their_actions_are(planned, out_dir, fmt):
    planned.consent.withdraw("R01")
    text = zip_text(export(planned, fmt, out_dir / f"w.{fmt.split('-')[1]}"))
    assert "R01" not in text
    assert "Spreekuur bij de GGD" in text


def test_an_empty_study_and_an_interview_given(coded, out_dir):  # noqa: F811
    paragraphs, tables = _docx(export(coded, "actions-docx", out_dir / "leeg.docx"))
    assert "Deze studie heeft nog geen oplossingsthema's of acties." in paragraphs and tables == []
    book = openpyxl.load_workbook(export(coded, "actions-xlsx", out_dir / "leeg.xlsx"))
    assert list(book["Overzicht"].iter_rows(min_row=5, values_only=True)) == [("Totaal", 0, 0, 0, 0, 0, 0)]
    # Always the whole study: an interview given (as the Export dialog and test_no_leak do) is no filter.
    coded.actions.add(coded.themes.add("Voorlichting"), "Spreekuur")
    paragraphs, _ = _docx(export(coded, "actions-docx", out_dir / "een.docx", interview_id=coded.ids["R01.interview"]))
    assert "Actie 1: Spreekuur" in paragraphs


def _fill(cell) -> str | None:
    from docx.oxml.ns import qn

    shd = cell._tc.tcPr.find(qn("w:shd")) if cell._tc.tcPr is not None else None
    return None if shd is None else shd.get(qn("w:fill"))


def test_the_timeline_shows_planned_and_realised_in_both_formats(planned, out_dir):
    document = docx.Document(str(export(planned, "actions-docx", out_dir / "t.docx")))
    grid = next(t for t in document.tables if t.rows[0].cells[0].text == "Actie")
    assert [c.text for c in grid.rows[0].cells][1:] == [f"{m}\n26" for m in ("jan", "feb", "mrt", "apr", "mei", "jun",
                                                                              "jul", "aug", "sep")]
    first = grid.rows[1].cells  # action 1: planned 2026-01-15 to 2026-09-01, realised on 2026-03-01
    assert first[0].text == "1. Eén contactpersoon bij de gemeente"
    assert [_fill(c) for c in first[1:]] == ["BDE0FE", "BDE0FE", "8AC926"] + ["BDE0FE"] * 6
    assert first[3].text == "✓"
    assert all(_fill(c) is None for row in grid.rows[2:] for c in row.cells[1:])  # actions 2 and 3 have no dates
    sheet = openpyxl.load_workbook(export(planned, "actions-xlsx", out_dir / "t.xlsx"))["Tijdlijn"]
    row = [c for c in sheet[5]]
    assert (row[0].value, row[4].value) == (1, "✓")
    assert [c.fill.fgColor.rgb[-6:] for c in row[2:11]] == ["BDE0FE", "BDE0FE", "8AC926"] + ["BDE0FE"] * 6


def test_the_timeline_picture_draws_each_action_in_its_marks(planned, out_dir):
    """The .docx carries the timeline as a picture too: realised (green) and planned (blue) blocks on action 1's
    row, nothing coloured on the rows of the actions without dates, and the legend's four colours."""
    import io

    from PIL import Image

    from storage.actions.report import progress
    from storage.actions.timeline import LEGEND, timeline
    from storage.exports.docx_parts import today
    from storage.exports.timeline_png import HEAD, ROW, timeline_png

    document = docx.Document(str(export(planned, "actions-docx", out_dir / "p.docx")))
    assert len(document.inline_shapes) == 1  # the picture above the table
    line = timeline(progress(planned, lambda text: text), today())
    image = Image.open(io.BytesIO(timeline_png(line))).convert("RGB")
    width, _ = image.size

    def colours(row: int) -> set:
        y = HEAD + ROW * row + ROW // 2
        return {"#%02X%02X%02X" % image.getpixel((x, y)) for x in range(int(width * 0.35), width - 12)}

    first = colours(0)
    assert {"#8AC926", "#BDE0FE"} <= first  # realised in March, planned the other months
    assert not ({m.color for m in LEGEND} & (colours(1) | colours(2)))  # actions 2 and 3 have no dates
    assert len(line.rows) == 3
