"""Every message the core gives a person: a code, its arguments, and the English wording.

The core never speaks to the user itself. The CLI prints :attr:`Message.text` (English); the
window translates the same English text (``os2editor.gui.texts``) and fills in the same
placeholders, so an error reads Danish under a Danish dialog title. Arguments are plain
strings: file names, numbers, and the operating system's or a parser's own wording.
"""

from __future__ import annotations

from dataclasses import dataclass, field


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation under ``context`` and return it unchanged.

    The core imports no Qt; Qt's lupdate finds this call by its name, as it finds Qt's own
    ``QT_TRANSLATE_NOOP``, so each message is written once, here, and the window translates
    it with ``QCoreApplication.translate(context, text)``.
    """
    return text


MESSAGES: dict[str, str] = {
    # Reading a description.
    "read-folder": QT_TRANSLATE_NOOP(
        "Message",
        "this is a folder, not a function description file",
    ),
    "read-missing": QT_TRANSLATE_NOOP("Message", "there is no such file"),
    "read-too-large": QT_TRANSLATE_NOOP(
        "Message",
        "the file is {size} KB; a function description is at most {limit} KB",
    ),
    "read-not-regular": QT_TRANSLATE_NOOP(
        "Message",
        "this is a device, pipe or socket, not a function description file",
    ),
    "read-too-many-lines": QT_TRANSLATE_NOOP(
        "Message",
        "the file has {count} lines; a function description has at most {limit}",
    ),
    "read-too-many-headings": QT_TRANSLATE_NOOP(
        "Message",
        "the file has {count} headings; a function description has at most {limit}",
    ),
    "read-too-many-items": QT_TRANSLATE_NOOP(
        "Message",
        "the file has {count} list items; a function description has at most {limit}",
    ),
    "read-too-many-cells": QT_TRANSLATE_NOOP(
        "Message",
        "the tables in the file have {count} cells; a function description has at most {limit}",
    ),
    "read-run-too-long": QT_TRANSLATE_NOOP(
        "Message",
        "{count} characters follow here without a blank line, heading or bullet; a function "
        "description has at most {limit} in one paragraph",
    ),
    "read-permission": QT_TRANSLATE_NOOP("Message", "you do not have permission to read this file"),
    "read-failed": QT_TRANSLATE_NOOP("Message", "the file cannot be read ({reason})"),
    "read-binary": QT_TRANSLATE_NOOP("Message", "this is a binary file, not a markdown text file"),
    "read-not-utf8": QT_TRANSLATE_NOOP(
        "Message",
        "the file is not valid UTF-8 text (byte offset {offset}, byte 0x{byte})",
    ),
    "read-too-deep": QT_TRANSLATE_NOOP("Message", "the text is nested too deeply to read"),
    "yaml-tag": QT_TRANSLATE_NOOP(
        "Message",
        "the front matter uses the YAML tag {tag}, which is not allowed",
    ),
    "yaml-too-much": QT_TRANSLATE_NOOP(
        "Message",
        "the front matter expands to too much data (an alias bomb?)",
    ),
    "yaml-too-deep": QT_TRANSLATE_NOOP("Message", "the front matter is nested too deeply"),
    "yaml-too-large": QT_TRANSLATE_NOOP(
        "Message",
        "the front matter is {size} KB; a function description has at most {limit} KB of it",
    ),
    "yaml-directive": QT_TRANSLATE_NOOP(
        "Message",
        "the front matter holds the YAML directive {directive}, which Jekyll cannot read there",
    ),
    "yaml-invalid": QT_TRANSLATE_NOOP("Message", "the front matter is not valid YAML: {problem}"),
    "yaml-not-mapping": QT_TRANSLATE_NOOP(
        "Message",
        "the front matter must be a list of “key: value” lines",
    ),
    # Saving and exporting.
    "save-folder": QT_TRANSLATE_NOOP(
        "Message",
        "Cannot save {path}: that path is a folder, not a file.",
    ),
    "save-changed": QT_TRANSLATE_NOOP(
        "Message",
        "Cannot save {path}: the file was changed by another program since it was opened or last "
        "saved. Reload it or save under another name.",
    ),
    "save-read-only-file": QT_TRANSLATE_NOOP(
        "Message",
        "Cannot save {path}: permission denied. The file is read-only for you.",
    ),
    "save-permission": QT_TRANSLATE_NOOP(
        "Message",
        "Cannot save {path}: permission denied. You may not write to this file or its folder.",
    ),
    "save-no-folder": QT_TRANSLATE_NOOP(
        "Message",
        "Cannot save {path}: the folder {folder} does not exist.",
    ),
    "save-not-a-folder": QT_TRANSLATE_NOOP(
        "Message",
        "Cannot save {path}: part of the path is a file, not a folder.",
    ),
    "save-disk-full": QT_TRANSLATE_NOOP(
        "Message",
        "Cannot save {path}: the disk is full. Free some space and save again.",
    ),
    "save-read-only-disk": QT_TRANSLATE_NOOP(
        "Message",
        "Cannot save {path}: the disk or folder is read-only.",
    ),
    "save-name-too-long": QT_TRANSLATE_NOOP(
        "Message",
        "Cannot save {path}: the file name is too long.",
    ),
    "save-failed": QT_TRANSLATE_NOOP("Message", "Cannot save {path}: {reason}."),
    "save-not-text": QT_TRANSLATE_NOOP(
        "Message",
        "Cannot save {path}: the front matter's {key} is not text ({value}), so the {key} set "
        "in the form cannot replace it. Change it under Other keys, or in the file.",
    ),
    "save-unreadable": QT_TRANSLATE_NOOP(
        "Message",
        "Cannot save {path}: the editor could not open it again ({reason}). Nothing was written.",
    ),
    "save-not-regular": QT_TRANSLATE_NOOP(
        "Message",
        "Cannot save {path}: it is a device, pipe or socket, not a file.",
    ),
    "save-no-reader": QT_TRANSLATE_NOOP(
        "Message",
        "Cannot write to the pipe {path}: no program is reading from it.",
    ),
    "output-is-input": QT_TRANSLATE_NOOP(
        "Message",
        "Refusing to write {path}: it is the input file {source}. Choose another output name.",
    ),
    "output-is-description": QT_TRANSLATE_NOOP(
        "Message",
        "Refusing to write a document to {path}: the .md extension is for function descriptions. "
        "Choose a name ending in .docx or .pdf.",
    ),
    "export-stream": QT_TRANSLATE_NOOP("Message", "The document cannot be written: {reason}."),
    "pdf-qt-missing": QT_TRANSLATE_NOOP(
        "Message",
        "A PDF cannot be made: Qt's graphics library could not be loaded ({reason}).",
    ),
    "pdf-no-fonts": QT_TRANSLATE_NOOP(
        "Message",
        "A PDF cannot be made: no fonts are installed on this computer. Install a font package "
        "(on Debian or Ubuntu, fonts-dejavu-core) and try again.",
    ),
    "template-unreadable": QT_TRANSLATE_NOOP(
        "Message",
        "The template {path} cannot be read: {reason}.",
    ),
    "template-folder": QT_TRANSLATE_NOOP(
        "Message",
        "The template {path} is a folder, not a Word document (.docx).",
    ),
    "template-not-docx": QT_TRANSLATE_NOOP(
        "Message",
        "The template {path} is not a Word document (.docx).",
    ),
    "template-no-style": QT_TRANSLATE_NOOP(
        "Message",
        "The template has no style “{style}”; using direct formatting instead.",
    ),
    "template-special": QT_TRANSLATE_NOOP(
        "Message",
        "The template {path} is a device, pipe or socket, not a Word document (.docx).",
    ),
    "template-too-large": QT_TRANSLATE_NOOP(
        "Message",
        "The template {path} is {size} MB; a template is at most {limit} MB.",
    ),
    "template-bomb": QT_TRANSLATE_NOOP(
        "Message",
        "The template {path} would unpack to far more data than a letterhead holds (a damaged "
        "or hostile file), so it was not used.",
    ),
    "template-macros": QT_TRANSLATE_NOOP(
        "Message",
        "The template {path} contains macros (a .docm or .dotm file). os2editor does not use "
        "templates with macros: save it in Word as a .docx or .dotx without them.",
    ),
    "omit-absent": QT_TRANSLATE_NOOP(
        "Message",
        "The description has no part “{part}”, so there was nothing to leave out.",
    ),
    "export-front-matter-only": QT_TRANSLATE_NOOP(
        "Message",
        "All the text of this description is in its front matter, which an exported document "
        "(Word or PDF) does not show: the document holds only the title.",
    ),
    "picture-remote": QT_TRANSLATE_NOOP(
        "Message",
        "The picture {image} is on the web and was not fetched; its description is shown "
        "instead.",
    ),
    "picture-missing": QT_TRANSLATE_NOOP(
        "Message",
        "The picture {image} was not found; its description is shown instead.",
    ),
    "picture-unusable": QT_TRANSLATE_NOOP(
        "Message",
        "The picture {image} is not a PNG, JPEG, GIF, BMP or TIFF file of at most {limit} MB; "
        "its description is shown instead.",
    ),
    "settings-no-folder": QT_TRANSLATE_NOOP(
        "Message",
        "Cannot save the settings: the folder {folder} cannot be created ({reason}).",
    ),
    "autosave-no-folder": QT_TRANSLATE_NOOP(
        "Message",
        "Cannot write the automatic backup: the folder {folder} cannot be created ({reason}).",
    ),
    # Settings and automatic backups found damaged at start-up.
    "settings-unreadable": QT_TRANSLATE_NOOP(
        "Message",
        "Your settings in {path} could not be read ({reason}). The default settings are used for "
        "now.",
    ),
    "settings-damaged-kept": QT_TRANSLATE_NOOP(
        "Message",
        "Your settings in {path} were damaged and could not be moved aside. The default settings "
        "are used for now.",
    ),
    "settings-damaged": QT_TRANSLATE_NOOP(
        "Message",
        "Your settings were damaged and have been moved to {aside}. The default settings are used"
        " instead.",
    ),
    "autosave-damaged-kept": QT_TRANSLATE_NOOP(
        "Message",
        "An automatic backup ({path}) is damaged and could not be moved aside; it was skipped.",
    ),
    "autosave-damaged": QT_TRANSLATE_NOOP(
        "Message",
        "An automatic backup was damaged and could not be restored; it has been moved to {aside}.",
    ),
    # Edits.
    "edit-too-long": QT_TRANSLATE_NOOP(
        "Message",
        "The text is too long for one field ({size} characters; at most {limit}).",
    ),
    "edit-over-limits": QT_TRANSLATE_NOOP(
        "Message",
        "The change was not made: the description could not be opened again ({reason}).",
    ),
    "edit-no-place": QT_TRANSLATE_NOOP(
        "Message",
        "There is no place {index} in a list of {size}.",
    ),
    "edit-wrong-node": QT_TRANSLATE_NOOP("Message", "{field} is not a field of a {node}."),
    "model-invalid": QT_TRANSLATE_NOOP(
        "Message",
        "The document holds a value of the wrong type at {where}: {problem}.",
    ),
    # The bands of readability (LIX), named as Danish guidance names them.
    "lix-very-easy": QT_TRANSLATE_NOOP("Message", "very easy"),
    "lix-easy": QT_TRANSLATE_NOOP("Message", "easy"),
    "lix-medium": QT_TRANSLATE_NOOP("Message", "medium"),
    "lix-hard": QT_TRANSLATE_NOOP("Message", "hard"),
    "lix-very-hard": QT_TRANSLATE_NOOP("Message", "very hard"),
    # The git baseline for a revision.
    "git-needs-commit": QT_TRANSLATE_NOOP(
        "Message",
        "git: needs a commit, e.g. git:HEAD~1 or git:3de0c66.",
    ),
    "git-not-commit": QT_TRANSLATE_NOOP("Message", "{sha} is not a commit name."),
    "git-no-commit": QT_TRANSLATE_NOOP(
        "Message",
        "There is no commit {sha} in the repository of {name}.",
    ),
    "git-file-missing": QT_TRANSLATE_NOOP("Message", "{name} did not exist in commit {sha}."),
    "git-no-folder": QT_TRANSLATE_NOOP("Message", "The folder of {path} does not exist."),
    "git-missing": QT_TRANSLATE_NOOP(
        "Message",
        "git is not installed (or not on PATH), so there is no history to compare with. Compare "
        "with a file instead.",
    ),
    "git-timeout": QT_TRANSLATE_NOOP("Message", "git did not answer within {seconds} seconds."),
    "git-not-started": QT_TRANSLATE_NOOP("Message", "git could not be started: {reason}."),
    "git-not-repository": QT_TRANSLATE_NOOP("Message", "{path} is not in a git repository."),
    "git-failed": QT_TRANSLATE_NOOP("Message", "git failed: {reason}"),
    # A folder of descriptions (the library), its round and its git history.
    "library-no-folder": QT_TRANSLATE_NOOP("Message", "{path} is not a folder."),
    "library-too-large": QT_TRANSLATE_NOOP(
        "Message",
        "{path} holds more than {limit} files and folders; choose the folder of the "
        "descriptions.",
    ),
    "library-unreadable": QT_TRANSLATE_NOOP(
        "Message",
        "The folder {path} cannot be read ({reason}).",
    ),
    "fact-not-date": QT_TRANSLATE_NOOP(
        "Message",
        "{key} should be a date written YYYY-MM-DD, not “{value}”",
    ),
    "fact-not-name": QT_TRANSLATE_NOOP("Message", "{key} should be a name, not “{value}”"),
    "nav-order-taken": QT_TRANSLATE_NOOP(
        "Message",
        "nav_order {value} is also the place of {others} under the same parent",
    ),
    "parent-unknown": QT_TRANSLATE_NOOP(
        "Message",
        "the parent “{parent}” is the title of no page in the folder",
    ),
    "collaboration-unknown-role": QT_TRANSLATE_NOOP(
        "Message",
        "“{role}” is named as a collaborator, but the folder has no description of that role",
    ),
    "git-no-revision": QT_TRANSLATE_NOOP(
        "Message",
        "There is no revision “{revision}” in the git repository of {folder}.",
    ),
    "git-no-commit-before": QT_TRANSLATE_NOOP(
        "Message",
        "The git repository of {folder} has no commit from before {day}.",
    ),
    "commit-no-files": QT_TRANSLATE_NOOP("Message", "There are no files to commit."),
    "commit-outside": QT_TRANSLATE_NOOP(
        "Message",
        "{path} is not in the git work tree {root}, so it cannot be committed there.",
    ),
    "save-stopped": QT_TRANSLATE_NOOP(
        "Message",
        "Stopped at {path}, which was left as it was: {reason} Written before it: {written}.",
    ),
    "save-stopped-none": QT_TRANSLATE_NOOP(
        "Message",
        "Stopped at {path} before any file was written: {reason}",
    ),
    "replace-empty": QT_TRANSLATE_NOOP("Message", "There is nothing to find: the text is empty."),
    "replace-stale": QT_TRANSLATE_NOOP(
        "Message",
        "{path} changed after the search; search again before replacing.",
    ),
    "approve-no-name": QT_TRANSLATE_NOOP("Message", "Say who approved: the name is empty."),
    "approve-next-early": QT_TRANSLATE_NOOP(
        "Message",
        "The next revision ({next}) must come after the approval ({day}).",
    ),
}


@dataclass(frozen=True)
class Message:
    """One message: its code in :data:`MESSAGES` and the values of its placeholders."""

    code: str
    args: dict[str, str] = field(default_factory=dict)

    def __hash__(self) -> int:  # the args dict would make the generated hash fail
        return hash((self.code, tuple(sorted(self.args.items()))))

    @classmethod
    def of(cls, code: str, **args: object) -> Message:
        return cls(code, {name: str(value) for name, value in args.items()})

    @property
    def text(self) -> str:
        """The message in English (the CLI's language)."""
        template = MESSAGES.get(self.code)
        if template is None:  # a code missing from the table must still say something
            return " ".join([self.code, *self.args.values()])
        return template.format(**self.args)
