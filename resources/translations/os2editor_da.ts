<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="en">
<context>
    <name/>
    <message>
        <source>checks</source>
        <comment>the document has no '# ' heading</comment>
        <translation type="vanished">checks</translation>
    </message>
    <message>
        <source>checks</source>
        <comment>there are no MUST tasks</comment>
        <translation type="vanished">checks</translation>
    </message>
    <message>
        <source>checks</source>
        <comment>the task '{task}' appears more than once ({where})</comment>
        <translation type="vanished">checks</translation>
    </message>
    <message>
        <source>checks</source>
        <comment>the section '{section}' is missing</comment>
        <translation type="vanished">checks</translation>
    </message>
    <message>
        <source>checks</source>
        <comment>nav_order should be a number, not '{value}'</comment>
        <translation type="vanished">checks</translation>
    </message>
    <message numerus="yes">
        <source>checks</source>
        <comment>the section '{section}' has a shape the form does not edit, so it is kept as markdown text</comment>
        <translation type="vanished">
            <numerusform>checks</numerusform>
            <numerusform>checks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message numerus="yes">
        <location filename="../../os2editor/gui/views/library/dialogs.py" line="+152"/>
        <source>Mark %n description(s) as approved: {titles}</source>
        <translation>
            <numerusform>Markér %n funktionsbeskrivelse som godkendt: {titles}</numerusform>
            <numerusform>Markér %n funktionsbeskrivelser som godkendt: {titles}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AreaDetails</name>
    <message>
        <location filename="../../os2editor/gui/views/forms/responsibilities.py" line="+27"/>
        <source>Choose an area above, or add one.</source>
        <translation>Vælg et ansvarsområde ovenfor, eller tilføj et nyt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>Area</source>
        <translation>Ansvarsområde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Area {number}</source>
        <translation>Ansvarsområde {number}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Area &amp;title</source>
        <translation>Områdets &amp;navn</translation>
    </message>
    <message>
        <source>Edit lead-in</source>
        <translation type="vanished">Rediger indledende tekst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lead-in</source>
        <translation>Indledende te&amp;kst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area &amp;items</source>
        <translation>Områdets &amp;punkter</translation>
    </message>
</context>
<context>
    <name>AutosaveController</name>
    <message>
        <location filename="../../os2editor/gui/controllers/autosave.py" line="+100"/>
        <source>The automatic backup could not be written: {reason}</source>
        <translation>Den automatiske sikkerhedskopi kunne ikke gemmes: {reason}</translation>
    </message>
</context>
<context>
    <name>CollaborationForm</name>
    <message>
        <location filename="../../os2editor/gui/views/forms/collaboration.py" line="+44"/>
        <source>Collaboration</source>
        <translation>Samarbejdsrelationer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Relations</source>
        <translation>&amp;Relationer</translation>
    </message>
</context>
<context>
    <name>CommitQuestion</name>
    <message>
        <location filename="../../os2editor/gui/views/library/dialogs.py" line="+74"/>
        <source>Commit the approval?</source>
        <translation>Commit godkendelsen?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Commit the %n approved file(s) to git with the message “{message}”?</source>
        <translation>
            <numerusform>Commit %n godkendt fil til git med beskeden »{message}«?</numerusform>
            <numerusform>Commit de %n godkendte filer til git med beskeden »{message}«?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only these files are committed: {names}. Nothing is pushed.</source>
        <translation>Kun disse filer committes: {names}. Intet bliver pushet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Commit</source>
        <translation>&amp;Commit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Not now</source>
        <translation>&amp;Ikke nu</translation>
    </message>
</context>
<context>
    <name>ConditionsForm</name>
    <message>
        <location filename="../../os2editor/gui/views/forms/conditions.py" line="+86"/>
        <source>Other conditions</source>
        <translation>Øvrige forhold</translation>
    </message>
    <message>
        <source>Text before the list</source>
        <translation type="vanished">Tekst før listen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Weekly hours</source>
        <translation>&amp;Timetal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept in the list as the line that starts with “Timetal”.</source>
        <translation>Gemmes i listen som linjen, der begynder med »Timetal«.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>&amp;Conditions</source>
        <translation>&amp;Forhold</translation>
    </message>
    <message>
        <source>Text after the list</source>
        <translation type="vanished">Tekst efter listen</translation>
    </message>
</context>
<context>
    <name>DifferenceDialog</name>
    <message numerus="yes">
        <location filename="../../os2editor/gui/views/dialogs/difference.py" line="+41"/>
        <source>Your version differs from the file on disk in %n places. Struck through in red: only on disk; in green: only in your version.</source>
        <translation>
            <numerusform>Din version afviger fra filen på disken %n sted. Overstreget med rødt: kun på disken; med grønt: kun i din version.</numerusform>
            <numerusform>Din version afviger fra filen på disken %n steder. Overstreget med rødt: kun på disken; med grønt: kun i din version.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentTabs</name>
    <message>
        <location filename="../../os2editor/gui/views/document_tabs.py" line="+45"/>
        <source>Open documents</source>
        <translation>Åbne dokumenter</translation>
    </message>
</context>
<context>
    <name>EditorStatusBar</name>
    <message>
        <location filename="../../os2editor/gui/views/status_bar.py" line="+49"/>
        <source>No warnings</source>
        <translation>Ingen advarsler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 warning: {message}</source>
        <translation>1 advarsel: {message}</translation>
    </message>
    <message>
        <source>{count} warnings</source>
        <translation type="vanished">{count} advarsler</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n warnings</source>
        <translation>
            <numerusform>%n advarsel</numerusform>
            <numerusform>%n advarsler</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the validation panel</source>
        <translation>Vis advarslerne</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>LIX {lix}</source>
        <translation>LIX {lix}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this part {lix}</source>
        <translation>denne del {lix}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Readability (LIX): words per sentence plus the share of words longer than six letters, in per cent. Your target: {band} or easier (Preferences).</source>
        <translation>Læsbarhed (LIX): ord pr. sætning plus andelen af ord på mere end seks bogstaver, i procent. Dit mål: {band} eller lettere (Indstillinger).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Unsaved changes</source>
        <translation>Ikke gemte ændringer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved {time}</source>
        <translation>Gemt {time}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Autosaved {time}</source>
        <translation>Sikkerhedskopi gemt {time}</translation>
    </message>
</context>
<context>
    <name>ElementDelegate</name>
    <message>
        <source>+ 1 sub-item, kept as it is</source>
        <translation type="vanished">+ 1 underpunkt, bevares uændret</translation>
    </message>
    <message numerus="yes">
        <source>+ %n sub-items, kept as they are</source>
        <translation type="vanished">
            <numerusform>+ %n underpunkt, bevares uændret</numerusform>
            <numerusform>+ %n underpunkter, bevares uændret</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../os2editor/gui/views/widgets/list_items.py" line="+228"/>
        <source>+ 1 sub-item</source>
        <translation>+ 1 underpunkt</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>+ %n sub-items</source>
        <translation>
            <numerusform>+ %n underpunkt</numerusform>
            <numerusform>+ %n underpunkter</numerusform>
        </translation>
    </message>
    <message>
        <location line="+53"/>
        <source>(empty)</source>
        <translation>(tom)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Edit item</source>
        <translation>Rediger punkt</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <location filename="../../os2editor/gui/controllers/file_actions.py" line="+100"/>
        <source>Untitled</source>
        <translation>Unavngivet</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot create a new description</source>
        <translation>Kan ikke oprette en ny funktionsbeskrivelse</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+6"/>
        <source>Cannot open the file</source>
        <translation>Filen kan ikke åbnes</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>{path} could not be opened: {reason}</source>
        <translation>{path} kunne ikke åbnes: {reason}</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+6"/>
        <source>The file was not saved</source>
        <translation>Filen blev ikke gemt</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>{path} could not be saved: {reason}</source>
        <translation>{path} kunne ikke gemmes: {reason}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The PDF file was not written</source>
        <translation>PDF-filen blev ikke skrevet</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The file was written. Please note:

{remarks}</source>
        <translation>Filen blev skrevet. Bemærk:

{remarks}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The description was not printed</source>
        <translation>Beskrivelsen blev ikke udskrevet</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Sent %n pages to the printer.</source>
        <translation>
            <numerusform>Sendte %n side til printeren.</numerusform>
            <numerusform>Sendte %n sider til printeren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation type="vanished">Gemt: {path}</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>The Word file was not written</source>
        <translation>Word-filen blev ikke oprettet</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Exported to {path}</source>
        <translation>Eksporteret til {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exported with remarks</source>
        <translation>Eksporteret med bemærkninger</translation>
    </message>
    <message>
        <source>The Word file was written. Please note:

{remarks}</source>
        <translation type="vanished">Word-filen er oprettet. Bemærk:

{remarks}</translation>
    </message>
</context>
<context>
    <name>FileWatch</name>
    <message>
        <source>{name} on disk</source>
        <translation type="vanished">{name} på disken</translation>
    </message>
    <message>
        <source>{name} in the editor</source>
        <translation type="vanished">{name} i programmet</translation>
    </message>
    <message>
        <location filename="../../os2editor/gui/controllers/file_watch.py" line="+260"/>
        <source>Cannot reload the file</source>
        <translation>Filen kan ikke indlæses igen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name} changed on disk but could not be reloaded: {reason}</source>
        <translation>{name} er ændret på disken, men kunne ikke indlæses igen: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} changed on disk and was reloaded.</source>
        <translation>{name} er ændret på disken og er indlæst igen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{name}” was removed from disk. Save to write it again.</source>
        <translation>»{name}« er slettet fra disken. Gem for at skrive den igen.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../os2editor/gui/views/panels/find.py" line="+39"/>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>F&amp;ind:</source>
        <translation>F&amp;ind:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text to find in every part</source>
        <translation>Tekst, der skal findes i alle dele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text to find</source>
        <translation>Tekst, der skal findes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Previous</source>
        <translation>Forrige</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous match</source>
        <translation>Forrige fund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Næste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next match</source>
        <translation>Næste fund</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close the find bar (Esc)</source>
        <translation>Luk søgelinjen (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the find bar</source>
        <translation>Luk søgelinjen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No matches</source>
        <translation>Ingen fund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{current} of {total}</source>
        <translation>{current} af {total}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n matches</source>
        <translation>
            <numerusform>%n fund</numerusform>
            <numerusform>%n fund</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindReplacePanel</name>
    <message>
        <location filename="../../os2editor/gui/views/library/find_replace.py" line="+107"/>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text to find in every description</source>
        <translation>Tekst, der skal findes i alle funktionsbeskrivelser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace with</source>
        <translation>Erstat med</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Match case</source>
        <translation>Forskel på s&amp;tore og små bogstaver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Whole word</source>
        <translation>&amp;Hele ord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find</source>
        <translation>Fi&amp;nd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace ticked</source>
        <translation>&amp;Erstat de afkrydsede</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;ind:</source>
        <translation>F&amp;ind:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace wit&amp;h:</source>
        <translation>Erstat &amp;med:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Description and part</source>
        <translation>Funktionsbeskrivelse og afsnit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line</source>
        <translation>Linje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match in its context</source>
        <translation>Forekomst i sammenhæng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matches</source>
        <translation>Forekomster</translation>
    </message>
    <message numerus="yes">
        <location line="+71"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n forekomst</numerusform>
            <numerusform>%n forekomster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>in %n file(s);</source>
        <translation>
            <numerusform>i %n fil;</numerusform>
            <numerusform>i %n filer;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{chosen} ticked.</source>
        <translation>{chosen} afkrydset.</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <source>Edit heading</source>
        <translation type="vanished">Rediger overskrift</translation>
    </message>
    <message>
        <location filename="../../os2editor/gui/views/forms/base.py" line="+157"/>
        <source>&amp;Heading</source>
        <translation>&amp;Overskrift</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This part will be kept as free text when the file is opened again: its heading must begin with “{heading}”.</source>
        <translation>Denne del bliver læst som fri tekst, når filen åbnes igen: overskriften skal begynde med »{heading}«.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>With the list empty, this text joins the text before the list when the file is opened again.</source>
        <translation>Når listen er tom, bliver denne tekst en del af teksten før listen, når filen åbnes igen.</translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <translation type="vanished">Rediger “{field}”</translation>
    </message>
</context>
<context>
    <name>FormStack</name>
    <message>
        <location filename="../../os2editor/gui/views/form_stack.py" line="+96"/>
        <source>Title and metadata</source>
        <translation>Titel og metadata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The form for “{name}” is not available.</source>
        <translation>Formularen for »{name}« er ikke tilgængelig.</translation>
    </message>
</context>
<context>
    <name>FreeSectionForm</name>
    <message>
        <location filename="../../os2editor/gui/views/forms/free_section.py" line="+26"/>
        <source>Other section</source>
        <translation>Andet afsnit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Text</source>
        <translation>&amp;Tekst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+B makes text bold, Ctrl+I italic and Ctrl+K a link. A line that starts with “- ” is a bullet.</source>
        <translation>Ctrl+B gør tekst fed, Ctrl+I kursiv og Ctrl+K til et link. En linje, der begynder med »- «, er et punkt.</translation>
    </message>
    <message>
        <source>Written as markdown: - starts a bullet, **bold**, ### a subheading.</source>
        <translation type="vanished">Skrives som markdown: - starter et punkt, **fed**, ### en underoverskrift.</translation>
    </message>
</context>
<context>
    <name>HoursSpinBox</name>
    <message>
        <location filename="../../os2editor/gui/views/forms/conditions.py" line="-59"/>
        <source>Not stated</source>
        <translation>Ikke angivet</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The hours line is not a single number; edit it in the list below.</source>
        <translation>Timetallet er ikke ét enkelt tal; ret det i listen nedenfor.</translation>
    </message>
    <message>
        <source>Edit weekly hours</source>
        <translation type="vanished">Rediger timetal</translation>
    </message>
</context>
<context>
    <name>InitiativesTable</name>
    <message>
        <location filename="../../os2editor/gui/views/widgets/initiatives_table.py" line="+187"/>
        <source>Label</source>
        <translation>Betegnelse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add initiative</source>
        <translation>Tilføj indsats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove initiative</source>
        <translation>Fjern indsats</translation>
    </message>
    <message>
        <source>Edit initiative</source>
        <translation type="vanished">Rediger indsats</translation>
    </message>
</context>
<context>
    <name>KeyValueTable</name>
    <message>
        <location filename="../../os2editor/gui/views/widgets/key_value_table.py" line="+71"/>
        <source>Key</source>
        <translation>Nøgle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Værdi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add key</source>
        <translation>Tilføj nøgle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove key</source>
        <translation>Fjern nøgle</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Lists and nested keys are kept as written.</source>
        <translation>Lister og indlejrede nøgler bevares, som de står.</translation>
    </message>
    <message>
        <source>Edit front matter</source>
        <translation type="vanished">Rediger metadata</translation>
    </message>
</context>
<context>
    <name>LibraryActions</name>
    <message>
        <location filename="../../os2editor/gui/views/library/actions.py" line="+17"/>
        <source>&amp;Library</source>
        <translation>&amp;Bibliotek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;Library</source>
        <translation>Vis &amp;biblioteket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find and Replace in Folder…</source>
        <translation>&amp;Find og erstat i mappen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Site Order</source>
        <translation>&amp;Rækkefølge på sitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compare with a Version…</source>
        <translation>&amp;Sammenlign med en version…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Approve Chosen Descriptions…</source>
        <translation>&amp;Godkend de valgte funktionsbeskrivelser…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;Board Pack…</source>
        <translation>&amp;Eksportér bestyrelsespakke…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reload Folder</source>
        <translation>&amp;Indlæs mappen igen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close F&amp;older</source>
        <translation>&amp;Luk mappen</translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <location filename="../../os2editor/gui/controllers/library.py" line="+130"/>
        <source>Cannot open the folder</source>
        <translation>Mappen kan ikke åbnes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading the folder…</source>
        <translation>Læser mappen …</translation>
    </message>
    <message>
        <location line="+99"/>
        <location line="+7"/>
        <source>(top level)</source>
        <translation>(øverste niveau)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Cannot open the file</source>
        <translation>Filen kan ikke åbnes</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+5"/>
        <source>Nothing was changed</source>
        <translation>Intet blev ændret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} could not take the change.</source>
        <translation>{name} kunne ikke tage imod ændringen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edited since, so left as they are: {names}. Use Undo in each of them.</source>
        <translation>Redigeret siden og derfor ladt urørt: {names}. Fortryd i hver af dem.</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../os2editor/gui/views/library/table.py" line="+135"/>
        <source>Changed since its last approval (git)</source>
        <translation>Ændret siden seneste godkendelse (git)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Parent</source>
        <translation>Overordnet side</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hours</source>
        <translation>Timer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last revised</source>
        <translation>Senest revideret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by</source>
        <translation>Godkendt af</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next revision</source>
        <translation>Næste revision</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+66"/>
        <source>Changed</source>
        <translation>Ændret</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Warnings</source>
        <translation>Advarsler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since {baseline}</source>
        <translation>Siden {baseline}</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>{date} (due)</source>
        <translation>{date} (forfalden)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not approved</source>
        <translation>ikke godkendt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unchanged</source>
        <translation>Uændret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Removed</source>
        <translation>Fjernet</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n task(s) added</source>
        <translation>
            <numerusform>%n opgave tilføjet</numerusform>
            <numerusform>%n opgaver tilføjet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n task(s) removed</source>
        <translation>
            <numerusform>%n opgave fjernet</numerusform>
            <numerusform>%n opgaver fjernet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n task(s) edited</source>
        <translation>
            <numerusform>%n opgave ændret</numerusform>
            <numerusform>%n opgaver ændret</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n task(s) moved</source>
        <translation>
            <numerusform>%n opgave flyttet</numerusform>
            <numerusform>%n opgaver flyttet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>hours {then} → {now}</source>
        <translation>timer {then} → {now}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unsaved changes</source>
        <translation>Ikke gemte ændringer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due for revision</source>
        <translation>Skal revideres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No approval of this file is recorded in git</source>
        <translation>git har ingen godkendelse af denne fil</translation>
    </message>
</context>
<context>
    <name>LibraryRound</name>
    <message>
        <location filename="../../os2editor/gui/controllers/library_round.py" line="+52"/>
        <location line="+34"/>
        <source>Cannot compare</source>
        <translation>Kan ikke sammenligne</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>last approval</source>
        <translation>seneste godkendelse</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rows say whether each description changed since its last approval. Compare with a version to see what changed.</source>
        <translation>Rækkerne viser, om hver funktionsbeskrivelse er ændret siden sin seneste godkendelse. Sammenlign med en version for at se, hvad der er ændret.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compared with: {name}</source>
        <translation>Sammenlignet med: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(commit {sha} of {date})</source>
        <translation>(commit {sha} fra {date})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Removed since: {titles}</source>
        <translation>Fjernet siden: {titles}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No board pack</source>
        <translation>Ingen bestyrelsespakke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The board pack shows what changed since a version in git: {reason}</source>
        <translation>Bestyrelsespakken viser, hvad der er ændret siden en version i git: {reason}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The board pack was not written</source>
        <translation>Bestyrelsespakken blev ikke skrevet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The pack shows the saved files; these have unsaved changes that are not in it: {names}</source>
        <translation>Pakken viser de gemte filer; disse har ændringer, som ikke er gemt og ikke er med: {names}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The board pack was written</source>
        <translation>Bestyrelsespakken blev skrevet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Board pack written to {name}.</source>
        <translation>Bestyrelsespakken er skrevet til {name}.</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../../os2editor/gui/views/library/view.py" line="+140"/>
        <source>Descriptions</source>
        <translation>Funktionsbeskrivelser</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other pages</source>
        <translation>Andre sider</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why it cannot be read</source>
        <translation>Hvorfor den ikke kan læses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unreadable files</source>
        <translation>Filer, der ikke kan læses</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Site order</source>
        <translation>Rækkefølge på sitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find and replace</source>
        <translation>Find og erstat</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Compare with…</source>
        <translation>&amp;Sammenlign med …</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Filter the rows</source>
        <translation>Filtrér rækkerne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Which rows to show</source>
        <translation>Hvilke rækker der vises</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due for revision</source>
        <translation>Skal revideres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Ændret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With warnings</source>
        <translation>Med advarsler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With unsaved changes</source>
        <translation>Med ændringer, der ikke er gemt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open</source>
        <translation>&amp;Åbn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Approve…</source>
        <translation>&amp;Godkend …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Board pack…</source>
        <translation>&amp;Bestyrelsespakke …</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Save All</source>
        <translation>Gem &amp;alle</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Descriptions ({count})</source>
        <translation>Funktionsbeskrivelser ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other pages ({count})</source>
        <translation>Andre sider ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unreadable ({count})</source>
        <translation>Kan ikke læses ({count})</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n description(s)</source>
        <translation>
            <numerusform>%n funktionsbeskrivelse</numerusform>
            <numerusform>%n funktionsbeskrivelser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n is due for revision</source>
        <translation>
            <numerusform>%n skal revideres</numerusform>
            <numerusform>%n skal revideres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n has warnings</source>
        <translation>
            <numerusform>%n har advarsler</numerusform>
            <numerusform>%n har advarsler</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No git history: {reason}</source>
        <translation>Ingen git-historik: {reason}</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n description(s) have unsaved changes.</source>
        <translation>
            <numerusform>%n funktionsbeskrivelse har ændringer, der ikke er gemt.</numerusform>
            <numerusform>%n funktionsbeskrivelser har ændringer, der ikke er gemt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Fortryd {action}</translation>
    </message>
</context>
<context>
    <name>LibraryWork</name>
    <message>
        <location filename="../../os2editor/gui/controllers/library_work.py" line="+59"/>
        <location line="+41"/>
        <source>Nothing was changed</source>
        <translation>Intet blev ændret</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Change the site order</source>
        <translation>Ændr rækkefølgen på sitet</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>“{text}” is in no description.</source>
        <translation>»{text}« står ikke i nogen funktionsbeskrivelse.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Replace “{old}” with “{new}”</source>
        <translation>Erstat »{old}« med »{new}«</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Replaced %n match(es)</source>
        <translation>
            <numerusform>Erstattede %n forekomst</numerusform>
            <numerusform>Erstattede %n forekomster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %n file(s).</source>
        <translation>
            <numerusform>i %n fil.</numerusform>
            <numerusform>i %n filer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All writes them; Undo takes the whole replace back.</source>
        <translation>Gem alle skriver dem; Fortryd tager hele erstatningen tilbage.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the descriptions to approve in the table.</source>
        <translation>Vælg de funktionsbeskrivelser, der skal godkendes, i tabellen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing was approved</source>
        <translation>Intet blev godkendt</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Approve %n description(s)</source>
        <translation>
            <numerusform>Godkend %n funktionsbeskrivelse</numerusform>
            <numerusform>Godkend %n funktionsbeskrivelser</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The chosen descriptions already record this approval.</source>
        <translation>De valgte funktionsbeskrivelser har allerede denne godkendelse.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not committed</source>
        <translation>Ikke committet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Committed as {sha}: {message}</source>
        <translation>Committet som {sha}: {message}</translation>
    </message>
</context>
<context>
    <name>ListBinding</name>
    <message>
        <source>Paste items</source>
        <translation type="vanished">Indsæt punkter</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <location filename="../../os2editor/gui/views/widgets/list_editor.py" line="+71"/>
        <source>Empty. Press Enter or Add to write the first line.</source>
        <translation>Tom. Tryk Enter eller Tilføj for at skrive den første linje.</translation>
    </message>
    <message>
        <source>F2 edits, Enter adds, Delete removes, Alt+Up/Down moves, drag the dots to move.</source>
        <translation type="vanished">F2 redigerer, Enter tilføjer, Delete fjerner, Alt+Op/Ned flytter, træk i prikkerne for at flytte.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Press Enter or Add to write the first line.</source>
        <translation>Tryk Enter eller Tilføj for at skrive den første linje.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>F2 edits, Enter adds, Delete removes, Alt+Up/Down moves, drag the dots to move. Right-click for more.</source>
        <translation>F2 redigerer, Enter tilføjer, Delete fjerner, Alt+Op/Ned flytter, træk i prikkerne for at flytte. Højreklik for mere.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Add</source>
        <translation>Tilføj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the chosen line</source>
        <translation>Fjern den valgte linje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the chosen line (Delete)</source>
        <translation>Fjern den valgte linje (Delete)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sub-items…</source>
        <translation>Underpunkter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit sub-items</source>
        <translation>Rediger underpunkter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the bullets nested under the chosen item</source>
        <translation>Rediger punkterne under det valgte punkt</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>&amp;Sub-items…</source>
        <translation>&amp;Underpunkter…</translation>
    </message>
</context>
<context>
    <name>ListMenu</name>
    <message>
        <source>Move &amp;up</source>
        <translation>Flyt &amp;op</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Flyt &amp;ned</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <source>Insert &amp;above</source>
        <translation>Indsæt &amp;over</translation>
    </message>
    <message>
        <source>Insert &amp;below</source>
        <translation>Indsæt &amp;under</translation>
    </message>
    <message>
        <source>&amp;Add at the end</source>
        <translation>&amp;Tilføj til sidst</translation>
    </message>
</context>
<context>
    <name>ListSectionForm</name>
    <message>
        <location filename="../../os2editor/gui/views/forms/collaboration.py" line="-23"/>
        <source>Text before the list</source>
        <translation>Tekst før listen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text after the list</source>
        <translation>Tekst efter listen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>List section</source>
        <translation>Afsnit med liste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Items</source>
        <translation>&amp;Punkter</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../os2editor/gui/main_window.py" line="+206"/>
        <source>Undo: {action}</source>
        <translation>Fortryd: {action}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo</source>
        <translation>Fortryd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Redo: {action}</source>
        <translation>Gentag: {action}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redo</source>
        <translation>Gentag</translation>
    </message>
    <message>
        <source>Title and metadata</source>
        <translation type="vanished">Titel og metadata</translation>
    </message>
    <message>
        <source>The form for “{name}” is not available.</source>
        <translation type="vanished">Formularen for “{name}” er ikke tilgængelig.</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>Cannot open the file</source>
        <translation>Filen kan ikke åbnes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} no longer exists. It has been removed from the recent files.</source>
        <translation>{path} findes ikke længere. Den er fjernet fra listen over seneste filer.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The log folder is {path}</source>
        <translation>Logmappen er {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About os2editor</source>
        <translation>Om os2editor</translation>
    </message>
    <message>
        <source>os2editor edits OS2 function descriptions and exports them to Word.</source>
        <translation type="vanished">os2editor redigerer OS2-funktionsbeskrivelser og eksporterer dem til Word.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Settings not saved</source>
        <translation>Indstillingerne blev ikke gemt</translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <location filename="../../os2editor/messages.py" line="+26"/>
        <source>this is a folder, not a function description file</source>
        <translation>dette er en mappe, ikke en funktionsbeskrivelse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no such file</source>
        <translation>filen findes ikke</translation>
    </message>
    <message>
        <source>the file is {size} MB; a function description is at most {limit} MB</source>
        <translation type="vanished">filen fylder {size} MB; en funktionsbeskrivelse fylder højst {limit} MB</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>you do not have permission to read this file</source>
        <translation>du har ikke tilladelse til at læse denne fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file cannot be read ({reason})</source>
        <translation>filen kan ikke læses ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this is a binary file, not a markdown text file</source>
        <translation>dette er en binær fil, ikke en markdown-tekstfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is not valid UTF-8 text (byte offset {offset}, byte 0x{byte})</source>
        <translation>filen er ikke gyldig UTF-8-tekst (byte nr. {offset}, byte 0x{byte})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the text is nested too deeply to read</source>
        <translation>teksten er indlejret for dybt til at kunne læses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the front matter uses the YAML tag {tag}, which is not allowed</source>
        <translation>metadata bruger YAML-mærket {tag}, som ikke er tilladt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the front matter expands to too much data (an alias bomb?)</source>
        <translation>metadata udfolder sig til for mange data (en alias-bombe?)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the front matter is nested too deeply</source>
        <translation>metadata er indlejret for dybt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the front matter is not valid YAML: {problem}</source>
        <translation>metadata er ikke gyldig YAML: {problem}</translation>
    </message>
    <message>
        <source>the front matter must be a list of 'key: value' lines</source>
        <translation type="vanished">metadata skal være en række linjer på formen 'nøgle: værdi'</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot save {path}: that path is a folder, not a file.</source>
        <translation>{path} kan ikke gemmes: stien er en mappe, ikke en fil.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot save {path}: the file was changed by another program since it was opened or last saved. Reload it or save under another name.</source>
        <translation>{path} kan ikke gemmes: filen er ændret af et andet program, siden den blev åbnet eller sidst gemt. Genindlæs den, eller gem under et andet navn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot save {path}: permission denied. The file is read-only for you.</source>
        <translation>{path} kan ikke gemmes: adgang nægtet. Filen er skrivebeskyttet for dig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot save {path}: permission denied. You may not write to this file or its folder.</source>
        <translation>{path} kan ikke gemmes: adgang nægtet. Du må ikke skrive til filen eller dens mappe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot save {path}: the folder {folder} does not exist.</source>
        <translation>{path} kan ikke gemmes: mappen {folder} findes ikke.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot save {path}: part of the path is a file, not a folder.</source>
        <translation>{path} kan ikke gemmes: en del af stien er en fil, ikke en mappe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot save {path}: the disk is full. Free some space and save again.</source>
        <translation>{path} kan ikke gemmes: disken er fuld. Frigør plads, og gem igen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot save {path}: the disk or folder is read-only.</source>
        <translation>{path} kan ikke gemmes: disken eller mappen er skrivebeskyttet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot save {path}: the file name is too long.</source>
        <translation>{path} kan ikke gemmes: filnavnet er for langt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot save {path}: {reason}.</source>
        <translation>{path} kan ikke gemmes: {reason}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot save {path}: it is a device, pipe or socket, not a file.</source>
        <translation>{path} kan ikke gemmes: det er en enhed, et rør eller en sokkel, ikke en fil.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write to the pipe {path}: no program is reading from it.</source>
        <translation>Der kan ikke skrives til røret {path}: intet program læser fra det.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refusing to write {path}: it is the input file {source}. Choose another output name.</source>
        <translation>{path} skrives ikke: det er inputfilen {source}. Vælg et andet navn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refusing to write a document to {path}: the .md extension is for function descriptions. Choose a name ending in .docx or .pdf.</source>
        <translation>Dokumentet skrives ikke til {path}: endelsen .md er til funktionsbeskrivelser. Vælg et navn, der ender på .docx eller .pdf.</translation>
    </message>
    <message>
        <source>Refusing to write a document to {path}: the .md extension is for function descriptions. Choose a name ending in .docx.</source>
        <translation type="vanished">Dokumentet skrives ikke til {path}: endelsen .md er til funktionsbeskrivelser. Vælg et navn, der ender på .docx.</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>the file is {size} KB; a function description is at most {limit} KB</source>
        <translation>filen fylder {size} KB; en funktionsbeskrivelse fylder højst {limit} KB</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this is a device, pipe or socket, not a function description file</source>
        <translation>dette er en enhed, et rør eller en sokkel, ikke en fil med en funktionsbeskrivelse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file has {count} lines; a function description has at most {limit}</source>
        <translation>filen har {count} linjer; en funktionsbeskrivelse har højst {limit}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file has {count} headings; a function description has at most {limit}</source>
        <translation>filen har {count} overskrifter; en funktionsbeskrivelse har højst {limit}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file has {count} list items; a function description has at most {limit}</source>
        <translation>filen har {count} punkter i lister; en funktionsbeskrivelse har højst {limit}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the tables in the file have {count} cells; a function description has at most {limit}</source>
        <translation>tabellerne i filen har {count} celler; en funktionsbeskrivelse har højst {limit}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} characters follow here without a blank line, heading or bullet; a function description has at most {limit} in one paragraph</source>
        <translation>herfra følger {count} tegn uden en tom linje, en overskrift eller et punkt; en funktionsbeskrivelse har højst {limit} i ét afsnit</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the front matter is {size} KB; a function description has at most {limit} KB of it</source>
        <translation>metadata fylder {size} KB; en funktionsbeskrivelse har højst {limit} KB metadata</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the front matter holds the YAML directive {directive}, which Jekyll cannot read there</source>
        <translation>metadata indeholder YAML-direktivet {directive}, som Jekyll ikke kan læse der</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the front matter must be a list of “key: value” lines</source>
        <translation>metadata skal være en række linjer på formen »nøgle: værdi«</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Cannot save {path}: the front matter's {key} is not text ({value}), so the {key} set in the form cannot replace it. Change it under Other keys, or in the file.</source>
        <translation>{path} kan ikke gemmes: {key} i metadata er ikke tekst ({value}), så den {key}, der er angivet i formularen, kan ikke erstatte den. Ret den under Andre nøgler eller i filen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot save {path}: the editor could not open it again ({reason}). Nothing was written.</source>
        <translation>{path} kan ikke gemmes: editoren ville ikke kunne åbne den igen ({reason}). Intet blev skrevet.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The document cannot be written: {reason}.</source>
        <translation>Dokumentet kan ikke skrives: {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PDF cannot be made: Qt's graphics library could not be loaded ({reason}).</source>
        <translation>Der kan ikke laves en PDF: Qts grafikbibliotek kunne ikke indlæses ({reason}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A PDF cannot be made: no fonts are installed on this computer. Install a font package (on Debian or Ubuntu, fonts-dejavu-core) and try again.</source>
        <translation>Der kan ikke laves en PDF: der er ingen skrifttyper installeret på denne computer. Installér en skrifttypepakke (på Debian eller Ubuntu: fonts-dejavu-core), og prøv igen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The template {path} cannot be read: {reason}.</source>
        <translation>Skabelonen {path} kan ikke læses: {reason}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The template {path} is a folder, not a Word document (.docx).</source>
        <translation>Skabelonen {path} er en mappe, ikke et Word-dokument (.docx).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The template {path} is not a Word document (.docx).</source>
        <translation>Skabelonen {path} er ikke et Word-dokument (.docx).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The template has no style “{style}”; using direct formatting instead.</source>
        <translation>Skabelonen har ingen typografi »{style}«; der bruges direkte formatering i stedet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The template {path} is a device, pipe or socket, not a Word document (.docx).</source>
        <translation>Skabelonen {path} er en enhed, en pipe eller en socket, ikke et Word-dokument (.docx).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The template {path} is {size} MB; a template is at most {limit} MB.</source>
        <translation>Skabelonen {path} fylder {size} MB; en skabelon må højst fylde {limit} MB.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The template {path} would unpack to far more data than a letterhead holds (a damaged or hostile file), so it was not used.</source>
        <translation>Skabelonen {path} ville pakke sig ud til langt mere data, end et brevpapir rummer (en beskadiget eller ondsindet fil), så den blev ikke brugt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The template {path} contains macros (a .docm or .dotm file). os2editor does not use templates with macros: save it in Word as a .docx or .dotx without them.</source>
        <translation>Skabelonen {path} indeholder makroer (en .docm- eller .dotm-fil). os2editor bruger ikke skabeloner med makroer: gem den i Word som .docx eller .dotx uden makroer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The description has no part “{part}”, so there was nothing to leave out.</source>
        <translation>Funktionsbeskrivelsen har ingen del »{part}«, så der var intet at udelade.</translation>
    </message>
    <message>
        <source>All the text of this description is in its front matter, which a Word document does not show: the document holds only the title.</source>
        <translation type="vanished">Al teksten i denne funktionsbeskrivelse står i dens front matter, som et Word-dokument ikke viser: dokumentet indeholder kun titlen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All the text of this description is in its front matter, which an exported document (Word or PDF) does not show: the document holds only the title.</source>
        <translation>Al teksten i denne funktionsbeskrivelse står i dens front matter, som et eksporteret dokument (Word eller PDF) ikke viser: dokumentet indeholder kun titlen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The picture {image} is on the web and was not fetched; its description is shown instead.</source>
        <translation>Billedet {image} ligger på nettet og blev ikke hentet; dets beskrivelse vises i stedet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The picture {image} was not found; its description is shown instead.</source>
        <translation>Billedet {image} blev ikke fundet; dets beskrivelse vises i stedet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The picture {image} is not a PNG, JPEG, GIF, BMP or TIFF file of at most {limit} MB; its description is shown instead.</source>
        <translation>Billedet {image} er ikke en PNG-, JPEG-, GIF-, BMP- eller TIFF-fil på højst {limit} MB; dets beskrivelse vises i stedet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot save the settings: the folder {folder} cannot be created ({reason}).</source>
        <translation>Indstillingerne kan ikke gemmes: mappen {folder} kan ikke oprettes ({reason}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write the automatic backup: the folder {folder} cannot be created ({reason}).</source>
        <translation>Den automatiske sikkerhedskopi kan ikke skrives: mappen {folder} kan ikke oprettes ({reason}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your settings in {path} could not be read ({reason}). The default settings are used for now.</source>
        <translation>Dine indstillinger i {path} kunne ikke læses ({reason}). Standardindstillingerne bruges indtil videre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your settings in {path} were damaged and could not be moved aside. The default settings are used for now.</source>
        <translation>Dine indstillinger i {path} var beskadigede og kunne ikke flyttes til side. Standardindstillingerne bruges indtil videre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your settings were damaged and have been moved to {aside}. The default settings are used instead.</source>
        <translation>Dine indstillinger var beskadigede og er flyttet til {aside}. Standardindstillingerne bruges i stedet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An automatic backup ({path}) is damaged and could not be moved aside; it was skipped.</source>
        <translation>En automatisk sikkerhedskopi ({path}) er beskadiget og kunne ikke flyttes til side; den blev sprunget over.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An automatic backup was damaged and could not be restored; it has been moved to {aside}.</source>
        <translation>En automatisk sikkerhedskopi var beskadiget og kunne ikke gendannes; den er flyttet til {aside}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The text is too long for one field ({size} characters; at most {limit}).</source>
        <translation>Teksten er for lang til ét felt ({size} tegn; højst {limit}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The change was not made: the description could not be opened again ({reason}).</source>
        <translation>Ændringen blev ikke foretaget: beskrivelsen ville ikke kunne åbnes igen ({reason}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no place {index} in a list of {size}.</source>
        <translation>Der er ingen plads {index} i en liste med {size}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{field} is not a field of a {node}.</source>
        <translation>{field} er ikke et felt i en {node}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The document holds a value of the wrong type at {where}: {problem}.</source>
        <translation>Dokumentet har en værdi af forkert type ved {where}: {problem}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>very easy</source>
        <translation>meget let</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>easy</source>
        <translation>let</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medium</source>
        <translation>middel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hard</source>
        <translation>svær</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>very hard</source>
        <translation>meget svær</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>git: needs a commit, e.g. git:HEAD~1 or git:3de0c66.</source>
        <translation>git: kræver en version (commit), fx git:HEAD~1 eller git:3de0c66.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{sha} is not a commit name.</source>
        <translation>{sha} er ikke navnet på en version (commit).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no commit {sha} in the repository of {name}.</source>
        <translation>Der er ingen version (commit) {sha} i arkivet for {name}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} did not exist in commit {sha}.</source>
        <translation>{name} fandtes ikke i version (commit) {sha}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder of {path} does not exist.</source>
        <translation>Mappen til {path} findes ikke.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>git is not installed (or not on PATH), so there is no history to compare with. Compare with a file instead.</source>
        <translation>git er ikke installeret (eller ikke på PATH), så der er ingen historik at sammenligne med. Sammenlign med en fil i stedet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>git did not answer within {seconds} seconds.</source>
        <translation>git svarede ikke inden for {seconds} sekunder.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>git could not be started: {reason}.</source>
        <translation>git kunne ikke startes: {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not in a git repository.</source>
        <translation>{path} ligger ikke i et git-arkiv.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>git failed: {reason}</source>
        <translation>git fejlede: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is not a folder.</source>
        <translation>{path} er ikke en mappe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} holds more than {limit} files and folders; choose the folder of the descriptions.</source>
        <translation>{path} rummer mere end {limit} filer og mapper; vælg mappen med funktionsbeskrivelserne.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{key} should be a date written YYYY-MM-DD, not “{value}”</source>
        <translation>{key} skal være en dato skrevet ÅÅÅÅ-MM-DD, ikke »{value}«</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{key} should be a name, not “{value}”</source>
        <translation>{key} skal være et navn, ikke »{value}«</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the parent “{parent}” is the title of no page in the folder</source>
        <translation>den overordnede side »{parent}« er ikke titlen på nogen side i mappen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{role}” is named as a collaborator, but the folder has no description of that role</source>
        <translation>»{role}« er nævnt som samarbejdspartner, men mappen har ingen funktionsbeskrivelse af den rolle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no revision “{revision}” in the git repository of {folder}.</source>
        <translation>Der er ingen revision »{revision}« i git-arkivet for {folder}.</translation>
    </message>
    <message>
        <source>this is a device, pipe or socket, not a file</source>
        <translation type="vanished">dette er en enhed, en pipe eller en socket, ikke en fil</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>The folder {path} cannot be read ({reason}).</source>
        <translation>Mappen {path} kan ikke læses ({reason}).</translation>
    </message>
    <message>
        <source>{key} should be a date written YYYY-MM-DD, not '{value}'</source>
        <translation type="vanished">{key} skal være en dato skrevet ÅÅÅÅ-MM-DD, ikke '{value}'</translation>
    </message>
    <message>
        <source>{key} should be a name, not '{value}'</source>
        <translation type="vanished">{key} skal være et navn, ikke '{value}'</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>nav_order {value} is also the place of {others} under the same parent</source>
        <translation>nav_order {value} er også pladsen for {others} under samme overordnede side</translation>
    </message>
    <message>
        <source>the parent '{parent}' is the title of no page in the folder</source>
        <translation type="vanished">den overordnede side '{parent}' er ikke titlen på nogen side i mappen</translation>
    </message>
    <message>
        <source>'{role}' is named as a collaborator, but the folder has no description of that role</source>
        <translation type="vanished">'{role}' er nævnt som samarbejdspartner, men mappen har ingen funktionsbeskrivelse af den rolle</translation>
    </message>
    <message>
        <source>There is no revision '{revision}' in the git repository of {folder}.</source>
        <translation type="vanished">Der er ingen revision '{revision}' i git-arkivet for {folder}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The git repository of {folder} has no commit from before {day}.</source>
        <translation>Git-arkivet for {folder} har ingen commit fra før {day}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There are no files to commit.</source>
        <translation>Der er ingen filer at committe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not in the git work tree {root}, so it cannot be committed there.</source>
        <translation>{path} ligger ikke i git-arbejdsmappen {root}, så den kan ikke committes der.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stopped at {path}, which was left as it was: {reason} Written before it: {written}.</source>
        <translation>Stoppede ved {path}, som blev efterladt uændret: {reason} Skrevet før den: {written}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stopped at {path} before any file was written: {reason}</source>
        <translation>Stoppede ved {path}, før nogen fil blev skrevet: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is nothing to find: the text is empty.</source>
        <translation>Der er intet at søge efter: teksten er tom.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} changed after the search; search again before replacing.</source>
        <translation>{path} er ændret efter søgningen; søg igen, før du erstatter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say who approved: the name is empty.</source>
        <translation>Angiv, hvem der godkendte: navnet er tomt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The next revision ({next}) must come after the approval ({day}).</source>
        <translation>Næste revision ({next}) skal ligge efter godkendelsen ({day}).</translation>
    </message>
    <message>
        <location filename="../../os2editor/gui/texts.py" line="+47"/>
        <source>{where}: {reason}</source>
        <translation>{where}: {reason}</translation>
    </message>
</context>
<context>
    <name>MoscowBoard</name>
    <message>
        <location filename="../../os2editor/gui/views/board.py" line="+127"/>
        <location line="+55"/>
        <source>Show WON'T</source>
        <translation>Vis WON'T</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Show WON'T column</source>
        <translation>Vis kolonnen WON'T</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alt+Left/Right moves a task to the next priority.</source>
        <translation>Alt+Venstre/Højre flytter en opgave til nabo-prioriteten.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Hide WON'T</source>
        <translation>Skjul WON'T</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Move to {name}</source>
        <translation>Flyt til {name}</translation>
    </message>
</context>
<context>
    <name>MoscowColumn</name>
    <message>
        <location line="-170"/>
        <source>Add task</source>
        <translation>Tilføj opgave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} · {count}</source>
        <translation>{name} · {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} · {count} ({share})</source>
        <translation>{name} · {count} ({share})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{share} of the planned tasks (MUST, SHOULD and COULD)</source>
        <translation>{share} af de planlagte opgaver (MUST, SHOULD og COULD)</translation>
    </message>
    <message>
        <source>{name} ({count})</source>
        <translation type="vanished">{name} ({count})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} tasks</source>
        <translation>{name}-opgaver</translation>
    </message>
</context>
<context>
    <name>NavigationPane</name>
    <message>
        <location filename="../../os2editor/gui/views/navigation.py" line="+106"/>
        <source>Parts of the description</source>
        <translation>Funktionsbeskrivelsens dele</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add section</source>
        <translation>Tilføj afsnit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove section</source>
        <translation>Fjern afsnit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move section up</source>
        <translation>Flyt afsnit op</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move section down</source>
        <translation>Flyt afsnit ned</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Title and metadata</source>
        <translation>Titel og metadata</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(untitled section)</source>
        <translation>(afsnit uden overskrift)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} (other section, edited as text)</source>
        <translation>{name} (andet afsnit, redigeres som tekst)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>{name}, %n items</source>
        <translation>
            <numerusform>{name}, %n punkt</numerusform>
            <numerusform>{name}, %n punkter</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}, {count} items</source>
        <translation type="vanished">{name}, antal punkter: {count}</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Other section (free text)</source>
        <translation>Andet afsnit (fri tekst)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New section</source>
        <translation>Nyt afsnit</translation>
    </message>
</context>
<context>
    <name>PersonalForm</name>
    <message>
        <location filename="../../os2editor/gui/views/forms/qualifications.py" line="+22"/>
        <source>Personal qualifications</source>
        <translation>Personlige kvalifikationer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Qualifications</source>
        <translation>&amp;Kvalifikationer</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../os2editor/gui/views/dialogs/preferences.py" line="+31"/>
        <source>Preferences</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your name, as the board should read it</source>
        <translation>Dit navn, som bestyrelsen skal læse det</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{band} or easier</source>
        <translation>{band} eller lettere</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System language</source>
        <translation>Systemets sprog</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Author:</source>
        <translation>&amp;Forfatter:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Author</source>
        <translation>Forfatter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Readability target:</source>
        <translation>&amp;Mål for læsbarhed:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Readability target</source>
        <translation>Mål for læsbarhed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The author signs the tracked changes of a redline and is written into Word and PDF exports, with the organisation.</source>
        <translation>Forfatteren underskriver de sporede ændringer i rettelserne og skrives sammen med organisationen i Word- og PDF-eksporter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The status bar shows the LIX in green while the text is this easy to read, or easier.</source>
        <translation>Statuslinjen viser LIX med grønt, så længe teksten er så let at læse eller lettere.</translation>
    </message>
    <message>
        <source>Author and organisation are written into Word exports.</source>
        <translation type="vanished">Forfatter og organisation skrives ind i Word-eksporten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new language takes effect the next time you start.</source>
        <translation>Et nyt sprog træder i kraft, næste gang du starter programmet.</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../os2editor/gui/views/preview.py" line="+60"/>
        <source>Preview</source>
        <translation>Forhåndsvisning</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>the front matter title '{title}' and the heading '{h1}' disagree</source>
        <translation type="vanished">titlen '{title}' i metadata og overskriften '{h1}' stemmer ikke overens</translation>
    </message>
    <message>
        <source>the document has no '# ' heading</source>
        <translation type="vanished">dokumentet har ingen hovedoverskrift ('# ')</translation>
    </message>
    <message>
        <location filename="../../os2editor/checks.py" line="+25"/>
        <source>there are no MUST tasks</source>
        <translation>der er ingen MUST-opgaver</translation>
    </message>
    <message>
        <source>the task '{task}' appears more than once ({where})</source>
        <translation type="vanished">opgaven '{task}' forekommer mere end én gang ({where})</translation>
    </message>
    <message>
        <source>the task '{task}' stands under both {first} and {second}; give it one priority</source>
        <translation type="vanished">opgaven '{task}' står under både {first} og {second}; giv den én prioritet</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>the front matter title “{title}” and the heading “{h1}” disagree</source>
        <translation>titlen »{title}« i metadata og overskriften »{h1}« stemmer ikke overens</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the document has no “# ” heading</source>
        <translation>dokumentet har ingen hovedoverskrift (»# «)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the task “{task}” appears more than once ({where})</source>
        <translation>opgaven »{task}« forekommer mere end én gang ({where})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the task “{task}” stands under both {first} and {second}; give it one priority</source>
        <translation>opgaven »{task}« står under både {first} og {second}; giv den én prioritet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MUST holds {percent}% of the tasks ({must} of {planned}); at most 60% leaves room to adjust when time is short</source>
        <translation>MUST rummer {percent} % af opgaverne ({must} af {planned}); højst 60 % giver luft til at prioritere, når tiden er knap</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>there are no COULD tasks; a few leave room to adjust when time is short</source>
        <translation>der er ingen COULD-opgaver; et par stykker giver luft til at prioritere, når tiden er knap</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the template's guidance “{text}” is still in the text; write your own words instead</source>
        <translation>skabelonens vejledning »{text}« står stadig i teksten; skriv jeres egen tekst i stedet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the section “{section}” is missing</source>
        <translation>afsnittet »{section}« mangler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nav_order should be a number, not “{value}”</source>
        <translation>nav_order skal være et tal, ikke »{value}«</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the section “{section}” has a shape the form does not edit, so it is kept as markdown text</source>
        <translation>afsnittet »{section}« har en opbygning, som formularen ikke kan redigere, så det bevares som markdown-tekst</translation>
    </message>
    <message>
        <source>the template's guidance '{text}' is still in the text; write your own words instead</source>
        <translation type="vanished">skabelonens vejledning '{text}' står stadig i teksten; skriv jeres egen tekst i stedet</translation>
    </message>
    <message>
        <source>the section '{section}' is missing</source>
        <translation type="vanished">afsnittet '{section}' mangler</translation>
    </message>
    <message>
        <source>nav_order should be a number, not '{value}'</source>
        <translation type="vanished">nav_order skal være et tal, ikke '{value}'</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>the front matter's {key} is not text ({value}), so the form cannot change it</source>
        <translation>{key} i metadata er ikke tekst ({value}), så formularen kan ikke ændre den</translation>
    </message>
    <message>
        <source>the section '{section}' has a shape the form does not edit, so it is kept as markdown text</source>
        <translation type="vanished">afsnittet '{section}' har en opbygning, som formularen ikke kan redigere, så det bevares som markdown-tekst</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“{markup}” works only on the website; the Word document and the preview leave it out</source>
        <translation>»{markup}« virker kun på hjemmesiden; Word-dokumentet og forhåndsvisningen udelader det</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the link to “{target}” is not a web or e-mail address, so the Word document shows only its text</source>
        <translation>linket til »{target}« er ikke en web- eller e-mailadresse, så Word-dokumentet viser kun dets tekst</translation>
    </message>
</context>
<context>
    <name>ProfessionalForm</name>
    <message>
        <location filename="../../os2editor/gui/views/forms/qualifications.py" line="-13"/>
        <source>Professional qualifications</source>
        <translation>Faglige kvalifikationer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Qualifications</source>
        <translation>&amp;Kvalifikationer</translation>
    </message>
</context>
<context>
    <name>ProseKeys</name>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;Fed</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;Kursiv</translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation>&amp;Link…</translation>
    </message>
</context>
<context>
    <name>PurposeForm</name>
    <message>
        <location filename="../../os2editor/gui/views/forms/purpose.py" line="+23"/>
        <source>Purpose</source>
        <translation>Formål med stillingen</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation type="vanished">&amp;Formål</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Text</source>
        <translation>&amp;Tekst</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Strategic &amp;initiatives</source>
        <translation>Strategiske &amp;indsatser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter adds a row, Delete removes it, Alt+Up/Down moves it.</source>
        <translation>Enter tilføjer en række, Delete fjerner den, Alt+Op/Ned flytter den.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text &amp;after the initiatives</source>
        <translation>Tekst &amp;efter indsatserne</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <source>checks</source>
        <comment>the front matter title '{title}' and the heading '{h1}' disagree</comment>
        <translation type="vanished">checks</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../os2editor/gui/i18n.py" line="+32"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Kig i:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>Filer af &amp;typen:</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <location line="+1"/>
        <source>Page &amp;Set:</source>
        <translation>&amp;Sidesæt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double Sided Printing</source>
        <translation>Dobbeltsidet udskrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long side binding</source>
        <translation>Indbinding langs den lange side</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short side binding</source>
        <translation>Indbinding langs den korte side</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <location line="-8"/>
        <source>PgUp</source>
        <translation>Side op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PgDown</source>
        <translation>Side ned</translation>
    </message>
</context>
<context>
    <name>ResponsibilitiesForm</name>
    <message>
        <location filename="../../os2editor/gui/views/forms/responsibilities.py" line="+28"/>
        <source>Areas of responsibility</source>
        <translation>Ansvarsområder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Introduction</source>
        <translation>&amp;Indledning</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Responsibilities</source>
        <translation>&amp;Ansvarsområder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text after the &amp;areas</source>
        <translation>&amp;Tekst efter områderne</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A&amp;reas</source>
        <translation>&amp;Ansvarsområder</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add area</source>
        <translation>Tilføj ansvarsområde</translation>
    </message>
</context>
<context>
    <name>RevisionController</name>
    <message>
        <location filename="../../os2editor/gui/controllers/revision_mode.py" line="+157"/>
        <source>&amp;Revision</source>
        <translation>Rev&amp;ision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare with &amp;file…</source>
        <translation>Sammenlign med &amp;fil…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare with earlier &amp;version in git…</source>
        <translation>Sammenlign med tidligere &amp;version i git…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Stop comparing</source>
        <translation>&amp;Stop sammenligning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark as &amp;approved…</source>
        <translation>Markér som &amp;godkendt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Word &amp;redline…</source>
        <translation>Eksportér &amp;rettelser til Word…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Compare with an approved version</source>
        <translation>Sammenlign med en godkendt version</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+7"/>
        <location line="+9"/>
        <location line="+11"/>
        <source>Cannot compare</source>
        <translation>Kan ikke sammenligne</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Save the description first; only a saved file has earlier versions in git.</source>
        <translation>Gem funktionsbeskrivelsen først; kun en gemt fil har tidligere versioner i git.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>git has no earlier version of this file.</source>
        <translation>git har ingen tidligere version af denne fil.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Changed since the baseline</source>
        <translation>Ændret siden udgangspunktet</translation>
    </message>
    <message>
        <source>Mark as approved</source>
        <translation type="vanished">Markér som godkendt</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Marked as approved by {who}.</source>
        <translation>Markeret som godkendt af {who}.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not export the redline</source>
        <translation>Rettelserne kunne ikke eksporteres</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The redline was written</source>
        <translation>Rettelserne er eksporteret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redline written to {name}.</source>
        <translation>Rettelserne er gemt i {name}.</translation>
    </message>
</context>
<context>
    <name>RevisionPanel</name>
    <message>
        <location filename="../../os2editor/gui/views/panels/revision.py" line="+78"/>
        <source>Changes</source>
        <translation>Ændringer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changes since the baseline</source>
        <translation>Ændringer siden udgangspunktet</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Compared with {baseline}: %n changes.</source>
        <translation>
            <numerusform>Sammenlignet med {baseline}: %n ændring.</numerusform>
            <numerusform>Sammenlignet med {baseline}: %n ændringer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Compared with {baseline}: {count} changes.</source>
        <translation type="vanished">Sammenlignet med {baseline}. Antal ændringer: {count}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compared with {baseline}: no changes.</source>
        <translation>Sammenlignet med {baseline}: ingen ændringer.</translation>
    </message>
</context>
<context>
    <name>SiteOrderPanel</name>
    <message>
        <location filename="../../os2editor/gui/views/library/site_order.py" line="+195"/>
        <source>Drag a page to its new place under its parent, or move it with Alt+Up and Alt+Down. Only the nav_order line of each page that moved changes; Save All writes them, Undo takes the move back.</source>
        <translation>Træk en side til dens nye plads under den overordnede side, eller flyt den med Alt+Op og Alt+Ned. Kun linjen nav_order ændres i hver side, der flyttes; Gem alle skriver dem, Fortryd tager flytningen tilbage.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move u&amp;p</source>
        <translation>Flyt o&amp;p</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move do&amp;wn</source>
        <translation>Flyt &amp;ned</translation>
    </message>
</context>
<context>
    <name>SiteOrderTree</name>
    <message>
        <location line="-159"/>
        <source>Order</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Page</source>
        <translation>Side</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Site order</source>
        <translation>Rækkefølge på sitet</translation>
    </message>
</context>
<context>
    <name>SubItemsDialog</name>
    <message>
        <location filename="../../os2editor/gui/views/dialogs/sub_items.py" line="+19"/>
        <location line="+6"/>
        <source>Sub-items</source>
        <translation>Underpunkter</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Sub-items under “{text}”:</source>
        <translation>Underpunkter under »{text}«:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add sub-item</source>
        <translation>Tilføj underpunkt</translation>
    </message>
</context>
<context>
    <name>TasksForm</name>
    <message>
        <location filename="../../os2editor/gui/views/forms/tasks.py" line="+26"/>
        <source>Tasks and priorities</source>
        <translation>Arbejdsopgaver og prioritering</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Introduction</source>
        <translation>&amp;Indledning</translation>
    </message>
    <message>
        <source>Edit group heading</source>
        <translation type="vanished">Rediger gruppeoverskrift</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{name} group heading</source>
        <translation>Overskrift for {name}</translation>
    </message>
    <message>
        <source>Edit group note</source>
        <translation type="vanished">Rediger note til gruppen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Text under the {name} heading</source>
        <translation>Tekst under overskriften {name}</translation>
    </message>
</context>
<context>
    <name>TitlesForm</name>
    <message>
        <location filename="../../os2editor/gui/views/forms/titles.py" line="+40"/>
        <source>Title and metadata</source>
        <translation>Titel og metadata</translation>
    </message>
    <message>
        <source>Edit short title</source>
        <translation type="vanished">Rediger kort titel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Short title</source>
        <translation>&amp;Kort titel</translation>
    </message>
    <message>
        <source>Edit main heading</source>
        <translation type="vanished">Rediger hovedoverskrift</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use suggestion</source>
        <translation>Brug forslag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use suggested main heading</source>
        <translation>Brug den foreslåede hovedoverskrift</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Main heading</source>
        <translation>&amp;Hovedoverskrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main heading</source>
        <translation>Hovedoverskrift</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Layout</source>
        <translation>&amp;Layout</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Parent page</source>
        <translation>&amp;Overordnet side</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Navigation order</source>
        <translation>&amp;Rækkefølge i menuen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other &amp;keys</source>
        <translation>Andre &amp;nøgler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text before the main heading</source>
        <translation>Tekst før hovedoverskriften</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Text under the main heading</source>
        <translation>Tekst under hovedoverskriften</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usually empty; shown before the first section.</source>
        <translation>Normalt tom; vises før det første afsnit.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>In the file this is not text, so it is kept as written; see Other keys.</source>
        <translation>I filen er dette ikke tekst, så det bevares, som det står; se Andre nøgler.</translation>
    </message>
</context>
<context>
    <name>ValidationPanel</name>
    <message>
        <location filename="../../os2editor/gui/views/panels/validation.py" line="+49"/>
        <source>Validation</source>
        <translation>Advarsler</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Problems found in the description</source>
        <translation>Problemer fundet i funktionsbeskrivelsen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No problems found.</source>
        <translation>Ingen problemer fundet.</translation>
    </message>
    <message>
        <source>Line {line}: {message}</source>
        <translation type="vanished">Linje {line}: {message}</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../os2editor/gui/views/window_actions.py" line="+51"/>
        <source>&amp;New</source>
        <translation>&amp;Ny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>&amp;Åbn…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;As…</source>
        <translation>Gem &amp;som…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Folder…</source>
        <translation>Åbn ma&amp;ppe…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save A&amp;ll</source>
        <translation>Ge&amp;m alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export to Word…</source>
        <translation>&amp;Eksportér til Word…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export to P&amp;DF…</source>
        <translation>Eksportér til P&amp;DF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;Udskriv…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Luk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="vanished">&amp;Indstillinger…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Klip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>K&amp;opiér</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Sæt ind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select &amp;All</source>
        <translation>Markér &amp;alt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find…</source>
        <translation>Fi&amp;nd…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find &amp;Next</source>
        <translation>Find n&amp;æste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find Pre&amp;vious</source>
        <translation>Find fo&amp;rrige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Indstillinger…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Preview</source>
        <translation>&amp;Forhåndsvisning</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Mark Long Sentences and Words</source>
        <translation>&amp;Markér lange sætninger og ord</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark the longest sentences and the long words of the part you edit.</source>
        <translation>Markér de længste sætninger og de lange ord i den del, du redigerer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next Part</source>
        <translation>&amp;Næste del</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;revious Part</source>
        <translation>Fo&amp;rrige del</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Switch Pane</source>
        <translation>&amp;Skift rude</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Validation Panel</source>
        <translation>&amp;Advarsler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Log Folder</source>
        <translation>Åbn &amp;logmappe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The log records what the editor did; attach it to a bug report.</source>
        <translation>Loggen viser, hvad editoren har gjort; vedhæft den til en fejlrapport.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User &amp;Guide</source>
        <translation>&amp;Brugervejledning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About os2editor</source>
        <translation>&amp;Om os2editor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>Å&amp;bn seneste</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Main toolbar</source>
        <translation>Værktøjslinje</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No recent files</source>
        <translation>Ingen seneste filer</translation>
    </message>
</context>
<context>
    <name>WindowFileWatch</name>
    <message>
        <source>{name} on disk</source>
        <translation type="vanished">{name} på disken</translation>
    </message>
    <message>
        <source>{name} in the editor</source>
        <translation type="vanished">{name} i programmet</translation>
    </message>
    <message>
        <source>{name} changed on disk but could not be reloaded: {reason}</source>
        <translation type="vanished">{name} er ændret på disken, men kunne ikke indlæses igen: {reason}</translation>
    </message>
    <message>
        <source>{name} changed on disk and was reloaded.</source>
        <translation type="vanished">{name} er ændret på disken og er indlæst igen.</translation>
    </message>
</context>
<context>
    <name>WindowPages</name>
    <message>
        <location filename="../../os2editor/gui/window_pages.py" line="+111"/>
        <source>{name} is open already, with unsaved changes: it is shown as it is.</source>
        <translation>{name} er allerede åben med ændringer, der ikke er gemt: den vises, som den er.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Library: {name}</source>
        <translation>Bibliotek: {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Untitled</source>
        <translation>Unavngivet</translation>
    </message>
</context>
<context>
    <name>_Counted</name>
    <message numerus="yes">
        <location filename="../../os2editor/gui/controllers/save_all.py" line="+82"/>
        <source>Saved %n description(s). A new description without a file was not saved: save it with Save As.</source>
        <translation>
            <numerusform>Gemte %n funktionsbeskrivelse. En ny funktionsbeskrivelse uden fil blev ikke gemt: gem den med Gem som.</numerusform>
            <numerusform>Gemte %n funktionsbeskrivelser. En ny funktionsbeskrivelse uden fil blev ikke gemt: gem den med Gem som.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Saved %n description(s).</source>
        <translation>
            <numerusform>Gemte %n funktionsbeskrivelse.</numerusform>
            <numerusform>Gemte %n funktionsbeskrivelser.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../os2editor/gui/app.py" line="+52"/>
        <source>Something went wrong</source>
        <translation>Noget gik galt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The editor met an unexpected problem: {error}

Your document is still open. Save it under a new name to be safe.</source>
        <translation>Programmet stødte på et uventet problem: {error}

Dit dokument er stadig åbent. Gem det under et nyt navn for en sikkerheds skyld.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Could not open everything</source>
        <translation>Ikke alt kunne åbnes</translation>
    </message>
</context>
<context>
    <name>change_html</name>
    <message>
        <location filename="../../os2editor/gui/views/panels/change_html.py" line="+53"/>
        <source>(removed: {text})</source>
        <translation>(fjernet: {text})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(added: {text})</source>
        <translation>(tilføjet: {text})</translation>
    </message>
</context>
<context>
    <name>checks</name>
    <message>
        <source>the front matter title '{title}' and the heading '{h1}' disagree</source>
        <translation type="vanished">titlen '{title}' i metadata og overskriften '{h1}' stemmer ikke overens</translation>
    </message>
    <message>
        <source>the document has no '# ' heading</source>
        <translation type="vanished">dokumentet har ingen hovedoverskrift ('# ')</translation>
    </message>
    <message>
        <source>there are no MUST tasks</source>
        <translation type="vanished">der er ingen MUST-opgaver</translation>
    </message>
    <message>
        <source>the task '{task}' appears more than once ({where})</source>
        <translation type="vanished">opgaven '{task}' forekommer mere end én gang ({where})</translation>
    </message>
    <message>
        <source>the section '{section}' is missing</source>
        <translation type="vanished">afsnittet '{section}' mangler</translation>
    </message>
    <message>
        <source>nav_order should be a number, not '{value}'</source>
        <translation type="vanished">nav_order skal være et tal, ikke '{value}'</translation>
    </message>
    <message>
        <source>the section '{section}' has a shape the form does not edit, so it is kept as markdown text</source>
        <translation type="vanished">afsnittet '{section}' har en opbygning, som formularen ikke kan redigere, så det bevares som markdown-tekst</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>Add section</source>
        <translation type="vanished">Tilføj afsnit</translation>
    </message>
    <message>
        <source>Remove section</source>
        <translation type="vanished">Fjern afsnit</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation type="vanished">Rediger tekst</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation type="vanished">Tilføj punkt</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation type="vanished">Fjern punkt</translation>
    </message>
    <message>
        <source>Move item</source>
        <translation type="vanished">Flyt punkt</translation>
    </message>
    <message>
        <source>Move section</source>
        <translation type="vanished">Flyt afsnit</translation>
    </message>
</context>
<context>
    <name>difference</name>
    <message>
        <source>Differences</source>
        <translation>Forskelle</translation>
    </message>
    <message>
        <source>The two versions say the same; they differ only in how the file is written.</source>
        <translation>De to versioner siger det samme; de er kun forskellige i, hvordan filen er skrevet.</translation>
    </message>
    <message>
        <source>Differences in “{name}”</source>
        <translation>Forskelle i »{name}«</translation>
    </message>
    <message>
        <source>The file on disk could not be read, so there is nothing to compare: {reason}</source>
        <translation>Filen på disken kunne ikke læses, så der er intet at sammenligne: {reason}</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../../os2editor/gui/views/dialogs/export.py" line="+41"/>
        <source>Purpose</source>
        <translation>Formål med stillingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Areas of responsibility</source>
        <translation>Ansvarsområder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks and priorities</source>
        <translation>Arbejdsopgaver og prioritering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collaboration</source>
        <translation>Samarbejdsrelationer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Professional qualifications</source>
        <translation>Faglige kvalifikationer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal qualifications</source>
        <translation>Personlige kvalifikationer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other conditions</source>
        <translation>Øvrige forhold</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other sections</source>
        <translation>Øvrige afsnit</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksportér</translation>
    </message>
    <message>
        <source>&amp;Word document (.docx)</source>
        <translation>&amp;Word-dokument (.docx)</translation>
    </message>
    <message>
        <source>&amp;PDF document (.pdf)</source>
        <translation>&amp;PDF-dokument (.pdf)</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Fil, der skal skrives</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Ge&amp;nnemse…</translation>
    </message>
    <message>
        <source>The standard layout</source>
        <translation>Standardlayoutet</translation>
    </message>
    <message>
        <source>Letterhead template</source>
        <translation>Brevpapir</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Vælg…</translation>
    </message>
    <message>
        <source>A PDF always has the standard layout.</source>
        <translation>En PDF har altid standardlayoutet.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Indhold</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Forfatter</translation>
    </message>
    <message>
        <source>Language of the fixed texts</source>
        <translation>Sprog i de faste tekster</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Gem som:</translation>
    </message>
    <message>
        <source>&amp;Letterhead:</source>
        <translation>&amp;Brevpapir:</translation>
    </message>
    <message>
        <source>C&amp;ontents:</source>
        <translation>&amp;Indhold:</translation>
    </message>
    <message>
        <source>O&amp;rganisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Forfatter:</translation>
    </message>
    <message>
        <source>La&amp;nguage of the fixed texts:</source>
        <translation>&amp;Sprog i de faste tekster:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Eksportér</translation>
    </message>
    <message>
        <source>The whole description</source>
        <translation>Hele beskrivelsen</translation>
    </message>
    <message>
        <source>Job advert (without tasks, collaboration and conditions)</source>
        <translation>Jobopslag (uden opgaver, samarbejdsrelationer og øvrige forhold)</translation>
    </message>
    <message>
        <source>The parts chosen below</source>
        <translation>De dele, der er valgt nedenfor</translation>
    </message>
    <message>
        <source>As the description</source>
        <translation>Som beskrivelsen</translation>
    </message>
</context>
<context>
    <name>guide</name>
    <message>
        <source>Topics</source>
        <translation>Emner</translation>
    </message>
    <message>
        <source>os2editor edits OS2 function descriptions and exports them to Word and PDF.</source>
        <translation>os2editor redigerer OS2's funktionsbeskrivelser og eksporterer dem til Word og PDF.</translation>
    </message>
    <message>
        <source>Licence: {licence}</source>
        <translation>Licens: {licence}</translation>
    </message>
    <message>
        <source>Source code: {url}</source>
        <translation>Kildekode: {url}</translation>
    </message>
</context>
<context>
    <name>interaction</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Ikke gemte ændringer</translation>
    </message>
    <message>
        <source>Function descriptions (*.md *.markdown);;All files (*)</source>
        <translation>Funktionsbeskrivelser (*.md *.markdown);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don't save them.</source>
        <translation>Dine ændringer går tabt, hvis du ikke gemmer dem.</translation>
    </message>
    <message>
        <source>Open function description</source>
        <translation>Åbn funktionsbeskrivelse</translation>
    </message>
    <message>
        <source>Save function description</source>
        <translation>Gem funktionsbeskrivelse</translation>
    </message>
    <message>
        <source>Export to Word</source>
        <translation>Eksportér til Word</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word-dokumenter (*.docx)</translation>
    </message>
    <message>
        <source>Do you want to save the changes to {name}?</source>
        <translation>Vil du gemme ændringerne i {name}?</translation>
    </message>
    <message>
        <source>The file changed on disk</source>
        <translation>Filen er ændret på disken</translation>
    </message>
    <message>
        <source>Reload their version and lose your changes, keep your version and save it over theirs, or compare the two first.</source>
        <translation>Hent versionen fra disken og mist dine ændringer, behold din version og gem den oven i den på disken, eller sammenlign de to først.</translation>
    </message>
    <message>
        <source>&amp;Reload theirs</source>
        <translation>&amp;Hent fra disken</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Behold min</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Sammenlign</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation type="vanished">Forskelle</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>Gendan arbejde, der ikke er gemt?</translation>
    </message>
    <message>
        <source>Restore it to continue where you left off, or discard it.</source>
        <translation>Gendan det for at fortsætte, hvor du slap, eller forkast det.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Gendan</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Forkast</translation>
    </message>
    <message>
        <source>The two versions have the same text.</source>
        <translation type="vanished">De to versioner har samme tekst.</translation>
    </message>
    <message>
        <source>“{name}” was changed by another program (for example a git pull) while you have unsaved changes.</source>
        <translation>»{name}« er blevet ændret af et andet program (for eksempel git pull), mens du har ændringer, der ikke er gemt.</translation>
    </message>
    <message>
        <source>Differences in “{name}”</source>
        <translation type="vanished">Forskelle i “{name}”</translation>
    </message>
    <message>
        <source>The editor was closed without saving “{name}”. Its text from {time} was kept.</source>
        <translation>Programmet blev lukket uden at gemme »{name}«. Teksten fra {time} er bevaret.</translation>
    </message>
    <message>
        <source>Save the redline (Word with tracked changes)</source>
        <translation>Gem rettelserne (Word med sporede ændringer)</translation>
    </message>
    <message>
        <source>Print function description</source>
        <translation>Udskriv funktionsbeskrivelse</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>Eksportér til PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <source>Choose a letterhead template</source>
        <translation>Vælg et brevpapir</translation>
    </message>
</context>
<context>
    <name>library_dialogs</name>
    <message>
        <source>Open folder of descriptions</source>
        <translation>Åbn en mappe med funktionsbeskrivelser</translation>
    </message>
    <message>
        <source>Export board pack</source>
        <translation>Eksportér bestyrelsespakke</translation>
    </message>
    <message>
        <source>Word documents (*.docx);;PDF documents (*.pdf)</source>
        <translation>Word-dokumenter (*.docx);;PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <source>Compare the folder with</source>
        <translation>Sammenlign mappen med</translation>
    </message>
    <message>
        <source>Choose once what every description is compared with. Each row then shows what changed since, and a description opens with its changes marked.</source>
        <translation>Vælg én gang, hvad alle funktionsbeskrivelser sammenlignes med. Hver række viser derefter, hvad der er ændret siden, og en funktionsbeskrivelse åbnes med ændringerne markeret.</translation>
    </message>
    <message>
        <source>Each description's last &amp;approval</source>
        <translation>Hver funktionsbeskrivelses seneste &amp;godkendelse</translation>
    </message>
    <message>
        <source>A git &amp;revision (a tag or a commit):</source>
        <translation>En git-&amp;version (et tag eller en commit):</translation>
    </message>
    <message>
        <source>The folder as it was &amp;on:</source>
        <translation>Mappen, som den var &amp;den:</translation>
    </message>
    <message>
        <source>for example v2025</source>
        <translation>for eksempel v2025</translation>
    </message>
    <message>
        <source>Git revision</source>
        <translation>Git-version</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Approve descriptions</source>
        <translation>Godkend funktionsbeskrivelser</translation>
    </message>
    <message>
        <source>Only last_revised, approved_by and next_revision change in each file, and the files are saved.</source>
        <translation>Kun last_revised, approved_by og next_revision ændres i hver fil, og filerne gemmes.</translation>
    </message>
    <message>
        <source>for example bestyrelsen</source>
        <translation>for eksempel bestyrelsen</translation>
    </message>
    <message>
        <source>Approved &amp;by:</source>
        <translation>Godkendt &amp;af:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>&amp;Next revision:</source>
        <translation>&amp;Næste revision:</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Godkend</translation>
    </message>
</context>
<context>
    <name>link</name>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Tekst:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
</context>
<context>
    <name>problem_place</name>
    <message>
        <location filename="../../os2editor/gui/views/panels/problem_place.py" line="+156"/>
        <location line="+11"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Text after the initiatives</source>
        <translation>Tekst efter indsatserne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text after the areas</source>
        <translation>Tekst efter områderne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text before the list</source>
        <translation>Tekst før listen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text after the list</source>
        <translation>Tekst efter listen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Introduction</source>
        <translation>Indledning</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Closing text</source>
        <translation>Afsluttende tekst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lead-in</source>
        <translation>Indledning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text under the heading</source>
        <translation>Tekst under overskriften</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text before the main heading</source>
        <translation>Tekst før hovedoverskriften</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text under the main heading</source>
        <translation>Tekst under hovedoverskriften</translation>
    </message>
    <message>
        <source>(untitled section)</source>
        <translation>(afsnit uden overskrift)</translation>
    </message>
    <message>
        <source>Main heading</source>
        <translation>Hovedoverskrift</translation>
    </message>
    <message>
        <source>Short title</source>
        <translation>Kort titel</translation>
    </message>
    <message>
        <source>Navigation order</source>
        <translation>Rækkefølge i menuen</translation>
    </message>
    <message>
        <source>Other keys</source>
        <translation>Andre felter</translation>
    </message>
    <message>
        <source>Title and metadata</source>
        <translation>Titel og metadata</translation>
    </message>
    <message>
        <source>initiative {number}</source>
        <translation>indsats {number}</translation>
    </message>
    <message>
        <source>responsibility {number}</source>
        <translation>ansvar {number}</translation>
    </message>
    <message>
        <source>item {number}</source>
        <translation>punkt {number}</translation>
    </message>
    <message>
        <source>{priority}, task {number}</source>
        <translation>{priority}, opgave {number}</translation>
    </message>
    <message>
        <source>{area}, item {number}</source>
        <translation>{area}, punkt {number}</translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message>
        <source>Unsaved work</source>
        <translation>Arbejde, der ikke er gemt</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unavngivet</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Kan ikke gendanne</translation>
    </message>
</context>
<context>
    <name>reliability</name>
    <message>
        <source>Unsaved work</source>
        <translation type="vanished">Arbejde, der ikke er gemt</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="vanished">Unavngivet</translation>
    </message>
    <message>
        <source>Cannot reload the file</source>
        <translation type="vanished">Filen kan ikke indlæses igen</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation type="vanished">Kan ikke gendanne</translation>
    </message>
    <message>
        <source>“{name}” was removed from disk. Save to write it again.</source>
        <translation type="vanished">“{name}” er slettet fra disken. Gem for at skrive den igen.</translation>
    </message>
</context>
<context>
    <name>revision_dialogs</name>
    <message>
        <source>Mark as approved</source>
        <translation>Markér som godkendt</translation>
    </message>
    <message>
        <source>Approved by (for example the board and the date of its meeting):</source>
        <translation>Godkendt af (for eksempel bestyrelsen og datoen for mødet):</translation>
    </message>
    <message>
        <source>Compare with an earlier version</source>
        <translation>Sammenlign med en tidligere version</translation>
    </message>
    <message>
        <source>&amp;Versions of this file in git:</source>
        <translation>&amp;Versioner af denne fil i git:</translation>
    </message>
    <message>
        <source>Versions of this file in git</source>
        <translation>Versioner af denne fil i git</translation>
    </message>
    <message>
        <source>{date} · {author} · {subject}</source>
        <translation type="vanished">{date} · {author} · {subject}</translation>
    </message>
    <message>
        <source>{date} by {author}</source>
        <translation>{date} af {author}</translation>
    </message>
    <message>
        <source>Commit {sha}</source>
        <translation>Commit {sha}</translation>
    </message>
</context>
<context>
    <name>save_all</name>
    <message>
        <source>{failed} could not be saved and was left as it was: {reason}

No file was saved; the changes are still open.</source>
        <translation>{failed} kunne ikke gemmes og blev ladt, som den var: {reason}

Ingen fil blev gemt; ændringerne er stadig åbne.</translation>
    </message>
    <message>
        <source>Not every file was saved</source>
        <translation>Ikke alle filer blev gemt</translation>
    </message>
    <message>
        <source>Nothing was saved</source>
        <translation>Intet blev gemt</translation>
    </message>
    <message>
        <source>{failed} could not be saved and was left as it was: {reason}

Saved before it: {written}.

The other files were not saved; their changes are still open.</source>
        <translation>{failed} kunne ikke gemmes og blev ladt, som den var: {reason}

Gemt før den: {written}.

De andre filer blev ikke gemt; deres ændringer er stadig åbne.</translation>
    </message>
    <message>
        <source>Nothing was saved: {name} changed on disk. Settle that first, then save all again.</source>
        <translation>Intet blev gemt: {name} er ændret på disken. Afklar det først, og gem så alle igen.</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <source>Edit</source>
        <translation>Rediger</translation>
    </message>
    <message>
        <source>Edit front matter</source>
        <translation>Rediger metadata</translation>
    </message>
    <message>
        <source>Move item</source>
        <translation>Flyt punkt</translation>
    </message>
    <message>
        <source>Edit heading</source>
        <translation>Rediger overskrift</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Rediger tekst</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>Tilføj afsnit</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Tilføj punkt</translation>
    </message>
    <message>
        <source>Remove section</source>
        <translation>Fjern afsnit</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Fjern punkt</translation>
    </message>
    <message>
        <source>Move section</source>
        <translation>Flyt afsnit</translation>
    </message>
    <message>
        <source>Move task</source>
        <translation>Flyt opgave</translation>
    </message>
    <message>
        <source>Add items</source>
        <translation>Tilføj punkter</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Something went wrong</source>
        <translation type="vanished">Noget gik galt</translation>
    </message>
    <message>
        <source>The editor met an unexpected problem: {error}

Your document is still open. Save it under a new name to be safe.</source>
        <translation type="vanished">Programmet stødte på et uventet problem: {error}

Dit dokument er stadig åbent. Gem det under et nyt navn for en sikkerheds skyld.</translation>
    </message>
    <message>
        <source>Could not open everything</source>
        <translation type="vanished">Ikke alt kunne åbnes</translation>
    </message>
</context>
</TS>
