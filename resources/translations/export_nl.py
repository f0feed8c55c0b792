"""Dutch for the export screens (Export… dialog, pseudonymisation review): refreshes export_nl.ts from
desktop/export/, fills in the translations below and compiles export_nl.qm (the app loads every *_nl.qm).

    .venv/bin/python resources/translations/export_nl.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from catalog import HERE, ROOT, build_from_table  # noqa: E402

NL = {
    # menu
    "&Export…": "&Exporteren…",
    "Export documents, overviews, transcripts or a REFI-QDA project": "Documenten, overzichten, transcripten of een REFI-QDA-project exporteren",
    "&Pseudonymisation review…": "&Pseudonimisering controleren…",
    "Review the names, places and numbers exports replace in this interview":
        "De namen, plaatsen en nummers nakijken die exports in dit interview vervangen",
    # formats
    "Coded transcript (.docx)": "Gecodeerd transcript (.docx)",
    "Category report (.docx)": "Rapport per categorie (.docx)",
    "Perception matrix with quotes (.docx)": "Beeldvorming over en weer, met citaten (.docx)",
    "Insights to share with participants (.docx)": "Inzichten delen met deelnemers (.docx)",
    "Perception matrix, spreadsheet (.xlsx)": "Beeldvorming over en weer, spreadsheet (.xlsx)",
    "Perception matrix, table (.csv)": "Beeldvorming over en weer, tabel (.csv)",
    "Consent register (.docx)": "Toestemmingsregister (.docx)",
    "Consent register, table (.csv)": "Toestemmingsregister, tabel (.csv)",
    "REFI-QDA project for ATLAS.ti, MAXQDA, NVivo… (.qdpx)": "REFI-QDA-project voor ATLAS.ti, MAXQDA, NVivo… (.qdpx)",
    "Codebook, REFI-QDA (.qdc)": "Codeboek, REFI-QDA (.qdc)",
    "Codebook for Taguette (.csv)": "Codeboek voor Taguette (.csv)",
    "Agreement between coders (.docx)": "Overeenstemming tussen codeurs (.docx)",
    "Agreement between coders, spreadsheet (.xlsx)": "Overeenstemming tussen codeurs, spreadsheet (.xlsx)",
    "Actions and their progress (.docx)": "Acties en hun voortgang (.docx)",
    "Actions and their progress, spreadsheet (.xlsx)": "Acties en hun voortgang, spreadsheet (.xlsx)",
    "Transcript, plain text (.txt)": "Transcript, platte tekst (.txt)",
    "Transcript, subtitles (.srt)": "Transcript, ondertitels (.srt)",
    "Transcript, web subtitles (.vtt)": "Transcript, webondertitels (.vtt)",
    "Transcript with word timings (.json)": "Transcript met woordtijden (.json)",
    # export dialog
    "Export": "Exporteren",
    "One interview:": "Eén interview:",
    "The whole study": "De hele studie",
    "%1 – interview %2 (%3)": "%1 – interview %2 (%3)",
    "Pseudonymise: replace names, places, phone numbers, e-mail addresses and dates":
        "Pseudonimiseren: namen, plaatsen, telefoonnummers, e-mailadressen en data vervangen",
    "Where to save the export": "Waar de export wordt opgeslagen",
    "whole study": "hele studie",
    "%1 interview %2": "%1 interview %2",
    "Choose…": "Kiezen…",
    "Format:": "Formaat:",
    "Include:": "Omvang:",
    "Save as:": "Opslaan als:",
    "What will be included": "Wat erin komt",
    "Review pseudonymisation…": "Pseudonimisering controleren…",
    "Open folder": "Map openen",
    "Close": "Sluiten",
    "This format holds one interview.": "Dit formaat bevat één interview.",
    "This format always covers the whole study.": "Dit formaat omvat altijd de hele studie.",
    "Export without pseudonymisation?": "Exporteren zonder pseudonimisering?",
    "The export will contain names, places, phone numbers, e-mail addresses and dates exactly as they were "
    "recorded. Treat the file as confidential.\n\nThis unpseudonymised export will be recorded in the study's "
    "audit log. Export without pseudonymisation?":
        "De export bevat namen, plaatsen, telefoonnummers, e-mailadressen en data precies zoals ze zijn opgenomen. "
        "Behandel het bestand als vertrouwelijk.\n\nDeze niet-gepseudonimiseerde export wordt vastgelegd in het "
        "auditlogboek van de studie. Exporteren zonder pseudonimisering?",
    "Export to": "Exporteren naar",
    "Counting…": "Tellen…",
    "%1 already exists. Replace it?": "%1 bestaat al. Vervangen?",
    "Exporting… Loading the pseudonymiser takes about a minute the first time.":
        "Bezig met exporteren… De eerste keer duurt het laden van de pseudonimisering ongeveer een minuut.",
    "Exporting…": "Bezig met exporteren…",
    "Exported to %1": "Geëxporteerd naar %1",
    "Export failed: %1": "Exporteren mislukt: %1",
    "The export is still running; close this window when it is done.":
        "De export loopt nog; sluit dit venster als hij klaar is.",
    # preview
    "No transcribed interview to export yet.": "Nog geen getranscribeerd interview om te exporteren.",
    "Interviews: %1 (%2)": "Interviews: %1 (%2)",
    "The codebook only: no interview text, nothing to pseudonymise.":
        "Alleen het codeboek: geen interviewtekst, niets te pseudonimiseren.",
    "Participants: %1 (%2)": "Deelnemers: %1 (%2)",
    "Coded excerpts included: %1": "Gecodeerde fragmenten: %1",
    "Perception excerpts included: %1": "Beeldvormingsfragmenten: %1",
    "Transcript segments included: %1": "Transcriptsegmenten: %1",
    "No quotes: this format holds counts and codes only.": "Geen citaten: dit formaat bevat alleen aantallen en codes.",
    "Segments left out: %1 (%2 did not consent to quoting, consent item 3).":
        "Segmenten weggelaten: %1 (%2 gaf geen toestemming voor citeren, toestemmingsitem 3).",
    "Quotes left out: %1 (%2 did not consent to quoting, consent item 3).":
        "Citaten weggelaten: %1 (%2 gaf geen toestemming voor citeren, toestemmingsitem 3).",
    "NOT pseudonymised: names and places stay as recorded; the export is recorded in the audit log.":
        "NIET gepseudonimiseerd: namen en plaatsen blijven zoals opgenomen; de export komt in het auditlogboek.",
    "Checking the pseudonymisation review… (the first time this takes about a minute: the Dutch name lists are loaded)":
        "Pseudonimisering nakijken… (de eerste keer duurt dit ongeveer een minuut: de Nederlandse namenlijsten worden geladen)",
    "Pseudonymisation review still open: %1 detected term(s) nobody decided on in interview(s) %2. "
    "They will be replaced by placeholders.":
        "Pseudonimisering nog niet nagekeken: over %1 gevonden term(en) in interview(s) %2 is nog niets besloten. "
        "Ze worden vervangen door plaatshouders.",
    "Pseudonymisation reviewed for every included interview.": "Pseudonimisering nagekeken voor elk interview in de export.",
    # review
    "Pseudonymisation review": "Pseudonimisering controleren",
    "Interview:": "Interview:",
    "Exports replace what is detected below by its placeholder. Reject a term the detector got wrong (it then "
    "stays in the text), accept it with your own replacement, or add a term it missed. Decisions are saved at once.":
        "Exports vervangen wat hieronder gevonden is door een plaatshouder. Behoud een term die ten onrechte is "
        "gevonden (hij blijft dan in de tekst), vervang hem door een eigen tekst, of voeg een gemiste term toe. "
        "Beslissingen worden meteen opgeslagen.",
    "Term": "Term",
    "Kind": "Soort",
    "Count": "Aantal",
    "Context": "Context",
    "Decision": "Beslissing",
    "Replace": "Vervangen",
    "Accept: replace the term by its placeholder": "Accepteren: de term vervangen door de plaatshouder",
    "Replace with…": "Vervangen door…",
    "Keep (detector wrong)": "Behouden (onterecht gevonden)",
    "Undo decision": "Beslissing ongedaan maken",
    "Add a term…": "Term toevoegen…",
    "This interview": "Dit interview",
    "Study's replacement list": "Vervangingslijst van de studie",
    "No transcribed interview yet.": "Nog geen getranscribeerd interview.",
    "Looking for names, places, phone numbers, e-mail addresses and dates…":
        "Zoeken naar namen, plaatsen, telefoonnummers, e-mailadressen en data…",
    "The first time this takes about a minute (the Dutch name lists are loaded).":
        "De eerste keer duurt dit ongeveer een minuut (de Nederlandse namenlijsten worden geladen).",
    "replace by %1 (proposed)": "vervangen door %1 (voorstel)",
    "replace by %1": "vervangen door %1",
    "added: replace by %1": "toegevoegd: vervangen door %1",
    "study list: replace by %1": "studielijst: vervangen door %1",
    "keep as is": "behouden",
    "study list: keep as is": "studielijst: behouden",
    "%1 term(s), %2 without a decision.": "%1 term(en), %2 zonder beslissing.",
    "Nothing detected in this interview.": "Niets gevonden in dit interview.",
    "Replace with": "Vervangen door",
    "Replace “%1” in this interview with (e.g. R05):": "“%1” in dit interview vervangen door (bijv. R05):",
    "Add a term": "Term toevoegen",
    "Term the detector missed (replaced everywhere in this interview):":
        "Gemiste term (wordt overal in dit interview vervangen):",
    "What is it?": "Wat is het?",
    "Own replacement (empty: the placeholder):": "Eigen vervanging (leeg: de plaatshouder):",
    # review screen (ranked, keys, audio, finished state)
    "? possible": "? mogelijk",
    "Space": "Spatie",
    "Ctrl+Enter": "Ctrl+Enter",
    "Keys: ↑/↓ next term · Space play the audio there · Enter replace · N keep (not an identifier) · "
    "Ctrl+Z undo · Ins or + add a missed term · Ctrl+Enter review finished":
        "Toetsen: ↑/↓ volgende term · Spatie audio daar afspelen · Enter vervangen · N behouden (geen "
        "identificerend gegeven) · Ctrl+Z ongedaan maken · Ins of + gemiste term toevoegen · Ctrl+Enter controle afgerond",
    "Possible names, places and numbers in this interview, highest risk first. Listen where you are unsure, then "
    "replace the term or keep it. Terms marked “? possible” are words speech recognition was unsure of in a name "
    "position. Each decision is saved at once and holds for every interview of the study.":
        "Mogelijke namen, plaatsen en nummers in dit interview, hoogste risico eerst. Luister waar je twijfelt en "
        "vervang de term of behoud hem. Termen met “? mogelijk” zijn woorden waarover de spraakherkenning twijfelde, "
        "op een plek waar een naam kan staan. Elke beslissing wordt meteen opgeslagen en geldt voor elk interview "
        "van de studie.",
    "Risk": "Risico",
    "Time": "Tijd",
    "Play": "Afspelen",
    "Play the audio around the term": "De audio rond de term afspelen",
    "It identifies someone: replace it by its placeholder, in every interview":
        "Identificerend: vervangen door de plaatshouder, in elk interview",
    "Keep": "Behouden",
    "Not an identifier: keep it in the text": "Geen identificerend gegeven: in de tekst laten staan",
    "Add a missed term…": "Gemiste term toevoegen…",
    "A name or place the list misses: replaced everywhere": "Een naam of plaats die in de lijst ontbreekt: wordt overal vervangen",
    "Review finished": "Controle afgerond",
    "Record that you reviewed this interview: exports then say so":
        "Vastleggen dat je dit interview hebt gecontroleerd: exports vermelden dat dan",
    "Wait until the list is loaded.": "Wacht tot de lijst geladen is.",
    "Select a term first (↑/↓).": "Kies eerst een term (↑/↓).",
    "There is no decision of yours on this term to undo.": "Er is geen beslissing van jou over deze term om ongedaan te maken.",
    "This term is on the study's replacement list: change it on the tab “Study's replacement list”.":
        "Deze term staat op de vervangingslijst van de studie: wijzig hem op het tabblad “Vervangingslijst van de studie”.",
    "Could not load the review: %1": "De controle kon niet worden geladen: %1",
    "Possible identifier: speech recognition was unsure of this word in a name position. Listen to it (Space).":
        "Mogelijk identificerend: de spraakherkenning twijfelde over dit woord op een plek waar een naam kan staan. "
        "Luister ernaar (Spatie).",
    "%1 of %2 reviewed": "%1 van %2 nagekeken",
    "Review finished on %1": "Controle afgerond op %1",
    "by %1": "door %1",
    "Review out of date: the text changed after it was finished": "Controle verouderd: de tekst is daarna gewijzigd",
    "Review not finished": "Controle niet afgerond",
    "This interview has no audio to play.": "Dit interview heeft geen audio om af te spelen.",
    "“%1” is not in the transcript text, so there is no place to play.":
        "“%1” staat niet in de transcripttekst, dus er is geen plek om af te spelen.",
    "No sound device could be opened; the fragment plays without sound.":
        "Er kon geen geluidsapparaat worden geopend; het fragment speelt zonder geluid.",
    "Not saved: %1": "Niet opgeslagen: %1",
    "Type the term to add.": "Typ de term die je wilt toevoegen.",
    "The transcription of this interview is not finished: finish it before the review.":
        "De transcriptie van dit interview is nog niet klaar: maak die eerst af.",
    "Review finished and recorded: exports of this interview say it was reviewed.":
        "Controle afgerond en vastgelegd: exports van dit interview vermelden dat het is gecontroleerd.",
    "%1 term(s) without a decision are replaced by their placeholder.":
        "%1 term(en) zonder beslissing worden vervangen door hun plaatshouder.",
    "Transcription not finished for %1: the export holds only what is done and says 'onvolledig'.":
        "Transcriptie nog niet klaar voor %1: de export bevat alleen wat klaar is en vermeldt 'onvolledig'.",
    "Review not finished for %1: only the automatic detection is applied, names it missed can remain; the export says so.":
        "Controle niet afgerond voor %1: alleen de automatische herkenning is toegepast, gemiste namen kunnen "
        "blijven staan; de export vermeldt dat.",
    "Review not finished for %1: the export says so. Finish the review (Pseudonymisation review…) before you share it.":
        "Controle niet afgerond voor %1: de export vermeldt dat. Rond de controle af (Pseudonimisering "
        "controleren…) voordat je hem deelt.",
    # known names and places (Study menu)
    "&Known names and places…": "&Bekende namen en plaatsen…",
    "Names and places likely to come up: always replaced, and hints for speech recognition":
        "Namen en plaatsen die waarschijnlijk ter sprake komen: altijd vervangen, en hints voor de spraakherkenning",
    "Known names and places": "Bekende namen en plaatsen",
    "Names and places you expect to come up in the interviews: a colleague, a street, the village. They are always "
    "replaced in every export of every interview, and speech recognition is told about them so they are spelled the "
    "same way every time. They are stored only in the encrypted study. Names you confirm in a review are on this list too.":
        "Namen en plaatsen die je in de interviews verwacht: een collega, een straat, het dorp. Ze worden altijd "
        "vervangen in elke export van elk interview, en de spraakherkenning krijgt ze als hint, zodat ze elke keer "
        "op dezelfde manier gespeld worden. Ze worden alleen in de versleutelde studie bewaard. Namen die je bij een "
        "controle bevestigt, staan ook op deze lijst.",
    "e.g. Bram van der Hoeven": "bijv. Bram van der Hoeven",
    "Add": "Toevoegen",
    "Name or place": "Naam of plaats",
    "Replaced by": "Vervangen door",
    "Remove (Del)": "Verwijderen (Del)",
    "Type a name or place first.": "Typ eerst een naam of plaats.",
    "“%1” is always replaced by %2 and is given to speech recognition as a hint.":
        "“%1” wordt altijd vervangen door %2 en gaat als hint naar de spraakherkenning.",
    "“%1” is always replaced by %2. The list of hints for speech recognition is full, so it is not given as a hint.":
        "“%1” wordt altijd vervangen door %2. De lijst met hints voor de spraakherkenning is vol, dus deze gaat "
        "niet als hint mee.",
    "Select a name or place to remove.": "Kies de naam of plaats die je wilt verwijderen.",
    "“%1” removed: exports replace it only where it is detected or decided.":
        "“%1” verwijderd: exports vervangen dit alleen nog waar het herkend of besloten is.",
    "name": "naam",
    "place": "plaats",
    "phone number": "telefoonnummer",
    "e-mail address": "e-mailadres",
    "date": "datum",
    "web address": "webadres",
    "number": "nummer",
    "age": "leeftijd",
    "organisation": "instelling",
    "other": "overig",
    # replacement list
    "Applies to every interview of the study: replace a nickname or a name that comes up in several interviews by "
    "a code (e.g. R03), or keep a term that must never be replaced (the study's own town, an organisation the "
    "research is about).":
        "Geldt voor elk interview van de studie: vervang een bijnaam of een naam die in meerdere interviews voorkomt "
        "door een code (bijv. R03), of behoud een term die nooit vervangen mag worden (de eigen stad van de studie, "
        "een organisatie waar het onderzoek over gaat).",
    "Action": "Actie",
    "Replacement": "Vervanging",
    "Replace everywhere…": "Overal vervangen…",
    "Keep everywhere…": "Overal behouden…",
    "Remove from list": "Van de lijst halen",
    "replace": "vervangen",
    "Replace everywhere": "Overal vervangen",
    "Term (e.g. a nickname):": "Term (bijv. een bijnaam):",
    "Replace “%1” in every interview with (e.g. R03):": "“%1” in elk interview vervangen door (bijv. R03):",
    "Keep everywhere": "Overal behouden",
    "Term never to replace (e.g. the study's town):": "Term die nooit vervangen wordt (bijv. de stad van de studie):",
}


def main() -> int:
    return build_from_table(HERE / "export_nl.ts", sorted(str(p) for p in (ROOT / "desktop" / "export").glob("*.py")), NL)


if __name__ == "__main__":
    sys.exit(main())
