"""Dutch for team work in the app (desktop/team/: Studie ▸ Uitwisselen, the conflicts dialog, Codering ▸
Codeurs vergelijken): refreshes team_nl.ts, fills in the translations below and compiles team_nl.qm.

    .venv/bin/python resources/translations/team_nl.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from catalog import HERE, ROOT, build_from_table  # noqa: E402

NL = {
    # Coding ▸ Compare coders
    "Compare coders": "Codeurs vergelijken",
    "Close": "Sluiten",
    "Export the agreement report…": "Overeenstemmingsrapport exporteren…",
    "Comparing…": "Bezig met vergelijken…",
    "Code": "Code",
    "Characters": "Tekens",
    "Agreement": "Overeenstemming",
    "Kappa": "Kappa",
    "Alpha": "Alfa",
    "Segments": "Segmenten",
    "per character": "per teken",
    "per segment": "per segment",
    "Passages where the coders differ, on code:": "Passages waarop de codeurs verschillen, bij code:",
    "Double-click a passage to open it in the editor": "Dubbelklik op een passage om die in de editor te openen",
    "Coders: %1 · interviews: %2 · %3 passage(s) where they differ":
        "Codeurs: %1 · interviews: %2 · %3 passage(s) waarop ze verschillen",
    "All codes": "Alle codes",
    "any code": "elke code",
    "Interview": "Interview",
    "Time": "Tijd",
    "Text": "Tekst",
    "Play this passage": "Deze passage afspelen",
    "This interview has no audio": "Dit interview heeft geen audio",
    "(did not code this interview)": "(heeft dit interview niet gecodeerd)",
    "● marks the codes the coders differ on": "● markeert de codes waarop de codeurs verschillen",
    "%n passage(s)": ("%n passage", "%n passages"),
    # the conflicts dialog
    "Codebook: code": "Codeboek: code",
    "Coding": "Codering",
    "Transcript text": "Transcripttekst",
    "Coding removed there": "Codering daar verwijderd",
    "code %1": "code %1",
    "not in this copy": "niet in deze kopie",
    "interview %1, segment %2": "interview %1, segment %2",
    "Removed in their copy.": "Verwijderd in hun kopie.",
    "(not in this copy)": "(niet in deze kopie)",
    "Label (Dutch): %1": "Label (Nederlands): %1",
    "Label (English): %1": "Label (Engels): %1",
    "Colour: %1": "Kleur: %1",
    "Under: %1": "Onder: %1",
    "Description: %1": "Beschrijving: %1",
    "Code: %1": "Code: %1",
    "About: %1": "Over: %1",
    "Memo: %1": "Memo: %1",
    "Coded text: %1": "Gecodeerde tekst: %1",
    "Conflicts from exchanges": "Conflicten uit uitwisselingen",
    "Both copies changed these items. Nothing was overwritten: choose per item which version stays. Keeping "
    "yours also tells the other copy at the next exchange.":
        "Beide kopieën hebben deze onderdelen veranderd. Er is niets overschreven: kies per onderdeel welke versie "
        "blijft. Als je de jouwe houdt, hoort de andere kopie dat bij de volgende uitwisseling.",
    "What": "Wat",
    "Where": "Waar",
    "From": "Van",
    "In this copy (yours)": "In deze kopie (van jou)",
    "Theirs": "Van de ander",
    "Keep mine": "Mijne houden",
    "Take theirs": "Die van de ander nemen",
    "%n conflict(s) still open.": ("Nog %n conflict open.", "Nog %n conflicten open."),
    "No open conflicts: every exchange is settled.": "Geen open conflicten: elke uitwisseling is afgehandeld.",
    "Theirs (%1)": "Van %1",
    "No sound device could be opened; the passage plays without sound.":
        "Er kon geen geluidsapparaat worden geopend; de passage speelt zonder geluid.",
    "Their version cannot be placed: this text is not in this copy.":
        "Hun versie kan niet worden geplaatst: deze tekst staat niet in deze kopie.",
    "You removed this coding in this copy; they changed it.":
        "Je hebt deze codering in deze kopie verwijderd; de ander heeft hem veranderd.",
    # the merge's counts
    "codes added": "codes toegevoegd",
    "codes updated": "codes bijgewerkt",
    "codes kept (yours is newer)": "codes behouden (de jouwe is nieuwer)",
    "codings added": "coderingen toegevoegd",
    "codings updated": "coderingen bijgewerkt",
    "codings kept (yours is newer)": "coderingen behouden (de jouwe is nieuwer)",
    "codings you removed, left removed": "coderingen die jij verwijderde, blijven verwijderd",
    "transcript corrections taken": "transcriptcorrecties overgenomen",
    "transcript corrections kept (yours is newer)": "transcriptcorrecties behouden (de jouwe is nieuwer)",
    "codings removed": "coderingen verwijderd",
    "recordings' audio added": "opnames (audio) toegevoegd",
    "recordings whose audio was here already": "opnames waarvan de audio er al was",
    "recordings' audio left out (no consent to recording here)":
        "audio van opnames weggelaten (hier geen toestemming voor opname)",
    "recordings not in this copy (audio left out)": "opnames die niet in deze kopie staan (audio weggelaten)",
    "conflicts to decide": "conflicten om te beslissen",
    # the exchange dialogs
    "Browse…": "Bladeren…",
    "The passphrase does not open this file (or it is not a Veldwerk exchange file). Nothing was changed.":
        "Het wachtwoord opent dit bestand niet (of het is geen Veldwerk-uitwisselbestand). Er is niets veranderd.",
    "A passphrase needs at least %1 characters (spaces at the start and end do not count); nothing was written.":
        "Een wachtwoord heeft minstens %1 tekens nodig (spaties aan het begin en eind tellen niet); er is niets "
        "geschreven.",
    "Export an exchange file": "Uitwisselbestand exporteren",
    "Writes your codings, memos, codebook changes and transcript corrections into an encrypted file for another "
    "copy of this study. Give its passphrase to your colleague in person or by phone, never on the stick.":
        "Schrijft je coderingen, memo's, codeboekwijzigingen en transcriptcorrecties in een versleuteld bestand "
        "voor een andere kopie van deze studie. Geef het wachtwoord persoonlijk of telefonisch aan je collega, "
        "nooit op de stick.",
    "your name": "je naam",
    "Researcher:": "Onderzoeker:",
    "Since my previous export": "Sinds mijn vorige export",
    "Everything": "Alles",
    "From a date…": "Vanaf een datum…",
    "Since exchange %1 (%2, %3)": "Sinds uitwisseling %1 (%2, %3)",
    "Changes:": "Wijzigingen:",
    "e.g. on the USB stick: ellen-%1%2": "bijv. op de USB-stick: ellen-%1%2",
    "File:": "Bestand:",
    "Passphrase of the file:": "Wachtwoord van het bestand:",
    "Repeat it:": "Herhaal het:",
    "Include the interviews' audio": "Audio van de interviews meesturen",
    "Only of participants who consented to recording and did not withdraw; it makes the file much larger. "
    "Without it no audio leaves this copy.":
        "Alleen van deelnemers die toestemming gaven voor opname en zich niet terugtrokken; het bestand wordt er "
        "veel groter van. Zonder dit verlaat geen audio deze kopie.",
    "Export": "Exporteren",
    "Exchange file": "Uitwisselbestand",
    "Veldwerk exchange files (*%1)": "Veldwerk-uitwisselbestanden (*%1)",
    "Choose whose changes to export (your name).": "Kies wiens wijzigingen je exporteert (je naam).",
    "Choose where to write the exchange file.": "Kies waar het uitwisselbestand komt.",
    "The two passphrases differ; nothing was written.": "De twee wachtwoorden verschillen; er is niets geschreven.",
    "Writing the exchange file…": "Uitwisselbestand wordt geschreven…",
    "Written: %1\nCodings: %2, removed codings: %3, corrected segments: %4, codes: %5, audio: %6 recording(s).":
        "Geschreven: %1\nCoderingen: %2, verwijderde coderingen: %3, gecorrigeerde segmenten: %4, codes: %5, "
        "audio: %6 opname(s).",
    "Import an exchange file": "Uitwisselbestand importeren",
    "Merges a colleague's exchange file into this copy of the study. Nothing is overwritten silently: what both "
    "of you changed is listed for you to decide.":
        "Voegt het uitwisselbestand van een collega samen met deze kopie van de studie. Er wordt niets stilzwijgend "
        "overschreven: wat jullie allebei veranderden, komt in een lijst waarover jij beslist.",
    "Import": "Importeren",
    "Choose the exchange file to import.": "Kies het uitwisselbestand dat je wilt importeren.",
    "Merging…": "Bezig met samenvoegen…",
    "This exchange file was merged into this copy before; nothing was changed.":
        "Dit uitwisselbestand is al eerder met deze kopie samengevoegd; er is niets veranderd.",
    "Merged the exchange file of %1.": "Het uitwisselbestand van %1 is samengevoegd.",
    "Nothing new in it.": "Er stond niets nieuws in.",
    "Decide the conflicts…": "Conflicten beslissen…",
    # menus
    "Researcher": "Onderzoeker",
    "Your name (your codings, memos and corrections carry it):":
        "Je naam (je coderingen, memo's en correcties dragen die):",
    "Working as %1.": "Je werkt als %1.",
    "E&xchange": "&Uitwisselen",
    "&Export an exchange file…": "&Uitwisselbestand exporteren…",
    "Write your codings, memos, codebook changes and corrections for another copy of this study":
        "Schrijf je coderingen, memo's, codeboekwijzigingen en correcties voor een andere kopie van deze studie",
    "&Import an exchange file…": "Uitwisselbestand &importeren…",
    "Merge a colleague's exchange file into this copy": "Voeg het uitwisselbestand van een collega samen met deze kopie",
    "&Conflicts…": "&Conflicten…",
    "Decide what both copies changed": "Beslis over wat beide kopieën veranderden",
    "&Researcher…": "&Onderzoeker…",
    "Who is working: your codings, memos and corrections carry this name":
        "Wie er werkt: je coderingen, memo's en correcties dragen deze naam",
    "Co&mpare coders…": "Codeurs &vergelijken…",
    "Agreement between researchers who coded the same interviews, and where they differ":
        "Overeenstemming tussen onderzoekers die dezelfde interviews codeerden, en waar ze verschillen",
}


def main() -> int:
    return build_from_table(HERE / "team_nl.ts", sorted(str(p) for p in (ROOT / "desktop" / "team").glob("*.py")), NL)


if __name__ == "__main__":
    sys.exit(main())
