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
    <name>EditorStatusBar</name>
    <message numerus="yes">
        <location filename="../../os2editor/gui/views/status_bar.py" line="+38"/>
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
        <location filename="../../os2editor/gui/views/widgets/list_items.py" line="+189"/>
        <source>+ %n sub-items</source>
        <translation>
            <numerusform>+ %n sub-item</numerusform>
            <numerusform>+ %n sub-items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindReplacePanel</name>
    <message numerus="yes">
        <location filename="../../os2editor/gui/views/library/find_replace.py" line="+202"/>
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
        <location filename="../../os2editor/gui/controllers/library.py" line="+463"/>
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
        <location line="+26"/>
        <source>Approve %n description(s)</source>
        <translation>
            <numerusform>Approve %n description</numerusform>
            <numerusform>Approve %n descriptions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message numerus="yes">
        <location filename="../../os2editor/gui/views/library/table.py" line="+213"/>
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n edited</source>
        <translation>
            <numerusform>%n edited</numerusform>
            <numerusform>%n edited</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n moved</source>
        <translation>
            <numerusform>%n moved</numerusform>
            <numerusform>%n moved</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message numerus="yes">
        <location filename="../../os2editor/gui/views/library/view.py" line="+255"/>
        <source>%n description(s)</source>
        <translation>
            <numerusform>%n description</numerusform>
            <numerusform>%n descriptions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n due for revision</source>
        <translation>
            <numerusform>%n due for revision</numerusform>
            <numerusform>%n due for revision</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n with warnings</source>
        <translation>
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
    <name>NavigationPane</name>
    <message numerus="yes">
        <location filename="../../os2editor/gui/views/navigation.py" line="+212"/>
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
        <location filename="../../os2editor/gui/views/panels/revision.py" line="+54"/>
        <source>Compared with {baseline}: %n changes.</source>
        <translation>
            <numerusform>Compared with {baseline}: %n change.</numerusform>
            <numerusform>Compared with {baseline}: %n changes.</numerusform>
        </translation>
    </message>
</context>
</TS>
