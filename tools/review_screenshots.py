"""Screenshots of the pseudonymisation review screen and the known-names dialog, Dutch and English, at 1366×768.

    Xvfb :99 -screen 0 1366x768x24 &  DISPLAY=:99 /work/main/.venv/bin/python tools/review_screenshots.py

A demo study (made up, unencrypted, in a temporary folder deleted afterwards) is built through the core
API: one interview as speech recognition writes it (lower-case and misheard names, a word Whisper was
unsure of) with speech-like audio. Writes docs/screenshots/review-{nl,en}.png and known-names-{nl,en}.png.
"""
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"
SIZE = (1366, 768)

LINES = [
    ("S1", "Hoe kijk je naar de politie hier in de stad?"),
    ("S2", "Eerlijk gezegd vind ik de politie vaak wantrouwig, ze zien ons eerder als probleem."),
    ("S2", "Mijn vriend Jan de Vries uit Oisterwijk belde me gisteren om me te waarschuwen."),
    ("S2", "Later belde marieke de boer uit breda nog, en mijn collega piet van der berg ook."),
    ("S2", "Toen zei mijn buurvrouw kever dat het mis was met de controle."),
    ("S2", "Ze woont bij oisterwjik in de buurt, aan de kerk straat."),
    ("S2", "Bel hem maar op nul zes twaalf vierendertig zesenvijftig achtenzeventig."),
    ("S2", "Een vast aanspreekpunt bij de gemeente zou echt helpen."),
]
UNSURE = {"kever", "oisterwjik"}


def settle(app, seconds: float = 0.4) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def build(folder: Path):
    from storage import Study
    from tools.demo_study import consent, speechlike, timed_segments

    study = Study.create(folder / "stigma-tilburg.veldwerk", name="Stigma sekswerk Tilburg", passphrase=None)
    participant = study.participants.add("R01", "sekswerker")
    consent(study, "R01")
    iid = study.interviews.create("R01", date="2026-03-14", interviewer="AB", location="Tilburg")
    segments, duration = timed_segments(LINES, seed=3)
    for segment in segments:
        for word in segment["words"]:
            word[3] = 0.3 if word[2].strip(" ,.") in UNSURE else max(word[3], 0.8)
    rid = study.recordings.add_pcm(interview_id=iid, participant_id=participant["id"],
                                   pcm=speechlike(segments, duration, 3), sample_rate=16000)
    tid = study.transcripts.begin(iid, model="large-v3", language="nl", recording_id=rid)
    study.transcripts.append_segments(tid, segments, duration)
    study.transcripts.complete(tid)
    study.transcripts.set_speaker_names(tid, {"S1": "Interviewer", "S2": "R01"})
    return study, iid


def shoot(app, study, iid, language: str) -> None:
    from desktop import i18n
    from desktop.export.known_names import KnownNamesDialog
    from desktop.export.review import PseudonymReviewDialog

    i18n.install(app, language)
    review = PseudonymReviewDialog(study, iid)
    review.resize(*SIZE)
    review.show()
    while review.loading():
        settle(app, 0.2)
    review.table.setFocus()
    review.accept_term(review.selected_term(), advance=True)   # one decided, the next selected
    review.reject_term("kever", advance=False)
    review.select_term("oisterwjik")
    settle(app)
    path = OUT / f"review-{language}.png"
    review.grab().save(str(path), "PNG")
    print(path)
    review.close()

    dialog = KnownNamesDialog(study)
    dialog.resize(*SIZE)
    dialog.show()
    settle(app)
    dialog.term_edit.setText("Kees")
    path = OUT / f"known-names-{language}.png"
    dialog.grab().save(str(path), "PNG")
    print(path)
    dialog.close()


def main() -> int:
    from desktop.app import make_app
    from desktop.export.jobs import stop_all
    from storage.pseudonymise.known_names import add_known

    app = make_app()
    OUT.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="veldwerk-review-shots-"))
    try:
        study, iid = build(folder)
        add_known(study, "Bram van der Hoeven")
        add_known(study, "Haaren", "plaats")
        add_known(study, "Sjonnie", "naam")
        add_known(study, "De Regenboog", "instelling")
        for language in ("nl", "en"):
            shoot(app, study, iid, language)
            from storage.pseudonymise.pseudonymiser import Pseudonymiser

            reviewer = Pseudonymiser(study)
            for row in reviewer.proposals(iid):   # the same starting point for the next language
                if row["decision"] in ("accept", "reject"):
                    reviewer.undo(iid, row["term"])
        stop_all()
        study.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
