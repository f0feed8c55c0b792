"""Screenshots of team work in the app, in Dutch at 1366×768: Codeurs vergelijken and the conflicts dialog.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tools.team_screenshots

Two copies of a made-up study are built through the core API in a temporary folder (deleted afterwards):
two researchers code the same interviews, correct the same sentence and give one code two labels; one
copy merges the other's exchange file. Writes docs/screenshots/team-compare-nl.png, team-conflicts-nl.png and
team-exchange-export-nl.png.
"""
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
PASSPHRASE = "schermafdrukken maken voor de documentatie"
EXCHANGE = "uitwisselen met sanne op dinsdag"
SIZE = (1366, 768)

R01 = ["Hoe kijk je naar de politie hier in de stad?",
       "Eerlijk gezegd vind ik de politie vaak wantrouwig, ze zien ons eerder als probleem dan als slachtoffer.",
       "Ik ben trots dat we nu met de zorg een eigen spreekuur hebben.",
       "Een vast aanspreekpunt bij de gemeente zou echt helpen."]
R02 = ["Hoe ziet u het contact met sekswerkers?",
       "Wij proberen sekswerkers serieus te nemen, maar het contact blijft lastig.",
       "Een vaste wijkagent voor de branche zou volgens mij helpen."]


def settle(app, seconds: float = 0.5) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def build(folder: Path):
    from storage import Study
    from storage.exchange.collect import export
    from storage.exchange.merge import merge
    from tests.storage.helpers import interview_with_transcript

    path_a, path_b = folder / "ellen" / "tilburg.veldwerk", folder / "sanne" / "tilburg.veldwerk"
    path_a.parent.mkdir()
    path_b.parent.mkdir()
    study = Study.create(path_a, name="Tilburg 2026", passphrase=PASSPHRASE)
    interview_with_transcript(study, "R01", texts=R01, seconds=12.0)
    interview_with_transcript(study, "G01", role="politie", texts=R02, seconds=9.0)
    study.close()
    shutil.copytree(path_a, path_b)
    a, b = Study.open(path_a, PASSPHRASE), Study.open(path_b, PASSPHRASE)
    a.researchers.use("Ellen")
    b.researchers.use("Sanne")
    for study, plan in ((a, [("R01", 1, 0, 50, "beeldvorming", "politie"), ("R01", 2, 0, 61, "trots", None),
                             ("R01", 3, 0, 55, "oplossingen", None), ("G01", 1, 0, 74, "beeldvorming", "sekswerker")]),
                        (b, [("R01", 1, 15, 103, "beeldvorming", "politie"), ("R01", 2, 0, 61, "trots", None),
                             ("R01", 3, 0, 55, "oplossingen", None), ("G01", 2, 0, 58, "oplossingen", None),
                             ("G01", 1, 0, 74, "beeldvorming", "sekswerker")])):
        for code, s, lo, hi, key, about in plan:
            iid = next(i.id for i in study.interviews.list() if i.participant == code)
            segs = study.transcripts.segments(study.transcripts.for_interview(iid).id)
            seg = segs[s]
            study.codings.add(seg.transcript_id, key, (seg.id, lo), (seg.id, min(hi, len(seg.text))),
                              about_role=about)
    a.codebook.update("trots", label_nl="Trots op eigen werk")
    b.codebook.update("trots", label_nl="Trots en eigenwaarde")
    iid = next(i.id for i in a.interviews.list() if i.participant == "R01")
    sa = a.transcripts.segments(a.transcripts.for_interview(iid).id)[3]
    sb = b.transcripts.segments(b.transcripts.for_interview(iid).id)[3]
    a.transcripts.edit_segment(sa.id, "Een vast aanspreekpunt bij de gemeente zou echt helpen, zegt ze.")
    b.transcripts.edit_segment(sb.id, "Een vast aanspreekpunt bij de gemeente zou echt goed helpen.")
    out = folder / "ellen.vwx"
    export(a, out, EXCHANGE, researcher="Ellen")
    merge(b, out, EXCHANGE)
    a.close()
    return b


def main() -> int:
    from desktop.app import make_app

    app = make_app()
    from desktop import i18n

    i18n.set_ui_language("nl")
    i18n.install(app, "nl")
    OUT.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="veldwerk-team-shots-"))
    try:
        study = build(folder)
        from desktop.team.compare_view import CompareDialog
        from desktop.team.conflicts_dialog import ConflictsDialog

        compare = CompareDialog(study)
        compare.resize(*SIZE)
        compare.show()
        deadline = time.monotonic() + 30
        while compare.view.char is None and time.monotonic() < deadline:
            settle(app, 0.1)
        settle(app)
        compare.grab().save(str(OUT / "team-compare-nl.png"), "PNG")
        compare.close()
        conflicts = ConflictsDialog(study)
        conflicts.resize(*SIZE)
        conflicts.show()
        conflicts.table.selectRow(1)
        settle(app)
        conflicts.grab().save(str(OUT / "team-conflicts-nl.png"), "PNG")
        conflicts.close()
        from desktop.team.exchange_dialogs import ExchangeExportDialog

        dialog = ExchangeExportDialog(study)
        dialog.path.setText("/media/usb/sanne-2026-11-28.vwx")
        dialog.show()
        settle(app)
        dialog.grab().save(str(OUT / "team-exchange-export-nl.png"), "PNG")
        dialog.close()
        study.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print("wrote", OUT / "team-compare-nl.png", OUT / "team-conflicts-nl.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
