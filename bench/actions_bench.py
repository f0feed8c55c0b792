"""Benchmark: themes, actions and the progress report (actions-docx, actions-xlsx) of a large study.

Builds an encrypted study (SQLCipher) in .bench-data/actions/ through the core API: 50 interviews with
a short transcript and 4 solution codings each, 25 solution themes with 8 fragments each, 250 actions
(10 per theme) with an owner, two members, dates and 4 further history entries each (status changes
and notes, 1,250 entries). Then times the theme and action listings and both exports.

    .venv/bin/python bench/actions_bench.py [--interviews 50] [--themes 25] [--actions-per-theme 10] [--keep]

Prints the figures (there is no target in issue 16 for this report; the insights document's is < 10 s).
"""
import argparse
import os
import random
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = ROOT / ".bench-data" / "actions"
os.environ.setdefault("VELDWERK_DATA_DIR", str(DATA / "data"))
PASSPHRASE = "bench passphrase"
ROLES = ["sekswerker", "klant", "exploitant", "gemeente", "handhaving", "politie", "hulpverlening", "ggd"]
STEPS = [("gepland", "Afgesproken in de focusgroep"), (None, "Overleg gepland met de gemeente"),
         ("in gang gezet", "Eerste stappen gezet"), ("gerealiseerd", "Afgerond en besproken")]


def build(path: Path, interviews: int, themes: int, per_theme: int) -> tuple:
    from storage import Study
    from storage.actions.parties import Party

    rng = random.Random(16)
    study = Study.create(path, name="Bench acties", passphrase=PASSPHRASE)
    fragments, interview_ids = [], []
    for n in range(interviews):
        code = f"R{n + 1:02d}"
        study.participants.add(code, ROLES[n % len(ROLES)])
        iid = study.interviews.create(code, date="2026-01-15")
        interview_ids.append(iid)
        tid = study.transcripts.begin(iid, model="base", language="nl")
        segments = [{"start": i * 5.0, "end": i * 5.0 + 5.0, "text": f" Een vast aanspreekpunt zou helpen, idee {i}.",
                     "speaker": "", "confidence": 0.9, "words": []} for i in range(8)]
        study.transcripts.append_segments(tid, segments, progress_end=40.0)
        study.transcripts.complete(tid)
        for i in range(4):
            fragments.append(study.codings.add_by_time(iid, i * 10.0, i * 10.0 + 5.0, "oplossingen"))
    action_ids = []
    for t in range(themes):
        theme = study.themes.add(f"Thema {t + 1}: oplossingsrichting")
        study.themes.attach(theme, rng.sample(fragments, 8))
        for a in range(per_theme):
            aid = study.actions.add(
                theme, f"Actie {a + 1} onder thema {t + 1}", owner=Party(role=rng.choice(ROLES)),
                members=[Party(participant=f"R{rng.randrange(interviews) + 1:02d}"), Party(organisation=f"Stichting {a}")],
                start="2026-02-01", target=f"2026-{rng.randrange(3, 13):02d}-01", on="2026-01-20",
                agreed_in=[rng.choice(interview_ids)],
            )
            for step, (status, note) in enumerate(STEPS):
                study.actions.update(aid, status=status, note=note, on=f"2026-0{step + 3}-01")
            action_ids.append(aid)
    return study, action_ids


def timed(label: str, function, results: list):
    start = time.perf_counter()
    value = function()
    results.append((label, time.perf_counter() - start))
    return value


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--interviews", type=int, default=50)
    parser.add_argument("--themes", type=int, default=25)
    parser.add_argument("--actions-per-theme", type=int, default=10)
    parser.add_argument("--keep", action="store_true", help="keep the study in .bench-data/actions/")
    args = parser.parse_args()
    from storage.exports import export

    shutil.rmtree(DATA, ignore_errors=True)
    DATA.mkdir(parents=True)
    results: list = []
    study, actions = timed("build the study (core API)", lambda: build(DATA / "bench.veldwerk", args.interviews,
                                                                       args.themes, args.actions_per_theme), results)
    timed("themes.list() with support by role", study.themes.list, results)
    timed("actions.list() with parties, links and history", study.actions.list, results)
    timed("actions-docx", lambda: export(study, "actions-docx", DATA / "voortgang.docx"), results)
    timed("actions-xlsx", lambda: export(study, "actions-xlsx", DATA / "voortgang.xlsx"), results)
    study.close()
    print(f"{args.interviews} interviews, {args.themes} themes, {len(actions)} actions "
          f"({len(actions) * (len(STEPS) + 1)} history entries), encrypted")
    print("| step | seconds |\n|---|---|")
    for label, seconds in results:
        print(f"| {label} | {seconds:.2f} |")
    if not args.keep:
        shutil.rmtree(DATA, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
