"""Screenshots of the Export… dialog and the pseudonymisation review on a Dutch demo study.

    Xvfb :99 -screen 0 1400x900x24 &  DISPLAY=:99 .venv/bin/python -m tools.export_screenshots

The demo study is built through the core API in a temporary folder (deleted afterwards); the UI is
Dutch (the default). Writes docs/screenshots/export-dialog.png and pseudonym-review.png.
"""
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"

R01 = [
    ("S1", "Hoe kijk je naar de politie hier in de stad?"),
    ("S2", "Eerlijk gezegd vind ik de politie vaak wantrouwig, ze zien ons eerder als probleem dan als slachtoffer."),
    ("S2", "Mijn vriend Jan de Vries uit Oisterwijk belde me op 06-12345678 om me te waarschuwen voor een controle."),
    ("S2", "Sandra zei toen dat we beter samen naar het spreekuur van de GGD konden gaan."),
    ("S2", "Ik ben trots dat we nu met de zorg een eigen spreekuur hebben, op dinsdag 14 maart begonnen."),
    ("S2", "Een vast aanspreekpunt bij de gemeente Tilburg zou echt helpen."),
]
R02 = [
    ("S1", "Hoe ziet u het contact met sekswerkers?"),
    ("S2", "Wij proberen sekswerkers serieus te nemen, maar het contact blijft lastig."),
    ("S2", "Mijn collega in Breda, Pieter Bakker, heeft daar goede ervaringen mee opgedaan."),
    ("S2", "Een vaste wijkagent voor de branche zou volgens mij helpen."),
]
R03 = [
    ("S1", "Wat vindt u van de exploitanten?"),
    ("S2", "Ik vind dat exploitanten veel te weinig doen voor de vrouwen."),
    ("S2", "Ze denken alleen aan de huur van de kamers."),
]
R04 = [
    ("S1", "Hoe bereikt de GGD sekswerkers?"),
    ("S2", "Via het spreekuur en via outreach, vaak samen met Humanitas."),
    ("S2", "Sekswerkers voelen zich bij ons serieus genomen, dat horen we vaak terug."),
]


def settle(app, seconds: float = 0.4) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def build(folder: Path):
    from storage import Study
    from tests.storage.exports.conftest import segments

    study = Study.create(folder / "stigma-tilburg.veldwerk", name="Stigma sekswerk Tilburg", passphrase=None)
    ids = {}
    for code, role, lines, quotes, date in (("R01", "sekswerker", R01, True, "2026-03-14"),
                                            ("R02", "politie", R02, True, "2026-03-20"),
                                            ("R03", "klant", R03, False, "2026-03-21"),
                                            ("R04", "ggd", R04, True, "2026-03-27")):
        study.participants.add(code, role)
        study.consent.record(code, {1: True, 2: True, 3: quotes, 4: True, 5: False}, method="written", researcher="AB")
        iid = study.interviews.create(code, date=date, interviewer="AB", location="Tilburg")
        tid = study.transcripts.begin(iid, model="large-v3", language="nl")
        study.transcripts.append_segments(tid, segments(lines), len(lines) * 6.0)
        study.transcripts.complete(tid)
        study.transcripts.set_speaker_names(tid, {"S1": "Interviewer", "S2": code})
        ids[code] = iid
    add = study.codings.add_by_time
    add(ids["R01"], 6, 12, "beeldvorming", about_role="politie", memo="Wantrouwen")
    add(ids["R01"], 12, 18, "beeldvorming", about_role="sekswerker", memo="Netwerk onderling")
    add(ids["R01"], 24, 30, "trots")
    add(ids["R01"], 30, 36, "oplossingen", memo="Vast aanspreekpunt")
    add(ids["R02"], 6, 12, "beeldvorming", about_role="sekswerker")
    add(ids["R02"], 18, 24, "oplossingen")
    add(ids["R03"], 6, 12, "beeldvorming", about_role="exploitant")
    add(ids["R04"], 12, 18, "beeldvorming", about_role="ggd")
    add(ids["R04"], 6, 12, "oplossingen")
    return study, ids


def main() -> int:
    from desktop.app import make_app
    from desktop.export.dialog import ExportDialog
    from desktop.export.jobs import stop_all
    from desktop.export.review import PseudonymReviewDialog
    from storage.pseudonymise.pseudonymiser import Pseudonymiser

    app = make_app()
    from desktop import i18n

    i18n.install(app, "nl")
    OUT.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="veldwerk-export-shots-"))
    try:
        study, ids = build(folder)
        reviewer = Pseudonymiser(study)
        reviewer.keep_everywhere("Tilburg")
        reviewer.replace_everywhere("Sandra", "R05")
        reviewer.scan(ids["R01"])
        reviewer.accept(ids["R01"], "Jan de Vries", "R09")
        reviewer.add(ids["R01"], "spreekuur", kind="overig")

        dialog = ExportDialog(study, None)
        dialog.set_format("report-docx")
        dialog.path_edit.setText("/home/onderzoeker/Documenten/Stigma sekswerk Tilburg rapport.docx")
        dialog.resize(720, 440)
        dialog.show()
        while not (dialog.preview_done() and dialog.open_review_counts is not None):
            settle(app, 0.2)
        settle(app)
        dialog.grab().save(str(OUT / "export-dialog.png"), "PNG")
        print(OUT / "export-dialog.png")
        dialog.close()

        review = PseudonymReviewDialog(study, ids["R01"])
        review.resize(960, 440)
        review.show()
        while review.loading():
            settle(app, 0.2)
        review.select_term("Oisterwijk")
        settle(app)
        review.grab().save(str(OUT / "pseudonym-review.png"), "PNG")
        print(OUT / "pseudonym-review.png")
        review.close()
        stop_all()
        study.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
