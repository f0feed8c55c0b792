<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/dialog.py" line="226" />
        <source>whole study</source>
        <translation>hele studie</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/dialog.py" line="229" />
        <source>%1 interview %2</source>
        <translation>%1 interview %2</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/dialog.py" line="36" />
        <location filename="../../work/wt/k20-ui/desktop/export/dialog.py" line="123" />
        <location filename="../../work/wt/k20-ui/desktop/export/dialog.py" line="343" />
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/dialog.py" line="49" />
        <source>One interview:</source>
        <translation>Eén interview:</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/dialog.py" line="50" />
        <source>The whole study</source>
        <translation>De hele studie</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/dialog.py" line="57" />
        <source>%1 – interview %2 (%3)</source>
        <translation>%1 – interview %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/dialog.py" line="77" />
        <source>Pseudonymise: replace names, places, phone numbers, e-mail addresses and dates</source>
        <translation>Pseudonimiseren: namen, plaatsen, telefoonnummers, e-mailadressen en data vervangen</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/dialog.py" line="82" />
        <source>Where to save the export</source>
        <translation>Waar de export wordt opgeslagen</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/dialog.py" line="83" />
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/dialog.py" line="90" />
        <source>Format:</source>
        <translation>Formaat:</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/dialog.py" line="91" />
        <source>Include:</source>
        <translation>Omvang:</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/dialog.py" line="93" />
        <source>Save as:</source>
        <translation>Opslaan als:</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/dialog.py" line="95" />
        <source>What will be included</source>
        <translation>Wat erin komt</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/dialog.py" line="101" />
        <source>Review pseudonymisation…</source>
        <translation>Pseudonimisering controleren…</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/dialog.py" line="116" />
        <source>Open folder</source>
        <translation>Map openen</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/dialog.py" line="126" />
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/dialog.py" line="165" />
        <source>This format holds one interview.</source>
        <translation>Dit formaat bevat één interview.</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/dialog.py" line="168" />
        <source>This format always covers the whole study.</source>
        <translation>Dit formaat omvat altijd de hele studie.</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/dialog.py" line="212" />
        <source>Export without pseudonymisation?</source>
        <translation>Exporteren zonder pseudonimisering?</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/dialog.py" line="213" />
        <source>The export will contain names, places, phone numbers, e-mail addresses and dates exactly as they were recorded. Treat the file as confidential.

This unpseudonymised export will be recorded in the study's audit log. Export without pseudonymisation?</source>
        <translation>De export bevat namen, plaatsen, telefoonnummers, e-mailadressen en data precies zoals ze zijn opgenomen. Behandel het bestand als vertrouwelijk.

Deze niet-gepseudonimiseerde export wordt vastgelegd in het auditlogboek van de studie. Exporteren zonder pseudonimisering?</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/dialog.py" line="236" />
        <source>Export to</source>
        <translation>Exporteren naar</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/dialog.py" line="247" />
        <source>Counting…</source>
        <translation>Tellen…</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/dialog.py" line="343" />
        <source>%1 already exists. Replace it?</source>
        <translation>%1 bestaat al. Vervangen?</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/dialog.py" line="351" />
        <source>Exporting… Loading the pseudonymiser takes about a minute the first time.</source>
        <translation>Bezig met exporteren… De eerste keer duurt het laden van de pseudonimisering ongeveer een minuut.</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/dialog.py" line="352" />
        <source>Exporting…</source>
        <translation>Bezig met exporteren…</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/dialog.py" line="366" />
        <source>Exported to %1</source>
        <translation>Geëxporteerd naar %1</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/dialog.py" line="370" />
        <source>Review not finished for %1: the export says so. Finish the review (Pseudonymisation review…) before you share it.</source>
        <translation>Controle niet afgerond voor %1: de export vermeldt dat. Rond de controle af (Pseudonimisering controleren…) voordat je hem deelt.</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/dialog.py" line="389" />
        <source>Export failed: %1</source>
        <translation>Exporteren mislukt: %1</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/dialog.py" line="403" />
        <source>The export is still running; close this window when it is done.</source>
        <translation>De export loopt nog; sluit dit venster als hij klaar is.</translation>
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/formats.py" line="24" />
        <source>Coded transcript (.docx)</source>
        <translation>Gecodeerd transcript (.docx)</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/formats.py" line="25" />
        <source>Category report (.docx)</source>
        <translation>Rapport per categorie (.docx)</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/formats.py" line="26" />
        <source>Perception matrix with quotes (.docx)</source>
        <translation>Beeldvorming over en weer, met citaten (.docx)</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/formats.py" line="27" />
        <source>Perception matrix, spreadsheet (.xlsx)</source>
        <translation>Beeldvorming over en weer, spreadsheet (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/formats.py" line="28" />
        <source>Perception matrix, table (.csv)</source>
        <translation>Beeldvorming over en weer, tabel (.csv)</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/formats.py" line="29" />
        <source>Insights to share with participants (.docx)</source>
        <translation>Inzichten delen met deelnemers (.docx)</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/formats.py" line="30" />
        <source>Consent register (.docx)</source>
        <translation>Toestemmingsregister (.docx)</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/formats.py" line="31" />
        <source>Consent register, table (.csv)</source>
        <translation>Toestemmingsregister, tabel (.csv)</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/formats.py" line="32" />
        <source>REFI-QDA project for ATLAS.ti, MAXQDA, NVivo… (.qdpx)</source>
        <translation>REFI-QDA-project voor ATLAS.ti, MAXQDA, NVivo… (.qdpx)</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/formats.py" line="33" />
        <source>Codebook, REFI-QDA (.qdc)</source>
        <translation>Codeboek, REFI-QDA (.qdc)</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/formats.py" line="34" />
        <source>Codebook for Taguette (.csv)</source>
        <translation>Codeboek voor Taguette (.csv)</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/formats.py" line="35" />
        <source>Agreement between coders (.docx)</source>
        <translation>Overeenstemming tussen codeurs (.docx)</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/formats.py" line="36" />
        <source>Agreement between coders, spreadsheet (.xlsx)</source>
        <translation>Overeenstemming tussen codeurs, spreadsheet (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/formats.py" line="37" />
        <source>Actions and their progress (.docx)</source>
        <translation>Acties en hun voortgang (.docx)</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/formats.py" line="38" />
        <source>Actions and their progress, spreadsheet (.xlsx)</source>
        <translation>Acties en hun voortgang, spreadsheet (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/formats.py" line="39" />
        <source>Transcript, plain text (.txt)</source>
        <translation>Transcript, platte tekst (.txt)</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/formats.py" line="40" />
        <source>Transcript, subtitles (.srt)</source>
        <translation>Transcript, ondertitels (.srt)</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/formats.py" line="41" />
        <source>Transcript, web subtitles (.vtt)</source>
        <translation>Transcript, webondertitels (.vtt)</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/formats.py" line="42" />
        <source>Transcript with word timings (.json)</source>
        <translation>Transcript met woordtijden (.json)</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/__init__.py" line="72" />
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/__init__.py" line="73" />
        <source>Export documents, overviews, transcripts or a REFI-QDA project</source>
        <translation>Documenten, overzichten, transcripten of een REFI-QDA-project exporteren</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/__init__.py" line="74" />
        <source>&amp;Known names and places…</source>
        <translation>&amp;Bekende namen en plaatsen…</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/__init__.py" line="76" />
        <source>Names and places likely to come up: always replaced, and hints for speech recognition</source>
        <translation>Namen en plaatsen die waarschijnlijk ter sprake komen: altijd vervangen, en hints voor de spraakherkenning</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/__init__.py" line="77" />
        <source>&amp;Pseudonymisation review…</source>
        <translation>&amp;Pseudonimisering controleren…</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/__init__.py" line="79" />
        <source>Review the names, places and numbers exports replace in this interview</source>
        <translation>De namen, plaatsen en nummers nakijken die exports in dit interview vervangen</translation>
    </message>
</context>
<context>
    <name>ExportPreview</name>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/preview_text.py" line="17" />
        <source>No transcribed interview to export yet.</source>
        <translation>Nog geen getranscribeerd interview om te exporteren.</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/preview_text.py" line="19" />
        <source>Interviews: %1 (%2)</source>
        <translation>Interviews: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/preview_text.py" line="22" />
        <source>The codebook only: no interview text, nothing to pseudonymise.</source>
        <translation>Alleen het codeboek: geen interviewtekst, niets te pseudonimiseren.</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/preview_text.py" line="24" />
        <source>Participants: %1 (%2)</source>
        <translation>Deelnemers: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/preview_text.py" line="27" />
        <source>Coded excerpts included: %1</source>
        <translation>Gecodeerde fragmenten: %1</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/preview_text.py" line="27" />
        <source>Perception excerpts included: %1</source>
        <translation>Beeldvormingsfragmenten: %1</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/preview_text.py" line="30" />
        <source>Transcript segments included: %1</source>
        <translation>Transcriptsegmenten: %1</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/preview_text.py" line="32" />
        <source>No quotes: this format holds counts and codes only.</source>
        <translation>Geen citaten: dit formaat bevat alleen aantallen en codes.</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/preview_text.py" line="35" />
        <source>Segments left out: %1 (%2 did not consent to quoting, consent item 3).</source>
        <translation>Segmenten weggelaten: %1 (%2 gaf geen toestemming voor citeren, toestemmingsitem 3).</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/preview_text.py" line="37" />
        <source>Quotes left out: %1 (%2 did not consent to quoting, consent item 3).</source>
        <translation>Citaten weggelaten: %1 (%2 gaf geen toestemming voor citeren, toestemmingsitem 3).</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/preview_text.py" line="47" />
        <source>NOT pseudonymised: names and places stay as recorded; the export is recorded in the audit log.</source>
        <translation>NIET gepseudonimiseerd: namen en plaatsen blijven zoals opgenomen; de export komt in het auditlogboek.</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/preview_text.py" line="50" />
        <source>Checking the pseudonymisation review… (the first time this takes about a minute: the Dutch name lists are loaded)</source>
        <translation>Pseudonimisering nakijken… (de eerste keer duurt dit ongeveer een minuut: de Nederlandse namenlijsten worden geladen)</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/preview_text.py" line="54" />
        <source>Review not finished for %1: only the automatic detection is applied, names it missed can remain; the export says so.</source>
        <translation>Controle niet afgerond voor %1: alleen de automatische herkenning is toegepast, gemiste namen kunnen blijven staan; de export vermeldt dat.</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/preview_text.py" line="63" />
        <source>Pseudonymisation review still open: %1 detected term(s) nobody decided on in interview(s) %2. They will be replaced by placeholders.</source>
        <translation>Pseudonimisering nog niet nagekeken: over %1 gevonden term(en) in interview(s) %2 is nog niets besloten. Ze worden vervangen door plaatshouders.</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/preview_text.py" line="67" />
        <source>Pseudonymisation reviewed for every included interview.</source>
        <translation>Pseudonimisering nagekeken voor elk interview in de export.</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/preview_text.py" line="42" />
        <source>Transcription not finished for %1: the export holds only what is done and says 'onvolledig'.</source>
        <translation>Transcriptie nog niet klaar voor %1: de export bevat alleen wat klaar is en vermeldt 'onvolledig'.</translation>
    </message>
</context>
<context>
    <name>KnownNamesDialog</name>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/known_names.py" line="35" />
        <source>Known names and places</source>
        <translation>Bekende namen en plaatsen</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/known_names.py" line="38" />
        <source>Names and places you expect to come up in the interviews: a colleague, a street, the village. They are always replaced in every export of every interview, and speech recognition is told about them so they are spelled the same way every time. They are stored only in the encrypted study. Names you confirm in a review are on this list too.</source>
        <translation>Namen en plaatsen die je in de interviews verwacht: een collega, een straat, het dorp. Ze worden altijd vervangen in elke export van elk interview, en de spraakherkenning krijgt ze als hint, zodat ze elke keer op dezelfde manier gespeld worden. Ze worden alleen in de versleutelde studie bewaard. Namen die je bij een controle bevestigt, staan ook op deze lijst.</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/known_names.py" line="46" />
        <source>e.g. Bram van der Hoeven</source>
        <translation>bijv. Bram van der Hoeven</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/known_names.py" line="51" />
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/known_names.py" line="61" />
        <source>Name or place</source>
        <translation>Naam of plaats</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/known_names.py" line="61" />
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/known_names.py" line="61" />
        <source>Replaced by</source>
        <translation>Vervangen door</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/known_names.py" line="72" />
        <source>Remove (Del)</source>
        <translation>Verwijderen (Del)</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/known_names.py" line="79" />
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/known_names.py" line="126" />
        <source>Type a name or place first.</source>
        <translation>Typ eerst een naam of plaats.</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/known_names.py" line="131" />
        <location filename="../../work/wt/k20-ui/desktop/export/known_names.py" line="156" />
        <source>Not saved: %1</source>
        <translation>Niet opgeslagen: %1</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/known_names.py" line="135" />
        <source>“%1” is always replaced by %2 and is given to speech recognition as a hint.</source>
        <translation>“%1” wordt altijd vervangen door %2 en gaat als hint naar de spraakherkenning.</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/known_names.py" line="138" />
        <source>“%1” is always replaced by %2. The list of hints for speech recognition is full, so it is not given as a hint.</source>
        <translation>“%1” wordt altijd vervangen door %2. De lijst met hints voor de spraakherkenning is vol, dus deze gaat niet als hint mee.</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/known_names.py" line="151" />
        <source>Select a name or place to remove.</source>
        <translation>Kies de naam of plaats die je wilt verwijderen.</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/known_names.py" line="159" />
        <source>“%1” removed: exports replace it only where it is detected or decided.</source>
        <translation>“%1” verwijderd: exports vervangen dit alleen nog waar het herkend of besloten is.</translation>
    </message>
</context>
<context>
    <name>PseudonymReviewDialog</name>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/review.py" line="59" />
        <source>Pseudonymisation review</source>
        <translation>Pseudonimisering controleren</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/review.py" line="65" />
        <source>%1 – interview %2 (%3)</source>
        <translation>%1 – interview %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/review.py" line="73" />
        <source>Interview:</source>
        <translation>Interview:</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/review.py" line="91" />
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/review.py" line="91" />
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/review.py" line="92" />
        <source>Context</source>
        <translation>Context</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/review.py" line="92" />
        <source>Decision</source>
        <translation>Beslissing</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/review.py" line="107" />
        <source>Replace</source>
        <translation>Vervangen</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/review.py" line="110" />
        <source>Replace with…</source>
        <translation>Vervangen door…</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/review.py" line="116" />
        <source>Undo decision</source>
        <translation>Beslissing ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/review.py" line="138" />
        <source>This interview</source>
        <translation>Dit interview</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/review.py" line="139" />
        <source>Study's replacement list</source>
        <translation>Vervangingslijst van de studie</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/review.py" line="145" />
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/review.py" line="185" />
        <location filename="../../work/wt/k20-ui/desktop/export/review.py" line="215" />
        <source>No transcribed interview yet.</source>
        <translation>Nog geen getranscribeerd interview.</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/review.py" line="221" />
        <source>Looking for names, places, phone numbers, e-mail addresses and dates…</source>
        <translation>Zoeken naar namen, plaatsen, telefoonnummers, e-mailadressen en data…</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/review.py" line="222" />
        <source>The first time this takes about a minute (the Dutch name lists are loaded).</source>
        <translation>De eerste keer duurt dit ongeveer een minuut (de Nederlandse namenlijsten worden geladen).</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/review_rows.py" line="21" />
        <source>Space</source>
        <translation>Spatie</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/review_rows.py" line="22" />
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/review_rows.py" line="29" />
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/review_rows.py" line="30" />
        <source>place</source>
        <translation>plaats</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/review_rows.py" line="31" />
        <source>phone number</source>
        <translation>telefoonnummer</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/review_rows.py" line="32" />
        <source>e-mail address</source>
        <translation>e-mailadres</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/review_rows.py" line="33" />
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/review_rows.py" line="34" />
        <source>web address</source>
        <translation>webadres</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/review_rows.py" line="35" />
        <source>number</source>
        <translation>nummer</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/review_rows.py" line="36" />
        <source>age</source>
        <translation>leeftijd</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/review_rows.py" line="37" />
        <source>organisation</source>
        <translation>instelling</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/review_rows.py" line="38" />
        <source>other</source>
        <translation>overig</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/review_rows.py" line="46" />
        <source>? possible</source>
        <translation>? mogelijk</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/review_rows.py" line="51" />
        <source>replace by %1 (proposed)</source>
        <translation>vervangen door %1 (voorstel)</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/review_rows.py" line="51" />
        <source>replace by %1</source>
        <translation>vervangen door %1</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/review_rows.py" line="52" />
        <source>added: replace by %1</source>
        <translation>toegevoegd: vervangen door %1</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/review_rows.py" line="52" />
        <source>study list: replace by %1</source>
        <translation>studielijst: vervangen door %1</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/review_rows.py" line="53" />
        <source>keep as is</source>
        <translation>behouden</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/review_rows.py" line="53" />
        <source>study list: keep as is</source>
        <translation>studielijst: behouden</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/review_rows.py" line="75" />
        <source>Keys: ↑/↓ next term · Space play the audio there · Enter replace · N keep (not an identifier) · Ctrl+Z undo · Ins or + add a missed term · Ctrl+Enter review finished</source>
        <translation>Toetsen: ↑/↓ volgende term · Spatie audio daar afspelen · Enter vervangen · N behouden (geen identificerend gegeven) · Ctrl+Z ongedaan maken · Ins of + gemiste term toevoegen · Ctrl+Enter controle afgerond</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/review.py" line="77" />
        <source>Possible names, places and numbers in this interview, highest risk first. Listen where you are unsure, then replace the term or keep it. Terms marked “? possible” are words speech recognition was unsure of in a name position. Each decision is saved at once and holds for every interview of the study.</source>
        <translation>Mogelijke namen, plaatsen en nummers in dit interview, hoogste risico eerst. Luister waar je twijfelt en vervang de term of behoud hem. Termen met “? mogelijk” zijn woorden waarover de spraakherkenning twijfelde, op een plek waar een naam kan staan. Elke beslissing wordt meteen opgeslagen en geldt voor elk interview van de studie.</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/review.py" line="91" />
        <source>Risk</source>
        <translation>Risico</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/review.py" line="91" />
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/review.py" line="106" />
        <source>Play</source>
        <translation>Afspelen</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/review.py" line="106" />
        <source>Play the audio around the term</source>
        <translation>De audio rond de term afspelen</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/review.py" line="108" />
        <source>It identifies someone: replace it by its placeholder, in every interview</source>
        <translation>Identificerend: vervangen door de plaatshouder, in elk interview</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/review.py" line="114" />
        <source>Keep</source>
        <translation>Behouden</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/review.py" line="114" />
        <source>Not an identifier: keep it in the text</source>
        <translation>Geen identificerend gegeven: in de tekst laten staan</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/review.py" line="117" />
        <source>Add a missed term…</source>
        <translation>Gemiste term toevoegen…</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/review.py" line="118" />
        <source>A name or place the list misses: replaced everywhere</source>
        <translation>Een naam of plaats die in de lijst ontbreekt: wordt overal vervangen</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/review.py" line="143" />
        <source>Review finished</source>
        <translation>Controle afgerond</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/review.py" line="144" />
        <source>Record that you reviewed this interview: exports then say so</source>
        <translation>Vastleggen dat je dit interview hebt gecontroleerd: exports vermelden dat dan</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/review.py" line="183" />
        <location filename="../../work/wt/k20-ui/desktop/export/review.py" line="187" />
        <source>Wait until the list is loaded.</source>
        <translation>Wacht tot de lijst geladen is.</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/review.py" line="189" />
        <source>Select a term first (↑/↓).</source>
        <translation>Kies eerst een term (↑/↓).</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/review.py" line="191" />
        <source>There is no decision of yours on this term to undo.</source>
        <translation>Er is geen beslissing van jou over deze term om ongedaan te maken.</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/review.py" line="193" />
        <source>This term is on the study's replacement list: change it on the tab “Study's replacement list”.</source>
        <translation>Deze term staat op de vervangingslijst van de studie: wijzig hem op het tabblad “Vervangingslijst van de studie”.</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/review.py" line="266" />
        <source>Could not load the review: %1</source>
        <translation>De controle kon niet worden geladen: %1</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/review.py" line="287" />
        <source>Possible identifier: speech recognition was unsure of this word in a name position. Listen to it (Space).</source>
        <translation>Mogelijk identificerend: de spraakherkenning twijfelde over dit woord op een plek waar een naam kan staan. Luister ernaar (Spatie).</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/review.py" line="297" />
        <source>Nothing detected in this interview.</source>
        <translation>Niets gevonden in dit interview.</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/review.py" line="305" />
        <source>%1 of %2 reviewed</source>
        <translation>%1 van %2 nagekeken</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/review.py" line="316" />
        <source>Review finished on %1</source>
        <translation>Controle afgerond op %1</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/review.py" line="318" />
        <source>by %1</source>
        <translation>door %1</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/review.py" line="321" />
        <source>Review out of date: the text changed after it was finished</source>
        <translation>Controle verouderd: de tekst is daarna gewijzigd</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/review.py" line="324" />
        <source>Review not finished</source>
        <translation>Controle niet afgerond</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/review.py" line="344" />
        <source>This interview has no audio to play.</source>
        <translation>Dit interview heeft geen audio om af te spelen.</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/review.py" line="348" />
        <source>“%1” is not in the transcript text, so there is no place to play.</source>
        <translation>“%1” staat niet in de transcripttekst, dus er is geen plek om af te spelen.</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/review.py" line="352" />
        <source>No sound device could be opened; the fragment plays without sound.</source>
        <translation>Er kon geen geluidsapparaat worden geopend; het fragment speelt zonder geluid.</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/review.py" line="376" />
        <location filename="../../work/wt/k20-ui/desktop/export/review.py" line="417" />
        <source>Not saved: %1</source>
        <translation>Niet opgeslagen: %1</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/review.py" line="398" />
        <source>Type the term to add.</source>
        <translation>Typ de term die je wilt toevoegen.</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/review.py" line="410" />
        <source>The transcription of this interview is not finished: finish it before the review.</source>
        <translation>De transcriptie van dit interview is nog niet klaar: maak die eerst af.</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/review.py" line="422" />
        <source>Review finished and recorded: exports of this interview say it was reviewed.</source>
        <translation>Controle afgerond en vastgelegd: exports van dit interview vermelden dat het is gecontroleerd.</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/review.py" line="424" />
        <source>%1 term(s) without a decision are replaced by their placeholder.</source>
        <translation>%1 term(en) zonder beslissing worden vervangen door hun plaatshouder.</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/review.py" line="432" />
        <source>Replace with</source>
        <translation>Vervangen door</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/review.py" line="433" />
        <source>Replace “%1” in this interview with (e.g. R05):</source>
        <translation>“%1” in dit interview vervangen door (bijv. R05):</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/review.py" line="438" />
        <location filename="../../work/wt/k20-ui/desktop/export/review.py" line="443" />
        <location filename="../../work/wt/k20-ui/desktop/export/review.py" line="446" />
        <source>Add a term</source>
        <translation>Term toevoegen</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/review.py" line="438" />
        <source>Term the detector missed (replaced everywhere in this interview):</source>
        <translation>Gemiste term (wordt overal in dit interview vervangen):</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/review.py" line="443" />
        <source>What is it?</source>
        <translation>Wat is het?</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/review.py" line="446" />
        <source>Own replacement (empty: the placeholder):</source>
        <translation>Eigen vervanging (leeg: de plaatshouder):</translation>
    </message>
</context>
<context>
    <name>ReplacementListTab</name>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/replacement_list.py" line="27" />
        <source>Applies to every interview of the study: replace a nickname or a name that comes up in several interviews by a code (e.g. R03), or keep a term that must never be replaced (the study's own town, an organisation the research is about).</source>
        <translation>Geldt voor elk interview van de studie: vervang een bijnaam of een naam die in meerdere interviews voorkomt door een code (bijv. R03), of behoud een term die nooit vervangen mag worden (de eigen stad van de studie, een organisatie waar het onderzoek over gaat).</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/replacement_list.py" line="33" />
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/replacement_list.py" line="33" />
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/replacement_list.py" line="33" />
        <source>Replacement</source>
        <translation>Vervanging</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/replacement_list.py" line="43" />
        <source>Replace everywhere…</source>
        <translation>Overal vervangen…</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/replacement_list.py" line="44" />
        <source>Keep everywhere…</source>
        <translation>Overal behouden…</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/replacement_list.py" line="45" />
        <source>Remove from list</source>
        <translation>Van de lijst halen</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/replacement_list.py" line="65" />
        <source>replace</source>
        <translation>vervangen</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/replacement_list.py" line="65" />
        <source>keep as is</source>
        <translation>behouden</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/replacement_list.py" line="98" />
        <location filename="../../work/wt/k20-ui/desktop/export/replacement_list.py" line="101" />
        <source>Replace everywhere</source>
        <translation>Overal vervangen</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/replacement_list.py" line="98" />
        <source>Term (e.g. a nickname):</source>
        <translation>Term (bijv. een bijnaam):</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/replacement_list.py" line="102" />
        <source>Replace “%1” in every interview with (e.g. R03):</source>
        <translation>“%1” in elk interview vervangen door (bijv. R03):</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/replacement_list.py" line="107" />
        <source>Keep everywhere</source>
        <translation>Overal behouden</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/export/replacement_list.py" line="107" />
        <source>Term never to replace (e.g. the study's town):</source>
        <translation>Term die nooit vervangen wordt (bijv. de stad van de studie):</translation>
    </message>
</context>
</TS>