"""The core's messages and warnings in the interface language.

The core gives every message a code and arguments (``os2editor.messages``, and
``os2editor.checks`` for warnings) with English wording for the CLI. Here each code has its
own literal ``translate()`` call, so lupdate finds it, with the same placeholders; the core's
English is the fallback for a code not known here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from os2editor.checks import Problem
from os2editor.errors import Os2EditorError, ReadError
from os2editor.messages import Message

translate = QCoreApplication.translate


def _message_templates() -> dict[str, str]:
    return {
        "read-folder": translate("Message", "this is a folder, not a function description file"),
        "read-missing": translate("Message", "there is no such file"),
        "read-too-large": translate(
            "Message",
            "the file is {size} MB; a function description is at most {limit} MB",
        ),
        "read-permission": translate("Message", "you do not have permission to read this file"),
        "read-failed": translate("Message", "the file cannot be read ({reason})"),
        "read-binary": translate("Message", "this is a binary file, not a markdown text file"),
        "read-not-utf8": translate(
            "Message",
            "the file is not valid UTF-8 text (byte offset {offset}, byte 0x{byte})",
        ),
        "read-too-deep": translate("Message", "the text is nested too deeply to read"),
        "yaml-tag": translate(
            "Message",
            "the front matter uses the YAML tag {tag}, which is not allowed",
        ),
        "yaml-too-much": translate(
            "Message",
            "the front matter expands to too much data (an alias bomb?)",
        ),
        "yaml-too-deep": translate("Message", "the front matter is nested too deeply"),
        "yaml-invalid": translate("Message", "the front matter is not valid YAML: {problem}"),
        "yaml-not-mapping": translate(
            "Message",
            "the front matter must be a list of 'key: value' lines",
        ),
        "save-folder": translate(
            "Message",
            "Cannot save {path}: that path is a folder, not a file.",
        ),
        "save-changed": translate(
            "Message",
            "Cannot save {path}: the file was changed by another program since it was opened or "
            "last saved. Reload it or save under another name.",
        ),
        "save-read-only-file": translate(
            "Message",
            "Cannot save {path}: permission denied. The file is read-only for you.",
        ),
        "save-permission": translate(
            "Message",
            "Cannot save {path}: permission denied. You may not write to this file or its folder.",
        ),
        "save-no-folder": translate(
            "Message",
            "Cannot save {path}: the folder {folder} does not exist.",
        ),
        "save-not-a-folder": translate(
            "Message",
            "Cannot save {path}: part of the path is a file, not a folder.",
        ),
        "save-disk-full": translate(
            "Message",
            "Cannot save {path}: the disk is full. Free some space and save again.",
        ),
        "save-read-only-disk": translate(
            "Message",
            "Cannot save {path}: the disk or folder is read-only.",
        ),
        "save-name-too-long": translate(
            "Message",
            "Cannot save {path}: the file name is too long.",
        ),
        "save-failed": translate("Message", "Cannot save {path}: {reason}."),
        "save-not-regular": translate(
            "Message",
            "Cannot save {path}: it is a device, pipe or socket, not a file.",
        ),
        "save-no-reader": translate(
            "Message",
            "Cannot write to the pipe {path}: no program is reading from it.",
        ),
        "output-is-input": translate(
            "Message",
            "Refusing to write {path}: it is the input file {source}. Choose another output name.",
        ),
        "output-is-description": translate(
            "Message",
            "Refusing to write a document to {path}: the .md extension is for function "
            "descriptions. Choose a name ending in .docx.",
        ),
        "export-stream": translate("Message", "The document cannot be written: {reason}."),
        "template-unreadable": translate(
            "Message",
            "The template {path} cannot be read: {reason}.",
        ),
        "template-folder": translate(
            "Message",
            "The template {path} is a folder, not a Word document (.docx).",
        ),
        "template-not-docx": translate(
            "Message",
            "The template {path} is not a Word document (.docx).",
        ),
        "template-no-style": translate(
            "Message",
            "The template has no style “{style}”; using direct formatting instead.",
        ),
        "settings-no-folder": translate(
            "Message",
            "Cannot save the settings: the folder {folder} cannot be created ({reason}).",
        ),
        "autosave-no-folder": translate(
            "Message",
            "Cannot write the automatic backup: the folder {folder} cannot be created ({reason}).",
        ),
        "settings-unreadable": translate(
            "Message",
            "Your settings in {path} could not be read ({reason}). The default settings are used "
            "for now.",
        ),
        "settings-damaged-kept": translate(
            "Message",
            "Your settings in {path} were damaged and could not be moved aside. The default "
            "settings are used for now.",
        ),
        "settings-damaged": translate(
            "Message",
            "Your settings were damaged and have been moved to {aside}. The default settings are "
            "used instead.",
        ),
        "autosave-damaged-kept": translate(
            "Message",
            "An automatic backup ({path}) is damaged and could not be moved aside; it was "
            "skipped.",
        ),
        "autosave-damaged": translate(
            "Message",
            "An automatic backup was damaged and could not be restored; it has been moved to "
            "{aside}.",
        ),
        "git-needs-commit": translate(
            "Message",
            "git: needs a commit, e.g. git:HEAD~1 or git:3de0c66.",
        ),
        "git-not-commit": translate("Message", "{sha} is not a commit name."),
        "git-no-commit": translate(
            "Message",
            "There is no commit {sha} in the repository of {name}.",
        ),
        "git-file-missing": translate("Message", "{name} did not exist in commit {sha}."),
        "git-no-folder": translate("Message", "The folder of {path} does not exist."),
        "git-missing": translate(
            "Message",
            "git is not installed (or not on PATH), so there is no history to compare with. "
            "Compare with a file instead.",
        ),
        "git-timeout": translate("Message", "git did not answer within {seconds} seconds."),
        "git-not-started": translate("Message", "git could not be started: {reason}."),
        "git-not-repository": translate("Message", "{path} is not in a git repository."),
        "git-failed": translate("Message", "git failed: {reason}"),
    }


def _filled(template: str | None, args: dict[str, str], fallback: str) -> str:
    if template is not None:
        try:
            return template.format(**args)
        except (KeyError, IndexError, ValueError):
            pass  # a translation with broken placeholders must not hide the message
    return fallback


def message_text(message: Message) -> str:
    """A core message in the interface language."""
    return _filled(_message_templates().get(message.code), message.args, message.text)


def error_text(error: BaseException) -> str:
    """An error for a dialog: a core error translated, with the file (and line) it is about."""
    if isinstance(error, ReadError):
        return translate("Message", "{where}: {reason}").format(
            where=error.where, reason=message_text(error.message)
        )
    if isinstance(error, Os2EditorError):
        return message_text(error.message)
    return str(error)  # the operating system's own words


def _problem_templates() -> dict[str, str]:
    # Literal translate() calls so that lupdate finds them; the placeholders are those of
    # os2editor.checks.MESSAGES, filled in by problem_text().
    return {
        "title-h1": translate(
            "Problem", "the front matter title '{title}' and the heading '{h1}' disagree"
        ),
        "no-h1": translate("Problem", "the document has no '# ' heading"),
        "empty-must": translate("Problem", "there are no MUST tasks"),
        "duplicate-task": translate(
            "Problem", "the task '{task}' appears more than once ({where})"
        ),
        "missing-section": translate(
            "Problem", "the section '{section}' is missing"
        ),
        "nav-order": translate(
            "Problem", "nav_order should be a number, not '{value}'"
        ),
        "kept-as-markdown": translate(
            "Problem",
            "the section '{section}' has a shape the form does not edit, "
            "so it is kept as markdown text",
        ),
    }


def problem_text(problem: Problem) -> str:
    """The warning in the interface language; the core's English for a code not known here."""
    return _filled(_problem_templates().get(problem.code), problem.args, problem.message)
