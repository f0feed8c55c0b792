"""Renders the progress report (actions-docx) of a Dutch demo study for the documentation.

    .venv/bin/python -m tools.actions_demo      # needs LibreOffice (soffice) and pdftoppm

The demo study is built through the core API in a temporary folder (deleted afterwards). Writes
docs/screenshots/actions-report-1.png, -2.png, ... (one per page of the PDF LibreOffice makes of it).
"""
import sys
import tempfile
from pathlib import Path

from tools.docx_pages import missing_tools, render_pages

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"

INTERVIEWS = [
    ("R01", "sekswerker", ["Een vast aanspreekpunt bij de gemeente zou echt helpen.",
                           "En voorlichting op scholen, zodat jongeren een ander beeld krijgen."]),
    ("R02", "sekswerker", ["Een spreekuur waar je zonder afspraak terecht kunt.",
                           "Een vast aanspreekpunt, iemand die je kent."]),
    ("R03", "exploitant", ["Overleg met handhaving een keer per kwartaal.", "Duidelijke regels voor de vergunning."]),
    ("G01", "ggd", ["Een gezamenlijk spreekuur met de politie.", "Voorlichting aan agenten over sekswerk."]),
    ("P01", "politie", ["Een vaste wijkagent voor de branche.", "Voorlichting aan agenten over sekswerk."]),
]
THEMES = {
    "Vast aanspreekpunt": [("R01", 0), ("R02", 1), ("P01", 0)],
    "Voorlichting": [("R01", 1), ("G01", 1), ("P01", 1)],
    "Overleg met handhaving": [("R03", 0), ("G01", 0)],
}


def build(path):
    from storage import Study
    from storage.actions.parties import Party
    from storage.pseudonymise.store import PseudonymStore
    from tests.storage.helpers import interview_with_transcript

    study = Study.create(path, name="Stigma sekswerk Tilburg", passphrase=None)
    codings, interviews = {}, {}
    for code, role, texts in INTERVIEWS:
        iid, _ = interview_with_transcript(study, code, role, texts=texts, seconds=4.0)
        interviews[code] = iid
        for n in range(len(texts)):
            codings[(code, n)] = study.codings.add_by_time(iid, n * 2.0, n * 2.0 + 2.0, "oplossingen")
    themes = {}
    for name, fragments in THEMES.items():
        themes[name] = study.themes.add(name)
        study.themes.attach(themes[name], [codings[f] for f in fragments])
    PseudonymStore(study).set_list_entry("Stichting Zonnebloemhuis", "replace", "[ORGANISATIE]")
    A = study.actions
    a = A.add(themes["Vast aanspreekpunt"], "Eén contactpersoon voor sekswerkers bij de gemeente",
              owner=Party(role="gemeente"), members=[Party(participant="R01"), Party(role="ggd")],
              start="2026-02-01", target="2026-06-30", status="gepland", note="Afgesproken in focusgroep 1",
              on="2026-01-20", agreed_in=[interviews["R01"]])
    A.update(a, status="in gang gezet", note="Vacature uitgezet", on="2026-03-10")
    A.update(a, status="gerealiseerd", note="Contactpersoon begonnen", on="2026-08-04")
    b = A.add(themes["Vast aanspreekpunt"], "Vaste wijkagent voor de branche", owner=Party(role="politie"),
              start="2026-03-01", target="2026-05-31", status="gepland", on="2026-01-20")
    A.update(b, status="gerealiseerd", note="Wijkagent stelt zich voor op het spreekuur", on="2026-05-12")
    c = A.add(themes["Voorlichting"], "Voorlichting op twee middelbare scholen",
              owner=Party(role="ggd", organisation="GGD Hart voor Brabant"),
              members=[Party(organisation="Stichting Zonnebloemhuis"), Party(participant="R02")],
              start="2026-04-01", target="2026-10-31", status="gepland", on="2026-02-15")
    A.update(c, status="in gang gezet", note="Eerste school akkoord; Stichting Zonnebloemhuis levert ervaringsdeskundigen",
             on="2026-06-01")
    d = A.add(themes["Voorlichting"], "Training voor agenten over sekswerk", owner=Party(role="politie"),
              members=[Party(participant="G01")], target="2026-12-15", status="gepland", on="2026-03-01")
    A.update(d, note="Datum nog niet rond", on="2026-09-20", reviewed_in=[interviews["G01"]])
    e = A.add(themes["Overleg met handhaving"], "Kwartaaloverleg exploitanten en handhaving",
              owner=Party(role="handhaving"), members=[Party(participant="R03")], start="2026-01-15",
              target="2026-04-30", status="gepland", on="2026-01-10")
    A.update(e, status="gestopt", note="Handhaving kon geen vaste vertegenwoordiger leveren", on="2026-04-02")
    A.add(themes["Overleg met handhaving"], "Heldere uitleg van de vergunningsregels", owner=Party(role="gemeente"),
          status="idee", on="2026-09-01")
    return study


def main() -> int:
    if missing_tools():
        print(missing_tools(), file=sys.stderr)
        return 2
    from storage.exports import export

    with tempfile.TemporaryDirectory(prefix="veldwerk-actions-demo-") as tmp:
        study = build(Path(tmp) / "demo.veldwerk")
        docx = export(study, "actions-docx", Path(tmp) / "voortgang.docx")
        study.close()
        for page in render_pages(docx, OUT, "actions-report-", dpi=60):
            print(page)
    return 0


if __name__ == "__main__":
    sys.exit(main())
