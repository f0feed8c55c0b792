"""Dutch for the editor and coding views: refreshes editor_nl.ts from the sources, fills in the
translations below and compiles editor_nl.qm.

    .venv/bin/python resources/translations/editor_nl.py
"""
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
BIN = Path(sys.executable).parent
TS, QM = HERE / "editor_nl.ts", HERE / "editor_nl.qm"


def tool(name: str) -> str:
    """The Qt tool: the binary inside the PySide6 package, else the pyside6-<name> wrapper."""
    import importlib.util

    spec = importlib.util.find_spec("PySide6")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        binary = Path(folder) / name
        if binary.is_file():
            return str(binary)
    return str(BIN / f"pyside6-{name}")

NL = {
    "Who is this statement about?": "Over wie gaat deze uitspraak?",
    "Speaker's role: %1": "Rol van de spreker: %1",
    "Role spoken about": "Rol waarover gesproken wordt",
    "About the role:": "Over de rol:",
    "Edit code": "Code bewerken",
    "New code": "Nieuwe code",
    "short lower-case key, e.g. veiligheid": "korte sleutel in kleine letters, bijv. veiligheid",
    "Perception code: ask which role a statement is about": "Beeldvormingscode: vraag over welke rol een uitspraak gaat",
    "Key": "Sleutel",
    "Label (Dutch)": "Label (Nederlands)",
    "Label (English)": "Label (Engels)",
    "Description": "Omschrijving",
    "Colour": "Kleur",
    "Colour of the code": "Kleur van de code",
    "Codebook": "Codeboek",
    "Code": "Code",
    "Codings": "Coderingen",
    "Codes": "Codes",
    "Add a code": "Code toevoegen",
    "Edit or rename the code": "Code bewerken of hernoemen",
    "Change the colour": "Kleur wijzigen",
    "Nest under another code": "Onder een andere code plaatsen",
    "Merge into another code": "Samenvoegen met een andere code",
    "Delete the code": "Code verwijderen",
    "Asks which role the statement is about.": "Vraagt over welke rol de uitspraak gaat.",
    "Changing the key keeps every coding.": "Een andere sleutel behoudt alle coderingen.",
    "(top level)": "(hoogste niveau)",
    "Code:": "Code:",
    "Nest under": "Plaatsen onder",
    "Merge into": "Samenvoegen met",
    "Merge “%1” into “%2”? Its %3 coding(s) move to “%2” and “%1” is removed.":
        "“%1” samenvoegen met “%2”? De %3 codering(en) gaan naar “%2” en “%1” verdwijnt.",
    "Merge codes": "Codes samenvoegen",
    "Delete the code “%1”? Its %2 coding(s) will be removed from the transcripts.":
        "De code “%1” verwijderen? De %2 codering(en) verdwijnen uit de transcripten.",
    "Its sub-codes (%1) move up one level.": "De subcodes (%1) gaan één niveau omhoog.",
    "Delete code": "Code verwijderen",
    "Select the text to code first.": "Selecteer eerst de tekst die je wilt coderen.",
    "Coded as %1": "Gecodeerd als %1",
    "Edit memo": "Memo bewerken",
    "Re-code": "Hercoderen",
    "Change role spoken about": "Rol waarover gesproken wordt wijzigen",
    "Edit text": "Tekst bewerken",
    "Restore original text": "Oorspronkelijke tekst terugzetten",
    "Split segment": "Segment splitsen",
    "Merge segments": "Segmenten samenvoegen",
    "Assign speaker": "Spreker toewijzen",
    "Code text": "Tekst coderen",
    "Remove coding": "Codering verwijderen",
    "Text contains…": "Tekst bevat…",
    "Participant": "Deelnemer",
    "Role": "Rol",
    "About": "Over",
    "Play": "Afspelen",
    "Time": "Tijd",
    "Excerpt": "Fragment",
    "Memo": "Memo",
    "Coded excerpts": "Gecodeerde fragmenten",
    "(all)": "(alle)",
    "(all perception codes)": "(alle beeldvormingscodes)",
    "Play this excerpt": "Dit fragment afspelen",
    "%n excerpt(s)": ("%n fragment", "%n fragmenten"),
    "Find": "Zoeken",
    "Replace with": "Vervangen door",
    "Previous": "Vorige",
    "Next": "Volgende",
    "Replace": "Vervangen",
    "Replace all": "Alles vervangen",
    "Whole study": "Hele onderzoek",
    "Search every interview of the study": "Zoek in alle interviews van het onderzoek",
    "Search results in the study": "Zoekresultaten in het onderzoek",
    "%n hit(s)": ("%n treffer", "%n treffers"),
    "Transcript": "Transcript",
    "This interview has no transcript yet.": "Dit interview heeft nog geen transcript.",
    "Saved": "Opgeslagen",
    "Put the cursor inside the segment's text to split it.": "Zet de cursor in de tekst van het segment om het te splitsen.",
    "Not found": "Niet gevonden",
    "%n replacement(s)": ("%n vervanging", "%n vervangingen"),
    "Memo text": "Tekst van de memo",
    "Network of perceptions": "Netwerk van beeldvorming",
    "Original transcription": "Oorspronkelijke transcriptie",
    "Changes to the automatic transcription (removed in red, added in green):":
        "Wijzigingen ten opzichte van de automatische transcriptie (verwijderd in rood, toegevoegd in groen):",
    "Restore original": "Origineel terugzetten",
    "Perceptions: who says what about whom": "Beeldvorming over en weer: wie zegt wat over wie",
    "Rows: the speaker's role. Columns: the role spoken about. Click a count to read the excerpts.":
        "Rijen: de rol van de spreker. Kolommen: de rol waarover het gaat. Klik op een aantal om de fragmenten te lezen.",
    "Perception matrix": "Matrix van beeldvorming",
    "Total": "Totaal",
    "%1 about %2: %3": "%1 over %2: %3",
    "all": "alle",
    "spoken about: %1": "gesproken over: %1",
    "All perception excerpts": "Alle fragmenten over beeldvorming",
    "%1 about %2": "%1 over %2",
    "Back 5 seconds (Alt+Left)": "5 seconden terug (Alt+Links)",
    "Play or pause": "Afspelen of pauzeren",
    "Forward 5 seconds (Alt+Right)": "5 seconden vooruit (Alt+Rechts)",
    "Playback speed": "Afspeelsnelheid",
    "Speed without pitch change (Alt+Up / Alt+Down)": "Snelheid zonder toonhoogteverandering (Alt+Omhoog / Alt+Omlaag)",
    "Speed": "Snelheid",
    "Play / pause (%1); pausing rewinds a little": "Afspelen / pauzeren (%1); bij pauzeren spoelt het iets terug",
    "Speaker names": "Namen van sprekers",
    "Name for %1": "Naam voor %1",
    "new speaker label, e.g. S3": "nieuw sprekerslabel, bijv. S3",
    "its name": "de naam",
    "Edit one segment at a time; select text within a segment to change it.":
        "Bewerk één segment tegelijk; selecteer tekst binnen een segment om die te wijzigen.",
    "Waveform": "Golfvorm",
    "Click to play from here": "Klik om vanaf hier af te spelen",
    "Code selection as": "Selectie coderen als",
    "Memo…": "Memo…",
    "Re-code as": "Hercoderen als",
    "Role spoken about…": "Rol waarover gesproken wordt…",
    "Select coded text": "Gecodeerde tekst selecteren",
    "Undo": "Ongedaan maken",
    "Redo": "Opnieuw",
    "Copy": "Kopiëren",
    "Find and replace…": "Zoeken en vervangen…",
    "Play from here": "Vanaf hier afspelen",
    "Split segment here": "Segment hier splitsen",
    "Merge with next segment": "Samenvoegen met volgend segment",
    "Speaker": "Spreker",
    "New speaker…": "Nieuwe spreker…",
    "Name speakers…": "Sprekers een naam geven…",
    "Original transcription…": "Oorspronkelijke transcriptie…",
    "New speaker": "Nieuwe spreker",
    "Label (for example S3):": "Label (bijvoorbeeld S3):",
    "Close the find bar": "Zoekbalk sluiten",
    "Choose a role…": "Kies een rol…",
}


def main() -> int:
    import shutil
    import tempfile

    sources = sorted(str(p) for d in ("desktop/editor", "desktop/coding") for p in (ROOT / d).glob("*.py"))
    with tempfile.TemporaryDirectory() as tmp:
        draft = Path(tmp) / TS.name
        if TS.exists():
            shutil.copy(TS, draft)
        subprocess.run([tool("lupdate"), *sources, "-no-obsolete", "-ts", str(draft)], check=True, capture_output=True)
        tree = ET.parse(draft)
    found = sum(1 for _ in tree.iter("message"))
    if found < len(NL) * 0.9:
        print(f"lupdate found only {found} of {len(NL)} strings (a parser problem?); {TS.name} left as it was")
        return 2
    missing = []
    for message in tree.iter("message"):
        source = message.find("source").text
        translation = message.find("translation")
        dutch = NL.get(source)
        if dutch is None:
            missing.append(source)
            continue
        translation.attrib.pop("type", None)
        if isinstance(dutch, tuple):
            message.set("numerus", "yes")   # some lupdate versions miss plural forms
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in dutch:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = dutch
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    subprocess.run([tool("lrelease"), str(TS), "-qm", str(QM)], check=True, capture_output=True)
    for source in missing:
        print("untranslated:", source)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
