<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name>RefiImport</name>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/refi_import.py" line="16" />
        <source>Import REFI-QDA &amp;project…</source>
        <translation>REFI-QDA-&amp;project importeren…</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/refi_import.py" line="17" />
        <source>Codes, participants, transcripts and codings from QualCoder, ATLAS.ti, MAXQDA or NVivo (.qdpx)</source>
        <translation>Codes, deelnemers, transcripten en coderingen uit QualCoder, ATLAS.ti, MAXQDA of NVivo (.qdpx)</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/refi_import.py" line="39" />
        <source>The project was not imported (an error in Veldwerk); nothing was changed.</source>
        <translation>Het project is niet geïmporteerd (een fout in Veldwerk); er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/refi_import.py" line="48" />
        <source>The project was not imported; nothing was changed. Reason: %1</source>
        <translation>Het project is niet geïmporteerd; er is niets veranderd. Reden: %1</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/refi_import.py" line="54" />
        <source>Imported: %1 new codes, %2 participants, %3 interviews (text only), %4 codings.</source>
        <translation>Geïmporteerd: %1 nieuwe codes, %2 deelnemers, %3 interviews (alleen tekst), %4 coderingen.</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/refi_import.py" line="59" />
        <source>%1 codes were already in the codebook and kept as they are.</source>
        <translation>%1 codes stonden al in het codeboek en zijn gebleven zoals ze waren.</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/refi_import.py" line="61" />
        <source>Coders: %1.</source>
        <translation>Codeurs: %1.</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/refi_import.py" line="64" />
        <source>Cases whose name could be a person's name got a neutral code: %1.</source>
        <translation>Cases waarvan de naam een persoonsnaam kan zijn, kregen een neutrale code: %1.</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/refi_import.py" line="66" />
        <source>New roles: %1.</source>
        <translation>Nieuwe rollen: %1.</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/refi_import.py" line="68" />
        <source>%1 audio sources were not stored: the participants have no consent to audio recording (item 1) in this study.</source>
        <translation>%1 audiobronnen zijn niet opgeslagen: de deelnemers hebben in deze studie geen toestemming voor geluidsopname (item 1).</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/refi_import.py" line="71" />
        <source>%1 other sources (PDF, pictures, video, text outside the file) were not imported.</source>
        <translation>%1 andere bronnen (pdf, afbeeldingen, video, tekst buiten het bestand) zijn niet geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/refi_import.py" line="74" />
        <source>%1 selections without a code or without text were skipped.</source>
        <translation>%1 selecties zonder code of zonder tekst zijn overgeslagen.</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/refi_import.py" line="76" />
        <source>No consent is recorded for %1: their text is left out of every export until you take their consent (Participant ▸ Take consent…).</source>
        <translation>Voor %1 is geen toestemming vastgelegd: hun tekst blijft buiten elke export tot u hun toestemming afneemt (Deelnemer ▸ Toestemming vragen…).</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/refi_import.py" line="82" />
        <location filename="../../work/wt/k20-ui/desktop/refi_import.py" line="95" />
        <location filename="../../work/wt/k20-ui/desktop/refi_import.py" line="111" />
        <source>Import REFI-QDA project</source>
        <translation>REFI-QDA-project importeren</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/refi_import.py" line="83" />
        <source>REFI-QDA project (*.qdpx);;All files (*)</source>
        <translation>REFI-QDA-project (*.qdpx);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/refi_import.py" line="94" />
        <source>Importing %1…</source>
        <translation>%1 importeren…</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/refi_import.py" line="106" />
        <source>REFI-QDA project imported</source>
        <translation>REFI-QDA-project geïmporteerd</translation>
    </message>
</context>
</TS>