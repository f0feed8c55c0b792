<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ClipRecorder</name>
    <message>
        <location filename="../../desktop/consent_wizard/clip_recorder.py" line="26"/>
        <source>Record consent clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/clip_recorder.py" line="27"/>
        <source>Record or stop the consent clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/clip_recorder.py" line="30"/>
        <source>Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/clip_recorder.py" line="31"/>
        <source>Replay the consent clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/clip_recorder.py" line="73"/>
        <source>Recording could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/clip_recorder.py" line="76"/>
        <source>Stop clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/clip_recorder.py" line="78"/>
        <source>Recording… ask the participant to say that they agree, then stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/clip_recorder.py" line="89"/>
        <source>Record again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/clip_recorder.py" line="95"/>
        <source>Consent clip saved (%1). Replay it to check it is audible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/clip_recorder.py" line="98"/>
        <source>Nothing was recorded; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/clip_recorder.py" line="108"/>
        <source>No audio output to replay on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <location filename="../../desktop/participants/consent_state.py" line="24"/>
        <source>No consent recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/consent_state.py" line="25"/>
        <source>Consent given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/consent_state.py" line="26"/>
        <source>Consent partly withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/consent_state.py" line="27"/>
        <source>Withdrawn</source>
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
        <location filename="../../desktop/consent_wizard/settings_fields.py" line="57"/>
        <source>Consent form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/settings_fields.py" line="60"/>
        <source>Fill in what the consent form reads aloud before taking consent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentSettingsFields</name>
    <message>
        <location filename="../../desktop/consent_wizard/settings_fields.py" line="19"/>
        <source>Date until which the data is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/settings_fields.py" line="22"/>
        <source>choose a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/settings_fields.py" line="25"/>
        <source>Contact for participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/settings_fields.py" line="26"/>
        <source>name and phone number or e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/settings_fields.py" line="32"/>
        <source>Data &amp;kept until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/settings_fields.py" line="33"/>
        <source>Con&amp;tact for participants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/settings_fields.py" line="34"/>
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
        <location filename="../../desktop/consent_wizard/wizard.py" line="27"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceCombo</name>
    <message>
        <location filename="../../desktop/recording/devices_combo.py" line="20"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recording/devices_combo.py" line="28"/>
        <location filename="../../desktop/recording/devices_combo.py" line="41"/>
        <source>(default)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <location filename="../../desktop/consent_wizard/pages.py" line="28"/>
        <source>Read this to the participant, or let them read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/pages.py" line="32"/>
        <source>Consent form text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewPage</name>
    <message>
        <location filename="../../desktop/participants/pages.py" line="204"/>
        <location filename="../../desktop/participants/pages.py" line="243"/>
        <source>Transcribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="204"/>
        <source>Transcribe on this laptop (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="226"/>
        <source>Interview with %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="229"/>
        <source>recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="229"/>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="237"/>
        <source>markers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="240"/>
        <source>Transcript: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="243"/>
        <source>Resume transcription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="257"/>
        <source>The transcript is ready. The transcript editor is not installed in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="266"/>
        <source>The transcript is unfinished. Resume the transcription to complete it; what was done is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="268"/>
        <source>Not transcribed yet. Press Transcribe (Ctrl+T): it runs on this laptop and you can keep working.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemsPage</name>
    <message>
        <location filename="../../desktop/consent_wizard/pages.py" line="43"/>
        <source>The questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/pages.py" line="44"/>
        <source>Ask each question and record the answer. The participant may say no to any of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/pages.py" line="57"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/pages.py" line="58"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/pages.py" line="60"/>
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
        <location filename="../../desktop/main_window.py" line="54"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="114"/>
        <source>Open study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="134"/>
        <source>Transcription failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="159"/>
        <source>Recording in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="160"/>
        <source>A recording is running. Stop it and save it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="232"/>
        <source>fast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="232"/>
        <source>accurate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="233"/>
        <source>Model: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="245"/>
        <source>Recording recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="246"/>
        <source>The last session ended unexpectedly while recording. %1 take(s) were recovered and kept: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="248"/>
        <source>Open interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="258"/>
        <source>Stop the recording first (Ctrl+R).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="309"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="309"/>
        <source>Take the consent of %1 now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="343"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="343"/>
        <source>Consent covers recording. Open the recording screen for %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window_work.py" line="23"/>
        <source>Consent needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window_work.py" line="24"/>
        <source>%1 has not consented to audio recording (item 1). Take consent first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window_work.py" line="38"/>
        <source>Stop &amp;recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window_work.py" line="38"/>
        <location filename="../../desktop/menus.py" line="44"/>
        <source>&amp;Record interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window_work.py" line="42"/>
        <source>Recording saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window_work.py" line="50"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window_work.py" line="50"/>
        <source>Choose a participant first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window_work.py" line="56"/>
        <source>Imported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window_work.py" line="57"/>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window_work.py" line="58"/>
        <source>Imported with a warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window_work.py" line="61"/>
        <source>Importing %1 file(s)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window_work.py" line="80"/>
        <source>Choose an interview to transcribe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window_work.py" line="106"/>
        <source>Transcribing %1: %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window_work.py" line="108"/>
        <source>(+%1 waiting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window_work.py" line="116"/>
        <source>Transcript of %1 is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="383"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="383"/>
        <source>The new language is used after the recording or transcription, at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="417"/>
        <source>This panel is not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="421"/>
        <source>Codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="421"/>
        <source>Excerpts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="422"/>
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
        <location filename="../../desktop/menus.py" line="51"/>
        <source>&amp;Transcribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="52"/>
        <source>Transcribe &amp;with options…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="54"/>
        <source>Choose the model and who spoke when for this transcription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="62"/>
        <source>&amp;Coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="63"/>
        <source>&amp;Codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="64"/>
        <source>&amp;Excerpts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="65"/>
        <source>&amp;Perception overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="71"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="73"/>
        <source>&amp;Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="77"/>
        <source>Transcription &amp;queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="80"/>
        <source>Study &amp;overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="85"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="86"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="87"/>
        <source>&amp;About Veldwerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="88"/>
        <source>About Veldwerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="89"/>
        <source>Veldwerk records, transcribes and codes research interviews. Nothing leaves this laptop: no network connection is ever made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="100"/>
        <source>Set a marker (recording screen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="102"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MethodPage</name>
    <message>
        <location filename="../../desktop/consent_wizard/pages.py" line="103"/>
        <source>How was consent given?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/pages.py" line="104"/>
        <source>For verbal consent, record the participant saying they agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/pages.py" line="106"/>
        <source>Save consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/pages.py" line="107"/>
        <source>Verbal (recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/pages.py" line="108"/>
        <source>Written (signed form)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/pages.py" line="114"/>
        <source>Researcher who took the consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/pages.py" line="115"/>
        <source>your name or initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/pages.py" line="126"/>
        <source>Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/pages.py" line="127"/>
        <source>&amp;Researcher:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewStudyDialog</name>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="26"/>
        <source>New study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="31"/>
        <source>for example Stigma sekswerk Tilburg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="32"/>
        <source>Study name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="33"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="36"/>
        <location filename="../../desktop/study_dialogs.py" line="109"/>
        <source>Folder for the study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="37"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="38"/>
        <source>Choose folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="46"/>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="53"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="54"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="59"/>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="65"/>
        <source>Repeat passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="66"/>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="67"/>
        <source>Show passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="70"/>
        <source>Nobody can recover a lost passphrase: write it down and keep it apart from the laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="75"/>
        <source>Spoken language of the interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="76"/>
        <source>Dutch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="76"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="76"/>
        <source>Detect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="78"/>
        <source>&amp;Interview language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="84"/>
        <source>Roles: sekswerker, klant, exploitant, gemeente, handhaving, politie, hulpverlening, ggd, onderzoeker (editable later).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="86"/>
        <source>Roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="92"/>
        <source>Create study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="119"/>
        <source>Will be saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="123"/>
        <source>Choose a passphrase of at least 8 characters; several words are easy to remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="124"/>
        <source>Weak: too short or too simple.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="125"/>
        <source>Fair: longer or a few more words makes it stronger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="126"/>
        <source>Good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="127"/>
        <source>Strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="136"/>
        <location filename="../../desktop/study_dialogs.py" line="142"/>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenStudyDialog</name>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="166"/>
        <source>Open study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="169"/>
        <source>Passphrase for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="174"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/study_dialogs.py" line="191"/>
        <source>Wrong passphrase. Check Caps Lock and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="33"/>
        <source>Edit participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="33"/>
        <source>Add participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="37"/>
        <source>Participant code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="38"/>
        <source>A pseudonym such as R01. Never a real name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="39"/>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="41"/>
        <source>Stakeholder role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="46"/>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="48"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="49"/>
        <source>No names, addresses or other details that identify anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="51"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantPage</name>
    <message>
        <location filename="../../desktop/participants/pages.py" line="104"/>
        <location filename="../../desktop/participants/pages.py" line="157"/>
        <source>Take consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="104"/>
        <source>Consent wizard (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="105"/>
        <source>Record interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="105"/>
        <source>Open the recording screen (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="106"/>
        <source>Import audio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="106"/>
        <source>Import audio or video files (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="107"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="108"/>
        <source>Edit code, role and notes (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="109"/>
        <source>Withdraw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="110"/>
        <source>Withdraw the participant or single consent items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="157"/>
        <source>Take consent again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="163"/>
        <source>This participant has withdrawn; their data has been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="165"/>
        <source>Recording and importing become available once the participant consents to audio recording (item 1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantTree</name>
    <message>
        <location filename="../../desktop/participants/tree.py" line="33"/>
        <source>Participant / interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/tree.py" line="33"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/tree.py" line="34"/>
        <source>Participants and interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/tree.py" line="74"/>
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
        <location filename="../../desktop/recording/panel.py" line="47"/>
        <source>Input device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="48"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="49"/>
        <source>Refresh the list of input devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="52"/>
        <location filename="../../desktop/recording/panel.py" line="273"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="53"/>
        <source>Start or stop recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="54"/>
        <source>Start recording (Ctrl+R); press again to stop and save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="58"/>
        <location filename="../../desktop/recording/panel.py" line="277"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="59"/>
        <source>Pause or resume recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="60"/>
        <source>Pause or resume (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="70"/>
        <source>Elapsed recording time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="71"/>
        <location filename="../../desktop/recording/panel.py" line="145"/>
        <location filename="../../desktop/recording/panel.py" line="280"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="85"/>
        <source>optional marker label, Enter to set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="86"/>
        <source>Marker label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="88"/>
        <source>Marker (M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="89"/>
        <source>Set a marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="90"/>
        <source>Mark this moment (M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="94"/>
        <source>Markers in this take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="101"/>
        <source>Input:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="140"/>
        <source>New interview with %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="184"/>
        <source>Recording could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="231"/>
        <source>Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="235"/>
        <source>Saved %1 of audio, %2 marker(s), %3 input overflow(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="247"/>
        <source>Everything recorded up to that moment is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="269"/>
        <source>Input overflows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="273"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="275"/>
        <source>Stop and save (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="275"/>
        <source>Start recording (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="277"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="280"/>
        <source>Recording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recording/panel.py" line="280"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RollingWaveform</name>
    <message>
        <location filename="../../desktop/widgets/waveform.py" line="21"/>
        <source>Rolling waveform of the input</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="23"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="27"/>
        <source>Transcription model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="28"/>
        <source>Add model folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="29"/>
        <source>Add a model folder to the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="37"/>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="46"/>
        <source>Device for transcription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="47"/>
        <source>Automatic (NVIDIA GPU when there is one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="48"/>
        <source>CPU only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="50"/>
        <source>&amp;Device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="61"/>
        <location filename="../../desktop/settings_dialog.py" line="175"/>
        <source>Measure speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="62"/>
        <source>Measure each model&apos;s speed on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="71"/>
        <source>Runs on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="73"/>
        <source>Who spoke &amp;when:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="79"/>
        <source>Automatic (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="80"/>
        <source>CPU threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="82"/>
        <source>CPU &amp;threads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="83"/>
        <source>Fast mode by default (quicker draft, slightly less accurate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="88"/>
        <source>Glossary: one word per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="89"/>
        <source>one word per line, for example GGD, klankbordgroep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="95"/>
        <source>Study &amp;glossary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="98"/>
        <source>Language of the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="102"/>
        <source>App &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="129"/>
        <source>multilingual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="129"/>
        <source>English only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="132"/>
        <source>not reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="137"/>
        <source>Veldwerk never downloads models. Bring larger ones (small, medium, large-v3) as a CTranslate2 folder, for example on a USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="143"/>
        <source>Choose a CTranslate2 Whisper model folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="164"/>
        <source>Measuring…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeakersChoice</name>
    <message>
        <location filename="../../desktop/queue/options.py" line="50"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/queue/options.py" line="51"/>
        <source>Speakers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/queue/options.py" line="55"/>
        <source>Number of speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/queue/options.py" line="56"/>
        <source>Estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/queue/options.py" line="68"/>
        <source>Who spoke when</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudyPage</name>
    <message>
        <location filename="../../desktop/participants/pages.py" line="52"/>
        <source>Add participant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="52"/>
        <source>Add a participant (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="70"/>
        <source>%1 participant(s), %2 interview(s), %3 hours of audio, %4 transcript(s), %5 coding(s). %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="74"/>
        <source>Encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="74"/>
        <source>NOT encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="77"/>
        <source>Start by adding a participant: a code such as R01 and a role. Then take consent and record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/pages.py" line="79"/>
        <source>Choose a participant on the left, or add another one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../desktop/consent_wizard/pages.py" line="180"/>
        <source>Consent saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/pages.py" line="181"/>
        <source>Read this back to the participant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/pages.py" line="184"/>
        <source>Consent summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/pages.py" line="196"/>
        <source>verbally (recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/pages.py" line="197"/>
        <source>in writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/pages.py" line="198"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/pages.py" line="199"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/pages.py" line="200"/>
        <source>You can withdraw any of this at any time, without giving a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/consent_wizard/pages.py" line="201"/>
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
</context>
<context>
    <name>TranscribeOptionsDialog</name>
    <message>
        <location filename="../../desktop/queue/options.py" line="86"/>
        <source>Transcribe %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/queue/options.py" line="89"/>
        <source>Model for this transcription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/queue/options.py" line="98"/>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/queue/options.py" line="99"/>
        <source>Runs on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/queue/options.py" line="102"/>
        <source>Fast draft (quicker, slightly less accurate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/queue/options.py" line="106"/>
        <source>Who spoke &amp;when:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/queue/options.py" line="107"/>
        <source>An interview expects two: the interviewer and the participant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/queue/options.py" line="111"/>
        <source>Transcribe</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <location filename="../../desktop/participants/tree.py" line="17"/>
        <source>not transcribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/tree.py" line="18"/>
        <source>transcript unfinished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/tree.py" line="19"/>
        <source>transcribed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscriptionDevice</name>
    <message>
        <location filename="../../desktop/queue/options.py" line="131"/>
        <source>NVIDIA GPU (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/queue/options.py" line="132"/>
        <source>CPU (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/queue/options.py" line="134"/>
        <source>no NVIDIA GPU seen by CTranslate2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/queue/options.py" line="144"/>
        <source>speed not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/queue/options.py" line="145"/>
        <source>one hour of audio ≈ %1 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscriptionQueue</name>
    <message>
        <location filename="../../desktop/queue/jobs.py" line="144"/>
        <source>Cancelled before it started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/queue/jobs.py" line="148"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/queue/jobs.py" line="203"/>
        <source>Detecting speakers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/queue/jobs.py" line="204"/>
        <source>Speakers: %1 (a proposal; check them in the editor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/queue/jobs.py" line="206"/>
        <source>Speaker detection cancelled; the transcript is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/queue/jobs.py" line="213"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeWidget</name>
    <message>
        <location filename="../../desktop/welcome.py" line="49"/>
        <source>Record, transcribe and code interviews. Everything stays on this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/welcome.py" line="55"/>
        <source>New study…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/welcome.py" line="56"/>
        <source>New study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/welcome.py" line="57"/>
        <source>Create a new encrypted study (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/welcome.py" line="61"/>
        <source>Open study…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/welcome.py" line="62"/>
        <source>Open study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/welcome.py" line="63"/>
        <source>Open a study folder (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/welcome.py" line="72"/>
        <location filename="../../desktop/welcome.py" line="76"/>
        <source>Recent studies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/welcome.py" line="79"/>
        <source>Double-click a study or press Enter to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/welcome.py" line="91"/>
        <source>(not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/welcome.py" line="101"/>
        <source>Open study folder (NAME.veldwerk)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="88"/>
        <source>Withdraw participant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="91"/>
        <source>Withdraw from the whole study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="92"/>
        <source>Withdraw consent for single items only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="106"/>
        <source>Consent items to withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="107"/>
        <source>item numbers, for example 3 or 3,5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="111"/>
        <source>To withdraw from the whole study, type the code %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="115"/>
        <source>Participant code to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="117"/>
        <source>Withdrawal receipt for the participant (.docx, in Dutch):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="122"/>
        <source>Withdrawal receipt file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="124"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="134"/>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="148"/>
        <source>This permanently deletes, in one step: %1 interview(s), %2 recording(s) (%3 of audio), %4 consent clip(s), %5 transcript(s) with %6 segment(s), and %7 coding(s). The consent ledger keeps only the code %8, the time and the hashes. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="160"/>
        <source>%1 term(s) on the study&apos;s replacement list that only this participant&apos;s texts contain go as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="168"/>
        <source>Type the numbers of the consent items to withdraw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="180"/>
        <source>Save the withdrawal receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="181"/>
        <source>Word document (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="190"/>
        <source>Choose where to save the withdrawal receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="193"/>
        <source>%1 already exists; choose another file name for the receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="198"/>
        <source>Type the code %1 to confirm the withdrawal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="212"/>
        <source>Withdrawal receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="213"/>
        <source>The withdrawal is done, but the receipt could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../desktop/importing.py" line="16"/>
        <source>Import audio or video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/importing.py" line="17"/>
        <source>Audio and video (%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
