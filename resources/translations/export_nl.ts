<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name>ExportDialog</name>
    <message>
        <source>whole study</source>
        <translation>hele studie</translation>
    </message>
    <message>
        <source>%1 interview %2</source>
        <translation>%1 interview %2</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/dialog.py" line="21" />
        <location filename="../../work/main/desktop/export/dialog.py" line="107" />
        <location filename="../../work/main/desktop/export/dialog.py" line="272" />
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/dialog.py" line="33" />
        <source>One interview:</source>
        <translation>Eén interview:</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/dialog.py" line="34" />
        <source>The whole study</source>
        <translation>De hele studie</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/dialog.py" line="41" />
        <source>%1 – interview %2 (%3)</source>
        <translation>%1 – interview %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/dialog.py" line="61" />
        <source>Pseudonymise: replace names, places, phone numbers, e-mail addresses and dates</source>
        <translation>Pseudonimiseren: namen, plaatsen, telefoonnummers, e-mailadressen en data vervangen</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/dialog.py" line="66" />
        <source>Where to save the export</source>
        <translation>Waar de export wordt opgeslagen</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/dialog.py" line="67" />
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/dialog.py" line="74" />
        <source>Format:</source>
        <translation>Formaat:</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/dialog.py" line="75" />
        <source>Include:</source>
        <translation>Omvang:</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/dialog.py" line="77" />
        <source>Save as:</source>
        <translation>Opslaan als:</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/dialog.py" line="79" />
        <source>What will be included</source>
        <translation>Wat erin komt</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/dialog.py" line="85" />
        <source>Review pseudonymisation…</source>
        <translation>Pseudonimisering controleren…</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/dialog.py" line="100" />
        <source>Open folder</source>
        <translation>Map openen</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/dialog.py" line="110" />
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/dialog.py" line="148" />
        <source>This format holds one interview.</source>
        <translation>Dit formaat bevat één interview.</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/dialog.py" line="151" />
        <source>This format always covers the whole study.</source>
        <translation>Dit formaat omvat altijd de hele studie.</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/dialog.py" line="174" />
        <source>Export without pseudonymisation?</source>
        <translation>Exporteren zonder pseudonimisering?</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/dialog.py" line="175" />
        <source>The export will contain names, places, phone numbers, e-mail addresses and dates exactly as they were recorded. Treat the file as confidential.

This unpseudonymised export will be recorded in the study's audit log. Export without pseudonymisation?</source>
        <translation>De export bevat namen, plaatsen, telefoonnummers, e-mailadressen en data precies zoals ze zijn opgenomen. Behandel het bestand als vertrouwelijk.

Deze niet-gepseudonimiseerde export wordt vastgelegd in het auditlogboek van de studie. Exporteren zonder pseudonimisering?</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/dialog.py" line="193" />
        <source>Export to</source>
        <translation>Exporteren naar</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/dialog.py" line="204" />
        <source>Counting…</source>
        <translation>Tellen…</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/dialog.py" line="272" />
        <source>%1 already exists. Replace it?</source>
        <translation>%1 bestaat al. Vervangen?</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/dialog.py" line="280" />
        <source>Exporting… Loading the pseudonymiser takes about a minute the first time.</source>
        <translation>Bezig met exporteren… De eerste keer duurt het laden van de pseudonimisering ongeveer een minuut.</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/dialog.py" line="281" />
        <source>Exporting…</source>
        <translation>Bezig met exporteren…</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/dialog.py" line="295" />
        <source>Exported to %1</source>
        <translation>Geëxporteerd naar %1</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/dialog.py" line="301" />
        <source>Export failed: %1</source>
        <translation>Exporteren mislukt: %1</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/dialog.py" line="315" />
        <source>The export is still running; close this window when it is done.</source>
        <translation>De export loopt nog; sluit dit venster als hij klaar is.</translation>
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <location filename="../../work/main/desktop/export/formats.py" line="20" />
        <source>Coded transcript (.docx)</source>
        <translation>Gecodeerd transcript (.docx)</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/formats.py" line="21" />
        <source>Category report (.docx)</source>
        <translation>Rapport per categorie (.docx)</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/formats.py" line="22" />
        <source>Perception matrix with quotes (.docx)</source>
        <translation>Beeldvorming over en weer, met citaten (.docx)</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/formats.py" line="23" />
        <source>Perception matrix, spreadsheet (.xlsx)</source>
        <translation>Beeldvorming over en weer, spreadsheet (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/formats.py" line="24" />
        <source>Perception matrix, table (.csv)</source>
        <translation>Beeldvorming over en weer, tabel (.csv)</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/formats.py" line="25" />
        <source>Consent register (.docx)</source>
        <translation>Toestemmingsregister (.docx)</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/formats.py" line="26" />
        <source>Consent register, table (.csv)</source>
        <translation>Toestemmingsregister, tabel (.csv)</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/formats.py" line="27" />
        <source>REFI-QDA project for ATLAS.ti, MAXQDA, NVivo… (.qdpx)</source>
        <translation>REFI-QDA-project voor ATLAS.ti, MAXQDA, NVivo… (.qdpx)</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/formats.py" line="28" />
        <source>Codebook, REFI-QDA (.qdc)</source>
        <translation>Codeboek, REFI-QDA (.qdc)</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/formats.py" line="29" />
        <source>Codebook for Taguette (.csv)</source>
        <translation>Codeboek voor Taguette (.csv)</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/formats.py" line="29" />
        <source>Transcript, plain text (.txt)</source>
        <translation>Transcript, platte tekst (.txt)</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/formats.py" line="30" />
        <source>Transcript, subtitles (.srt)</source>
        <translation>Transcript, ondertitels (.srt)</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/formats.py" line="31" />
        <source>Transcript, web subtitles (.vtt)</source>
        <translation>Transcript, webondertitels (.vtt)</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/formats.py" line="32" />
        <source>Transcript with word timings (.json)</source>
        <translation>Transcript met woordtijden (.json)</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <location filename="../../work/main/desktop/export/__init__.py" line="43" />
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/__init__.py" line="44" />
        <source>Export documents, overviews, transcripts or a REFI-QDA project</source>
        <translation>Documenten, overzichten, transcripten of een REFI-QDA-project exporteren</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/__init__.py" line="45" />
        <source>&amp;Pseudonymisation review…</source>
        <translation>&amp;Pseudonimisering controleren…</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/__init__.py" line="47" />
        <source>Review the names, places and numbers exports replace in this interview</source>
        <translation>De namen, plaatsen en nummers nakijken die exports in dit interview vervangen</translation>
    </message>
</context>
<context>
    <name>ExportPreview</name>
    <message>
        <location filename="../../work/main/desktop/export/preview_text.py" line="15" />
        <source>No transcribed interview to export yet.</source>
        <translation>Nog geen getranscribeerd interview om te exporteren.</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/preview_text.py" line="17" />
        <source>Interviews: %1 (%2)</source>
        <translation>Interviews: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/preview_text.py" line="20" />
        <source>The codebook only: no interview text, nothing to pseudonymise.</source>
        <translation>Alleen het codeboek: geen interviewtekst, niets te pseudonimiseren.</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/preview_text.py" line="22" />
        <source>Participants: %1 (%2)</source>
        <translation>Deelnemers: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/preview_text.py" line="25" />
        <source>Coded excerpts included: %1</source>
        <translation>Gecodeerde fragmenten: %1</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/preview_text.py" line="25" />
        <source>Perception excerpts included: %1</source>
        <translation>Beeldvormingsfragmenten: %1</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/preview_text.py" line="28" />
        <source>Transcript segments included: %1</source>
        <translation>Transcriptsegmenten: %1</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/preview_text.py" line="30" />
        <source>No quotes: this format holds counts and codes only.</source>
        <translation>Geen citaten: dit formaat bevat alleen aantallen en codes.</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/preview_text.py" line="33" />
        <source>Segments left out: %1 (%2 did not consent to quoting, consent item 3).</source>
        <translation>Segmenten weggelaten: %1 (%2 gaf geen toestemming voor citeren, toestemmingsitem 3).</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/preview_text.py" line="35" />
        <source>Quotes left out: %1 (%2 did not consent to quoting, consent item 3).</source>
        <translation>Citaten weggelaten: %1 (%2 gaf geen toestemming voor citeren, toestemmingsitem 3).</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/preview_text.py" line="40" />
        <source>NOT pseudonymised: names and places stay as recorded; the export is recorded in the audit log.</source>
        <translation>NIET gepseudonimiseerd: namen en plaatsen blijven zoals opgenomen; de export komt in het auditlogboek.</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/preview_text.py" line="43" />
        <source>Checking the pseudonymisation review… (the first time this takes about a minute: the Dutch name lists are loaded)</source>
        <translation>Pseudonimisering nakijken… (de eerste keer duurt dit ongeveer een minuut: de Nederlandse namenlijsten worden geladen)</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/preview_text.py" line="51" />
        <source>Pseudonymisation review still open: %1 detected term(s) nobody decided on in interview(s) %2. They will be replaced by placeholders.</source>
        <translation>Pseudonimisering nog niet nagekeken: over %1 gevonden term(en) in interview(s) %2 is nog niets besloten. Ze worden vervangen door plaatshouders.</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/preview_text.py" line="55" />
        <source>Pseudonymisation reviewed for every included interview.</source>
        <translation>Pseudonimisering nagekeken voor elk interview in de export.</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/preview_text.py" line="41" />
        <source>Transcription not finished for %1: the export holds only what is done and says 'onvolledig'.</source>
        <translation>Transcriptie nog niet klaar voor %1: de export bevat alleen wat klaar is en vermeldt 'onvolledig'.</translation>
    </message>
</context>
<context>
    <name>PseudonymReviewDialog</name>
    <message>
        <location filename="../../work/main/desktop/export/review.py" line="29" />
        <source>Pseudonymisation review</source>
        <translation>Pseudonimisering controleren</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/review.py" line="35" />
        <source>%1 – interview %2 (%3)</source>
        <translation>%1 – interview %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/review.py" line="40" />
        <source>Interview:</source>
        <translation>Interview:</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/review.py" line="43" />
        <source>Exports replace what is detected below by its placeholder. Reject a term the detector got wrong (it then stays in the text), accept it with your own replacement, or add a term it missed. Decisions are saved at once.</source>
        <translation>Exports vervangen wat hieronder gevonden is door een plaatshouder. Behoud een term die ten onrechte is gevonden (hij blijft dan in de tekst), vervang hem door een eigen tekst, of voeg een gemiste term toe. Beslissingen worden meteen opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/review.py" line="56" />
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/review.py" line="56" />
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/review.py" line="56" />
        <source>Count</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/review.py" line="56" />
        <source>Context</source>
        <translation>Context</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/review.py" line="57" />
        <source>Decision</source>
        <translation>Beslissing</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/review.py" line="69" />
        <source>Replace</source>
        <translation>Vervangen</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/review.py" line="70" />
        <source>Accept: replace the term by its placeholder</source>
        <translation>Accepteren: de term vervangen door de plaatshouder</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/review.py" line="71" />
        <source>Replace with…</source>
        <translation>Vervangen door…</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/review.py" line="72" />
        <source>Keep (detector wrong)</source>
        <translation>Behouden (onterecht gevonden)</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/review.py" line="73" />
        <source>Undo decision</source>
        <translation>Beslissing ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/review.py" line="74" />
        <source>Add a term…</source>
        <translation>Term toevoegen…</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/review.py" line="94" />
        <source>This interview</source>
        <translation>Dit interview</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/review.py" line="95" />
        <source>Study's replacement list</source>
        <translation>Vervangingslijst van de studie</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/review.py" line="97" />
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/review.py" line="127" />
        <source>No transcribed interview yet.</source>
        <translation>Nog geen getranscribeerd interview.</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/review.py" line="132" />
        <source>Looking for names, places, phone numbers, e-mail addresses and dates…</source>
        <translation>Zoeken naar namen, plaatsen, telefoonnummers, e-mailadressen en data…</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/review.py" line="133" />
        <source>The first time this takes about a minute (the Dutch name lists are loaded).</source>
        <translation>De eerste keer duurt dit ongeveer een minuut (de Nederlandse namenlijsten worden geladen).</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/review.py" line="174" />
        <source>replace by %1 (proposed)</source>
        <translation>vervangen door %1 (voorstel)</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/review.py" line="174" />
        <source>replace by %1</source>
        <translation>vervangen door %1</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/review.py" line="175" />
        <source>added: replace by %1</source>
        <translation>toegevoegd: vervangen door %1</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/review.py" line="175" />
        <source>study list: replace by %1</source>
        <translation>studielijst: vervangen door %1</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/review.py" line="176" />
        <source>keep as is</source>
        <translation>behouden</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/review.py" line="176" />
        <source>study list: keep as is</source>
        <translation>studielijst: behouden</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/review.py" line="200" />
        <source>%1 term(s), %2 without a decision.</source>
        <translation>%1 term(en), %2 zonder beslissing.</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/review.py" line="201" />
        <source>Nothing detected in this interview.</source>
        <translation>Niets gevonden in dit interview.</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/review.py" line="244" />
        <source>Replace with</source>
        <translation>Vervangen door</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/review.py" line="245" />
        <source>Replace “%1” in this interview with (e.g. R05):</source>
        <translation>“%1” in dit interview vervangen door (bijv. R05):</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/review.py" line="250" />
        <location filename="../../work/main/desktop/export/review.py" line="255" />
        <location filename="../../work/main/desktop/export/review.py" line="258" />
        <source>Add a term</source>
        <translation>Term toevoegen</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/review.py" line="250" />
        <source>Term the detector missed (replaced everywhere in this interview):</source>
        <translation>Gemiste term (wordt overal in dit interview vervangen):</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/review.py" line="255" />
        <source>What is it?</source>
        <translation>Wat is het?</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/review.py" line="258" />
        <source>Own replacement (empty: the placeholder):</source>
        <translation>Eigen vervanging (leeg: de plaatshouder):</translation>
    </message>
</context>
<context>
    <name>ReplacementListTab</name>
    <message>
        <location filename="../../work/main/desktop/export/replacement_list.py" line="18" />
        <source>Applies to every interview of the study: replace a nickname or a name that comes up in several interviews by a code (e.g. R03), or keep a term that must never be replaced (the study's own town, an organisation the research is about).</source>
        <translation>Geldt voor elk interview van de studie: vervang een bijnaam of een naam die in meerdere interviews voorkomt door een code (bijv. R03), of behoud een term die nooit vervangen mag worden (de eigen stad van de studie, een organisatie waar het onderzoek over gaat).</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/replacement_list.py" line="24" />
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/replacement_list.py" line="24" />
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/replacement_list.py" line="24" />
        <source>Replacement</source>
        <translation>Vervanging</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/replacement_list.py" line="34" />
        <source>Replace everywhere…</source>
        <translation>Overal vervangen…</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/replacement_list.py" line="35" />
        <source>Keep everywhere…</source>
        <translation>Overal behouden…</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/replacement_list.py" line="36" />
        <source>Remove from list</source>
        <translation>Van de lijst halen</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/replacement_list.py" line="56" />
        <source>replace</source>
        <translation>vervangen</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/replacement_list.py" line="56" />
        <source>keep as is</source>
        <translation>behouden</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/replacement_list.py" line="89" />
        <location filename="../../work/main/desktop/export/replacement_list.py" line="92" />
        <source>Replace everywhere</source>
        <translation>Overal vervangen</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/replacement_list.py" line="89" />
        <source>Term (e.g. a nickname):</source>
        <translation>Term (bijv. een bijnaam):</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/replacement_list.py" line="93" />
        <source>Replace “%1” in every interview with (e.g. R03):</source>
        <translation>“%1” in elk interview vervangen door (bijv. R03):</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/replacement_list.py" line="98" />
        <source>Keep everywhere</source>
        <translation>Overal behouden</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/export/replacement_list.py" line="98" />
        <source>Term never to replace (e.g. the study's town):</source>
        <translation>Term die nooit vervangen wordt (bijv. de stad van de studie):</translation>
    </message>
</context>
</TS>