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
        <location filename="../../os2editor/gui/views/widgets/list_items.py" line="+194"/>
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
        <location filename="../../os2editor/gui/controllers/file_actions.py" line="+297"/>
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
        <location filename="../../os2editor/gui/views/panels/revision.py" line="+94"/>
        <source>Compared with {baseline}: %n changes.</source>
        <translation>
            <numerusform>Compared with {baseline}: %n change.</numerusform>
            <numerusform>Compared with {baseline}: %n changes.</numerusform>
        </translation>
    </message>
</context>
</TS>
