<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name>AnalysisView</name>
    <message>
        <location filename="../../work/main/desktop/analysis/view.py" line="32" />
        <source>Perceptions</source>
        <translation>Beeldvorming over en weer</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/analysis/view.py" line="50" />
        <source>Pride and solutions</source>
        <translation>Trots en oplossingsrichtingen</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/analysis/view.py" line="51" />
        <source>Fragments</source>
        <translation>Fragmenten</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/analysis/view.py" line="55" />
        <source>Study overview</source>
        <translation>Studieoverzicht</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../work/main/desktop/analysis/mount.py" line="29" />
        <source>&amp;Analysis</source>
        <translation>&amp;Analyse</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <location filename="../../work/main/desktop/analysis/overview_panel.py" line="23" />
        <source>%1 hours</source>
        <translation>%1 uur</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/analysis/overview_panel.py" line="28" />
        <source>consent given</source>
        <translation>toestemming gegeven</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/analysis/overview_panel.py" line="28" />
        <source>partly withdrawn</source>
        <translation>deels ingetrokken</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/analysis/overview_panel.py" line="29" />
        <source>no consent yet</source>
        <translation>nog geen toestemming</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/analysis/overview_panel.py" line="29" />
        <source>withdrawn</source>
        <translation>teruggetrokken</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/analysis/overview_panel.py" line="30" />
        <source>records damaged (not trusted)</source>
        <translation>registratie beschadigd (niet te vertrouwen)</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/analysis/overview_panel.py" line="38" />
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/analysis/overview_panel.py" line="38" />
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/analysis/overview_panel.py" line="38" />
        <source>Interviews</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/analysis/overview_panel.py" line="39" />
        <source>Codings per code</source>
        <translation>Coderingen per code</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/analysis/overview_panel.py" line="46" />
        <source>recorded</source>
        <translation>opgenomen</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/analysis/overview_panel.py" line="47" />
        <source>transcribed</source>
        <translation>getranscribeerd</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/analysis/overview_panel.py" line="48" />
        <source>interviews transcribed</source>
        <translation>interviews getranscribeerd</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/analysis/overview_panel.py" line="49" />
        <source>interviews reviewed</source>
        <translation>interviews nagekeken</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/analysis/overview_panel.py" line="50" />
        <source>not reviewed yet</source>
        <translation>nog niet nagekeken</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/analysis/overview_panel.py" line="53" />
        <source>no codings yet</source>
        <translation>nog geen coderingen</translation>
    </message>
</context>
</TS>