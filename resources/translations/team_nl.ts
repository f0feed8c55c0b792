<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/compare_view.py" line="256" />
        <source>Compare coders</source>
        <translation>Codeurs vergelijken</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/compare_view.py" line="262" />
        <source>Export the agreement report…</source>
        <translation>Overeenstemmingsrapport exporteren…</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/compare_view.py" line="266" />
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/compare_view.py" line="84" />
        <source>Comparing…</source>
        <translation>Bezig met vergelijken…</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/compare_view.py" line="91" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/compare_view.py" line="91" />
        <source>Characters</source>
        <translation>Tekens</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/compare_view.py" line="91" />
        <location filename="../../work/wt/k20-ui/desktop/team/compare_view.py" line="92" />
        <source>Agreement</source>
        <translation>Overeenstemming</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/compare_view.py" line="91" />
        <location filename="../../work/wt/k20-ui/desktop/team/compare_view.py" line="92" />
        <source>Kappa</source>
        <translation>Kappa</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/compare_view.py" line="91" />
        <location filename="../../work/wt/k20-ui/desktop/team/compare_view.py" line="92" />
        <source>Alpha</source>
        <translation>Alfa</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/compare_view.py" line="92" />
        <source>Segments</source>
        <translation>Segmenten</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/compare_view.py" line="95" />
        <source>per character</source>
        <translation>per teken</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/compare_view.py" line="95" />
        <source>per segment</source>
        <translation>per segment</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/compare_view.py" line="107" />
        <source>Passages where the coders differ, on code:</source>
        <translation>Passages waarop de codeurs verschillen, bij code:</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/compare_view.py" line="125" />
        <source>Double-click a passage to open it in the editor</source>
        <translation>Dubbelklik op een passage om die in de editor te openen</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/compare_view.py" line="146" />
        <source>Coders: %1 · interviews: %2 · %3 passage(s) where they differ</source>
        <translation>Codeurs: %1 · interviews: %2 · %3 passage(s) waarop ze verschillen</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/compare_view.py" line="152" />
        <source>All codes</source>
        <translation>Alle codes</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/compare_view.py" line="169" />
        <source>any code</source>
        <translation>elke code</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/compare_view.py" line="175" />
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/compare_view.py" line="175" />
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/compare_view.py" line="175" />
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/compare_view.py" line="209" />
        <source>Play this passage</source>
        <translation>Deze passage afspelen</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/compare_view.py" line="209" />
        <source>This interview has no audio</source>
        <translation>Dit interview heeft geen audio</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/compare_view.py" line="216" />
        <source>(did not code this interview)</source>
        <translation>(heeft dit interview niet gecodeerd)</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/compare_view.py" line="220" />
        <source>● marks the codes the coders differ on</source>
        <translation>● markeert de codes waarop de codeurs verschillen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../work/wt/k20-ui/desktop/team/compare_view.py" line="222" />
        <source>%n passage(s)</source>
        <translation><numerusform>%n passage</numerusform><numerusform>%n passages</numerusform></translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/compare_view.py" line="235" />
        <source>No sound device could be opened; the passage plays without sound.</source>
        <translation>Er kon geen geluidsapparaat worden geopend; de passage speelt zonder geluid.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/conflicts_dialog.py" line="36" />
        <source>Codebook: code</source>
        <translation>Codeboek: code</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/conflicts_dialog.py" line="36" />
        <source>Coding</source>
        <translation>Codering</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/conflicts_dialog.py" line="36" />
        <source>Transcript text</source>
        <translation>Transcripttekst</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/conflicts_dialog.py" line="37" />
        <source>Coding removed there</source>
        <translation>Codering daar verwijderd</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/conflicts_dialog.py" line="43" />
        <source>code %1</source>
        <translation>code %1</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/conflicts_dialog.py" line="45" />
        <source>not in this copy</source>
        <translation>niet in deze kopie</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/conflicts_dialog.py" line="46" />
        <source>interview %1, segment %2</source>
        <translation>interview %1, segment %2</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/conflicts_dialog.py" line="55" />
        <source>Removed in their copy.</source>
        <translation>Verwijderd in hun kopie.</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/conflicts_dialog.py" line="57" />
        <source>(not in this copy)</source>
        <translation>(niet in deze kopie)</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/conflicts_dialog.py" line="59" />
        <source>Label (Dutch): %1</source>
        <translation>Label (Nederlands): %1</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/conflicts_dialog.py" line="60" />
        <source>Label (English): %1</source>
        <translation>Label (Engels): %1</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/conflicts_dialog.py" line="61" />
        <source>Colour: %1</source>
        <translation>Kleur: %1</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/conflicts_dialog.py" line="63" />
        <source>Under: %1</source>
        <translation>Onder: %1</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/conflicts_dialog.py" line="65" />
        <source>Description: %1</source>
        <translation>Beschrijving: %1</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/conflicts_dialog.py" line="69" />
        <source>Code: %1</source>
        <translation>Code: %1</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/conflicts_dialog.py" line="71" />
        <source>About: %1</source>
        <translation>Over: %1</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/conflicts_dialog.py" line="72" />
        <source>Memo: %1</source>
        <translation>Memo: %1</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/conflicts_dialog.py" line="75" />
        <source>Coded text: %1</source>
        <translation>Gecodeerde tekst: %1</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/conflicts_dialog.py" line="101" />
        <source>Conflicts from exchanges</source>
        <translation>Conflicten uit uitwisselingen</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/conflicts_dialog.py" line="103" />
        <source>Both copies changed these items. Nothing was overwritten: choose per item which version stays. Keeping yours also tells the other copy at the next exchange.</source>
        <translation>Beide kopieën hebben deze onderdelen veranderd. Er is niets overschreven: kies per onderdeel welke versie blijft. Als je de jouwe houdt, hoort de andere kopie dat bij de volgende uitwisseling.</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/conflicts_dialog.py" line="109" />
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/conflicts_dialog.py" line="109" />
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/conflicts_dialog.py" line="109" />
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/conflicts_dialog.py" line="123" />
        <source>In this copy (yours)</source>
        <translation>In deze kopie (van jou)</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/conflicts_dialog.py" line="124" />
        <source>Theirs</source>
        <translation>Van de ander</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/conflicts_dialog.py" line="138" />
        <source>Keep mine</source>
        <translation>Mijne houden</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/conflicts_dialog.py" line="139" />
        <source>Take theirs</source>
        <translation>Die van de ander nemen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../work/wt/k20-ui/desktop/team/conflicts_dialog.py" line="168" />
        <source>%n conflict(s) still open.</source>
        <translation><numerusform>Nog %n conflict open.</numerusform><numerusform>Nog %n conflicten open.</numerusform></translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/conflicts_dialog.py" line="169" />
        <source>No open conflicts: every exchange is settled.</source>
        <translation>Geen open conflicten: elke uitwisseling is afgehandeld.</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/conflicts_dialog.py" line="188" />
        <source>Theirs (%1)</source>
        <translation>Van %1</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/conflicts_dialog.py" line="207" />
        <source>Their version cannot be placed: this text is not in this copy.</source>
        <translation>Hun versie kan niet worden geplaatst: deze tekst staat niet in deze kopie.</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/conflicts_dialog.py" line="208" />
        <source>You removed this coding in this copy; they changed it.</source>
        <translation>Je hebt deze codering in deze kopie verwijderd; de ander heeft hem veranderd.</translation>
    </message>
</context>
<context>
    <name>ExchangeCounts</name>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/exchange_dialogs.py" line="187" />
        <source>codes added</source>
        <translation>codes toegevoegd</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/exchange_dialogs.py" line="188" />
        <source>codes updated</source>
        <translation>codes bijgewerkt</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/exchange_dialogs.py" line="189" />
        <source>codes kept (yours is newer)</source>
        <translation>codes behouden (de jouwe is nieuwer)</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/exchange_dialogs.py" line="190" />
        <source>codings added</source>
        <translation>coderingen toegevoegd</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/exchange_dialogs.py" line="191" />
        <source>codings updated</source>
        <translation>coderingen bijgewerkt</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/exchange_dialogs.py" line="192" />
        <source>codings kept (yours is newer)</source>
        <translation>coderingen behouden (de jouwe is nieuwer)</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/exchange_dialogs.py" line="193" />
        <source>codings you removed, left removed</source>
        <translation>coderingen die jij verwijderde, blijven verwijderd</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/exchange_dialogs.py" line="194" />
        <source>transcript corrections taken</source>
        <translation>transcriptcorrecties overgenomen</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/exchange_dialogs.py" line="195" />
        <source>transcript corrections kept (yours is newer)</source>
        <translation>transcriptcorrecties behouden (de jouwe is nieuwer)</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/exchange_dialogs.py" line="196" />
        <source>codings removed</source>
        <translation>coderingen verwijderd</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/exchange_dialogs.py" line="197" />
        <source>recordings' audio added</source>
        <translation>opnames (audio) toegevoegd</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/exchange_dialogs.py" line="198" />
        <source>recordings whose audio was here already</source>
        <translation>opnames waarvan de audio er al was</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/exchange_dialogs.py" line="199" />
        <source>recordings' audio left out (no consent to recording here)</source>
        <translation>audio van opnames weggelaten (hier geen toestemming voor opname)</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/exchange_dialogs.py" line="200" />
        <source>recordings not in this copy (audio left out)</source>
        <translation>opnames die niet in deze kopie staan (audio weggelaten)</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/exchange_dialogs.py" line="201" />
        <source>conflicts to decide</source>
        <translation>conflicten om te beslissen</translation>
    </message>
</context>
<context>
    <name>ExchangeDialogs</name>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/exchange_dialogs.py" line="36" />
        <source>The passphrase does not open this file (or it is not a Veldwerk exchange file). Nothing was changed.</source>
        <translation>Het wachtwoord opent dit bestand niet (of het is geen Veldwerk-uitwisselbestand). Er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/exchange_dialogs.py" line="41" />
        <source>A passphrase needs at least %1 characters (spaces at the start and end do not count); nothing was written.</source>
        <translation>Een wachtwoord heeft minstens %1 tekens nodig (spaties aan het begin en eind tellen niet); er is niets geschreven.</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/exchange_dialogs.py" line="51" />
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
</context>
<context>
    <name>ExchangeExportDialog</name>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/exchange_dialogs.py" line="69" />
        <source>Export an exchange file</source>
        <translation>Uitwisselbestand exporteren</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/exchange_dialogs.py" line="71" />
        <source>Writes your codings, memos, codebook changes and transcript corrections into an encrypted file for another copy of this study. Give its passphrase to your colleague in person or by phone, never on the stick.</source>
        <translation>Schrijft je coderingen, memo's, codeboekwijzigingen en transcriptcorrecties in een versleuteld bestand voor een andere kopie van deze studie. Geef het wachtwoord persoonlijk of telefonisch aan je collega, nooit op de stick.</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/exchange_dialogs.py" line="81" />
        <source>your name</source>
        <translation>je naam</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/exchange_dialogs.py" line="82" />
        <source>Researcher:</source>
        <translation>Onderzoeker:</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/exchange_dialogs.py" line="84" />
        <source>Since my previous export</source>
        <translation>Sinds mijn vorige export</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/exchange_dialogs.py" line="85" />
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/exchange_dialogs.py" line="86" />
        <source>From a date…</source>
        <translation>Vanaf een datum…</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/exchange_dialogs.py" line="90" />
        <source>Since exchange %1 (%2, %3)</source>
        <translation>Sinds uitwisseling %1 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/exchange_dialogs.py" line="103" />
        <source>Changes:</source>
        <translation>Wijzigingen:</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/exchange_dialogs.py" line="105" />
        <source>e.g. on the USB stick: ellen-%1%2</source>
        <translation>bijv. op de USB-stick: ellen-%1%2</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/exchange_dialogs.py" line="107" />
        <source>File:</source>
        <translation>Bestand:</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/exchange_dialogs.py" line="109" />
        <source>Passphrase of the file:</source>
        <translation>Wachtwoord van het bestand:</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/exchange_dialogs.py" line="110" />
        <source>Repeat it:</source>
        <translation>Herhaal het:</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/exchange_dialogs.py" line="111" />
        <source>Include the interviews' audio</source>
        <translation>Audio van de interviews meesturen</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/exchange_dialogs.py" line="112" />
        <source>Only of participants who consented to recording and did not withdraw; it makes the file much larger. Without it no audio leaves this copy.</source>
        <translation>Alleen van deelnemers die toestemming gaven voor opname en zich niet terugtrokken; het bestand wordt er veel groter van. Zonder dit verlaat geen audio deze kopie.</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/exchange_dialogs.py" line="124" />
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/exchange_dialogs.py" line="138" />
        <source>Exchange file</source>
        <translation>Uitwisselbestand</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/exchange_dialogs.py" line="139" />
        <source>Veldwerk exchange files (*%1)</source>
        <translation>Veldwerk-uitwisselbestanden (*%1)</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/exchange_dialogs.py" line="155" />
        <source>Choose whose changes to export (your name).</source>
        <translation>Kies wiens wijzigingen je exporteert (je naam).</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/exchange_dialogs.py" line="157" />
        <source>Choose where to write the exchange file.</source>
        <translation>Kies waar het uitwisselbestand komt.</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/exchange_dialogs.py" line="159" />
        <source>The two passphrases differ; nothing was written.</source>
        <translation>De twee wachtwoorden verschillen; er is niets geschreven.</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/exchange_dialogs.py" line="162" />
        <source>Writing the exchange file…</source>
        <translation>Uitwisselbestand wordt geschreven…</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/exchange_dialogs.py" line="177" />
        <source>Written: %1
Codings: %2, removed codings: %3, corrected segments: %4, codes: %5, audio: %6 recording(s).</source>
        <translation>Geschreven: %1
Coderingen: %2, verwijderde coderingen: %3, gecorrigeerde segmenten: %4, codes: %5, audio: %6 opname(s).</translation>
    </message>
</context>
<context>
    <name>ExchangeImportDialog</name>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/exchange_dialogs.py" line="215" />
        <source>Import an exchange file</source>
        <translation>Uitwisselbestand importeren</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/exchange_dialogs.py" line="217" />
        <source>Merges a colleague's exchange file into this copy of the study. Nothing is overwritten silently: what both of you changed is listed for you to decide.</source>
        <translation>Voegt het uitwisselbestand van een collega samen met deze kopie van de studie. Er wordt niets stilzwijgend overschreven: wat jullie allebei veranderden, komt in een lijst waarover jij beslist.</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/exchange_dialogs.py" line="223" />
        <source>File:</source>
        <translation>Bestand:</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/exchange_dialogs.py" line="225" />
        <source>Passphrase of the file:</source>
        <translation>Wachtwoord van het bestand:</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/exchange_dialogs.py" line="232" />
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/exchange_dialogs.py" line="246" />
        <source>Exchange file</source>
        <translation>Uitwisselbestand</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/exchange_dialogs.py" line="247" />
        <source>Veldwerk exchange files (*%1)</source>
        <translation>Veldwerk-uitwisselbestanden (*%1)</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/exchange_dialogs.py" line="258" />
        <source>Choose the exchange file to import.</source>
        <translation>Kies het uitwisselbestand dat je wilt importeren.</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/exchange_dialogs.py" line="261" />
        <source>Merging…</source>
        <translation>Bezig met samenvoegen…</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/exchange_dialogs.py" line="269" />
        <source>This exchange file was merged into this copy before; nothing was changed.</source>
        <translation>Dit uitwisselbestand is al eerder met deze kopie samengevoegd; er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/exchange_dialogs.py" line="270" />
        <source>Merged the exchange file of %1.</source>
        <translation>Het uitwisselbestand van %1 is samengevoegd.</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/exchange_dialogs.py" line="276" />
        <source>Nothing new in it.</source>
        <translation>Er stond niets nieuws in.</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/exchange_dialogs.py" line="289" />
        <source>Decide the conflicts…</source>
        <translation>Conflicten beslissen…</translation>
    </message>
</context>
<context>
    <name>TeamMenu</name>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/__init__.py" line="34" />
        <location filename="../../work/wt/k20-ui/desktop/team/__init__.py" line="41" />
        <source>Researcher</source>
        <translation>Onderzoeker</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/__init__.py" line="34" />
        <source>Your name (your codings, memos and corrections carry it):</source>
        <translation>Je naam (je coderingen, memo's en correcties dragen die):</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/__init__.py" line="44" />
        <source>Working as %1.</source>
        <translation>Je werkt als %1.</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/__init__.py" line="93" />
        <source>E&amp;xchange</source>
        <translation>&amp;Uitwisselen</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/__init__.py" line="95" />
        <source>&amp;Export an exchange file…</source>
        <translation>&amp;Uitwisselbestand exporteren…</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/__init__.py" line="96" />
        <source>Write your codings, memos, codebook changes and corrections for another copy of this study</source>
        <translation>Schrijf je coderingen, memo's, codeboekwijzigingen en correcties voor een andere kopie van deze studie</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/__init__.py" line="97" />
        <source>&amp;Import an exchange file…</source>
        <translation>Uitwisselbestand &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/__init__.py" line="98" />
        <source>Merge a colleague's exchange file into this copy</source>
        <translation>Voeg het uitwisselbestand van een collega samen met deze kopie</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/__init__.py" line="99" />
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflicten…</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/__init__.py" line="100" />
        <source>Decide what both copies changed</source>
        <translation>Beslis over wat beide kopieën veranderden</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/__init__.py" line="102" />
        <source>&amp;Researcher…</source>
        <translation>&amp;Onderzoeker…</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/__init__.py" line="103" />
        <source>Who is working: your codings, memos and corrections carry this name</source>
        <translation>Wie er werkt: je coderingen, memo's en correcties dragen deze naam</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/__init__.py" line="104" />
        <source>Co&amp;mpare coders…</source>
        <translation>Codeurs &amp;vergelijken…</translation>
    </message>
    <message>
        <location filename="../../work/wt/k20-ui/desktop/team/__init__.py" line="105" />
        <source>Agreement between researchers who coded the same interviews, and where they differ</source>
        <translation>Overeenstemming tussen onderzoekers die dezelfde interviews codeerden, en waar ze verschillen</translation>
    </message>
</context>
</TS>