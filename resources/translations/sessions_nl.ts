<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name>NewSessionDialog</name>
    <message>
        <location filename="../../work/main/desktop/sessions/dialogs.py" line="50" />
        <source>New focus group or meeting</source>
        <translation>Nieuwe focusgroep of bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/sessions/dialogs.py" line="57" />
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/sessions/dialogs.py" line="59" />
        <source>YYYY-MM-DD (empty: today)</source>
        <translation>JJJJ-MM-DD (leeg: vandaag)</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/sessions/dialogs.py" line="60" />
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/sessions/dialogs.py" line="62" />
        <source>&amp;Location:</source>
        <translation>&amp;Plaats:</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/sessions/dialogs.py" line="64" />
        <source>Led &amp;by:</source>
        <translation>&amp;Geleid door:</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/sessions/dialogs.py" line="66" />
        <source>Participants present (the first ticked is the session's participant of record):</source>
        <translation>Aanwezige deelnemers (de eerste aangevinkte is de hoofddeelnemer van de sessie):</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/sessions/dialogs.py" line="68" />
        <source>Participants present</source>
        <translation>Aanwezige deelnemers</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/sessions/dialogs.py" line="79" />
        <source>&amp;Audio file…</source>
        <translation>&amp;Audiobestand…</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/sessions/dialogs.py" line="80" />
        <source>Import the recording of the session right away (optional)</source>
        <translation>De opname van de sessie meteen importeren (niet verplicht)</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/sessions/dialogs.py" line="82" />
        <source>(no audio yet: import or record it later)</source>
        <translation>(nog geen audio: later importeren of opnemen)</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/sessions/dialogs.py" line="113" />
        <source>Tick the participants present.</source>
        <translation>Vink de aanwezige deelnemers aan.</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/sessions/dialogs.py" line="123" />
        <source>The date must be a date written as YYYY-MM-DD (for example 2026-03-02).</source>
        <translation>De datum moet een datum zijn in de vorm JJJJ-MM-DD (bijvoorbeeld 2026-03-02).</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/sessions/dialogs.py" line="125" />
        <source>The session was not added: %1</source>
        <translation>De sessie is niet toegevoegd: %1</translation>
    </message>
</context>
<context>
    <name>SessionSpeakers</name>
    <message>
        <location filename="../../work/main/desktop/sessions/editor.py" line="15" />
        <source>Who is speaking (participants present)…</source>
        <translation>Wie spreekt er (aanwezige deelnemers)…</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/sessions/editor.py" line="43" />
        <source>The speaker was not attributed: %1</source>
        <translation>De spreker is niet toegewezen: %1</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/sessions/editor.py" line="50" />
        <source>Speakers attributed: %1</source>
        <translation>Sprekers toegewezen: %1</translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <location filename="../../work/main/desktop/sessions/__init__.py" line="20" />
        <source>%1 %2 with %3</source>
        <translation>%1 %2 met %3</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/sessions/__init__.py" line="36" />
        <source>%1 focus group(s) or meeting(s) stay for the others present; the %2 segment(s) attributed to this participant there lose their words, and their voice is silenced in the recording.</source>
        <translation>%1 focusgroep(en) of bijeenkomst(en) blijven voor de andere aanwezigen; de %2 segment(en) die aan deze deelnemer zijn toegewezen verliezen daar hun woorden, en hun stem wordt in de opname stil gemaakt.</translation>
    </message>
</context>
<context>
    <name>SessionsMenu</name>
    <message>
        <location filename="../../work/main/desktop/sessions/__init__.py" line="44" />
        <source>New &amp;focus group or meeting…</source>
        <translation>Nieuwe &amp;focusgroep of bijeenkomst…</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/sessions/__init__.py" line="46" />
        <source>A session with several participants, each with their own consent</source>
        <translation>Een sessie met meerdere deelnemers, elk met een eigen toestemming</translation>
    </message>
</context>
<context>
    <name>SpeakerAttributionDialog</name>
    <message>
        <location filename="../../work/main/desktop/sessions/dialogs.py" line="139" />
        <source>Who is speaking?</source>
        <translation>Wie spreekt er?</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/sessions/dialogs.py" line="141" />
        <source>Choose which participant present speaks under each speaker label. Their codings count for their role, and their consent to quoting decides whether their words appear in exports.</source>
        <translation>Kies welke aanwezige deelnemer onder elk sprekerlabel spreekt. Hun coderingen tellen voor hun rol, en hun toestemming voor citeren bepaalt of hun woorden in exports verschijnen.</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/sessions/dialogs.py" line="150" />
        <source>(not attributed)</source>
        <translation>(niet toegewezen)</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/sessions/dialogs.py" line="155" />
        <source>Participant speaking as %1</source>
        <translation>Deelnemer die spreekt als %1</translation>
    </message>
</context>
</TS>