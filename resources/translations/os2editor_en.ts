<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>checks</source>
        <comment>the section &apos;{section}&apos; has a shape the form does not edit, so it is kept as markdown text</comment>
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
            <numerusform>Mark %n description as approved: {titles}</numerusform>
            <numerusform>Mark %n descriptions as approved: {titles}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommitQuestion</name>
    <message numerus="yes">
        <location line="+75"/>
        <source>Commit the %n approved file(s) to git with the message “{message}”?</source>
        <translation>
            <numerusform>Commit the %n approved file to git with the message “{message}”?</numerusform>
            <numerusform>Commit the %n approved files to git with the message “{message}”?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DifferenceDialog</name>
    <message numerus="yes">
        <location filename="../../os2editor/gui/views/dialogs/difference.py" line="+41"/>
        <source>Your version differs from the file on disk in %n places. Struck through in red: only on disk; in green: only in your version.</source>
        <translation>
            <numerusform>Your version differs from the file on disk in %n place. Struck through in red: only on disk; in green: only in your version.</numerusform>
            <numerusform>Your version differs from the file on disk in %n places. Struck through in red: only on disk; in green: only in your version.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditorStatusBar</name>
    <message numerus="yes">
        <location filename="../../os2editor/gui/views/status_bar.py" line="+53"/>
        <source>%n warnings</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ElementDelegate</name>
    <message numerus="yes">
        <source>+ %n sub-items, kept as they are</source>
        <translation type="vanished">
            <numerusform>+ %n sub-item, kept as it is</numerusform>
            <numerusform>+ %n sub-items, kept as they are</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../os2editor/gui/views/widgets/list_items.py" line="+229"/>
        <source>+ %n sub-items</source>
        <translation>
            <numerusform>+ %n sub-item</numerusform>
            <numerusform>+ %n sub-items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message numerus="yes">
        <location filename="../../os2editor/gui/controllers/file_actions.py" line="+290"/>
        <source>Sent %n pages to the printer.</source>
        <translation>
            <numerusform>Sent %n page to the printer.</numerusform>
            <numerusform>Sent %n pages to the printer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message numerus="yes">
        <location filename="../../os2editor/gui/views/panels/find.py" line="+94"/>
        <source>%n matches</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindReplacePanel</name>
    <message numerus="yes">
        <location filename="../../os2editor/gui/views/library/find_replace.py" line="+208"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>in %n file(s);</source>
        <translation>
            <numerusform>in %n file;</numerusform>
            <numerusform>in %n files;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message numerus="yes">
        <source>Replaced %n match(es)</source>
        <translation type="vanished">
            <numerusform>Replaced %n match</numerusform>
            <numerusform>Replaced %n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n file(s).</source>
        <translation type="vanished">
            <numerusform>in %n file.</numerusform>
            <numerusform>in %n files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve %n description(s)</source>
        <translation type="vanished">
            <numerusform>Approve %n description</numerusform>
            <numerusform>Approve %n descriptions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message numerus="yes">
        <source>%n added</source>
        <translation type="vanished">
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation type="vanished">
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edited</source>
        <translation type="vanished">
            <numerusform>%n edited</numerusform>
            <numerusform>%n edited</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation type="vanished">
            <numerusform>%n moved</numerusform>
            <numerusform>%n moved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../os2editor/gui/views/library/table.py" line="+216"/>
        <source>%n task(s) added</source>
        <translation>
            <numerusform>%n task added</numerusform>
            <numerusform>%n tasks added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n task(s) removed</source>
        <translation>
            <numerusform>%n task removed</numerusform>
            <numerusform>%n tasks removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n task(s) edited</source>
        <translation>
            <numerusform>%n task edited</numerusform>
            <numerusform>%n tasks edited</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n task(s) moved</source>
        <translation>
            <numerusform>%n task moved</numerusform>
            <numerusform>%n tasks moved</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message numerus="yes">
        <location filename="../../os2editor/gui/views/library/view.py" line="+262"/>
        <source>%n description(s)</source>
        <translation>
            <numerusform>%n description</numerusform>
            <numerusform>%n descriptions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n is due for revision</source>
        <translation>
            <numerusform>%n is due for revision</numerusform>
            <numerusform>%n are due for revision</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n has warnings</source>
        <translation>
            <numerusform>%n has warnings</numerusform>
            <numerusform>%n have warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due for revision</source>
        <translation type="vanished">
            <numerusform>%n due for revision</numerusform>
            <numerusform>%n due for revision</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with warnings</source>
        <translation type="vanished">
            <numerusform>%n with warnings</numerusform>
            <numerusform>%n with warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n description(s) have unsaved changes.</source>
        <translation>
            <numerusform>%n description has unsaved changes.</numerusform>
            <numerusform>%n descriptions have unsaved changes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryWork</name>
    <message numerus="yes">
        <location filename="../../os2editor/gui/controllers/library_work.py" line="+112"/>
        <source>Replaced %n match(es)</source>
        <translation>
            <numerusform>Replaced %n match</numerusform>
            <numerusform>Replaced %n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %n file(s).</source>
        <translation>
            <numerusform>in %n file.</numerusform>
            <numerusform>in %n files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Approve %n description(s)</source>
        <translation>
            <numerusform>Approve %n description</numerusform>
            <numerusform>Approve %n descriptions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NavigationPane</name>
    <message numerus="yes">
        <location filename="../../os2editor/gui/views/navigation.py" line="+216"/>
        <source>{name}, %n items</source>
        <translation>
            <numerusform>{name}, %n item</numerusform>
            <numerusform>{name}, %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RevisionPanel</name>
    <message numerus="yes">
        <location filename="../../os2editor/gui/views/panels/revision.py" line="+96"/>
        <source>Compared with {baseline}: %n changes.</source>
        <translation>
            <numerusform>Compared with {baseline}: %n change.</numerusform>
            <numerusform>Compared with {baseline}: %n changes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Counted</name>
    <message numerus="yes">
        <location filename="../../os2editor/gui/controllers/save_all.py" line="+82"/>
        <source>Saved %n description(s). A new description without a file was not saved: save it with Save As.</source>
        <translation>
            <numerusform>Saved %n description. A new description without a file was not saved: save it with Save As.</numerusform>
            <numerusform>Saved %n descriptions. A new description without a file was not saved: save it with Save As.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Saved %n description(s).</source>
        <translation>
            <numerusform>Saved %n description.</numerusform>
            <numerusform>Saved %n descriptions.</numerusform>
        </translation>
    </message>
</context>
</TS>
