"""The core's messages and warnings in the interface language.

The core gives every message a code, arguments and its English wording, marked for lupdate
(``os2editor.messages`` under the context "Message", ``os2editor.checks`` under "Problem").
Here the same English is translated and filled in; a translation whose placeholders do not
fit falls back to the English.

Dates and times shown in the window are written by the QLocale of the window's language (the
default locale :mod:`os2editor.gui.i18n` sets), never by a fixed format: "05.12.2026" is Danish.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from os2editor.checks import MESSAGES as PROBLEMS
from os2editor.checks import Problem
from os2editor.errors import Os2EditorError, ReadError
from os2editor.messages import MESSAGES, Message

translate = QCoreApplication.translate


def _filled(template: str | None, args: dict[str, str], fallback: str) -> str:
    if template is not None:
        try:
            return template.format(**args)
        except (KeyError, IndexError, ValueError):
            pass  # a translation with broken placeholders must not hide the message
    return fallback


def _translated(context: str, english: str | None) -> str | None:
    return None if english is None else translate(context, english)


def message_text(message: Message) -> str:
    """A core message in the interface language."""
    return _filled(_translated("Message", MESSAGES.get(message.code)), message.args, message.text)


def error_text(error: BaseException) -> str:
    """An error for a dialog: a core error translated, with the file (and line) it is about."""
    if isinstance(error, ReadError):
        return translate("Message", "{where}: {reason}").format(
            where=error.where, reason=message_text(error.message)
        )
    if isinstance(error, Os2EditorError):
        return message_text(error.message)
    return str(error)  # the operating system's own words


def error_code(error: BaseException) -> str:
    """A message code, or the kind of error: what the log says of a failure (never a
    document's text)."""
    return error.message.code if isinstance(error, Os2EditorError) else type(error).__name__


def problem_text(problem: Problem) -> str:
    """The warning in the interface language; the core's English for a code not known here."""
    template = _translated("Problem", PROBLEMS.get(problem.code))
    return _filled(template, problem.args, problem.message)


def _local(when: dt.datetime) -> dt.datetime:
    """``when`` on this computer's clock (a naive time is taken as local already)."""
    return when.astimezone() if when.tzinfo is not None else when


def time_text(when: dt.datetime) -> str:
    """The time of day, as the window's language writes it ("14:37", "2:37 PM")."""
    local = _local(when)
    return QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)


def date_text(when: dt.date) -> str:
    """A date, as the window's language writes it ("05.12.2026" in Danish, "05/12/2026")."""
    day = _local(when).date() if isinstance(when, dt.datetime) else when
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def date_time_text(when: dt.datetime) -> str:
    """A date and a time of day, local, as the window's language writes them."""
    return f"{date_text(when)} {time_text(when)}"
