<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutRoleDialog</name>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/dialogs.py" line="37" />
        <source>Press the key of the role spoken about, then Enter:</source>
        <translation>Druk op de toets van de rol waarover gesproken wordt, dan op Enter:</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/dialogs.py" line="47" />
        <source>(now)</source>
        <translation>(nu)</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/dialogs.py" line="49" />
        <source>(last used)</source>
        <translation>(laatst gekozen)</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/dialogs.py" line="29" />
        <source>Who is this statement about?</source>
        <translation>Over wie gaat deze uitspraak?</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/dialogs.py" line="36" />
        <source>Speaker's role: %1</source>
        <translation>Rol van de spreker: %1</translation>
    </message>
</context>
<context>
    <name>CodeDialog</name>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/coding/code_dialog.py" line="21" />
        <source>Edit code</source>
        <translation>Code bewerken</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/coding/code_dialog.py" line="21" />
        <source>New code</source>
        <translation>Nieuwe code</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/coding/code_dialog.py" line="24" />
        <source>short lower-case key, e.g. veiligheid</source>
        <translation>korte sleutel in kleine letters, bijv. veiligheid</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/coding/code_dialog.py" line="33" />
        <source>Perception code: ask which role a statement is about</source>
        <translation>Beeldvormingscode: vraag over welke rol een uitspraak gaat</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/coding/code_dialog.py" line="35" />
        <source>Key</source>
        <translation>Sleutel</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/coding/code_dialog.py" line="36" />
        <source>Label (Dutch)</source>
        <translation>Label (Nederlands)</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/coding/code_dialog.py" line="37" />
        <source>Label (English)</source>
        <translation>Label (Engels)</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/coding/code_dialog.py" line="38" />
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/coding/code_dialog.py" line="39" />
        <source>Colour</source>
        <translation>Kleur</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/coding/code_dialog.py" line="51" />
        <source>Colour of the code</source>
        <translation>Kleur van de code</translation>
    </message>
</context>
<context>
    <name>CodebookPanel</name>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/coding/codebook_panel.py" line="92" />
        <location filename="../../work/wt/k20-ui/desktop/coding/codebook_panel.py" line="207" />
        <source>Codebook</source>
        <translation>Codeboek</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/coding/codebook_panel.py" line="96" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/coding/codebook_panel.py" line="96" />
        <source>Codings</source>
        <translation>Coderingen</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/coding/codebook_panel.py" line="97" />
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/coding/codebook_panel.py" line="114" />
        <source>Add a code</source>
        <translation>Code toevoegen</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/coding/codebook_panel.py" line="115" />
        <source>Edit or rename the code</source>
        <translation>Code bewerken of hernoemen</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/coding/codebook_panel.py" line="116" />
        <source>Change the colour</source>
        <translation>Kleur wijzigen</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/coding/codebook_panel.py" line="117" />
        <source>Nest under another code</source>
        <translation>Onder een andere code plaatsen</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/coding/codebook_panel.py" line="118" />
        <source>Merge into another code</source>
        <translation>Samenvoegen met een andere code</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/coding/codebook_panel.py" line="119" />
        <source>Delete the code</source>
        <translation>Code verwijderen</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/coding/codebook_panel.py" line="158" />
        <source>Asks which role the statement is about.</source>
        <translation>Vraagt over welke rol de uitspraak gaat.</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/coding/codebook_panel.py" line="230" />
        <source>Changing the key keeps every coding.</source>
        <translation>Een andere sleutel behoudt alle coderingen.</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/coding/codebook_panel.py" line="250" />
        <source>Colour of the code</source>
        <translation>Kleur van de code</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/coding/codebook_panel.py" line="258" />
        <source>(top level)</source>
        <translation>(hoogste niveau)</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/coding/codebook_panel.py" line="259" />
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/coding/codebook_panel.py" line="271" />
        <source>Nest under</source>
        <translation>Plaatsen onder</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/coding/codebook_panel.py" line="281" />
        <source>Merge into</source>
        <translation>Samenvoegen met</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/coding/codebook_panel.py" line="285" />
        <source>Merge “%1” into “%2”? Its %3 coding(s) move to “%2” and “%1” is removed.</source>
        <translation>“%1” samenvoegen met “%2”? De %3 codering(en) gaan naar “%2” en “%1” verdwijnt.</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/coding/codebook_panel.py" line="287" />
        <source>Merge codes</source>
        <translation>Codes samenvoegen</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/coding/codebook_panel.py" line="294" />
        <source>Delete the code “%1”? Its %2 coding(s) will be removed from the transcripts.</source>
        <translation>De code “%1” verwijderen? De %2 codering(en) verdwijnen uit de transcripten.</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/coding/codebook_panel.py" line="297" />
        <source>Its sub-codes (%1) move up one level.</source>
        <translation>De subcodes (%1) gaan één niveau omhoog.</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/coding/codebook_panel.py" line="304" />
        <source>Delete code</source>
        <translation>Code verwijderen</translation>
    </message>
</context>
<context>
    <name>CodingActions</name>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/coding_actions.py" line="57" />
        <source>Select the text to code first.</source>
        <translation>Selecteer eerst de tekst die je wilt coderen.</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/coding_actions.py" line="65" />
        <source>Coded as %1</source>
        <translation>Gecodeerd als %1</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/coding_actions.py" line="77" />
        <source>Edit memo</source>
        <translation>Memo bewerken</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/coding_actions.py" line="91" />
        <source>Re-code</source>
        <translation>Hercoderen</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/coding_actions.py" line="100" />
        <source>Change role spoken about</source>
        <translation>Rol waarover gesproken wordt wijzigen</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/coding_actions.py" line="123" />
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
</context>
<context>
    <name>DetectSpeakersDialog</name>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/speaker_dialogs.py" line="106" />
        <source>Detect speakers</source>
        <translation>Sprekers herkennen</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/speaker_dialogs.py" line="108" />
        <source>Veldwerk listens to the recording on this computer and labels who spoke when. Check the result: it is a proposal.</source>
        <translation>Veldwerk beluistert de opname op deze computer en geeft aan wie wanneer sprak. Controleer het resultaat: het is een voorstel.</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/speaker_dialogs.py" line="112" />
        <source>Number of speakers:</source>
        <translation>Aantal sprekers:</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/speaker_dialogs.py" line="116" />
        <source>Number of speakers</source>
        <translation>Aantal sprekers</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/speaker_dialogs.py" line="117" />
        <source>Estimate the number (expects %1)</source>
        <translation>Aantal schatten (verwacht %1)</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/speaker_dialogs.py" line="125" />
        <source>The speakers already in this transcript are replaced. Undo (Ctrl+Z) brings them back.</source>
        <translation>De sprekers die nu in dit transcript staan worden vervangen. Ongedaan maken (Ctrl+Z) zet ze terug.</translation>
    </message>
</context>
<context>
    <name>EditorCommands</name>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/undo_steps.py" line="32" />
        <source>Edit text</source>
        <translation>Tekst bewerken</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/undo_steps.py" line="51" />
        <source>Restore original text</source>
        <translation>Oorspronkelijke tekst terugzetten</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/undo_steps.py" line="57" />
        <source>Split segment</source>
        <translation>Segment splitsen</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/undo_steps.py" line="77" />
        <source>Merge segments</source>
        <translation>Segmenten samenvoegen</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/undo_steps.py" line="94" />
        <source>Assign speaker</source>
        <translation>Spreker toewijzen</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/undo_steps.py" line="112" />
        <source>Code text</source>
        <translation>Tekst coderen</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/undo_steps.py" line="135" />
        <source>Remove coding</source>
        <translation>Codering verwijderen</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/speaker_commands.py" line="37" />
        <source>Name speakers</source>
        <translation>Sprekers een naam geven</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/speaker_commands.py" line="45" />
        <source>Merge speakers</source>
        <translation>Sprekers samenvoegen</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/speaker_commands.py" line="50" />
        <source>Detect speakers</source>
        <translation>Sprekers herkennen</translation>
    </message>
</context>
<context>
    <name>ExcerptBrowser</name>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/coding/excerpt_browser.py" line="49" />
        <source>Text contains…</source>
        <translation>Tekst bevat…</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/coding/excerpt_browser.py" line="51" />
        <location filename="../../work/wt/k20-ui/desktop/coding/excerpt_model.py" line="13" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/coding/excerpt_browser.py" line="51" />
        <location filename="../../work/wt/k20-ui/desktop/coding/excerpt_model.py" line="11" />
        <source>Participant</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/coding/excerpt_browser.py" line="52" />
        <location filename="../../work/wt/k20-ui/desktop/coding/excerpt_model.py" line="12" />
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/coding/excerpt_browser.py" line="52" />
        <location filename="../../work/wt/k20-ui/desktop/coding/excerpt_model.py" line="14" />
        <source>About</source>
        <translation>Over</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/coding/excerpt_browser.py" line="68" />
        <source>Coded excerpts</source>
        <translation>Gecodeerde fragmenten</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/coding/excerpt_browser.py" line="104" />
        <source>(all)</source>
        <translation>(alle)</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/coding/excerpt_browser.py" line="106" />
        <source>(all perception codes)</source>
        <translation>(alle beeldvormingscodes)</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/coding/excerpt_model.py" line="10" />
        <source>Play</source>
        <translation>Afspelen</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/coding/excerpt_model.py" line="15" />
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/coding/excerpt_model.py" line="16" />
        <source>Excerpt</source>
        <translation>Fragment</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/coding/excerpt_model.py" line="17" />
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/coding/excerpt_model.py" line="66" />
        <source>Stop playing</source>
        <translation>Afspelen stoppen</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/coding/excerpt_model.py" line="67" />
        <source>Play this excerpt</source>
        <translation>Dit fragment afspelen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../work/wt/k20-ui/desktop/coding/excerpt_browser.py" line="148" />
        <source>%n excerpt(s)</source>
        <translation><numerusform>%n fragment</numerusform><numerusform>%n fragmenten</numerusform></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/find_bar.py" line="44" />
        <location filename="../../work/wt/k20-ui/desktop/editor/find_bar.py" line="45" />
        <source>Find</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/find_bar.py" line="48" />
        <location filename="../../work/wt/k20-ui/desktop/editor/find_bar.py" line="49" />
        <source>Replace with</source>
        <translation>Vervangen door</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/find_bar.py" line="50" />
        <source>Previous</source>
        <translation>Vorige</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/find_bar.py" line="51" />
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/find_bar.py" line="52" />
        <source>Replace</source>
        <translation>Vervangen</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/find_bar.py" line="53" />
        <source>Replace all</source>
        <translation>Alles vervangen</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/find_bar.py" line="54" />
        <source>Whole study</source>
        <translation>Hele onderzoek</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/find_bar.py" line="55" />
        <source>Search every interview of the study</source>
        <translation>Zoek in alle interviews van het onderzoek</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/find_bar.py" line="59" />
        <location filename="../../work/wt/k20-ui/desktop/editor/find_bar.py" line="60" />
        <source>Close the find bar</source>
        <translation>Zoekbalk sluiten</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/find_bar.py" line="63" />
        <source>Search results in the study</source>
        <translation>Zoekresultaten in het onderzoek</translation>
    </message>
    <message numerus="yes">
        <location filename="../../work/wt/k20-ui/desktop/editor/find_bar.py" line="102" />
        <source>%n hit(s)</source>
        <translation><numerusform>%n treffer</numerusform><numerusform>%n treffers</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../work/wt/k20-ui/desktop/editor/find_bar.py" line="107" />
        <source>%n replacement(s)</source>
        <translation><numerusform>%n vervanging</numerusform><numerusform>%n vervangingen</numerusform></translation>
    </message>
</context>
<context>
    <name>FindMixin</name>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/find_mixin.py" line="26" />
        <source>Not found</source>
        <translation>Niet gevonden</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/find_mixin.py" line="44" />
        <source>Replace all</source>
        <translation>Alles vervangen</translation>
    </message>
</context>
<context>
    <name>InterviewWorkspace</name>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/workspace.py" line="67" />
        <source>Transcript</source>
        <translation>Transcript</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/workspace.py" line="145" />
        <source>Find and replace</source>
        <translation>Zoeken en vervangen</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/workspace.py" line="145" />
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/workspace.py" line="146" />
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/workspace.py" line="146" />
        <source>Save now</source>
        <translation>Nu bewaren</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/workspace.py" line="165" />
        <source>This interview has no transcript yet.</source>
        <translation>Dit interview heeft nog geen transcript.</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/workspace.py" line="247" />
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/workspace.py" line="332" />
        <source>Put the cursor inside the segment's text to split it.</source>
        <translation>Zet de cursor in de tekst van het segment om het te splitsen.</translation>
    </message>
</context>
<context>
    <name>MemoDialog</name>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/dialogs.py" line="141" />
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/dialogs.py" line="148" />
        <source>Memo text</source>
        <translation>Tekst van de memo</translation>
    </message>
</context>
<context>
    <name>MergeSpeakersDialog</name>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/speaker_dialogs.py" line="75" />
        <source>Merge speakers</source>
        <translation>Sprekers samenvoegen</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/speaker_dialogs.py" line="82" />
        <source>Speaker to merge</source>
        <translation>Spreker die opgaat in de andere</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/speaker_dialogs.py" line="83" />
        <source>Speaker to keep</source>
        <translation>Spreker die blijft</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/speaker_dialogs.py" line="84" />
        <source>Every segment of</source>
        <translation>Elk segment van</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/speaker_dialogs.py" line="85" />
        <source>goes to</source>
        <translation>gaat naar</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/coding/network_view.py" line="17" />
        <source>Network of perceptions</source>
        <translation>Netwerk van beeldvorming</translation>
    </message>
</context>
<context>
    <name>OriginalTextDialog</name>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/dialogs.py" line="123" />
        <source>Original transcription</source>
        <translation>Oorspronkelijke transcriptie</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/dialogs.py" line="125" />
        <source>Changes to the automatic transcription (removed in red, added in green):</source>
        <translation>Wijzigingen ten opzichte van de automatische transcriptie (verwijderd in rood, toegevoegd in groen):</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/dialogs.py" line="130" />
        <source>Restore original</source>
        <translation>Origineel terugzetten</translation>
    </message>
</context>
<context>
    <name>PerceptionOverview</name>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/coding/perception_overview.py" line="27" />
        <source>Perceptions: who says what about whom</source>
        <translation>Beeldvorming over en weer: wie zegt wat over wie</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/coding/perception_overview.py" line="28" />
        <source>Rows: the speaker's role. Columns: the role spoken about. Click a count to read the excerpts.</source>
        <translation>Rijen: de rol van de spreker. Kolommen: de rol waarover het gaat. Klik op een aantal om de fragmenten te lezen.</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/coding/perception_overview.py" line="32" />
        <source>Perception matrix</source>
        <translation>Matrix van beeldvorming</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/coding/perception_overview.py" line="96" />
        <location filename="../../work/wt/k20-ui/desktop/coding/perception_overview.py" line="97" />
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/coding/perception_overview.py" line="114" />
        <source>%1 about %2: %3</source>
        <translation>%1 over %2: %3</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/coding/perception_overview.py" line="114" />
        <location filename="../../work/wt/k20-ui/desktop/coding/perception_overview.py" line="115" />
        <location filename="../../work/wt/k20-ui/desktop/coding/perception_overview.py" line="167" />
        <location filename="../../work/wt/k20-ui/desktop/coding/perception_overview.py" line="168" />
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/coding/perception_overview.py" line="120" />
        <source>spoken about: %1</source>
        <translation>gesproken over: %1</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/coding/perception_overview.py" line="130" />
        <source>All perception excerpts</source>
        <translation>Alle fragmenten over beeldvorming</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/coding/perception_overview.py" line="167" />
        <source>%1 about %2</source>
        <translation>%1 over %2</translation>
    </message>
</context>
<context>
    <name>PlayerControls</name>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/controls.py" line="25" />
        <source>Back 5 seconds (Alt+Left)</source>
        <translation>5 seconden terug (Alt+Links)</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/controls.py" line="27" />
        <source>Play or pause</source>
        <translation>Afspelen of pauzeren</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/controls.py" line="29" />
        <source>Forward 5 seconds (Alt+Right)</source>
        <translation>5 seconden vooruit (Alt+Rechts)</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/controls.py" line="32" />
        <source>Playback speed</source>
        <translation>Afspeelsnelheid</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/controls.py" line="33" />
        <source>Speed without pitch change (Alt+Up / Alt+Down)</source>
        <translation>Snelheid zonder toonhoogteverandering (Alt+Omhoog / Alt+Omlaag)</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/controls.py" line="40" />
        <source>Speed</source>
        <translation>Snelheid</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/controls.py" line="53" />
        <source>Play / pause (%1); pausing rewinds a little</source>
        <translation>Afspelen / pauzeren (%1); bij pauzeren spoelt het iets terug</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/controls.py" line="72" />
        <source>Play / pause</source>
        <translation>Afspelen / pauzeren</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/controls.py" line="73" />
        <source>Back 5 seconds</source>
        <translation>5 seconden terug</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/controls.py" line="74" />
        <source>Forward 5 seconds</source>
        <translation>5 seconden vooruit</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/controls.py" line="75" />
        <source>Play faster</source>
        <translation>Sneller afspelen</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/controls.py" line="76" />
        <source>Play slower</source>
        <translation>Langzamer afspelen</translation>
    </message>
</context>
<context>
    <name>SpeakerBar</name>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/speaker_bar.py" line="23" />
        <source>Speaker of this segment</source>
        <translation>Spreker van dit segment</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/speaker_bar.py" line="24" />
        <source>The speaker of the segment at the cursor (or of the selected segments); choose another to change it (Alt+1 … Alt+9)</source>
        <translation>De spreker van het segment bij de cursor (of van de geselecteerde segmenten); kies een andere om die te wijzigen (Alt+1 … Alt+9)</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/speaker_bar.py" line="28" />
        <source>Names…</source>
        <translation>Namen…</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/speaker_bar.py" line="29" />
        <source>Name the speakers, once for all their segments (%1)</source>
        <translation>De sprekers een naam geven, in één keer voor al hun segmenten (%1)</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/speaker_bar.py" line="30" />
        <source>Name speakers</source>
        <translation>Sprekers een naam geven</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/speaker_bar.py" line="32" />
        <source>Detect…</source>
        <translation>Herkennen…</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/speaker_bar.py" line="33" />
        <source>Detect who spoke when from the recording, on this laptop (%1)</source>
        <translation>Uit de opname herkennen wie wanneer sprak, op deze laptop (%1)</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/speaker_bar.py" line="34" />
        <source>Detect speakers</source>
        <translation>Sprekers herkennen</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/speaker_bar.py" line="39" />
        <source>Apply suggestion</source>
        <translation>Voorstel overnemen</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/speaker_bar.py" line="40" />
        <source>Apply the suggested speaker names</source>
        <translation>De voorgestelde sprekersnamen overnemen</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/speaker_bar.py" line="44" />
        <source>Speaker:</source>
        <translation>Spreker:</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/speaker_bar.py" line="61" />
        <source>(no speaker)</source>
        <translation>(geen spreker)</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/speaker_bar.py" line="98" />
        <source>Suggestion from the first lines (who asks the questions): %1</source>
        <translation>Voorstel uit de eerste regels (wie de vragen stelt): %1</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/speaker_bar.py" line="112" />
        <source>Assign speaker</source>
        <translation>Spreker toewijzen</translation>
    </message>
</context>
<context>
    <name>SpeakerNamesDialog</name>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/speaker_dialogs.py" line="41" />
        <source>Speaker names</source>
        <translation>Namen van sprekers</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/speaker_dialogs.py" line="43" />
        <source>A name applies to every segment of that speaker.</source>
        <translation>Een naam geldt voor elk segment van die spreker.</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/speaker_dialogs.py" line="52" />
        <source>Name for %1</source>
        <translation>Naam voor %1</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/speaker_dialogs.py" line="56" />
        <source>new speaker label, e.g. S3</source>
        <translation>nieuw sprekerslabel, bijv. S3</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/speaker_dialogs.py" line="59" />
        <source>its name</source>
        <translation>de naam</translation>
    </message>
</context>
<context>
    <name>SpeakerTools</name>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/speaker_tools.py" line="33" />
        <source>The transcript has no text yet, so there are no speakers to label.</source>
        <translation>Het transcript heeft nog geen tekst, dus er zijn geen sprekers om aan te geven.</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/speaker_tools.py" line="35" />
        <source>There is too little speech in the recording to tell speakers apart.</source>
        <translation>Er is te weinig spraak in de opname om sprekers te onderscheiden.</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/speaker_tools.py" line="37" />
        <source>Speakers could not be detected: %1</source>
        <translation>Sprekers konden niet worden herkend: %1</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/speaker_tools.py" line="38" />
        <source>Speakers could not be detected (an error in Veldwerk).</source>
        <translation>Sprekers konden niet worden herkend (een fout in Veldwerk).</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/speaker_tools.py" line="80" />
        <location filename="../../work/wt/k20-ui/desktop/editor/speaker_tools.py" line="82" />
        <location filename="../../work/wt/k20-ui/desktop/editor/speaker_tools.py" line="178" />
        <source>Detect speakers</source>
        <translation>Sprekers herkennen</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/speaker_tools.py" line="81" />
        <source>Name speakers</source>
        <translation>Sprekers een naam geven</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/speaker_tools.py" line="81" />
        <source>Merge speakers</source>
        <translation>Sprekers samenvoegen</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/speaker_tools.py" line="85" />
        <source>Give the selected segments speaker %1</source>
        <translation>De geselecteerde segmenten spreker %1 geven</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/speaker_tools.py" line="111" />
        <source>There is no speaker %1 yet.</source>
        <translation>Er is nog geen spreker %1.</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/speaker_tools.py" line="124" />
        <source>%1 merged into %2.</source>
        <translation>%1 samengevoegd met %2.</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/speaker_tools.py" line="137" />
        <source>There are fewer than two speakers to merge.</source>
        <translation>Er zijn minder dan twee sprekers om samen te voegen.</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/speaker_tools.py" line="164" />
        <source>Speakers detected: %1. Check them and correct where needed.</source>
        <translation>Sprekers herkend: %1. Controleer ze en verbeter waar nodig.</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/speaker_tools.py" line="177" />
        <source>Detecting speakers…</source>
        <translation>Sprekers herkennen…</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/speaker_tools.py" line="177" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/speaker_tools.py" line="186" />
        <source>Speaker detection cancelled; nothing was changed.</source>
        <translation>Sprekerherkenning geannuleerd; er is niets veranderd.</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/text_view.py" line="192" />
        <location filename="../../work/wt/k20-ui/desktop/editor/text_view.py" line="206" />
        <source>Edit one segment at a time; select text within a segment to change it.</source>
        <translation>Bewerk één segment tegelijk; selecteer tekst binnen een segment om die te wijzigen.</translation>
    </message>
</context>
<context>
    <name>Waveform</name>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/waveform.py" line="42" />
        <source>Waveform</source>
        <translation>Golfvorm</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/waveform.py" line="49" />
        <source>Click to play from here</source>
        <translation>Klik om vanaf hier af te spelen</translation>
    </message>
</context>
<context>
    <name>WorkspaceMenus</name>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/workspace_menus.py" line="24" />
        <source>Code selection as</source>
        <translation>Selectie coderen als</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/workspace_menus.py" line="40" />
        <source>Memo…</source>
        <translation>Memo…</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/workspace_menus.py" line="41" />
        <source>Re-code as</source>
        <translation>Hercoderen als</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/workspace_menus.py" line="46" />
        <source>Role spoken about…</source>
        <translation>Rol waarover gesproken wordt…</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/workspace_menus.py" line="47" />
        <source>Select coded text</source>
        <translation>Gecodeerde tekst selecteren</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/workspace_menus.py" line="49" />
        <source>Remove coding</source>
        <translation>Codering verwijderen</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/workspace_menus.py" line="64" />
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/workspace_menus.py" line="66" />
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/workspace_menus.py" line="68" />
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/workspace_menus.py" line="69" />
        <source>Find and replace…</source>
        <translation>Zoeken en vervangen…</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/workspace_menus.py" line="74" />
        <source>Play from here</source>
        <translation>Vanaf hier afspelen</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/workspace_menus.py" line="75" />
        <source>Split segment here</source>
        <translation>Segment hier splitsen</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/workspace_menus.py" line="77" />
        <source>Merge with next segment</source>
        <translation>Samenvoegen met volgend segment</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/workspace_menus.py" line="88" />
        <source>Speaker</source>
        <translation>Spreker</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/workspace_menus.py" line="95" />
        <source>New speaker…</source>
        <translation>Nieuwe spreker…</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/workspace_menus.py" line="82" />
        <source>Original transcription…</source>
        <translation>Oorspronkelijke transcriptie…</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/workspace_menus.py" line="97" />
        <source>Name speakers…</source>
        <translation>Sprekers een naam geven…</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/workspace_menus.py" line="98" />
        <source>Merge speakers…</source>
        <translation>Sprekers samenvoegen…</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/workspace_menus.py" line="99" />
        <source>Detect speakers…</source>
        <translation>Sprekers herkennen…</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/workspace_menus.py" line="140" />
        <location filename="../../work/wt/k20-ui/desktop/editor/workspace_menus.py" line="145" />
        <source>New speaker</source>
        <translation>Nieuwe spreker</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/editor/workspace_menus.py" line="140" />
        <source>Label (for example S3):</source>
        <translation>Label (bijvoorbeeld S3):</translation>
    </message>
</context>
</TS>