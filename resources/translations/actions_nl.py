"""Dutch for the Acties view (desktop/actions/): refreshes actions_nl.ts, fills in the translations below and
compiles actions_nl.qm (the app loads every *_nl.qm).

    .venv/bin/python resources/translations/actions_nl.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from catalog import HERE, ROOT, build_from_table  # noqa: E402

NL = {
    "Attach the selected fragments to the theme": "De geselecteerde fragmenten aan het thema koppelen",
    "Change the status of the selected action": "De status van de geselecteerde actie wijzigen",
    "Take the selected fragment out of its theme": "Het geselecteerde fragment uit zijn thema halen",
    # menu
    "&Actions and themes…": "&Acties en thema's…",
    "Group solutions into themes and follow the action plans":
        "Oplossingen in thema's groeperen en de actieplannen volgen",
    # view
    "Actions and themes – %1": "Acties en thema's – %1",
    "&Role:": "&Rol:",
    "Res&ponsible:": "&Verantwoordelijk:",
    "All roles": "Alle rollen",
    "Everyone": "Iedereen",
    "(no one responsible)": "(niemand verantwoordelijk)",
    "Solution fragments": "Fragmenten over oplossingen",
    "Themes": "Thema's",
    "&New theme…": "&Nieuw thema…",
    "A&ttach to theme": "Aan &thema koppelen",
    "Attach the selected fragments to the selected theme (Ctrl+Enter)":
        "De gekozen fragmenten aan het gekozen thema koppelen (Ctrl+Enter)",
    "&Detach": "&Loskoppelen",
    "Take the selected fragment out of its theme (Delete)": "Het gekozen fragment uit zijn thema halen (Delete)",
    "New &action…": "Nieuwe &actie…",
    "&Edit action…": "Actie &bewerken…",
    "Change &status…": "&Status wijzigen…",
    "Move the selected action to another status (Ctrl+Shift+S)":
        "De gekozen actie naar een andere status verplaatsen (Ctrl+Shift+S)",
    "History of the selected action:": "Verloop van de gekozen actie:",
    "in 1 theme": "in 1 thema",
    "in %1 themes": "in %1 thema's",
    "No fragments yet": "Nog geen fragmenten",
    "%1: 1 fragment": "%1: 1 fragment",
    "%1: %2 fragments": "%1: %2 fragmenten",
    "Brought up by %1": "Genoemd door %1",
    "Theme: %1": "Thema: %1",
    "Responsible: %1": "Verantwoordelijk: %1",
    "Target date: %1": "Streefdatum: %1",
    "New theme": "Nieuw thema",
    "Name of the solution theme:": "Naam van het oplossingsthema:",
    "The theme was not added: %1": "Het thema is niet toegevoegd: %1",
    "Select one or more fragments and a theme first.": "Kies eerst een of meer fragmenten en een thema.",
    "These fragments already support this theme.": "Deze fragmenten horen al bij dit thema.",
    "Not attached: %1": "Niet gekoppeld: %1",
    "1 fragment attached.": "1 fragment gekoppeld.",
    "%1 fragments attached.": "%1 fragmenten gekoppeld.",
    "Select a fragment under a theme first.": "Kies eerst een fragment onder een thema.",
    "Not detached: %1": "Niet losgekoppeld: %1",
    "Add a theme first: every action belongs to a theme.": "Voeg eerst een thema toe: elke actie hoort bij een thema.",
    "Select an action first.": "Kies eerst een actie.",
    "Change status": "Status wijzigen",
    "New status:": "Nieuwe status:",
    "Note with the change to “%1” (optional):": "Notitie bij de wijziging naar ‘%1’ (mag leeg blijven):",
    "The status was not changed: %1": "De status is niet gewijzigd: %1",
    "Action #%1 is now “%2”.": "Actie #%1 is nu ‘%2’.",
    # the insights handout
    "S&hare insights (.docx)…": "In&zichten delen (.docx)…",
    "A plain-language handout for participants: perceptions, what goes well, solution themes and open actions, pseudonymised":
        "Een document in gewone taal voor deelnemers: beeldvorming, wat goed gaat, oplossingsthema's en open acties, "
        "gepseudonimiseerd",
    "Writing the insights handout… Loading the pseudonymiser takes about a minute the first time.":
        "Het inzichtendocument wordt gemaakt… De eerste keer duurt het laden van de pseudonimisering ongeveer een minuut.",
    "The insights handout was not written: %1": "Het inzichtendocument is niet gemaakt: %1",
    "whole study": "hele studie",
    "Insights": "Inzichten",
    "Share insights": "Inzichten delen",
    "Word document (*.docx)": "Word-document (*.docx)",
    "Insights handout written to %1. Read it before you share it.":
        "Inzichtendocument opgeslagen als %1. Lees het na voordat u het deelt.",
    "Review not finished for %1: their quotes are left out.":
        "Controle niet afgerond voor %1: hun citaten zijn weggelaten.",
    # action dialog
    "New action": "Nieuwe actie",
    "Edit action": "Actie bewerken",
    "What will be done?": "Wat gaat er gebeuren?",
    "(no role)": "(geen rol)",
    "Participant code (R01) or organisation": "Deelnemerscode (R01) of organisatie",
    "Separated by commas: a role, a participant code or an organisation":
        "Gescheiden door komma's: een rol, een deelnemerscode of een organisatie",
    "YYYY-MM-DD": "JJJJ-MM-DD",
    "e.g. GGD, R03, Stichting Ons Huis": "bijv. GGD, R03, Stichting Ons Huis",
    "&Theme:": "&Thema:",
    "&What:": "&Wat:",
    "Responsible &role:": "Verantwoordelijke &rol:",
    "Responsible &person or organisation:": "Verantwoordelijke &persoon of organisatie:",
    "&Others taking part:": "&Doen ook mee:",
    "&Start date:": "&Startdatum:",
    "Ta&rget date:": "Stree&fdatum:",
    "St&atus:": "St&atus:",
    "The start date must be a date written as YYYY-MM-DD (for example 2026-03-01).":
        "De startdatum moet een datum zijn in de vorm JJJJ-MM-DD (bijvoorbeeld 2026-03-01).",
    "The target date must be a date written as YYYY-MM-DD (for example 2026-09-01).":
        "De streefdatum moet een datum zijn in de vorm JJJJ-MM-DD (bijvoorbeeld 2026-09-01).",
    "The target date lies before the start date.": "De streefdatum ligt vóór de startdatum.",
    "Say what the action is.": "Zeg wat de actie is.",
    "Name a role, a participant code or an organisation for each party, not a participant and an organisation together.":
        "Noem voor elke partij een rol, een deelnemerscode of een organisatie, niet een deelnemer én een organisatie samen.",
    "The action was not saved: %1": "De actie is niet opgeslagen: %1",
}


def main() -> int:
    return build_from_table(HERE / "actions_nl.ts", sorted(str(p) for p in (ROOT / "desktop" / "actions").glob("*.py")), NL)


if __name__ == "__main__":
    sys.exit(main())
