"""The user guide in English (F1). Kept as HTML beside the Danish one: a guide is written, not
translated string by string."""

from __future__ import annotations

TITLE = "os2editor user guide"

TOPICS = (
    ("open", "Open and start"),
    ("edit", "Edit a description"),
    ("priorities", "Tasks and priorities"),
    ("export", "Word, PDF and print"),
    ("revision", "The yearly revision"),
    ("library", "All the roles in a folder"),
    ("keys", "Keys"),
)

BODY = """
<h2><a name="open"></a>Open and start</h2>
<p>os2editor edits OS2's <i>function descriptions</i>: the role descriptions of the OS2 handbook,
kept as text files (markdown) in git. You fill in forms; the file is saved with only the lines
you changed, so the change is easy to review in git.</p>
<ul>
<li><b>File &gt; Open…</b> (Ctrl+O) opens a description (a <code>.md</code> file). You can also
drop a file on the window. <b>File &gt; Open Recent</b> lists the last ten.</li>
<li><b>File &gt; New</b> (Ctrl+N) starts a new description under the standard headings. The grey
hints in empty fields say what to write; they are never saved.</li>
<li><b>File &gt; Save</b> (Ctrl+S) writes the file. An unedited file is written back exactly as it
was, byte for byte.</li>
<li>Your work is saved in the background every few seconds. If the editor or the computer
stops, the editor offers your unsaved text the next time it starts.</li>
<li>If another program changes the file (a <code>git pull</code>, say), the editor reloads it, or
asks you first when you have unsaved changes. <b>Compare</b> shows the differences.</li>
</ul>

<h2><a name="edit"></a>Edit a description</h2>
<p>The list on the left holds the parts of the description: the title, the purpose, the areas of
responsibility, the tasks, the qualifications and the other conditions. Choose a part to see its
form in the middle; the preview on the right shows the page as it will be published (F9 shows or
hides it).</p>
<ul>
<li>Every list works the same way: F2 or a double click edits a line, Enter adds the next one,
Delete removes it, Alt+Up and Alt+Down move it.</li>
<li><b>Edit &gt; Undo</b> (Ctrl+Z) and <b>Redo</b> (Ctrl+Y or Ctrl+Shift+Z, as your system has
it) undo and redo every change, in every part.</li>
<li><b>Edit &gt; Find…</b> (Ctrl+F) finds text in every part. F3 goes to the next match,
Shift+F3 to the previous one; each match is selected in its field.</li>
<li>The status bar shows the warnings (click them to open the Validation panel; a click on a
warning goes to its field) and the readability: LIX for the whole description and for the part
you edit, green while it is within your target (set it in <b>Preferences</b>).
<b>View &gt; Mark Long Sentences and Words</b> marks what makes the part hard to read.</li>
</ul>

<h2><a name="priorities"></a>Tasks and priorities</h2>
<p>The tasks are prioritised with the MoSCoW method: <b>MUST</b> (must be done), <b>SHOULD</b>
(should be done when there is time), <b>COULD</b> (could be done) and <b>WON'T</b> (not now).
The tasks part shows them as columns on a board.</p>
<ul>
<li>Drag a task to another column, or use Alt+Left and Alt+Right, to change its priority. It is
one step to undo.</li>
<li>The column headers count the tasks and show each priority's share.</li>
<li>The warnings say when MUST holds more than 60% of the tasks, when COULD is empty (a few Coulds
leave room when time is short), and when the same task stands under two priorities.</li>
</ul>

<h2><a name="export"></a>Word, PDF and print</h2>
<ul>
<li><b>File &gt; Export to Word…</b> (Ctrl+E) and <b>Export to PDF…</b> open the export dialog:
the format, where to save, a letterhead (a Word file with your logo and styles), the parts to
include, the organisation and the author. Choose <b>Job advert</b> to leave out the tasks, the
collaborations and the other conditions. Your choices are remembered.</li>
<li>The PDF is A4, with bookmarks and page numbers, for archiving and for reading on a
tablet.</li>
<li><b>File &gt; Print…</b> (Ctrl+P) prints the same pages as the PDF.</li>
</ul>

<h2><a name="revision"></a>The yearly revision</h2>
<p>Once a year the description is revised with the board. The <b>Revision</b> menu compares the
description with the approved version:</p>
<ul>
<li><b>Compare with file…</b> or <b>Compare with earlier version in git…</b> opens the Changes
panel. Each change is said in words (&ldquo;Task moved from SHOULD to MUST&rdquo;); removed words
are struck through in red and added words underlined in green. A click goes to the field. The
changed parts carry a small dot in the list of parts.</li>
<li><b>Export Word redline…</b> writes the description with the changes as Word's tracked
changes, signed with your name (set it in <b>Edit &gt; Preferences</b>).</li>
<li><b>Mark as approved…</b> records who approved it and when, and the date of the next
revision.</li>
</ul>

<h2><a name="library"></a>All the roles in a folder</h2>
<p>The OS2 handbook keeps every role's description in one folder of a git repository. Working on
the whole folder, you can see the status of every role, find and replace a text in all of them,
mark several as approved in one step, and write the board pack with every change of the year.
The same is at hand on the command line: <code>os2editor status</code>,
<code>os2editor replace</code>, <code>os2editor approve</code> and
<code>os2editor pack</code>; <code>os2editor check</code> reads a whole folder too.</p>

<h2><a name="keys"></a>Keys</h2>
<table cellspacing="0" cellpadding="3">
<tr><td>Ctrl+PgDown, Ctrl+PgUp</td><td>next and previous part</td></tr>
<tr><td>F6</td><td>between the list of parts and the form</td></tr>
<tr><td>F2, Enter, Delete</td><td>edit, add and remove a line in a list</td></tr>
<tr><td>Alt+Up, Alt+Down</td><td>move a line; Alt+Left, Alt+Right move a task between
priorities</td></tr>
<tr><td>Ctrl+F, F3, Shift+F3</td><td>find, next and previous match</td></tr>
<tr><td>Ctrl+E, Ctrl+P</td><td>export to Word, print</td></tr>
<tr><td>F9</td><td>show or hide the preview</td></tr>
<tr><td>F1</td><td>this guide</td></tr>
</table>
"""
