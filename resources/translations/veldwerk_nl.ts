<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ClipRecorder</name>
    <message>
        <location filename="../../desktop/consent_wizard/clip_recorder.py" line="27"/>
        <source>Record consent clip</source>
        <translation>Toestemming opnemen</translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/clip_recorder.py" line="28"/>
        <source>Record or stop the consent clip</source>
        <translation>Toestemmingsopname starten of stoppen</translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/clip_recorder.py" line="31"/>
        <location filename="../../desktop/consent_wizard/clip_recorder.py" line="124"/>
        <source>Replay</source>
        <translation>Afspelen</translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/clip_recorder.py" line="32"/>
        <location filename="../../desktop/consent_wizard/clip_recorder.py" line="125"/>
        <source>Replay the consent clip</source>
        <translation>De toestemmingsopname afspelen</translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/clip_recorder.py" line="75"/>
        <source>Recording could not start: %1</source>
        <translation>De opname kon niet starten: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/clip_recorder.py" line="78"/>
        <source>Stop clip</source>
        <translation>Opname stoppen</translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/clip_recorder.py" line="80"/>
        <source>Recording… ask the participant to say that they agree, then stop.</source>
        <translation>Opname loopt… vraag de deelnemer te zeggen dat die akkoord gaat, en stop dan.</translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/clip_recorder.py" line="91"/>
        <source>Record again</source>
        <translation>Opnieuw opnemen</translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/clip_recorder.py" line="97"/>
        <source>Consent clip saved (%1). Replay it to check it is audible.</source>
        <translation>Toestemmingsopname bewaard (%1). Speel haar af om te horen of ze verstaanbaar is.</translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/clip_recorder.py" line="100"/>
        <source>Nothing was recorded; try again.</source>
        <translation>Er is niets opgenomen; probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/clip_recorder.py" line="115"/>
        <source>No audio output to replay on.</source>
        <translation>Geen geluidsuitvoer om op af te spelen.</translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/clip_recorder.py" line="117"/>
        <source>■ Stop</source>
        <translation>■ Stoppen</translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/clip_recorder.py" line="118"/>
        <source>Stop playing the consent clip</source>
        <translation>Het afspelen van de toestemmingsopname stoppen</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <location filename="../../desktop/participants/consent_state.py" line="22"/>
        <source>No consent recorded</source>
        <translation>Geen toestemming vastgelegd</translation>
    </message>
    <message>
        <location filename="../../desktop/participants/consent_state.py" line="23"/>
        <source>Consent given</source>
        <translation>Toestemming gegeven</translation>
    </message>
    <message>
        <location filename="../../desktop/participants/consent_state.py" line="24"/>
        <source>Consent partly withdrawn</source>
        <translation>Toestemming deels ingetrokken</translation>
    </message>
    <message>
        <location filename="../../desktop/participants/consent_state.py" line="25"/>
        <source>Withdrawn</source>
        <translation>Teruggetrokken</translation>
    </message>
    <message>
        <location filename="../../desktop/participants/consent_state.py" line="26"/>
        <source>Consent records damaged: not trusted, nothing allowed (run veldwerk consent verify)</source>
        <translation>Toestemmingsregistratie beschadigd: niet te vertrouwen, niets toegestaan (voer veldwerk consent verify uit)</translation>
    </message>
</context>
<context>
    <name>ConsentGuard</name>
    <message>
        <location filename="../../desktop/consent_wizard/guard.py" line="10"/>
        <source>the date until which the data is kept</source>
        <translation>de datum tot wanneer de gegevens bewaard blijven</translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/guard.py" line="11"/>
        <source>the contact for participants</source>
        <translation>het contact voor deelnemers</translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/guard.py" line="12"/>
        <source>the study&apos;s name</source>
        <translation>de naam van het onderzoek</translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/guard.py" line="13"/>
        <source> and </source>
        <translation> en </translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/guard.py" line="25"/>
        <source>Consent form not complete</source>
        <translation>Toestemmingsformulier niet compleet</translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/guard.py" line="26"/>
        <source>The consent form does not say %1 yet, and it is read aloud to the participant. Fill it in before taking consent. Fill it in now?</source>
        <translation>Het toestemmingsformulier noemt %1 nog niet, en het wordt aan de deelnemer voorgelezen. Vul dit in voordat je toestemming vraagt. Nu invullen?</translation>
    </message>
</context>
<context>
    <name>ConsentSettingsDialog</name>
    <message>
        <location filename="../../desktop/consent_wizard/settings_fields.py" line="58"/>
        <source>Consent form</source>
        <translation>Toestemmingsformulier</translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/settings_fields.py" line="61"/>
        <source>Fill in what the consent form reads aloud before taking consent.</source>
        <translation>Vul in wat het toestemmingsformulier voorleest, voordat je toestemming vraagt.</translation>
    </message>
</context>
<context>
    <name>ConsentSettingsFields</name>
    <message>
        <location filename="../../desktop/consent_wizard/settings_fields.py" line="20"/>
        <source>Date until which the data is kept</source>
        <translation>Datum tot wanneer de gegevens bewaard blijven</translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/settings_fields.py" line="23"/>
        <source>choose a date</source>
        <translation>kies een datum</translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/settings_fields.py" line="26"/>
        <source>Contact for participants</source>
        <translation>Contact voor deelnemers</translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/settings_fields.py" line="27"/>
        <source>name and phone number or e-mail address</source>
        <translation>naam en telefoonnummer of e-mailadres</translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/settings_fields.py" line="33"/>
        <source>Data &amp;kept until:</source>
        <translation>Gegevens &amp;bewaard tot:</translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/settings_fields.py" line="34"/>
        <source>Con&amp;tact for participants:</source>
        <translation>Con&amp;tact voor deelnemers:</translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/settings_fields.py" line="35"/>
        <source>The consent form reads both aloud to every participant.</source>
        <translation>Het toestemmingsformulier leest beide voor aan elke deelnemer.</translation>
    </message>
</context>
<context>
    <name>ConsentWizard</name>
    <message>
        <location filename="../../desktop/consent_wizard/wizard.py" line="16"/>
        <source>Consent of %1</source>
        <translation>Toestemming van %1</translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/wizard.py" line="28"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>DeviceCombo</name>
    <message>
        <location filename="../../desktop/recording/devices_combo.py" line="21"/>
        <source>System default</source>
        <translation>Systeemstandaard</translation>
    </message>
    <message>
        <location filename="../../desktop/recording/devices_combo.py" line="29"/>
        <location filename="../../desktop/recording/devices_combo.py" line="42"/>
        <source>(default)</source>
        <translation>(standaard)</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <location filename="../../desktop/consent_wizard/pages.py" line="39"/>
        <source>Read this to the participant, or let them read it.</source>
        <translation>Lees dit voor aan de deelnemer, of laat het lezen.</translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/pages.py" line="43"/>
        <source>Consent form text</source>
        <translation>Tekst van het toestemmingsformulier</translation>
    </message>
</context>
<context>
    <name>InterviewPage</name>
    <message>
        <location filename="../../desktop/participants/pages.py" line="209"/>
        <location filename="../../desktop/participants/pages.py" line="248"/>
        <source>Transcribe</source>
        <translation>Transcriberen</translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="209"/>
        <source>Transcribe on this laptop (Ctrl+T)</source>
        <translation>Op deze laptop transcriberen (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="231"/>
        <source>Interview with %1 on %2</source>
        <translation>Interview met %1 op %2</translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="234"/>
        <source>recorded</source>
        <translation>opgenomen</translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="234"/>
        <source>imported</source>
        <translation>geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="242"/>
        <source>markers: %1</source>
        <translation>markeringen: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="245"/>
        <source>Transcript: %1</source>
        <translation>Transcript: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="248"/>
        <source>Resume transcription</source>
        <translation>Transcriptie hervatten</translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="282"/>
        <source>The transcript is unfinished. Resume the transcription to complete it; what was done is kept.</source>
        <translation>Het transcript is nog niet af. Hervat de transcriptie om het af te maken; wat al klaar is, blijft bewaard.</translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="284"/>
        <source>Not transcribed yet. Press Transcribe (Ctrl+T): it runs on this laptop and you can keep working.</source>
        <translation>Nog niet getranscribeerd. Druk op Transcriberen (Ctrl+T): het gebeurt op deze laptop en je kunt gewoon doorwerken.</translation>
    </message>
</context>
<context>
    <name>ItemsPage</name>
    <message>
        <location filename="../../desktop/consent_wizard/pages.py" line="54"/>
        <source>The questions</source>
        <translation>De vragen</translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/pages.py" line="55"/>
        <source>Ask each question and record the answer. The participant may say no to any of them.</source>
        <translation>Stel elke vraag en leg het antwoord vast. De deelnemer mag op elke vraag nee zeggen.</translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/pages.py" line="68"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/pages.py" line="69"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/pages.py" line="71"/>
        <source>Item %1: %2</source>
        <translation>Punt %1: %2</translation>
    </message>
</context>
<context>
    <name>JobRow</name>
    <message>
        <location filename="../../desktop/queue/dock.py" line="23"/>
        <source>Transcription progress</source>
        <translation>Voortgang van de transcriptie</translation>
    </message>
    <message>
        <location filename="../../desktop/queue/dock.py" line="44"/>
        <source>fast</source>
        <translation>snel</translation>
    </message>
    <message>
        <location filename="../../desktop/queue/dock.py" line="44"/>
        <source>accurate</source>
        <translation>nauwkeurig</translation>
    </message>
    <message>
        <location filename="../../desktop/queue/dock.py" line="47"/>
        <source>speakers estimated</source>
        <translation>aantal sprekers geschat</translation>
    </message>
    <message>
        <location filename="../../desktop/queue/dock.py" line="48"/>
        <source>%1 speakers</source>
        <translation>%1 sprekers</translation>
    </message>
    <message>
        <location filename="../../desktop/queue/dock.py" line="53"/>
        <source>Waiting</source>
        <translation>Wachtend</translation>
    </message>
    <message>
        <location filename="../../desktop/queue/dock.py" line="53"/>
        <source>Transcribing</source>
        <translation>Bezig met transcriberen</translation>
    </message>
    <message>
        <location filename="../../desktop/queue/dock.py" line="53"/>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location filename="../../desktop/queue/dock.py" line="54"/>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <location filename="../../desktop/queue/dock.py" line="54"/>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <location filename="../../desktop/queue/dock.py" line="56"/>
        <source>%1 · elapsed %2 · remaining %3</source>
        <translation>%1 · verstreken %2 · nog %3</translation>
    </message>
    <message>
        <location filename="../../desktop/queue/dock.py" line="62"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../desktop/queue/dock.py" line="63"/>
        <source>Cancel transcription of %1</source>
        <translation>Transcriptie van %1 annuleren</translation>
    </message>
    <message>
        <location filename="../../desktop/queue/dock.py" line="65"/>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../../desktop/queue/dock.py" line="66"/>
        <source>Open transcript of %1</source>
        <translation>Transcript van %1 openen</translation>
    </message>
    <message>
        <location filename="../../desktop/queue/dock.py" line="68"/>
        <source>Resume</source>
        <translation>Hervatten</translation>
    </message>
    <message>
        <location filename="../../desktop/queue/dock.py" line="68"/>
        <source>Retry</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <location filename="../../desktop/queue/dock.py" line="69"/>
        <source>Run transcription of %1 again</source>
        <translation>Transcriptie van %1 opnieuw starten</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <location filename="../../desktop/widgets/level_meter.py" line="30"/>
        <source>Input level</source>
        <translation>Invoerniveau</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/level_meter.py" line="42"/>
        <source>%1 dBFS</source>
        <translation>%1 dBFS</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/main_window.py" line="72"/>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="150"/>
        <source>Open study</source>
        <translation>Studie openen</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="180"/>
        <source>Transcription failed: %1</source>
        <translation>Transcriptie mislukt: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="202"/>
        <source>Recording in progress</source>
        <translation>Opname loopt</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="203"/>
        <source>A recording is running. Stop it and save it?</source>
        <translation>Er loopt een opname. Stoppen en opslaan?</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="270"/>
        <source>fast</source>
        <translation>snel</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="270"/>
        <source>accurate</source>
        <translation>nauwkeurig</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="271"/>
        <source>Model: %1 (%2)</source>
        <translation>Model: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="283"/>
        <source>Recording recovered</source>
        <translation>Opname hersteld</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="284"/>
        <source>The last session ended unexpectedly while recording. %1 take(s) were recovered and kept: %2.</source>
        <translation>De vorige sessie stopte onverwacht tijdens een opname. %1 opname(s) zijn hersteld en bewaard: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="286"/>
        <source>Open interview</source>
        <translation>Interview openen</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="309"/>
        <source>Stop the recording first (Ctrl+R).</source>
        <translation>Stop eerst de opname (Ctrl+R).</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="360"/>
        <location filename="../../desktop/main_window.py" line="382"/>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="360"/>
        <source>Take the consent of %1 now?</source>
        <translation>Nu de toestemming van %1 vragen?</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="368"/>
        <source>Edit participant</source>
        <translation>Deelnemer bewerken</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="396"/>
        <source>Record</source>
        <translation>Opnemen</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="396"/>
        <source>Consent covers recording. Open the recording screen for %1?</source>
        <translation>De toestemming dekt een opname. Het opnamescherm voor %1 openen?</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="404"/>
        <source>Withdraw</source>
        <translation>Terugtrekken</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window_work.py" line="85"/>
        <source>Stop &amp;recording</source>
        <translation>Opname &amp;stoppen</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window_work.py" line="85"/>
        <location filename="../../desktop/menus.py" line="44"/>
        <source>&amp;Record interview</source>
        <translation>Interview &amp;opnemen</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window_work.py" line="92"/>
        <source>Recording saved.</source>
        <translation>Opname bewaard.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window_work.py" line="110"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="303"/>
        <source>Choose a participant first.</source>
        <translation>Kies eerst een deelnemer.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window_work.py" line="47"/>
        <source>%1 Record consent first.</source>
        <translation>%1 Leg eerst de toestemming vast.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window_work.py" line="63"/>
        <location filename="../../desktop/main_window_work.py" line="68"/>
        <source>Record interview</source>
        <translation>Interview opnemen</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window_work.py" line="120"/>
        <source>Imported %1</source>
        <translation>%1 geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window_work.py" line="121"/>
        <source>Import failed</source>
        <translation>Importeren mislukt</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window_work.py" line="122"/>
        <source>Imported with a warning</source>
        <translation>Geïmporteerd met een waarschuwing</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window_work.py" line="127"/>
        <source>Importing %1 file(s)…</source>
        <translation>%1 bestand(en) importeren…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window_work.py" line="147"/>
        <source>Choose an interview to transcribe.</source>
        <translation>Kies een interview om te transcriberen.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window_work.py" line="154"/>
        <source>Transcribe</source>
        <translation>Transcriberen</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window_work.py" line="176"/>
        <source>Transcribing %1: %2%</source>
        <translation>%1 transcriberen: %2%</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window_work.py" line="178"/>
        <source>(+%1 waiting)</source>
        <translation>(+%1 wachtend)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window_work.py" line="187"/>
        <source>Transcript of %1 is ready.</source>
        <translation>Het transcript van %1 is klaar.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="431"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="431"/>
        <source>The new language is used after the recording or transcription, at the next start.</source>
        <translation>De nieuwe taal wordt na de opname of transcriptie gebruikt, bij de volgende start.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="461"/>
        <source>Codebook</source>
        <translation>Codeboek</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="461"/>
        <source>Excerpts</source>
        <translation>Fragmenten</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="462"/>
        <source>Perception overview</source>
        <translation>Beeldvorming over en weer</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="26"/>
        <source>&amp;Study</source>
        <translation>&amp;Studie</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="27"/>
        <source>&amp;New study…</source>
        <translation>&amp;Nieuwe studie…</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="28"/>
        <source>&amp;Open study…</source>
        <translation>Studie &amp;openen…</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="29"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="30"/>
        <source>&amp;Close study</source>
        <translation>Studie &amp;sluiten</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="32"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="34"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="36"/>
        <source>&amp;Participant</source>
        <translation>&amp;Deelnemer</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="37"/>
        <source>&amp;Add participant…</source>
        <translation>Deelnemer &amp;toevoegen…</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="38"/>
        <source>&amp;Edit participant…</source>
        <translation>Deelnemer &amp;bewerken…</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="39"/>
        <source>Take &amp;consent…</source>
        <translation>&amp;Toestemming vragen…</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="41"/>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Terugtrekken…</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="43"/>
        <source>&amp;Interview</source>
        <translation>&amp;Interview</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="45"/>
        <source>Open the recording screen; press again to start or stop</source>
        <translation>Het opnamescherm openen; nogmaals drukken start of stopt de opname</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="47"/>
        <source>&amp;Pause / resume</source>
        <translation>&amp;Pauzeren / hervatten</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="48"/>
        <source>Set &amp;marker</source>
        <translation>&amp;Markering zetten</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="50"/>
        <source>&amp;Import audio or video…</source>
        <translation>Audio of video &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="54"/>
        <source>&amp;Transcribe</source>
        <translation>&amp;Transcriberen</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="55"/>
        <source>Transcribe &amp;with options…</source>
        <translation>Transcriberen met &amp;keuzes…</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="57"/>
        <source>Choose the model and who spoke when for this transcription</source>
        <translation>Kies het model en wie wanneer sprak voor deze transcriptie</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="69"/>
        <source>&amp;Coding</source>
        <translation>&amp;Coderen</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="70"/>
        <source>&amp;Codebook</source>
        <translation>&amp;Codeboek</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="71"/>
        <source>&amp;Excerpts</source>
        <translation>&amp;Fragmenten</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="72"/>
        <source>&amp;Perception overview</source>
        <translation>&amp;Beeldvorming-overzicht</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="82"/>
        <source>&amp;View</source>
        <translation>&amp;Beeld</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="84"/>
        <source>&amp;Participants</source>
        <translation>&amp;Deelnemers</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="88"/>
        <source>Transcription &amp;queue</source>
        <translation>Transcriptie&amp;wachtrij</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="91"/>
        <source>Study &amp;overview</source>
        <translation>Studie&amp;overzicht</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="96"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="97"/>
        <source>&amp;Manual</source>
        <translation>&amp;Handleiding</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="98"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="99"/>
        <source>&amp;About Veldwerk</source>
        <translation>&amp;Over Veldwerk</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="100"/>
        <source>About Veldwerk</source>
        <translation>Over Veldwerk</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="101"/>
        <source>Veldwerk records, transcribes and codes research interviews. Nothing leaves this laptop: no network connection is ever made.</source>
        <translation>Veldwerk neemt onderzoeksinterviews op, schrijft ze uit en helpt ze te coderen. Niets verlaat deze laptop: er wordt nooit een netwerkverbinding gemaakt.</translation>
    </message>
</context>
<context>
    <name>Manual</name>
    <message>
        <location filename="../../desktop/help/manual.py" line="22"/>
        <source>Veldwerk manual</source>
        <translation>Handleiding Veldwerk</translation>
    </message>
</context>
<context>
    <name>MethodPage</name>
    <message>
        <location filename="../../desktop/consent_wizard/pages.py" line="114"/>
        <source>How was consent given?</source>
        <translation>Hoe is de toestemming gegeven?</translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/pages.py" line="115"/>
        <source>For verbal consent, record the participant saying they agree.</source>
        <translation>Neem bij mondelinge toestemming op hoe de deelnemer zegt akkoord te gaan.</translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/pages.py" line="117"/>
        <source>Save consent</source>
        <translation>Toestemming bewaren</translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/pages.py" line="118"/>
        <source>Verbal (recorded)</source>
        <translation>Mondeling (opgenomen)</translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/pages.py" line="119"/>
        <source>Written (signed form)</source>
        <translation>Schriftelijk (getekend formulier)</translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/pages.py" line="125"/>
        <source>Researcher who took the consent</source>
        <translation>Onderzoeker die de toestemming vroeg</translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/pages.py" line="126"/>
        <source>your name or initials</source>
        <translation>je naam of initialen</translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/pages.py" line="137"/>
        <source>Method:</source>
        <translation>Manier:</translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/pages.py" line="138"/>
        <source>&amp;Researcher:</source>
        <translation>&amp;Onderzoeker:</translation>
    </message>
</context>
<context>
    <name>NewStudyDialog</name>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="37"/>
        <source>New study</source>
        <translation>Nieuwe studie</translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="42"/>
        <source>for example Stigma sekswerk Tilburg</source>
        <translation>bijvoorbeeld Stigma sekswerk Tilburg</translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="43"/>
        <source>Study name</source>
        <translation>Naam van de studie</translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="44"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="47"/>
        <location filename="../../desktop/study_dialogs.py" line="122"/>
        <source>Folder for the study</source>
        <translation>Map voor de studie</translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="48"/>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="49"/>
        <source>Choose folder</source>
        <translation>Map kiezen</translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="57"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Map:</translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="64"/>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="65"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoordzin:</translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="70"/>
        <source>Passphrase strength</source>
        <translation>Sterkte van de wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="76"/>
        <source>Repeat passphrase</source>
        <translation>Herhaal de wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="77"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Herhaal:</translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="78"/>
        <source>Show passphrase</source>
        <translation>Wachtwoordzin tonen</translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="81"/>
        <source>Nobody can recover a lost passphrase: write it down and keep it apart from the laptop.</source>
        <translation>Niemand kan een vergeten wachtwoordzin terughalen: schrijf haar op en bewaar die apart van de laptop.</translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="86"/>
        <source>Spoken language of the interviews</source>
        <translation>Gesproken taal van de interviews</translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="87"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="87"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="87"/>
        <source>Detect automatically</source>
        <translation>Automatisch herkennen</translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="89"/>
        <source>&amp;Interview language:</source>
        <translation>&amp;Taal van de interviews:</translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="97"/>
        <source>%1 (editable later).</source>
        <translation>%1 (later aan te passen).</translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="99"/>
        <source>Roles:</source>
        <translation>Rollen:</translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="105"/>
        <source>Create study</source>
        <translation>Studie maken</translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="132"/>
        <source>Will be saved as %1</source>
        <translation>Wordt bewaard als %1</translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="136"/>
        <source>Choose a passphrase of at least 8 characters; several words are easy to remember.</source>
        <translation>Kies een wachtwoordzin van minstens 8 tekens; een paar woorden zijn makkelijk te onthouden.</translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="137"/>
        <source>Weak: too short or too simple.</source>
        <translation>Zwak: te kort of te eenvoudig.</translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="138"/>
        <source>Fair: longer or a few more words makes it stronger.</source>
        <translation>Redelijk: langer of een paar woorden meer maakt haar sterker.</translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="139"/>
        <source>Good.</source>
        <translation>Goed.</translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="140"/>
        <source>Strong.</source>
        <translation>Sterk.</translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="149"/>
        <location filename="../../desktop/study_dialogs.py" line="155"/>
        <source>The two passphrases differ.</source>
        <translation>De twee wachtwoordzinnen verschillen.</translation>
    </message>
</context>
<context>
    <name>OpenStudyDialog</name>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="179"/>
        <source>Open study</source>
        <translation>Studie openen</translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="182"/>
        <source>Passphrase for %1</source>
        <translation>Wachtwoordzin voor %1</translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="187"/>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="204"/>
        <source>Wrong passphrase. Check Caps Lock and try again.</source>
        <translation>Verkeerde wachtwoordzin. Controleer Caps Lock en probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="47"/>
        <source>Edit participant</source>
        <translation>Deelnemer bewerken</translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="47"/>
        <source>Add participant</source>
        <translation>Deelnemer toevoegen</translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="51"/>
        <source>Participant code</source>
        <translation>Code van de deelnemer</translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="52"/>
        <source>A pseudonym such as R01. Never a real name.</source>
        <translation>Een pseudoniem zoals R01. Nooit een echte naam.</translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="53"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="55"/>
        <source>Stakeholder role</source>
        <translation>Rol van de belanghebbende</translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="60"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="62"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="63"/>
        <source>No names, addresses or other details that identify anyone.</source>
        <translation>Geen namen, adressen of andere gegevens waaraan iemand te herkennen is.</translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="65"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notities:</translation>
    </message>
</context>
<context>
    <name>ParticipantPage</name>
    <message>
        <location filename="../../desktop/participants/pages.py" line="108"/>
        <location filename="../../desktop/participants/pages.py" line="161"/>
        <source>Take consent…</source>
        <translation>Toestemming vragen…</translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="108"/>
        <source>Consent wizard (Ctrl+Shift+C)</source>
        <translation>Toestemming vragen (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="109"/>
        <source>Record interview</source>
        <translation>Interview opnemen</translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="109"/>
        <source>Open the recording screen (Ctrl+R)</source>
        <translation>Het opnamescherm openen (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="110"/>
        <source>Import audio…</source>
        <translation>Audio importeren…</translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="110"/>
        <source>Import audio or video files (Ctrl+I)</source>
        <translation>Audio- of videobestanden importeren (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="111"/>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="112"/>
        <source>Edit code, role and notes (F2)</source>
        <translation>Code, rol en notities bewerken (F2)</translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="113"/>
        <source>Withdraw…</source>
        <translation>Terugtrekken…</translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="114"/>
        <source>Withdraw the participant or single consent items</source>
        <translation>De deelnemer terugtrekken, of losse punten van de toestemming intrekken</translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="161"/>
        <source>Take consent again…</source>
        <translation>Opnieuw toestemming vragen…</translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="167"/>
        <source>This participant has withdrawn; their data has been deleted.</source>
        <translation>Deze deelnemer heeft zich teruggetrokken; de gegevens zijn gewist.</translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="169"/>
        <source>Recording and importing become available once the participant consents to audio recording (item 1).</source>
        <translation>Opnemen en importeren kan zodra de deelnemer toestemming geeft voor een geluidsopname (punt 1).</translation>
    </message>
</context>
<context>
    <name>ParticipantTree</name>
    <message>
        <location filename="../../desktop/participants/tree.py" line="35"/>
        <source>Participant / interview</source>
        <translation>Deelnemer / interview</translation>
    </message>
    <message>
        <location filename="../../desktop/participants/tree.py" line="35"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../desktop/participants/tree.py" line="36"/>
        <source>Participants and interviews</source>
        <translation>Deelnemers en interviews</translation>
    </message>
    <message>
        <location filename="../../desktop/participants/tree.py" line="87"/>
        <source>Recovered after an interruption</source>
        <translation>Hersteld na een onderbreking</translation>
    </message>
</context>
<context>
    <name>PcmPlayer</name>
    <message>
        <location filename="../../desktop/recording/playback.py" line="25"/>
        <source>No audio output device found.</source>
        <translation>Geen geluidsuitvoer gevonden.</translation>
    </message>
</context>
<context>
    <name>PlayKeys</name>
    <message>
        <location filename="../../desktop/widgets/play_keys.py" line="19"/>
        <source>Play or pause</source>
        <translation>Afspelen of pauzeren</translation>
    </message>
</context>
<context>
    <name>QueueDock</name>
    <message>
        <location filename="../../desktop/queue/dock.py" line="89"/>
        <source>Transcription queue</source>
        <translation>Transcriptiewachtrij</translation>
    </message>
    <message>
        <location filename="../../desktop/queue/dock.py" line="95"/>
        <source>No transcriptions yet. Select an interview and press Ctrl+T.</source>
        <translation>Nog geen transcripties. Kies een interview en druk op Ctrl+T.</translation>
    </message>
    <message>
        <location filename="../../desktop/queue/dock.py" line="103"/>
        <source>Transcription jobs</source>
        <translation>Transcriptietaken</translation>
    </message>
</context>
<context>
    <name>RecordingPanel</name>
    <message>
        <location filename="../../desktop/recording/panel.py" line="60"/>
        <source>Input device</source>
        <translation>Invoerapparaat</translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="61"/>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="62"/>
        <source>Refresh the list of input devices</source>
        <translation>De lijst met invoerapparaten vernieuwen</translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="65"/>
        <location filename="../../desktop/recording/panel.py" line="353"/>
        <source>Record</source>
        <translation>Opnemen</translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="66"/>
        <source>Start or stop recording</source>
        <translation>Opname starten of stoppen</translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="67"/>
        <source>Start recording (Ctrl+R); press again to stop and save</source>
        <translation>Opname starten (Ctrl+R); nogmaals drukken stopt en bewaart</translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="71"/>
        <location filename="../../desktop/recording/panel.py" line="357"/>
        <source>Pause</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="72"/>
        <source>Pause or resume recording</source>
        <translation>Opname pauzeren of hervatten</translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="73"/>
        <source>Pause or resume (Ctrl+P)</source>
        <translation>Pauzeren of hervatten (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="83"/>
        <source>Elapsed recording time</source>
        <translation>Verstreken opnametijd</translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="84"/>
        <location filename="../../desktop/recording/panel.py" line="199"/>
        <location filename="../../desktop/recording/panel.py" line="360"/>
        <source>Ready</source>
        <translation>Gereed</translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="98"/>
        <source>optional marker label, Enter to set</source>
        <translation>label van de markering (optioneel), Enter om te zetten</translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="99"/>
        <source>Marker label</source>
        <translation>Label van de markering</translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="101"/>
        <source>Marker (M)</source>
        <translation>Markering (M)</translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="102"/>
        <location filename="../../desktop/recording/panel.py" line="164"/>
        <source>Set a marker</source>
        <translation>Een markering zetten</translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="103"/>
        <source>Mark this moment (M)</source>
        <translation>Dit moment markeren (M)</translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="107"/>
        <source>Markers in this take</source>
        <translation>Markeringen in deze opname</translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="116"/>
        <source>Transcribe</source>
        <translation>Transcriberen</translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="117"/>
        <source>Transcribe this take</source>
        <translation>Deze opname transcriberen</translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="118"/>
        <source>Transcribe this take on this laptop (Ctrl+T)</source>
        <translation>Deze opname op deze laptop transcriberen (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="123"/>
        <source>Open interview</source>
        <translation>Interview openen</translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="124"/>
        <source>Open the interview of this take</source>
        <translation>Het interview van deze opname openen</translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="136"/>
        <source>Input:</source>
        <translation>Invoer:</translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="178"/>
        <source>New interview with %1 (%2)</source>
        <translation>Nieuw interview met %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="241"/>
        <source>Recording could not start: %1</source>
        <translation>De opname kon niet starten: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="289"/>
        <source>Nothing was recorded.</source>
        <translation>Er is niets opgenomen.</translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="293"/>
        <source>Saved %1 of audio, %2 marker(s), %3 input overflow(s).</source>
        <translation>%1 audio bewaard, %2 markering(en), %3 invoeroverloop/-lopen.</translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="306"/>
        <source>Take saved: %1 of audio, %2 marker(s).</source>
        <translation>Opname bewaard: %1 audio, %2 markering(en).</translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="312"/>
        <source>%1 has not consented to transcription (item 2), so it cannot be transcribed.</source>
        <translation>%1 heeft geen toestemming gegeven voor uitschrijven (punt 2), dus deze opname kan niet getranscribeerd worden.</translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="319"/>
        <source>Transcription started; it runs in the background.</source>
        <translation>Transcriptie gestart; die loopt op de achtergrond.</translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="327"/>
        <source>Everything recorded up to that moment is saved.</source>
        <translation>Alles wat tot dat moment is opgenomen, is bewaard.</translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="349"/>
        <source>Input overflows: %1</source>
        <translation>Invoeroverlopen: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="353"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="355"/>
        <source>Stop and save (Ctrl+R)</source>
        <translation>Stoppen en bewaren (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="355"/>
        <source>Start recording (Ctrl+R)</source>
        <translation>Opname starten (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="357"/>
        <source>Resume</source>
        <translation>Hervatten</translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="360"/>
        <source>Recording…</source>
        <translation>Opname loopt…</translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="360"/>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <location filename="../../desktop/i18n.py" line="93"/>
        <source>A file or folder could not be used: check the path, the permissions and the free space.</source>
        <translation>Een bestand of map kon niet worden gebruikt: controleer het pad, de rechten en de vrije ruimte.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="103"/>
        <source>An error in Veldwerk stopped this step; please report it.</source>
        <translation>Een fout in Veldwerk heeft deze stap gestopt; meld die alstublieft.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="111"/>
        <location filename="../../desktop/recording/session.py" line="44"/>
        <source>Technical detail: %1</source>
        <translation>Technische melding: %1</translation>
    </message>
</context>
<context>
    <name>RollingWaveform</name>
    <message>
        <location filename="../../desktop/widgets/waveform.py" line="20"/>
        <source>Rolling waveform of the input</source>
        <translation>Doorlopende golfvorm van de invoer</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="35"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="39"/>
        <source>Transcription model</source>
        <translation>Transcriptiemodel</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="40"/>
        <source>Add model folder…</source>
        <translation>Modelmap toevoegen…</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="41"/>
        <source>Add a model folder to the library</source>
        <translation>Een modelmap aan de bibliotheek toevoegen</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="49"/>
        <source>&amp;Model:</source>
        <translation>&amp;Model:</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="58"/>
        <source>Device for transcription</source>
        <translation>Apparaat voor transcriptie</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="59"/>
        <source>Automatic (NVIDIA GPU when there is one)</source>
        <translation>Automatisch (NVIDIA-GPU als die er is)</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="60"/>
        <source>CPU only</source>
        <translation>Alleen de CPU</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="62"/>
        <source>&amp;Device:</source>
        <translation>&amp;Apparaat:</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="73"/>
        <location filename="../../desktop/settings_dialog.py" line="192"/>
        <source>Measure speed</source>
        <translation>Snelheid meten</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="74"/>
        <source>Measure each model&apos;s speed on this computer</source>
        <translation>De snelheid van elk model op deze computer meten</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="83"/>
        <source>Runs on:</source>
        <translation>Draait op:</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="85"/>
        <source>Who spoke &amp;when:</source>
        <translation>Wie &amp;sprak wanneer:</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="91"/>
        <source>Automatic (%1)</source>
        <translation>Automatisch (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="92"/>
        <source>CPU threads</source>
        <translation>CPU-threads</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="94"/>
        <source>CPU &amp;threads:</source>
        <translation>CPU-&amp;threads:</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="95"/>
        <source>Fast mode by default (quicker draft, slightly less accurate)</source>
        <translation>Standaard snelle modus (sneller concept, iets minder nauwkeurig)</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="100"/>
        <source>Transcribe a recording as soon as it is saved</source>
        <translation>Een opname transcriberen zodra die bewaard is</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="105"/>
        <source>Glossary: one word per line</source>
        <translation>Woordenlijst: één woord per regel</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="106"/>
        <source>one word per line, for example GGD, klankbordgroep</source>
        <translation>één woord per regel, bijvoorbeeld GGD, klankbordgroep</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="112"/>
        <source>Study &amp;glossary:</source>
        <translation>&amp;Woordenlijst van de studie:</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="115"/>
        <source>Language of the app</source>
        <translation>Taal van de app</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="119"/>
        <source>App &amp;language:</source>
        <translation>&amp;Taal van de app:</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="146"/>
        <source>multilingual</source>
        <translation>meertalig</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="146"/>
        <source>English only</source>
        <translation>alleen Engels</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="149"/>
        <source>not reachable</source>
        <translation>niet bereikbaar</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="154"/>
        <source>Veldwerk never downloads models. Bring larger ones (small, medium, large-v3) as a CTranslate2 folder, for example on a USB stick.</source>
        <translation>Veldwerk downloadt nooit modellen. Neem grotere modellen (small, medium, large-v3) mee als CTranslate2-map, bijvoorbeeld op een USB-stick.</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="160"/>
        <source>Choose a CTranslate2 Whisper model folder</source>
        <translation>Kies een map met een CTranslate2-Whispermodel</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="181"/>
        <source>Measuring…</source>
        <translation>Bezig met meten…</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../desktop/help/shortcuts.py" line="42"/>
        <source>Code the selected text with code 1 … 9 (also 1 … 9 with text selected)</source>
        <translation>De geselecteerde tekst coderen met code 1 … 9 (ook 1 … 9 met tekst geselecteerd)</translation>
    </message>
    <message>
        <location filename="../../desktop/help/shortcuts.py" line="43"/>
        <source>Split the segment at the cursor</source>
        <translation>Het segment splitsen bij de cursor</translation>
    </message>
    <message>
        <location filename="../../desktop/help/shortcuts.py" line="57"/>
        <location filename="../../desktop/help/shortcuts.py" line="103"/>
        <source>Transcript editor</source>
        <translation>Transcripteditor</translation>
    </message>
    <message>
        <location filename="../../desktop/help/shortcuts.py" line="59"/>
        <location filename="../../desktop/help/shortcuts.py" line="103"/>
        <source>Recording screen</source>
        <translation>Opnamescherm</translation>
    </message>
    <message>
        <location filename="../../desktop/help/shortcuts.py" line="61"/>
        <location filename="../../desktop/help/shortcuts.py" line="104"/>
        <source>Player of an interview without a transcript</source>
        <translation>Speler van een interview zonder transcript</translation>
    </message>
    <message>
        <location filename="../../desktop/help/shortcuts.py" line="63"/>
        <location filename="../../desktop/help/shortcuts.py" line="104"/>
        <source>Actions and themes</source>
        <translation>Acties en thema&apos;s</translation>
    </message>
    <message>
        <location filename="../../desktop/help/shortcuts.py" line="65"/>
        <location filename="../../desktop/help/shortcuts.py" line="103"/>
        <source>Menus (everywhere in the window)</source>
        <translation>Menu&apos;s (overal in het venster)</translation>
    </message>
    <message>
        <location filename="../../desktop/help/shortcuts.py" line="129"/>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
</context>
<context>
    <name>SpeakersChoice</name>
    <message>
        <location filename="../../desktop/queue/options.py" line="67"/>
        <source>Off</source>
        <translation>Uit</translation>
    </message>
    <message>
        <location filename="../../desktop/queue/options.py" line="68"/>
        <source>Speakers:</source>
        <translation>Sprekers:</translation>
    </message>
    <message>
        <location filename="../../desktop/queue/options.py" line="72"/>
        <source>Number of speakers</source>
        <translation>Aantal sprekers</translation>
    </message>
    <message>
        <location filename="../../desktop/queue/options.py" line="73"/>
        <source>Estimate</source>
        <translation>Schatten</translation>
    </message>
    <message>
        <location filename="../../desktop/queue/options.py" line="85"/>
        <source>Who spoke when</source>
        <translation>Wie sprak wanneer</translation>
    </message>
</context>
<context>
    <name>StudyPage</name>
    <message>
        <location filename="../../desktop/participants/pages.py" line="56"/>
        <source>Add participant…</source>
        <translation>Deelnemer toevoegen…</translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="56"/>
        <source>Add a participant (Ctrl+Shift+N)</source>
        <translation>Een deelnemer toevoegen (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="74"/>
        <source>%1 participant(s), %2 interview(s), %3 hours of audio, %4 transcript(s), %5 coding(s). %6</source>
        <translation>%1 deelnemer(s), %2 interview(s), %3 uur audio, %4 transcript(en), %5 codering(en). %6</translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="78"/>
        <source>Encrypted.</source>
        <translation>Versleuteld.</translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="78"/>
        <source>NOT encrypted.</source>
        <translation>NIET versleuteld.</translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="81"/>
        <source>Start by adding a participant: a code such as R01 and a role. Then take consent and record.</source>
        <translation>Begin met een deelnemer: een code zoals R01 en een rol. Vraag daarna toestemming en neem op.</translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="83"/>
        <source>Choose a participant on the left, or add another one.</source>
        <translation>Kies links een deelnemer, of voeg er een toe.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../desktop/consent_wizard/pages.py" line="191"/>
        <source>Consent saved</source>
        <translation>Toestemming bewaard</translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/pages.py" line="192"/>
        <source>Read this back to the participant.</source>
        <translation>Lees dit terug aan de deelnemer.</translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/pages.py" line="195"/>
        <source>Consent summary</source>
        <translation>Samenvatting van de toestemming</translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/pages.py" line="207"/>
        <source>verbally (recorded)</source>
        <translation>mondeling (opgenomen)</translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/pages.py" line="208"/>
        <source>in writing</source>
        <translation>schriftelijk</translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/pages.py" line="209"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/pages.py" line="210"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/pages.py" line="211"/>
        <source>You can withdraw any of this at any time, without giving a reason.</source>
        <translation>Je kunt dit altijd intrekken, helemaal of voor één punt, zonder te zeggen waarom.</translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/pages.py" line="212"/>
        <source>%1 gave consent %2 on %3, recorded by %4 (form version %5).</source>
        <translation>%1 gaf toestemming %2 op %3, vastgelegd door %4 (formulierversie %5).</translation>
    </message>
</context>
<context>
    <name>TakeSession</name>
    <message>
        <location filename="../../desktop/recording/session.py" line="37"/>
        <source>The input has been silent for %1 seconds: is the microphone on and the right one chosen?</source>
        <translation>De invoer is al %1 seconden stil: staat de microfoon aan en is de juiste gekozen?</translation>
    </message>
    <message>
        <location filename="../../desktop/recording/session.py" line="38"/>
        <source>The input is clipping (too loud): move the microphone away or lower the input volume.</source>
        <translation>De invoer is oversturd (te luid): zet de microfoon verder weg of het invoervolume lager.</translation>
    </message>
    <message>
        <location filename="../../desktop/recording/session.py" line="39"/>
        <source>Low disk space: about %1 minutes of recording still fit.</source>
        <translation>Weinig schijfruimte: er past nog ongeveer %1 minuten opname op.</translation>
    </message>
    <message>
        <location filename="../../desktop/recording/session.py" line="41"/>
        <source>Recording stopped: the audio could not be saved; what reached the disk is kept.</source>
        <translation>De opname is gestopt: het geluid kon niet worden bewaard; wat op de schijf stond, blijft bewaard.</translation>
    </message>
    <message>
        <location filename="../../desktop/recording/session.py" line="42"/>
        <source>The audio device reported a problem; listen back to this part of the recording.</source>
        <translation>Het audioapparaat meldde een probleem; luister dit deel van de opname terug.</translation>
    </message>
    <message>
        <location filename="../../desktop/recording/session.py" line="43"/>
        <source>A step of the recording went wrong; the recording goes on.</source>
        <translation>Een stap van de opname ging mis; de opname gaat door.</translation>
    </message>
</context>
<context>
    <name>TranscribeOptionsDialog</name>
    <message>
        <location filename="../../desktop/queue/options.py" line="103"/>
        <source>Transcribe %1</source>
        <translation>%1 transcriberen</translation>
    </message>
    <message>
        <location filename="../../desktop/queue/options.py" line="106"/>
        <source>Model for this transcription</source>
        <translation>Model voor deze transcriptie</translation>
    </message>
    <message>
        <location filename="../../desktop/queue/options.py" line="115"/>
        <source>&amp;Model:</source>
        <translation>&amp;Model:</translation>
    </message>
    <message>
        <location filename="../../desktop/queue/options.py" line="116"/>
        <source>Runs on: %1</source>
        <translation>Draait op: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/queue/options.py" line="119"/>
        <source>Fast draft (quicker, slightly less accurate)</source>
        <translation>Snelle eerste versie (sneller, iets minder nauwkeurig)</translation>
    </message>
    <message>
        <location filename="../../desktop/queue/options.py" line="123"/>
        <source>Who spoke &amp;when:</source>
        <translation>Wie &amp;sprak wanneer:</translation>
    </message>
    <message>
        <location filename="../../desktop/queue/options.py" line="124"/>
        <source>An interview expects two: the interviewer and the participant.</source>
        <translation>Een interview verwacht er twee: de interviewer en de deelnemer.</translation>
    </message>
    <message>
        <location filename="../../desktop/queue/options.py" line="128"/>
        <source>Transcribe</source>
        <translation>Transcriberen</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <location filename="../../desktop/participants/tree.py" line="18"/>
        <source>not transcribed</source>
        <translation>niet getranscribeerd</translation>
    </message>
    <message>
        <location filename="../../desktop/participants/tree.py" line="19"/>
        <source>transcript unfinished</source>
        <translation>transcript onaf</translation>
    </message>
    <message>
        <location filename="../../desktop/participants/tree.py" line="20"/>
        <source>transcribed</source>
        <translation>getranscribeerd</translation>
    </message>
</context>
<context>
    <name>TranscriptionDevice</name>
    <message>
        <location filename="../../desktop/queue/options.py" line="148"/>
        <source>NVIDIA GPU (%1)</source>
        <translation>NVIDIA-GPU (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/queue/options.py" line="149"/>
        <source>CPU (%1)</source>
        <translation>CPU (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/queue/options.py" line="151"/>
        <source>no NVIDIA GPU seen by CTranslate2</source>
        <translation>CTranslate2 ziet geen NVIDIA-GPU</translation>
    </message>
    <message>
        <location filename="../../desktop/queue/options.py" line="161"/>
        <source>speed not measured</source>
        <translation>snelheid niet gemeten</translation>
    </message>
    <message>
        <location filename="../../desktop/queue/options.py" line="162"/>
        <source>one hour of audio ≈ %1 min</source>
        <translation>een uur audio ≈ %1 min</translation>
    </message>
</context>
<context>
    <name>TranscriptionQueue</name>
    <message>
        <location filename="../../desktop/queue/jobs.py" line="146"/>
        <source>Cancelled before it started.</source>
        <translation>Geannuleerd voordat hij begon.</translation>
    </message>
    <message>
        <location filename="../../desktop/queue/jobs.py" line="150"/>
        <source>Cancelling…</source>
        <translation>Bezig met annuleren…</translation>
    </message>
    <message>
        <location filename="../../desktop/queue/jobs.py" line="220"/>
        <source>Detecting speakers…</source>
        <translation>Sprekers herkennen…</translation>
    </message>
    <message>
        <location filename="../../desktop/queue/jobs.py" line="221"/>
        <source>Speakers: %1 (a proposal; check them in the editor)</source>
        <translation>Sprekers: %1 (een voorstel; controleer ze in de editor)</translation>
    </message>
    <message>
        <location filename="../../desktop/queue/jobs.py" line="223"/>
        <source>Speaker detection cancelled; the transcript is kept.</source>
        <translation>Sprekerherkenning geannuleerd; het transcript blijft bewaard.</translation>
    </message>
    <message>
        <location filename="../../desktop/queue/jobs.py" line="230"/>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
</context>
<context>
    <name>WelcomeWidget</name>
    <message>
        <location filename="../../desktop/welcome.py" line="47"/>
        <source>Record, transcribe and code interviews. Everything stays on this laptop.</source>
        <translation>Interviews opnemen, uitschrijven en coderen. Alles blijft op deze laptop.</translation>
    </message>
    <message>
        <location filename="../../desktop/welcome.py" line="53"/>
        <source>New study…</source>
        <translation>Nieuwe studie…</translation>
    </message>
    <message>
        <location filename="../../desktop/welcome.py" line="54"/>
        <source>New study</source>
        <translation>Nieuwe studie</translation>
    </message>
    <message>
        <location filename="../../desktop/welcome.py" line="55"/>
        <source>Create a new encrypted study (Ctrl+N)</source>
        <translation>Een nieuwe, versleutelde studie maken (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/welcome.py" line="59"/>
        <source>Open study…</source>
        <translation>Studie openen…</translation>
    </message>
    <message>
        <location filename="../../desktop/welcome.py" line="60"/>
        <source>Open study</source>
        <translation>Studie openen</translation>
    </message>
    <message>
        <location filename="../../desktop/welcome.py" line="61"/>
        <source>Open a study folder (Ctrl+O)</source>
        <translation>Een studiemap openen (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../desktop/welcome.py" line="70"/>
        <location filename="../../desktop/welcome.py" line="74"/>
        <source>Recent studies</source>
        <translation>Recente studies</translation>
    </message>
    <message>
        <location filename="../../desktop/welcome.py" line="77"/>
        <source>Double-click a study or press Enter to open it.</source>
        <translation>Dubbelklik op een studie of druk op Enter om haar te openen.</translation>
    </message>
    <message>
        <location filename="../../desktop/welcome.py" line="89"/>
        <source>(not found)</source>
        <translation>(niet gevonden)</translation>
    </message>
    <message>
        <location filename="../../desktop/welcome.py" line="99"/>
        <source>Open study folder (NAME.veldwerk)</source>
        <translation>Studiemap openen (NAAM.veldwerk)</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="102"/>
        <source>Withdraw participant %1</source>
        <translation>Deelnemer %1 terugtrekken</translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="105"/>
        <source>Withdraw from the whole study</source>
        <translation>Terugtrekken uit de hele studie</translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="106"/>
        <source>Withdraw consent for single items only</source>
        <translation>Alleen toestemming voor losse punten intrekken</translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="120"/>
        <source>Consent items to withdraw</source>
        <translation>Punten van de toestemming om in te trekken</translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="121"/>
        <source>item numbers, for example 3 or 3,5</source>
        <translation>nummers van de punten, bijvoorbeeld 3 of 3,5</translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="125"/>
        <source>To withdraw from the whole study, type the code %1:</source>
        <translation>Typ de code %1 om de deelnemer uit het hele onderzoek terug te trekken:</translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="129"/>
        <source>Participant code to confirm</source>
        <translation>Code van de deelnemer ter bevestiging</translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="131"/>
        <source>Withdrawal receipt for the participant (.docx, in Dutch):</source>
        <translation>Bewijs van intrekking voor de deelnemer (.docx, in het Nederlands):</translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="136"/>
        <source>Withdrawal receipt file</source>
        <translation>Bestand voor het bewijs van intrekking</translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="138"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="148"/>
        <source>Withdraw</source>
        <translation>Terugtrekken</translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="162"/>
        <source>This permanently deletes, in one step: %1 interview(s), %2 recording(s) (%3 of audio), %4 consent clip(s), %5 transcript(s) with %6 segment(s), and %7 coding(s). The consent ledger keeps only the code %8, the time and the hashes. This cannot be undone.</source>
        <translation>Dit wist definitief, in één stap: %1 interview(s), %2 opname(s) (%3 audio), %4 toestemmingsopname(s), %5 transcript(en) met %6 segment(en) en %7 codering(en). Het toestemmingsregister bewaart alleen de code %8, het tijdstip en de hashes. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="174"/>
        <source>%1 term(s) on the study&apos;s replacement list that only this participant&apos;s texts contain go as well.</source>
        <translation>Ook %1 term(en) van de vervanglijst van het onderzoek die alleen in de teksten van deze deelnemer voorkomen, worden gewist.</translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="182"/>
        <source>Type the numbers of the consent items to withdraw.</source>
        <translation>Typ de nummers van de punten die worden ingetrokken.</translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="194"/>
        <source>Save the withdrawal receipt</source>
        <translation>Bewijs van intrekking opslaan</translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="195"/>
        <source>Word document (*.docx)</source>
        <translation>Word-document (*.docx)</translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="204"/>
        <source>Choose where to save the withdrawal receipt.</source>
        <translation>Kies waar het bewijs van intrekking wordt opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="207"/>
        <source>%1 already exists; choose another file name for the receipt.</source>
        <translation>%1 bestaat al; kies een andere bestandsnaam voor het bewijs.</translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="212"/>
        <source>Type the code %1 to confirm the withdrawal.</source>
        <translation>Typ de code %1 om de intrekking te bevestigen.</translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="226"/>
        <source>Withdrawal receipt</source>
        <translation>Bewijs van intrekking</translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="227"/>
        <source>The withdrawal is done, but the receipt could not be written: %1</source>
        <translation>De intrekking is uitgevoerd, maar het bewijs kon niet worden opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../desktop/importing.py" line="17"/>
        <source>Import audio or video</source>
        <translation>Audio of video importeren</translation>
    </message>
    <message>
        <location filename="../../desktop/importing.py" line="18"/>
        <source>Audio and video (%1);;All files (*)</source>
        <translation>Audio en video (%1);;Alle bestanden (*)</translation>
    </message>
</context>
</TS>
