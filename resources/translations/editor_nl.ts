<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutRoleDialog</name>
    <message>
        <source>Press the key of the role spoken about, then Enter:</source>
        <translation>Druk op de toets van de rol waarover gesproken wordt, dan op Enter:</translation>
    </message>
    <message>
        <source>(now)</source>
        <translation>(nu)</translation>
    </message>
    <message>
        <source>(last used)</source>
        <translation>(laatst gekozen)</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/dialogs.py" line="26" />
        <source>Who is this statement about?</source>
        <translation>Over wie gaat deze uitspraak?</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/dialogs.py" line="31" />
        <source>Speaker's role: %1</source>
        <translation>Rol van de spreker: %1</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/dialogs.py" line="33" />
        <source>Role spoken about</source>
        <translation>Rol waarover gesproken wordt</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/dialogs.py" line="34" />
        <source>Choose a role…</source>
        <translation>Kies een rol…</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/dialogs.py" line="40" />
        <source>About the role:</source>
        <translation>Over de rol:</translation>
    </message>
</context>
<context>
    <name>CodeDialog</name>
    <message>
        <location filename="../../work/main/desktop/coding/code_dialog.py" line="14" />
        <source>Edit code</source>
        <translation>Code bewerken</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/coding/code_dialog.py" line="14" />
        <source>New code</source>
        <translation>Nieuwe code</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/coding/code_dialog.py" line="17" />
        <source>short lower-case key, e.g. veiligheid</source>
        <translation>korte sleutel in kleine letters, bijv. veiligheid</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/coding/code_dialog.py" line="26" />
        <source>Perception code: ask which role a statement is about</source>
        <translation>Beeldvormingscode: vraag over welke rol een uitspraak gaat</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/coding/code_dialog.py" line="28" />
        <source>Key</source>
        <translation>Sleutel</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/coding/code_dialog.py" line="29" />
        <source>Label (Dutch)</source>
        <translation>Label (Nederlands)</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/coding/code_dialog.py" line="30" />
        <source>Label (English)</source>
        <translation>Label (Engels)</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/coding/code_dialog.py" line="31" />
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/coding/code_dialog.py" line="32" />
        <source>Colour</source>
        <translation>Kleur</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/coding/code_dialog.py" line="44" />
        <source>Colour of the code</source>
        <translation>Kleur van de code</translation>
    </message>
</context>
<context>
    <name>CodebookPanel</name>
    <message>
        <location filename="../../work/main/desktop/coding/codebook_panel.py" line="65" />
        <location filename="../../work/main/desktop/coding/codebook_panel.py" line="176" />
        <source>Codebook</source>
        <translation>Codeboek</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/coding/codebook_panel.py" line="69" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/coding/codebook_panel.py" line="69" />
        <source>Codings</source>
        <translation>Coderingen</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/coding/codebook_panel.py" line="70" />
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/coding/codebook_panel.py" line="83" />
        <source>Add a code</source>
        <translation>Code toevoegen</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/coding/codebook_panel.py" line="84" />
        <source>Edit or rename the code</source>
        <translation>Code bewerken of hernoemen</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/coding/codebook_panel.py" line="85" />
        <source>Change the colour</source>
        <translation>Kleur wijzigen</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/coding/codebook_panel.py" line="86" />
        <source>Nest under another code</source>
        <translation>Onder een andere code plaatsen</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/coding/codebook_panel.py" line="87" />
        <source>Merge into another code</source>
        <translation>Samenvoegen met een andere code</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/coding/codebook_panel.py" line="88" />
        <source>Delete the code</source>
        <translation>Code verwijderen</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/coding/codebook_panel.py" line="127" />
        <source>Asks which role the statement is about.</source>
        <translation>Vraagt over welke rol de uitspraak gaat.</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/coding/codebook_panel.py" line="199" />
        <source>Changing the key keeps every coding.</source>
        <translation>Een andere sleutel behoudt alle coderingen.</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/coding/codebook_panel.py" line="219" />
        <source>Colour of the code</source>
        <translation>Kleur van de code</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/coding/codebook_panel.py" line="227" />
        <source>(top level)</source>
        <translation>(hoogste niveau)</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/coding/codebook_panel.py" line="228" />
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/coding/codebook_panel.py" line="240" />
        <source>Nest under</source>
        <translation>Plaatsen onder</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/coding/codebook_panel.py" line="250" />
        <source>Merge into</source>
        <translation>Samenvoegen met</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/coding/codebook_panel.py" line="254" />
        <source>Merge “%1” into “%2”? Its %3 coding(s) move to “%2” and “%1” is removed.</source>
        <translation>“%1” samenvoegen met “%2”? De %3 codering(en) gaan naar “%2” en “%1” verdwijnt.</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/coding/codebook_panel.py" line="256" />
        <source>Merge codes</source>
        <translation>Codes samenvoegen</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/coding/codebook_panel.py" line="263" />
        <source>Delete the code “%1”? Its %2 coding(s) will be removed from the transcripts.</source>
        <translation>De code “%1” verwijderen? De %2 codering(en) verdwijnen uit de transcripten.</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/coding/codebook_panel.py" line="266" />
        <source>Its sub-codes (%1) move up one level.</source>
        <translation>De subcodes (%1) gaan één niveau omhoog.</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/coding/codebook_panel.py" line="273" />
        <source>Delete code</source>
        <translation>Code verwijderen</translation>
    </message>
</context>
<context>
    <name>CodingActions</name>
    <message>
        <location filename="../../work/main/desktop/editor/coding_actions.py" line="57" />
        <source>Select the text to code first.</source>
        <translation>Selecteer eerst de tekst die je wilt coderen.</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/coding_actions.py" line="65" />
        <source>Coded as %1</source>
        <translation>Gecodeerd als %1</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/coding_actions.py" line="77" />
        <source>Edit memo</source>
        <translation>Memo bewerken</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/coding_actions.py" line="91" />
        <source>Re-code</source>
        <translation>Hercoderen</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/coding_actions.py" line="100" />
        <source>Change role spoken about</source>
        <translation>Rol waarover gesproken wordt wijzigen</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/coding_actions.py" line="119" />
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
</context>
<context>
    <name>DetectSpeakersDialog</name>
    <message>
        <location filename="../../work/main/desktop/editor/speaker_dialogs.py" line="98" />
        <source>Detect speakers</source>
        <translation>Sprekers herkennen</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/speaker_dialogs.py" line="100" />
        <source>Veldwerk listens to the recording on this computer and labels who spoke when. Check the result: it is a proposal.</source>
        <translation>Veldwerk beluistert de opname op deze computer en geeft aan wie wanneer sprak. Controleer het resultaat: het is een voorstel.</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/speaker_dialogs.py" line="104" />
        <source>Number of speakers:</source>
        <translation>Aantal sprekers:</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/speaker_dialogs.py" line="108" />
        <source>Number of speakers</source>
        <translation>Aantal sprekers</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/speaker_dialogs.py" line="109" />
        <source>Estimate the number (expects %1)</source>
        <translation>Aantal schatten (verwacht %1)</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/speaker_dialogs.py" line="117" />
        <source>The speakers already in this transcript are replaced. Undo (Ctrl+Z) brings them back.</source>
        <translation>De sprekers die nu in dit transcript staan worden vervangen. Ongedaan maken (Ctrl+Z) zet ze terug.</translation>
    </message>
</context>
<context>
    <name>EditorCommands</name>
    <message>
        <location filename="../../work/main/desktop/editor/undo_steps.py" line="32" />
        <source>Edit text</source>
        <translation>Tekst bewerken</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/undo_steps.py" line="51" />
        <source>Restore original text</source>
        <translation>Oorspronkelijke tekst terugzetten</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/undo_steps.py" line="57" />
        <source>Split segment</source>
        <translation>Segment splitsen</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/undo_steps.py" line="77" />
        <source>Merge segments</source>
        <translation>Segmenten samenvoegen</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/undo_steps.py" line="94" />
        <source>Assign speaker</source>
        <translation>Spreker toewijzen</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/undo_steps.py" line="112" />
        <source>Code text</source>
        <translation>Tekst coderen</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/undo_steps.py" line="135" />
        <source>Remove coding</source>
        <translation>Codering verwijderen</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/speaker_commands.py" line="38" />
        <source>Name speakers</source>
        <translation>Sprekers een naam geven</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/speaker_commands.py" line="46" />
        <source>Merge speakers</source>
        <translation>Sprekers samenvoegen</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/speaker_commands.py" line="51" />
        <source>Detect speakers</source>
        <translation>Sprekers herkennen</translation>
    </message>
</context>
<context>
    <name>ExcerptBrowser</name>
    <message>
        <location filename="../../work/main/desktop/coding/excerpt_browser.py" line="37" />
        <source>Text contains…</source>
        <translation>Tekst bevat…</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/coding/excerpt_browser.py" line="39" />
        <location filename="../../work/main/desktop/coding/excerpt_model.py" line="13" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/coding/excerpt_browser.py" line="39" />
        <location filename="../../work/main/desktop/coding/excerpt_model.py" line="11" />
        <source>Participant</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/coding/excerpt_browser.py" line="40" />
        <location filename="../../work/main/desktop/coding/excerpt_model.py" line="12" />
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/coding/excerpt_browser.py" line="40" />
        <location filename="../../work/main/desktop/coding/excerpt_model.py" line="14" />
        <source>About</source>
        <translation>Over</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/coding/excerpt_browser.py" line="56" />
        <source>Coded excerpts</source>
        <translation>Gecodeerde fragmenten</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/coding/excerpt_browser.py" line="90" />
        <source>(all)</source>
        <translation>(alle)</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/coding/excerpt_browser.py" line="92" />
        <source>(all perception codes)</source>
        <translation>(alle beeldvormingscodes)</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/coding/excerpt_model.py" line="10" />
        <source>Play</source>
        <translation>Afspelen</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/coding/excerpt_model.py" line="15" />
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/coding/excerpt_model.py" line="16" />
        <source>Excerpt</source>
        <translation>Fragment</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/coding/excerpt_model.py" line="17" />
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/coding/excerpt_model.py" line="52" />
        <source>Play this excerpt</source>
        <translation>Dit fragment afspelen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../work/main/desktop/coding/excerpt_browser.py" line="138" />
        <source>%n excerpt(s)</source>
        <translation><numerusform>%n fragment</numerusform><numerusform>%n fragmenten</numerusform></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../work/main/desktop/editor/find_bar.py" line="46" />
        <location filename="../../work/main/desktop/editor/find_bar.py" line="47" />
        <source>Find</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/find_bar.py" line="50" />
        <location filename="../../work/main/desktop/editor/find_bar.py" line="51" />
        <source>Replace with</source>
        <translation>Vervangen door</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/find_bar.py" line="52" />
        <source>Previous</source>
        <translation>Vorige</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/find_bar.py" line="53" />
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/find_bar.py" line="54" />
        <source>Replace</source>
        <translation>Vervangen</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/find_bar.py" line="55" />
        <source>Replace all</source>
        <translation>Alles vervangen</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/find_bar.py" line="56" />
        <source>Whole study</source>
        <translation>Hele onderzoek</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/find_bar.py" line="57" />
        <source>Search every interview of the study</source>
        <translation>Zoek in alle interviews van het onderzoek</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/find_bar.py" line="61" />
        <location filename="../../work/main/desktop/editor/find_bar.py" line="62" />
        <source>Close the find bar</source>
        <translation>Zoekbalk sluiten</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/find_bar.py" line="65" />
        <source>Search results in the study</source>
        <translation>Zoekresultaten in het onderzoek</translation>
    </message>
    <message numerus="yes">
        <location filename="../../work/main/desktop/editor/find_bar.py" line="104" />
        <source>%n hit(s)</source>
        <translation><numerusform>%n treffer</numerusform><numerusform>%n treffers</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../work/main/desktop/editor/find_bar.py" line="109" />
        <source>%n replacement(s)</source>
        <translation><numerusform>%n vervanging</numerusform><numerusform>%n vervangingen</numerusform></translation>
    </message>
</context>
<context>
    <name>FindMixin</name>
    <message>
        <location filename="../../work/main/desktop/editor/find_mixin.py" line="26" />
        <source>Not found</source>
        <translation>Niet gevonden</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/find_mixin.py" line="44" />
        <source>Replace all</source>
        <translation>Alles vervangen</translation>
    </message>
</context>
<context>
    <name>InterviewWorkspace</name>
    <message>
        <location filename="../../work/main/desktop/editor/workspace.py" line="64" />
        <source>Transcript</source>
        <translation>Transcript</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/workspace.py" line="152" />
        <source>This interview has no transcript yet.</source>
        <translation>Dit interview heeft nog geen transcript.</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/workspace.py" line="234" />
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/workspace.py" line="319" />
        <source>Put the cursor inside the segment's text to split it.</source>
        <translation>Zet de cursor in de tekst van het segment om het te splitsen.</translation>
    </message>
</context>
<context>
    <name>MemoDialog</name>
    <message>
        <location filename="../../work/main/desktop/editor/dialogs.py" line="94" />
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/dialogs.py" line="100" />
        <source>Memo text</source>
        <translation>Tekst van de memo</translation>
    </message>
</context>
<context>
    <name>MergeSpeakersDialog</name>
    <message>
        <location filename="../../work/main/desktop/editor/speaker_dialogs.py" line="67" />
        <source>Merge speakers</source>
        <translation>Sprekers samenvoegen</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/speaker_dialogs.py" line="74" />
        <source>Speaker to merge</source>
        <translation>Spreker die opgaat in de andere</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/speaker_dialogs.py" line="75" />
        <source>Speaker to keep</source>
        <translation>Spreker die blijft</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/speaker_dialogs.py" line="76" />
        <source>Every segment of</source>
        <translation>Elk segment van</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/speaker_dialogs.py" line="77" />
        <source>goes to</source>
        <translation>gaat naar</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <location filename="../../work/main/desktop/coding/network_view.py" line="17" />
        <source>Network of perceptions</source>
        <translation>Netwerk van beeldvorming</translation>
    </message>
</context>
<context>
    <name>OriginalTextDialog</name>
    <message>
        <location filename="../../work/main/desktop/editor/dialogs.py" line="76" />
        <source>Original transcription</source>
        <translation>Oorspronkelijke transcriptie</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/dialogs.py" line="78" />
        <source>Changes to the automatic transcription (removed in red, added in green):</source>
        <translation>Wijzigingen ten opzichte van de automatische transcriptie (verwijderd in rood, toegevoegd in groen):</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/dialogs.py" line="83" />
        <source>Restore original</source>
        <translation>Origineel terugzetten</translation>
    </message>
</context>
<context>
    <name>PerceptionOverview</name>
    <message>
        <location filename="../../work/main/desktop/coding/perception_overview.py" line="25" />
        <source>Perceptions: who says what about whom</source>
        <translation>Beeldvorming over en weer: wie zegt wat over wie</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/coding/perception_overview.py" line="26" />
        <source>Rows: the speaker's role. Columns: the role spoken about. Click a count to read the excerpts.</source>
        <translation>Rijen: de rol van de spreker. Kolommen: de rol waarover het gaat. Klik op een aantal om de fragmenten te lezen.</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/coding/perception_overview.py" line="30" />
        <source>Perception matrix</source>
        <translation>Matrix van beeldvorming</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/coding/perception_overview.py" line="67" />
        <location filename="../../work/main/desktop/coding/perception_overview.py" line="68" />
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/coding/perception_overview.py" line="85" />
        <source>%1 about %2: %3</source>
        <translation>%1 over %2: %3</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/coding/perception_overview.py" line="85" />
        <location filename="../../work/main/desktop/coding/perception_overview.py" line="86" />
        <location filename="../../work/main/desktop/coding/perception_overview.py" line="117" />
        <location filename="../../work/main/desktop/coding/perception_overview.py" line="118" />
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/coding/perception_overview.py" line="91" />
        <source>spoken about: %1</source>
        <translation>gesproken over: %1</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/coding/perception_overview.py" line="100" />
        <source>All perception excerpts</source>
        <translation>Alle fragmenten over beeldvorming</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/coding/perception_overview.py" line="117" />
        <source>%1 about %2</source>
        <translation>%1 over %2</translation>
    </message>
</context>
<context>
    <name>PlayerControls</name>
    <message>
        <location filename="../../work/main/desktop/editor/controls.py" line="24" />
        <source>Back 5 seconds (Alt+Left)</source>
        <translation>5 seconden terug (Alt+Links)</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/controls.py" line="26" />
        <source>Play or pause</source>
        <translation>Afspelen of pauzeren</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/controls.py" line="28" />
        <source>Forward 5 seconds (Alt+Right)</source>
        <translation>5 seconden vooruit (Alt+Rechts)</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/controls.py" line="31" />
        <source>Playback speed</source>
        <translation>Afspeelsnelheid</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/controls.py" line="32" />
        <source>Speed without pitch change (Alt+Up / Alt+Down)</source>
        <translation>Snelheid zonder toonhoogteverandering (Alt+Omhoog / Alt+Omlaag)</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/controls.py" line="39" />
        <source>Speed</source>
        <translation>Snelheid</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/controls.py" line="52" />
        <source>Play / pause (%1); pausing rewinds a little</source>
        <translation>Afspelen / pauzeren (%1); bij pauzeren spoelt het iets terug</translation>
    </message>
</context>
<context>
    <name>SpeakerNamesDialog</name>
    <message>
        <location filename="../../work/main/desktop/editor/speaker_dialogs.py" line="33" />
        <source>Speaker names</source>
        <translation>Namen van sprekers</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/speaker_dialogs.py" line="35" />
        <source>A name applies to every segment of that speaker.</source>
        <translation>Een naam geldt voor elk segment van die spreker.</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/speaker_dialogs.py" line="44" />
        <source>Name for %1</source>
        <translation>Naam voor %1</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/speaker_dialogs.py" line="48" />
        <source>new speaker label, e.g. S3</source>
        <translation>nieuw sprekerslabel, bijv. S3</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/speaker_dialogs.py" line="51" />
        <source>its name</source>
        <translation>de naam</translation>
    </message>
</context>
<context>
    <name>SpeakerTools</name>
    <message>
        <location filename="../../work/main/desktop/editor/speaker_tools.py" line="34" />
        <source>The transcript has no text yet, so there are no speakers to label.</source>
        <translation>Het transcript heeft nog geen tekst, dus er zijn geen sprekers om aan te geven.</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/speaker_tools.py" line="36" />
        <source>There is too little speech in the recording to tell speakers apart.</source>
        <translation>Er is te weinig spraak in de opname om sprekers te onderscheiden.</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/speaker_tools.py" line="38" />
        <source>Speakers could not be detected: %1</source>
        <translation>Sprekers konden niet worden herkend: %1</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/speaker_tools.py" line="39" />
        <source>Speakers could not be detected (an error in Veldwerk): %1</source>
        <translation>Sprekers konden niet worden herkend (een fout in Veldwerk): %1</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/speaker_tools.py" line="80" />
        <location filename="../../work/main/desktop/editor/speaker_tools.py" line="166" />
        <source>Detect speakers</source>
        <translation>Sprekers herkennen</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/speaker_tools.py" line="109" />
        <source>There is no speaker %1 yet.</source>
        <translation>Er is nog geen spreker %1.</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/speaker_tools.py" line="122" />
        <source>%1 merged into %2.</source>
        <translation>%1 samengevoegd met %2.</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/speaker_tools.py" line="135" />
        <source>There are fewer than two speakers to merge.</source>
        <translation>Er zijn minder dan twee sprekers om samen te voegen.</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/speaker_tools.py" line="152" />
        <source>Speakers detected: %1. Check them and correct where needed.</source>
        <translation>Sprekers herkend: %1. Controleer ze en verbeter waar nodig.</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/speaker_tools.py" line="165" />
        <source>Detecting speakers…</source>
        <translation>Sprekers herkennen…</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/speaker_tools.py" line="165" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/speaker_tools.py" line="174" />
        <source>Speaker detection cancelled; nothing was changed.</source>
        <translation>Sprekerherkenning geannuleerd; er is niets veranderd.</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <location filename="../../work/main/desktop/editor/text_view.py" line="197" />
        <location filename="../../work/main/desktop/editor/text_view.py" line="211" />
        <source>Edit one segment at a time; select text within a segment to change it.</source>
        <translation>Bewerk één segment tegelijk; selecteer tekst binnen een segment om die te wijzigen.</translation>
    </message>
</context>
<context>
    <name>Waveform</name>
    <message>
        <location filename="../../work/main/desktop/editor/waveform.py" line="43" />
        <source>Waveform</source>
        <translation>Golfvorm</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/waveform.py" line="50" />
        <source>Click to play from here</source>
        <translation>Klik om vanaf hier af te spelen</translation>
    </message>
</context>
<context>
    <name>WorkspaceMenus</name>
    <message>
        <location filename="../../work/main/desktop/editor/workspace_menus.py" line="25" />
        <source>Code selection as</source>
        <translation>Selectie coderen als</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/workspace_menus.py" line="41" />
        <source>Memo…</source>
        <translation>Memo…</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/workspace_menus.py" line="42" />
        <source>Re-code as</source>
        <translation>Hercoderen als</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/workspace_menus.py" line="47" />
        <source>Role spoken about…</source>
        <translation>Rol waarover gesproken wordt…</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/workspace_menus.py" line="48" />
        <source>Select coded text</source>
        <translation>Gecodeerde tekst selecteren</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/workspace_menus.py" line="50" />
        <source>Remove coding</source>
        <translation>Codering verwijderen</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/workspace_menus.py" line="65" />
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/workspace_menus.py" line="67" />
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/workspace_menus.py" line="69" />
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/workspace_menus.py" line="70" />
        <source>Find and replace…</source>
        <translation>Zoeken en vervangen…</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/workspace_menus.py" line="75" />
        <source>Play from here</source>
        <translation>Vanaf hier afspelen</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/workspace_menus.py" line="76" />
        <source>Split segment here</source>
        <translation>Segment hier splitsen</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/workspace_menus.py" line="78" />
        <source>Merge with next segment</source>
        <translation>Samenvoegen met volgend segment</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/workspace_menus.py" line="89" />
        <source>Speaker</source>
        <translation>Spreker</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/workspace_menus.py" line="96" />
        <source>New speaker…</source>
        <translation>Nieuwe spreker…</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/workspace_menus.py" line="83" />
        <source>Original transcription…</source>
        <translation>Oorspronkelijke transcriptie…</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/workspace_menus.py" line="98" />
        <source>Name speakers…</source>
        <translation>Sprekers een naam geven…</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/workspace_menus.py" line="99" />
        <source>Merge speakers…</source>
        <translation>Sprekers samenvoegen…</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/workspace_menus.py" line="100" />
        <source>Detect speakers…</source>
        <translation>Sprekers herkennen…</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/workspace_menus.py" line="136" />
        <location filename="../../work/main/desktop/editor/workspace_menus.py" line="141" />
        <source>New speaker</source>
        <translation>Nieuwe spreker</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/editor/workspace_menus.py" line="136" />
        <source>Label (for example S3):</source>
        <translation>Label (bijvoorbeeld S3):</translation>
    </message>
</context>
</TS>