<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ClipRecorder</name>
    <message>
        <location filename="../../desktop/consent_wizard/clip_recorder.py" line="27"/>
        <source>Record consent clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/clip_recorder.py" line="28"/>
        <source>Record or stop the consent clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/clip_recorder.py" line="31"/>
        <location filename="../../desktop/consent_wizard/clip_recorder.py" line="124"/>
        <source>Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/clip_recorder.py" line="32"/>
        <location filename="../../desktop/consent_wizard/clip_recorder.py" line="125"/>
        <source>Replay the consent clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/clip_recorder.py" line="75"/>
        <source>Recording could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/clip_recorder.py" line="78"/>
        <source>Stop clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/clip_recorder.py" line="80"/>
        <source>Recording… ask the participant to say that they agree, then stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/clip_recorder.py" line="91"/>
        <source>Record again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/clip_recorder.py" line="97"/>
        <source>Consent clip saved (%1). Replay it to check it is audible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/clip_recorder.py" line="100"/>
        <source>Nothing was recorded; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/clip_recorder.py" line="115"/>
        <source>No audio output to replay on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/clip_recorder.py" line="117"/>
        <source>■ Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/clip_recorder.py" line="118"/>
        <source>Stop playing the consent clip</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <location filename="../../desktop/participants/consent_state.py" line="22"/>
        <source>No consent recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/consent_state.py" line="23"/>
        <source>Consent given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/consent_state.py" line="24"/>
        <source>Consent partly withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/consent_state.py" line="25"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/consent_state.py" line="26"/>
        <source>Consent records damaged: not trusted, nothing allowed (run veldwerk consent verify)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentGuard</name>
    <message>
        <location filename="../../desktop/consent_wizard/guard.py" line="10"/>
        <source>the date until which the data is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/guard.py" line="11"/>
        <source>the contact for participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/guard.py" line="12"/>
        <source>the study&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/guard.py" line="13"/>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/guard.py" line="25"/>
        <source>Consent form not complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/guard.py" line="26"/>
        <source>The consent form does not say %1 yet, and it is read aloud to the participant. Fill it in before taking consent. Fill it in now?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentSettingsDialog</name>
    <message>
        <location filename="../../desktop/consent_wizard/settings_fields.py" line="58"/>
        <source>Consent form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/settings_fields.py" line="61"/>
        <source>Fill in what the consent form reads aloud before taking consent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentSettingsFields</name>
    <message>
        <location filename="../../desktop/consent_wizard/settings_fields.py" line="20"/>
        <source>Date until which the data is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/settings_fields.py" line="23"/>
        <source>choose a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/settings_fields.py" line="26"/>
        <source>Contact for participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/settings_fields.py" line="27"/>
        <source>name and phone number or e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/settings_fields.py" line="33"/>
        <source>Data &amp;kept until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/settings_fields.py" line="34"/>
        <source>Con&amp;tact for participants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/settings_fields.py" line="35"/>
        <source>The consent form reads both aloud to every participant.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentWizard</name>
    <message>
        <location filename="../../desktop/consent_wizard/wizard.py" line="16"/>
        <source>Consent of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/wizard.py" line="28"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceCombo</name>
    <message>
        <location filename="../../desktop/recording/devices_combo.py" line="21"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recording/devices_combo.py" line="29"/>
        <location filename="../../desktop/recording/devices_combo.py" line="42"/>
        <source>(default)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <location filename="../../desktop/consent_wizard/pages.py" line="39"/>
        <source>Read this to the participant, or let them read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/pages.py" line="43"/>
        <source>Consent form text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewPage</name>
    <message>
        <location filename="../../desktop/participants/pages.py" line="209"/>
        <location filename="../../desktop/participants/pages.py" line="248"/>
        <source>Transcribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="209"/>
        <source>Transcribe on this laptop (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="231"/>
        <source>Interview with %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="234"/>
        <source>recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="234"/>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="242"/>
        <source>markers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="245"/>
        <source>Transcript: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="248"/>
        <source>Resume transcription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="282"/>
        <source>The transcript is unfinished. Resume the transcription to complete it; what was done is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="284"/>
        <source>Not transcribed yet. Press Transcribe (Ctrl+T): it runs on this laptop and you can keep working.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemsPage</name>
    <message>
        <location filename="../../desktop/consent_wizard/pages.py" line="54"/>
        <source>The questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/pages.py" line="55"/>
        <source>Ask each question and record the answer. The participant may say no to any of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/pages.py" line="68"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/pages.py" line="69"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/pages.py" line="71"/>
        <source>Item %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobRow</name>
    <message>
        <location filename="../../desktop/queue/dock.py" line="23"/>
        <source>Transcription progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/queue/dock.py" line="44"/>
        <source>fast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/queue/dock.py" line="44"/>
        <source>accurate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/queue/dock.py" line="47"/>
        <source>speakers estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/queue/dock.py" line="48"/>
        <source>%1 speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/queue/dock.py" line="53"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/queue/dock.py" line="53"/>
        <source>Transcribing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/queue/dock.py" line="53"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/queue/dock.py" line="54"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/queue/dock.py" line="54"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/queue/dock.py" line="56"/>
        <source>%1 · elapsed %2 · remaining %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/queue/dock.py" line="62"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/queue/dock.py" line="63"/>
        <source>Cancel transcription of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/queue/dock.py" line="65"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/queue/dock.py" line="66"/>
        <source>Open transcript of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/queue/dock.py" line="68"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/queue/dock.py" line="68"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/queue/dock.py" line="69"/>
        <source>Run transcription of %1 again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <location filename="../../desktop/widgets/level_meter.py" line="30"/>
        <source>Input level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/level_meter.py" line="42"/>
        <source>%1 dBFS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/main_window.py" line="72"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="150"/>
        <source>Open study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="180"/>
        <source>Transcription failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="202"/>
        <source>Recording in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="203"/>
        <source>A recording is running. Stop it and save it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="270"/>
        <source>fast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="270"/>
        <source>accurate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="271"/>
        <source>Model: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="283"/>
        <source>Recording recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="284"/>
        <source>The last session ended unexpectedly while recording. %1 take(s) were recovered and kept: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="286"/>
        <source>Open interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="309"/>
        <source>Stop the recording first (Ctrl+R).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="360"/>
        <location filename="../../desktop/main_window.py" line="382"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="360"/>
        <source>Take the consent of %1 now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="368"/>
        <source>Edit participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="396"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="396"/>
        <source>Consent covers recording. Open the recording screen for %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="404"/>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window_work.py" line="85"/>
        <source>Stop &amp;recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window_work.py" line="85"/>
        <location filename="../../desktop/menus.py" line="44"/>
        <source>&amp;Record interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window_work.py" line="92"/>
        <source>Recording saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window_work.py" line="110"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="303"/>
        <source>Choose a participant first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window_work.py" line="47"/>
        <source>%1 Record consent first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window_work.py" line="63"/>
        <location filename="../../desktop/main_window_work.py" line="68"/>
        <source>Record interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window_work.py" line="120"/>
        <source>Imported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window_work.py" line="121"/>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window_work.py" line="122"/>
        <source>Imported with a warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window_work.py" line="127"/>
        <source>Importing %1 file(s)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window_work.py" line="147"/>
        <source>Choose an interview to transcribe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window_work.py" line="154"/>
        <source>Transcribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window_work.py" line="176"/>
        <source>Transcribing %1: %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window_work.py" line="178"/>
        <source>(+%1 waiting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window_work.py" line="187"/>
        <source>Transcript of %1 is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="431"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="431"/>
        <source>The new language is used after the recording or transcription, at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="461"/>
        <source>Codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="461"/>
        <source>Excerpts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="462"/>
        <source>Perception overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="26"/>
        <source>&amp;Study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="27"/>
        <source>&amp;New study…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="28"/>
        <source>&amp;Open study…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="29"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="30"/>
        <source>&amp;Close study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="32"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="34"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="36"/>
        <source>&amp;Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="37"/>
        <source>&amp;Add participant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="38"/>
        <source>&amp;Edit participant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="39"/>
        <source>Take &amp;consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="41"/>
        <source>&amp;Withdraw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="43"/>
        <source>&amp;Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="45"/>
        <source>Open the recording screen; press again to start or stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="47"/>
        <source>&amp;Pause / resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="48"/>
        <source>Set &amp;marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="50"/>
        <source>&amp;Import audio or video…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="54"/>
        <source>&amp;Transcribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="55"/>
        <source>Transcribe &amp;with options…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="57"/>
        <source>Choose the model and who spoke when for this transcription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="69"/>
        <source>&amp;Coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="70"/>
        <source>&amp;Codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="71"/>
        <source>&amp;Excerpts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="72"/>
        <source>&amp;Perception overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="82"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="84"/>
        <source>&amp;Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="88"/>
        <source>Transcription &amp;queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="91"/>
        <source>Study &amp;overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="96"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="97"/>
        <source>&amp;Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="98"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="99"/>
        <source>&amp;About Veldwerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="100"/>
        <source>About Veldwerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="101"/>
        <source>Veldwerk records, transcribes and codes research interviews. Nothing leaves this laptop: no network connection is ever made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manual</name>
    <message>
        <location filename="../../desktop/help/manual.py" line="22"/>
        <source>Veldwerk manual</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MethodPage</name>
    <message>
        <location filename="../../desktop/consent_wizard/pages.py" line="114"/>
        <source>How was consent given?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/pages.py" line="115"/>
        <source>For verbal consent, record the participant saying they agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/pages.py" line="117"/>
        <source>Save consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/pages.py" line="118"/>
        <source>Verbal (recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/pages.py" line="119"/>
        <source>Written (signed form)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/pages.py" line="125"/>
        <source>Researcher who took the consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/pages.py" line="126"/>
        <source>your name or initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/pages.py" line="137"/>
        <source>Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/pages.py" line="138"/>
        <source>&amp;Researcher:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewStudyDialog</name>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="37"/>
        <source>New study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="42"/>
        <source>for example Stigma sekswerk Tilburg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="43"/>
        <source>Study name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="44"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="47"/>
        <location filename="../../desktop/study_dialogs.py" line="122"/>
        <source>Folder for the study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="48"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="49"/>
        <source>Choose folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="57"/>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="64"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="65"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="70"/>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="76"/>
        <source>Repeat passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="77"/>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="78"/>
        <source>Show passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="81"/>
        <source>Nobody can recover a lost passphrase: write it down and keep it apart from the laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="86"/>
        <source>Spoken language of the interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="87"/>
        <source>Dutch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="87"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="87"/>
        <source>Detect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="89"/>
        <source>&amp;Interview language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="97"/>
        <source>%1 (editable later).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="99"/>
        <source>Roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="105"/>
        <source>Create study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="132"/>
        <source>Will be saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="136"/>
        <source>Choose a passphrase of at least 8 characters; several words are easy to remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="137"/>
        <source>Weak: too short or too simple.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="138"/>
        <source>Fair: longer or a few more words makes it stronger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="139"/>
        <source>Good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="140"/>
        <source>Strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="149"/>
        <location filename="../../desktop/study_dialogs.py" line="155"/>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenStudyDialog</name>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="179"/>
        <source>Open study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="182"/>
        <source>Passphrase for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="187"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="204"/>
        <source>Wrong passphrase. Check Caps Lock and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="47"/>
        <source>Edit participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="47"/>
        <source>Add participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="51"/>
        <source>Participant code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="52"/>
        <source>A pseudonym such as R01. Never a real name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="53"/>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="55"/>
        <source>Stakeholder role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="60"/>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="62"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="63"/>
        <source>No names, addresses or other details that identify anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="65"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantPage</name>
    <message>
        <location filename="../../desktop/participants/pages.py" line="108"/>
        <location filename="../../desktop/participants/pages.py" line="161"/>
        <source>Take consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="108"/>
        <source>Consent wizard (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="109"/>
        <source>Record interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="109"/>
        <source>Open the recording screen (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="110"/>
        <source>Import audio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="110"/>
        <source>Import audio or video files (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="111"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="112"/>
        <source>Edit code, role and notes (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="113"/>
        <source>Withdraw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="114"/>
        <source>Withdraw the participant or single consent items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="161"/>
        <source>Take consent again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="167"/>
        <source>This participant has withdrawn; their data has been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="169"/>
        <source>Recording and importing become available once the participant consents to audio recording (item 1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantTree</name>
    <message>
        <location filename="../../desktop/participants/tree.py" line="35"/>
        <source>Participant / interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/tree.py" line="35"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/tree.py" line="36"/>
        <source>Participants and interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/tree.py" line="87"/>
        <source>Recovered after an interruption</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PcmPlayer</name>
    <message>
        <location filename="../../desktop/recording/playback.py" line="25"/>
        <source>No audio output device found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlayKeys</name>
    <message>
        <location filename="../../desktop/widgets/play_keys.py" line="19"/>
        <source>Play or pause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueDock</name>
    <message>
        <location filename="../../desktop/queue/dock.py" line="89"/>
        <source>Transcription queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/queue/dock.py" line="95"/>
        <source>No transcriptions yet. Select an interview and press Ctrl+T.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/queue/dock.py" line="103"/>
        <source>Transcription jobs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordingPanel</name>
    <message>
        <location filename="../../desktop/recording/panel.py" line="60"/>
        <source>Input device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="61"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="62"/>
        <source>Refresh the list of input devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="65"/>
        <location filename="../../desktop/recording/panel.py" line="353"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="66"/>
        <source>Start or stop recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="67"/>
        <source>Start recording (Ctrl+R); press again to stop and save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="71"/>
        <location filename="../../desktop/recording/panel.py" line="357"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="72"/>
        <source>Pause or resume recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="73"/>
        <source>Pause or resume (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="83"/>
        <source>Elapsed recording time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="84"/>
        <location filename="../../desktop/recording/panel.py" line="199"/>
        <location filename="../../desktop/recording/panel.py" line="360"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="98"/>
        <source>optional marker label, Enter to set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="99"/>
        <source>Marker label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="101"/>
        <source>Marker (M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="102"/>
        <location filename="../../desktop/recording/panel.py" line="164"/>
        <source>Set a marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="103"/>
        <source>Mark this moment (M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="107"/>
        <source>Markers in this take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="116"/>
        <source>Transcribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="117"/>
        <source>Transcribe this take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="118"/>
        <source>Transcribe this take on this laptop (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="123"/>
        <source>Open interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="124"/>
        <source>Open the interview of this take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="136"/>
        <source>Input:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="178"/>
        <source>New interview with %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="241"/>
        <source>Recording could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="289"/>
        <source>Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="293"/>
        <source>Saved %1 of audio, %2 marker(s), %3 input overflow(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="306"/>
        <source>Take saved: %1 of audio, %2 marker(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="312"/>
        <source>%1 has not consented to transcription (item 2), so it cannot be transcribed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="319"/>
        <source>Transcription started; it runs in the background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="327"/>
        <source>Everything recorded up to that moment is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="349"/>
        <source>Input overflows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="353"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="355"/>
        <source>Stop and save (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="355"/>
        <source>Start recording (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="357"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="360"/>
        <source>Recording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="360"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <location filename="../../desktop/i18n.py" line="93"/>
        <source>A file or folder could not be used: check the path, the permissions and the free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="103"/>
        <source>An error in Veldwerk stopped this step; please report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="111"/>
        <location filename="../../desktop/recording/session.py" line="44"/>
        <source>Technical detail: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RollingWaveform</name>
    <message>
        <location filename="../../desktop/widgets/waveform.py" line="20"/>
        <source>Rolling waveform of the input</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="35"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="39"/>
        <source>Transcription model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="40"/>
        <source>Add model folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="41"/>
        <source>Add a model folder to the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="49"/>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="58"/>
        <source>Device for transcription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="59"/>
        <source>Automatic (NVIDIA GPU when there is one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="60"/>
        <source>CPU only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="62"/>
        <source>&amp;Device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="73"/>
        <location filename="../../desktop/settings_dialog.py" line="192"/>
        <source>Measure speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="74"/>
        <source>Measure each model&apos;s speed on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="83"/>
        <source>Runs on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="85"/>
        <source>Who spoke &amp;when:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="91"/>
        <source>Automatic (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="92"/>
        <source>CPU threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="94"/>
        <source>CPU &amp;threads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="95"/>
        <source>Fast mode by default (quicker draft, slightly less accurate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="100"/>
        <source>Transcribe a recording as soon as it is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="105"/>
        <source>Glossary: one word per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="106"/>
        <source>one word per line, for example GGD, klankbordgroep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="112"/>
        <source>Study &amp;glossary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="115"/>
        <source>Language of the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="119"/>
        <source>App &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="146"/>
        <source>multilingual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="146"/>
        <source>English only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="149"/>
        <source>not reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="154"/>
        <source>Veldwerk never downloads models. Bring larger ones (small, medium, large-v3) as a CTranslate2 folder, for example on a USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="160"/>
        <source>Choose a CTranslate2 Whisper model folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="181"/>
        <source>Measuring…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../desktop/help/shortcuts.py" line="42"/>
        <source>Code the selected text with code 1 … 9 (also 1 … 9 with text selected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/help/shortcuts.py" line="43"/>
        <source>Split the segment at the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/help/shortcuts.py" line="57"/>
        <location filename="../../desktop/help/shortcuts.py" line="103"/>
        <source>Transcript editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/help/shortcuts.py" line="59"/>
        <location filename="../../desktop/help/shortcuts.py" line="103"/>
        <source>Recording screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/help/shortcuts.py" line="61"/>
        <location filename="../../desktop/help/shortcuts.py" line="104"/>
        <source>Player of an interview without a transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/help/shortcuts.py" line="63"/>
        <location filename="../../desktop/help/shortcuts.py" line="104"/>
        <source>Actions and themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/help/shortcuts.py" line="65"/>
        <location filename="../../desktop/help/shortcuts.py" line="103"/>
        <source>Menus (everywhere in the window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/help/shortcuts.py" line="129"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeakersChoice</name>
    <message>
        <location filename="../../desktop/queue/options.py" line="67"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/queue/options.py" line="68"/>
        <source>Speakers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/queue/options.py" line="72"/>
        <source>Number of speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/queue/options.py" line="73"/>
        <source>Estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/queue/options.py" line="85"/>
        <source>Who spoke when</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudyPage</name>
    <message>
        <location filename="../../desktop/participants/pages.py" line="56"/>
        <source>Add participant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="56"/>
        <source>Add a participant (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="74"/>
        <source>%1 participant(s), %2 interview(s), %3 hours of audio, %4 transcript(s), %5 coding(s). %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="78"/>
        <source>Encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="78"/>
        <source>NOT encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="81"/>
        <source>Start by adding a participant: a code such as R01 and a role. Then take consent and record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="83"/>
        <source>Choose a participant on the left, or add another one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../desktop/consent_wizard/pages.py" line="191"/>
        <source>Consent saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/pages.py" line="192"/>
        <source>Read this back to the participant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/pages.py" line="195"/>
        <source>Consent summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/pages.py" line="207"/>
        <source>verbally (recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/pages.py" line="208"/>
        <source>in writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/pages.py" line="209"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/pages.py" line="210"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/pages.py" line="211"/>
        <source>You can withdraw any of this at any time, without giving a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/pages.py" line="212"/>
        <source>%1 gave consent %2 on %3, recorded by %4 (form version %5).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TakeSession</name>
    <message>
        <location filename="../../desktop/recording/session.py" line="37"/>
        <source>The input has been silent for %1 seconds: is the microphone on and the right one chosen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recording/session.py" line="38"/>
        <source>The input is clipping (too loud): move the microphone away or lower the input volume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recording/session.py" line="39"/>
        <source>Low disk space: about %1 minutes of recording still fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recording/session.py" line="41"/>
        <source>Recording stopped: the audio could not be saved; what reached the disk is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recording/session.py" line="42"/>
        <source>The audio device reported a problem; listen back to this part of the recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recording/session.py" line="43"/>
        <source>A step of the recording went wrong; the recording goes on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscribeOptionsDialog</name>
    <message>
        <location filename="../../desktop/queue/options.py" line="103"/>
        <source>Transcribe %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/queue/options.py" line="106"/>
        <source>Model for this transcription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/queue/options.py" line="115"/>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/queue/options.py" line="116"/>
        <source>Runs on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/queue/options.py" line="119"/>
        <source>Fast draft (quicker, slightly less accurate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/queue/options.py" line="123"/>
        <source>Who spoke &amp;when:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/queue/options.py" line="124"/>
        <source>An interview expects two: the interviewer and the participant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/queue/options.py" line="128"/>
        <source>Transcribe</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <location filename="../../desktop/participants/tree.py" line="18"/>
        <source>not transcribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/tree.py" line="19"/>
        <source>transcript unfinished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/tree.py" line="20"/>
        <source>transcribed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscriptionDevice</name>
    <message>
        <location filename="../../desktop/queue/options.py" line="148"/>
        <source>NVIDIA GPU (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/queue/options.py" line="149"/>
        <source>CPU (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/queue/options.py" line="151"/>
        <source>no NVIDIA GPU seen by CTranslate2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/queue/options.py" line="161"/>
        <source>speed not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/queue/options.py" line="162"/>
        <source>one hour of audio ≈ %1 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscriptionQueue</name>
    <message>
        <location filename="../../desktop/queue/jobs.py" line="146"/>
        <source>Cancelled before it started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/queue/jobs.py" line="150"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/queue/jobs.py" line="220"/>
        <source>Detecting speakers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/queue/jobs.py" line="221"/>
        <source>Speakers: %1 (a proposal; check them in the editor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/queue/jobs.py" line="223"/>
        <source>Speaker detection cancelled; the transcript is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/queue/jobs.py" line="230"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeWidget</name>
    <message>
        <location filename="../../desktop/welcome.py" line="47"/>
        <source>Record, transcribe and code interviews. Everything stays on this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/welcome.py" line="53"/>
        <source>New study…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/welcome.py" line="54"/>
        <source>New study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/welcome.py" line="55"/>
        <source>Create a new encrypted study (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/welcome.py" line="59"/>
        <source>Open study…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/welcome.py" line="60"/>
        <source>Open study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/welcome.py" line="61"/>
        <source>Open a study folder (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/welcome.py" line="70"/>
        <location filename="../../desktop/welcome.py" line="74"/>
        <source>Recent studies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/welcome.py" line="77"/>
        <source>Double-click a study or press Enter to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/welcome.py" line="89"/>
        <source>(not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/welcome.py" line="99"/>
        <source>Open study folder (NAME.veldwerk)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="102"/>
        <source>Withdraw participant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="105"/>
        <source>Withdraw from the whole study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="106"/>
        <source>Withdraw consent for single items only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="120"/>
        <source>Consent items to withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="121"/>
        <source>item numbers, for example 3 or 3,5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="125"/>
        <source>To withdraw from the whole study, type the code %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="129"/>
        <source>Participant code to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="131"/>
        <source>Withdrawal receipt for the participant (.docx, in Dutch):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="136"/>
        <source>Withdrawal receipt file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="138"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="148"/>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="162"/>
        <source>This permanently deletes, in one step: %1 interview(s), %2 recording(s) (%3 of audio), %4 consent clip(s), %5 transcript(s) with %6 segment(s), and %7 coding(s). The consent ledger keeps only the code %8, the time and the hashes. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="174"/>
        <source>%1 term(s) on the study&apos;s replacement list that only this participant&apos;s texts contain go as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="182"/>
        <source>Type the numbers of the consent items to withdraw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="194"/>
        <source>Save the withdrawal receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="195"/>
        <source>Word document (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="204"/>
        <source>Choose where to save the withdrawal receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="207"/>
        <source>%1 already exists; choose another file name for the receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="212"/>
        <source>Type the code %1 to confirm the withdrawal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="226"/>
        <source>Withdrawal receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="227"/>
        <source>The withdrawal is done, but the receipt could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../desktop/importing.py" line="17"/>
        <source>Import audio or video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/importing.py" line="18"/>
        <source>Audio and video (%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
