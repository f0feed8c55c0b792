<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../work/main/desktop/actions/dialogs.py" line="24" />
        <source>Edit action</source>
        <translation>Actie bewerken</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/actions/dialogs.py" line="24" />
        <source>New action</source>
        <translation>Nieuwe actie</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/actions/dialogs.py" line="34" />
        <source>What will be done?</source>
        <translation>Wat gaat er gebeuren?</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/actions/dialogs.py" line="36" />
        <source>(no role)</source>
        <translation>(geen rol)</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/actions/dialogs.py" line="43" />
        <source>Participant code (R01) or organisation</source>
        <translation>Deelnemerscode (R01) of organisatie</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/actions/dialogs.py" line="45" />
        <source>e.g. GGD, R03, Stichting Ons Huis</source>
        <translation>bijv. GGD, R03, Stichting Ons Huis</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/actions/dialogs.py" line="46" />
        <source>Separated by commas: a role, a participant code or an organisation</source>
        <translation>Gescheiden door komma's: een rol, een deelnemerscode of een organisatie</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/actions/dialogs.py" line="50" />
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-DD</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/actions/dialogs.py" line="54" />
        <source>&amp;Theme:</source>
        <translation>&amp;Thema:</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/actions/dialogs.py" line="55" />
        <source>&amp;What:</source>
        <translation>&amp;Wat:</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/actions/dialogs.py" line="56" />
        <source>Responsible &amp;role:</source>
        <translation>Verantwoordelijke &amp;rol:</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/actions/dialogs.py" line="57" />
        <source>Responsible &amp;person or organisation:</source>
        <translation>Verantwoordelijke &amp;persoon of organisatie:</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/actions/dialogs.py" line="58" />
        <source>&amp;Others taking part:</source>
        <translation>&amp;Doen ook mee:</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/actions/dialogs.py" line="59" />
        <source>&amp;Start date:</source>
        <translation>&amp;Startdatum:</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/actions/dialogs.py" line="60" />
        <source>Ta&amp;rget date:</source>
        <translation>Stree&amp;fdatum:</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/actions/dialogs.py" line="62" />
        <source>St&amp;atus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/actions/dialogs.py" line="114" />
        <source>The start date must be a date written as YYYY-MM-DD (for example 2026-03-01).</source>
        <translation>De startdatum moet een datum zijn in de vorm JJJJ-MM-DD (bijvoorbeeld 2026-03-01).</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/actions/dialogs.py" line="118" />
        <source>The target date must be a date written as YYYY-MM-DD (for example 2026-09-01).</source>
        <translation>De streefdatum moet een datum zijn in de vorm JJJJ-MM-DD (bijvoorbeeld 2026-09-01).</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/actions/dialogs.py" line="122" />
        <source>The target date lies before the start date.</source>
        <translation>De streefdatum ligt vóór de startdatum.</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/actions/dialogs.py" line="124" />
        <source>Say what the action is.</source>
        <translation>Zeg wat de actie is.</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/actions/dialogs.py" line="126" />
        <source>Add a theme first: every action belongs to a theme.</source>
        <translation>Voeg eerst een thema toe: elke actie hoort bij een thema.</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/actions/dialogs.py" line="148" />
        <source>Name a role, a participant code or an organisation for each party, not a participant and an organisation together.</source>
        <translation>Noem voor elke partij een rol, een deelnemerscode of een organisatie, niet een deelnemer én een organisatie samen.</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/actions/dialogs.py" line="151" />
        <source>The action was not saved: %1</source>
        <translation>De actie is niet opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>ActionsMenu</name>
    <message>
        <location filename="../../work/main/desktop/actions/__init__.py" line="38" />
        <source>&amp;Actions and themes…</source>
        <translation>&amp;Acties en thema's…</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/actions/__init__.py" line="40" />
        <source>Group solutions into themes and follow the action plans</source>
        <translation>Oplossingen in thema's groeperen en de actieplannen volgen</translation>
    </message>
</context>
<context>
    <name>ActionsView</name>
    <message>
        <location filename="../../work/main/desktop/actions/view.py" line="42" />
        <source>Actions and themes – %1</source>
        <translation>Acties en thema's – %1</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/actions/view.py" line="51" />
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/actions/view.py" line="53" />
        <source>Res&amp;ponsible:</source>
        <translation>&amp;Verantwoordelijk:</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/actions/view.py" line="61" />
        <source>S&amp;hare insights (.docx)…</source>
        <translation>In&amp;zichten delen (.docx)…</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/actions/view.py" line="62" />
        <source>A plain-language handout for participants: perceptions, what goes well, solution themes and open actions, pseudonymised</source>
        <translation>Een document in gewone taal voor deelnemers: beeldvorming, wat goed gaat, oplossingsthema's en open acties, gepseudonimiseerd</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/actions/view.py" line="77" />
        <source>&amp;New theme…</source>
        <translation>&amp;Nieuw thema…</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/actions/view.py" line="79" />
        <source>A&amp;ttach to theme</source>
        <translation>Aan &amp;thema koppelen</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/actions/view.py" line="80" />
        <source>Attach the selected fragments to the selected theme (Ctrl+Enter)</source>
        <translation>De gekozen fragmenten aan het gekozen thema koppelen (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/actions/view.py" line="82" />
        <source>&amp;Detach</source>
        <translation>&amp;Loskoppelen</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/actions/view.py" line="83" />
        <source>Take the selected fragment out of its theme (Delete)</source>
        <translation>Het gekozen fragment uit zijn thema halen (Delete)</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/actions/view.py" line="85" />
        <location filename="../../work/main/desktop/actions/view.py" line="86" />
        <source>Attach the selected fragments to the theme</source>
        <translation>De geselecteerde fragmenten aan het thema koppelen</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/actions/view.py" line="87" />
        <source>Take the selected fragment out of its theme</source>
        <translation>Het geselecteerde fragment uit zijn thema halen</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/actions/view.py" line="92" />
        <source>Solution fragments</source>
        <translation>Fragmenten over oplossingen</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/actions/view.py" line="94" />
        <source>Themes</source>
        <translation>Thema's</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/actions/view.py" line="121" />
        <source>New &amp;action…</source>
        <translation>Nieuwe &amp;actie…</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/actions/view.py" line="123" />
        <source>&amp;Edit action…</source>
        <translation>Actie &amp;bewerken…</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/actions/view.py" line="125" />
        <source>Change &amp;status…</source>
        <translation>&amp;Status wijzigen…</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/actions/view.py" line="126" />
        <source>Move the selected action to another status (Ctrl+Shift+S)</source>
        <translation>De gekozen actie naar een andere status verplaatsen (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/actions/view.py" line="128" />
        <source>Change the status of the selected action</source>
        <translation>De status van de geselecteerde actie wijzigen</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/actions/view.py" line="141" />
        <source>History of the selected action:</source>
        <translation>Verloop van de gekozen actie:</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/actions/view.py" line="177" />
        <source>All roles</source>
        <translation>Alle rollen</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/actions/view.py" line="181" />
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/actions/view.py" line="182" />
        <source>(no one responsible)</source>
        <translation>(niemand verantwoordelijk)</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/actions/view.py" line="269" />
        <source>in 1 theme</source>
        <translation>in 1 thema</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/actions/view.py" line="269" />
        <source>in %1 themes</source>
        <translation>in %1 thema's</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/actions/view.py" line="274" />
        <source>No fragments yet</source>
        <translation>Nog geen fragmenten</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/actions/view.py" line="275" />
        <source>%1: 1 fragment</source>
        <translation>%1: 1 fragment</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/actions/view.py" line="275" />
        <source>%1: %2 fragments</source>
        <translation>%1: %2 fragmenten</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/actions/view.py" line="277" />
        <source>Brought up by %1</source>
        <translation>Genoemd door %1</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/actions/view.py" line="280" />
        <source>Theme: %1</source>
        <translation>Thema: %1</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/actions/view.py" line="282" />
        <source>Responsible: %1</source>
        <translation>Verantwoordelijk: %1</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/actions/view.py" line="284" />
        <source>Target date: %1</source>
        <translation>Streefdatum: %1</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/actions/view.py" line="331" />
        <source>New theme</source>
        <translation>Nieuw thema</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/actions/view.py" line="331" />
        <source>Name of the solution theme:</source>
        <translation>Naam van het oplossingsthema:</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/actions/view.py" line="337" />
        <source>The theme was not added: %1</source>
        <translation>Het thema is niet toegevoegd: %1</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/actions/view.py" line="346" />
        <source>Select one or more fragments and a theme first.</source>
        <translation>Kies eerst een of meer fragmenten en een thema.</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/actions/view.py" line="353" />
        <source>These fragments already support this theme.</source>
        <translation>Deze fragmenten horen al bij dit thema.</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/actions/view.py" line="357" />
        <source>Not attached: %1</source>
        <translation>Niet gekoppeld: %1</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/actions/view.py" line="358" />
        <source>1 fragment attached.</source>
        <translation>1 fragment gekoppeld.</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/actions/view.py" line="359" />
        <source>%1 fragments attached.</source>
        <translation>%1 fragmenten gekoppeld.</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/actions/view.py" line="365" />
        <source>Select a fragment under a theme first.</source>
        <translation>Kies eerst een fragment onder een thema.</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/actions/view.py" line="369" />
        <source>Not detached: %1</source>
        <translation>Niet losgekoppeld: %1</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/actions/view.py" line="386" />
        <source>Writing the insights handout… Loading the pseudonymiser takes about a minute the first time.</source>
        <translation>Het inzichtendocument wordt gemaakt… De eerste keer duurt het laden van de pseudonimisering ongeveer een minuut.</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/actions/view.py" line="390" />
        <source>The insights handout was not written: %1</source>
        <translation>Het inzichtendocument is niet gemaakt: %1</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/actions/view.py" line="404" />
        <source>whole study</source>
        <translation>hele studie</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/actions/view.py" line="404" />
        <source>Insights</source>
        <translation>Inzichten</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/actions/view.py" line="405" />
        <source>Share insights</source>
        <translation>Inzichten delen</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/actions/view.py" line="406" />
        <source>Word document (*.docx)</source>
        <translation>Word-document (*.docx)</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/actions/view.py" line="414" />
        <source>Insights handout written to %1. Read it before you share it.</source>
        <translation>Inzichtendocument opgeslagen als %1. Lees het na voordat u het deelt.</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/actions/view.py" line="417" />
        <source>Review not finished for %1: their quotes are left out.</source>
        <translation>Controle niet afgerond voor %1: hun citaten zijn weggelaten.</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/actions/view.py" line="432" />
        <source>Add a theme first: every action belongs to a theme.</source>
        <translation>Voeg eerst een thema toe: elke actie hoort bij een thema.</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/actions/view.py" line="437" />
        <location filename="../../work/main/desktop/actions/view.py" line="444" />
        <source>Select an action first.</source>
        <translation>Kies eerst een actie.</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/actions/view.py" line="447" />
        <location filename="../../work/main/desktop/actions/view.py" line="457" />
        <source>Change status</source>
        <translation>Status wijzigen</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/actions/view.py" line="447" />
        <source>New status:</source>
        <translation>Nieuwe status:</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/actions/view.py" line="458" />
        <source>Note with the change to “%1” (optional):</source>
        <translation>Notitie bij de wijziging naar ‘%1’ (mag leeg blijven):</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/actions/view.py" line="464" />
        <source>The status was not changed: %1</source>
        <translation>De status is niet gewijzigd: %1</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/actions/view.py" line="465" />
        <source>Action #%1 is now “%2”.</source>
        <translation>Actie #%1 is nu ‘%2’.</translation>
    </message>
</context>
</TS>