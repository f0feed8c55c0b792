"""Renders the insights handout (insights-docx) of a Dutch demo study for the documentation.

    .venv/bin/python -m tools.insights_demo [--all-pages]   # needs LibreOffice (soffice) and pdftoppm

The demo study is the progress report's (tools/actions_demo.py: themes and actions) plus a second interview per
participant with perceptions of each other and what goes well, every review finished. Built in a temporary folder
(deleted afterwards). Writes docs/screenshots/insights-p1.png (with --all-pages also insights-p2.png, ...).
"""
import argparse
import sys
import tempfile
from pathlib import Path

from tools.docx_pages import missing_tools, render_pages

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"

# (participant, [(text, code, about role or None)]); R03 gave no consent to quoting in the demo's last interview
SECOND = {
    "R01": [("Eerlijk gezegd voel ik me door de politie vaak als een probleem behandeld, niet als iemand die hulp nodig heeft.",
             "beeldvorming", "politie"),
            ("Bij de GGD word je gewoon serieus genomen, daar kom ik graag.", "beeldvorming", "ggd"),
            ("Ik ben er trots op dat we elkaar onderling waarschuwen als er iets mis is.", "trots", None)],
    "R02": [("De politie komt alleen als er iets mis is, nooit gewoon om kennis te maken.", "beeldvorming", "politie"),
            ("Mijn collega marieke de boer belde laatst nog om te zeggen dat het spreekuur goed loopt.", "trots", None)],
    "P01": [("Wij willen sekswerkers serieus nemen, maar het contact blijft lastig omdat ze ons niet vertrouwen.",
             "beeldvorming", "sekswerker"),
            ("Het spreekuur samen met de GGD werkt goed, daar komen we echt binnen.", "trots", None)],
    "G01": [("De politie is de laatste tijd een stuk toegankelijker geworden, dat merken wij ook.", "beeldvorming", "politie"),
            ("Sekswerkers weten ons steeds beter te vinden voor een test of een gesprek.", "trots", None)],
    "R03": [("De gemeente denkt bij exploitanten alleen aan handhaving en niet aan samenwerking.", "beeldvorming", "gemeente")],
}


def build(path):
    from storage.pseudonymise.review_state import ReviewState
    from tests.storage.helpers import interview_with_transcript
    from tools.actions_demo import build as build_actions

    study = build_actions(path)
    for code, lines in SECOND.items():
        iid, _ = interview_with_transcript(study, code, texts=[t for t, _, _ in lines], seconds=2.0 * len(lines))
        for n, (_, key, about) in enumerate(lines):
            study.codings.add_by_time(iid, n * 2.0, n * 2.0 + 2.0, key, about_role=about)
    study.consent.withdraw("R03", [3], researcher="AB")
    for interview in study.interviews.list():
        ReviewState(study).finish(interview.id, by="AB")
    return study


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--all-pages", action="store_true", help="render every page, not only the first")
    args = parser.parse_args()
    if missing_tools():
        print(missing_tools(), file=sys.stderr)
        return 2
    from storage.exports import export

    with tempfile.TemporaryDirectory(prefix="veldwerk-insights-demo-") as tmp:
        study = build(Path(tmp) / "demo.veldwerk")
        docx = export(study, "insights-docx", Path(tmp) / "inzichten.docx")
        study.close()
        for page in render_pages(docx, OUT, "insights-p", dpi=80, first_only=not args.all_pages):
            print(page)
    return 0


if __name__ == "__main__":
    sys.exit(main())
