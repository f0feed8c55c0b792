"""Dutch for the Analyse view (desktop/analysis/): refreshes analysis_nl.ts, fills in the translations
below and compiles analysis_nl.qm (the app loads every *_nl.qm).

    .venv/bin/python resources/translations/analysis_nl.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from catalog import HERE, ROOT, build_from_table  # noqa: E402

NL = {
    "&Analysis": "&Analyse",
    "Perceptions": "Beeldvorming over en weer",
    "Pride and solutions": "Trots en oplossingsrichtingen",
    "Fragments": "Fragmenten",
    "Study overview": "Studieoverzicht",
    "%1 hours": "%1 uur",
    "consent given": "toestemming gegeven",
    "partly withdrawn": "deels ingetrokken",
    "no consent yet": "nog geen toestemming",
    "withdrawn": "teruggetrokken",
    "Participants": "Deelnemers",
    "Consent": "Toestemming",
    "Interviews": "Interviews",
    "recorded": "opgenomen",
    "transcribed": "getranscribeerd",
    "interviews transcribed": "interviews getranscribeerd",
    "interviews reviewed": "interviews nagekeken",
    "not reviewed yet": "nog niet nagekeken",
    "Codings per code": "Coderingen per code",
    "no codings yet": "nog geen coderingen",
    "records damaged (not trusted)": "registratie beschadigd (niet te vertrouwen)",
}


def main() -> int:
    return build_from_table(HERE / "analysis_nl.ts", sorted(str(p) for p in (ROOT / "desktop" / "analysis").glob("*.py")), NL)


if __name__ == "__main__":
    sys.exit(main())
