"""Renders the insights handout (insights-docx) of a Dutch demo study for the documentation.

    .venv/bin/python -m tools.insights_demo [--all-pages]   # needs LibreOffice (soffice) and pdftoppm

The demo study is the progress report's (tools/actions_demo.py: themes and actions) plus a second interview per
participant with perceptions of each other and what goes well, every review finished. Built in a temporary folder
(deleted afterwards). Writes docs/screenshots/insights-p1.png (with --all-pages also insights-p2.png, ...).
"""
import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

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
    if not shutil.which("soffice") or not shutil.which("pdftoppm"):
        print("Needs LibreOffice (soffice) and pdftoppm (poppler-utils).", file=sys.stderr)
        return 2
    from storage.exports import export

    folder = Path(tempfile.mkdtemp(prefix="veldwerk-insights-demo-"))
    try:
        study = build(folder / "demo.veldwerk")
        docx = export(study, "insights-docx", folder / "inzichten.docx")
        study.close()
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(folder), str(docx)],
                       check=True, capture_output=True, timeout=300)
        for old in OUT.glob("insights-p*.png"):
            old.unlink()
        pages = [] if args.all_pages else ["-f", "1", "-l", "1"]
        subprocess.run(["pdftoppm", "-png", "-r", "80", *pages, str(folder / "inzichten.pdf"), str(folder / "page")],
                       check=True, timeout=300)
        for n, page in enumerate(sorted(folder.glob("page-*.png")), start=1):
            target = OUT / f"insights-p{n}.png"
            shutil.move(page, target)
            print(target)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
