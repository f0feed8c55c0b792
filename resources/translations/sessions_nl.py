"""Dutch for focus groups and meetings in the app (desktop/sessions/): refreshes sessions_nl.ts, fills in the
translations below and compiles sessions_nl.qm (the app loads every *_nl.qm).

    .venv/bin/python resources/translations/sessions_nl.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from catalog import HERE, ROOT, build_from_table  # noqa: E402

NL = {
    # menu
    "New &focus group or meeting…": "Nieuwe &focusgroep of bijeenkomst…",
    "A session with several participants, each with their own consent":
        "Een sessie met meerdere deelnemers, elk met een eigen toestemming",
    # new session
    "New focus group or meeting": "Nieuwe focusgroep of bijeenkomst",
    "&Kind:": "&Soort:",
    "YYYY-MM-DD (empty: today)": "JJJJ-MM-DD (leeg: vandaag)",
    "&Date:": "&Datum:",
    "&Location:": "&Plaats:",
    "Led &by:": "&Geleid door:",
    "Participants present (the first ticked is the session's participant of record):":
        "Aanwezige deelnemers (de eerste aangevinkte is de hoofddeelnemer van de sessie):",
    "Participants present": "Aanwezige deelnemers",
    "&Audio file…": "&Audiobestand…",
    "Import the recording of the session right away (optional)": "De opname van de sessie meteen importeren (niet verplicht)",
    "(no audio yet: import or record it later)": "(nog geen audio: later importeren of opnemen)",
    "Tick the participants present.": "Vink de aanwezige deelnemers aan.",
    "The date must be a date written as YYYY-MM-DD (for example 2026-03-02).":
        "De datum moet een datum zijn in de vorm JJJJ-MM-DD (bijvoorbeeld 2026-03-02).",
    "The session was not added: %1": "De sessie is niet toegevoegd: %1",
    # recording
    "%1 %2 with %3": "%1 %2 met %3",
    # withdrawal
    "%1 focus group(s) or meeting(s) stay for the others present; the %2 segment(s) attributed to this participant "
    "there lose their words, and their voice is silenced in the recording.":
        "%1 focusgroep(en) of bijeenkomst(en) blijven voor de andere aanwezigen; de %2 segment(en) die aan deze "
        "deelnemer zijn toegewezen verliezen daar hun woorden, en hun stem wordt in de opname stil gemaakt.",
    # speakers
    "Who is speaking?": "Wie spreekt er?",
    "Choose which participant present speaks under each speaker label. Their codings count for their role, and "
    "their consent to quoting decides whether their words appear in exports.":
        "Kies welke aanwezige deelnemer onder elk sprekerlabel spreekt. Hun coderingen tellen voor hun rol, en hun "
        "toestemming voor citeren bepaalt of hun woorden in exports verschijnen.",
    "(not attributed)": "(niet toegewezen)",
    "Participant speaking as %1": "Deelnemer die spreekt als %1",
    "Who is speaking (participants present)…": "Wie spreekt er (aanwezige deelnemers)…",
    "The speaker was not attributed: %1": "De spreker is niet toegewezen: %1",
    "Speakers attributed: %1": "Sprekers toegewezen: %1",
}


def main() -> int:
    return build_from_table(HERE / "sessions_nl.ts", sorted(str(p) for p in (ROOT / "desktop" / "sessions").glob("*.py")), NL)


if __name__ == "__main__":
    sys.exit(main())
