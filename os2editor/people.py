"""Who is at the keyboard: the name that signs tracked changes and board packs (no Qt).

A redline is read by the board, so it should carry the person's name ("Mette Hansen"), not a
login name ("mha" or "root"). The operating system usually knows the full name: the GECOS
field of the password database on Linux and macOS, the display name of the account on Windows.
Where it does not, the login name stands in, and the window lets the user write their name once
in Preferences.
"""

from __future__ import annotations

import os
import sys

FALLBACK = "os2editor"
"""The name used when the system says nothing about the user at all."""


def full_name() -> str:
    """The user's full name as the operating system has it, else the login name."""
    name = _windows_display_name() if sys.platform == "win32" else _gecos_name()
    return name or login_name()


def login_name() -> str:
    """The login name (``USERNAME`` on Windows), or :data:`FALLBACK`."""
    import getpass

    try:
        return getpass.getuser() or FALLBACK
    except (OSError, KeyError, ImportError):  # no such user in the password database
        return os.environ.get("USERNAME", "").strip() or FALLBACK


def gecos_full_name(gecos: str) -> str:
    """The full name in a GECOS field: the part before the first comma ("Mette Hansen,,,").

    An ``&`` stands for the login name with a capital first letter (BSD convention)."""
    name = gecos.split(",", 1)[0].strip()
    if "&" in name:
        login = login_name()
        name = name.replace("&", login[:1].upper() + login[1:])
    return name


def _gecos_name() -> str:
    try:
        import pwd
    except ImportError:  # not POSIX
        return ""
    try:
        entry = pwd.getpwuid(os.getuid())
    except (KeyError, OSError):  # a container user with no entry
        return ""
    return gecos_full_name(entry.pw_gecos or "")


def _windows_display_name() -> str:
    """GetUserNameExW(NameDisplay): the account's display name, where a domain or Microsoft
    account gives one; empty for a local account without a full name."""
    try:
        import ctypes

        secur32 = ctypes.WinDLL("secur32")  # type: ignore[attr-defined, unused-ignore]
    except (ImportError, OSError, AttributeError):
        return ""
    name_display = 3
    size = ctypes.c_ulong(0)
    secur32.GetUserNameExW(name_display, None, ctypes.byref(size))
    if not size.value:
        return ""
    buffer = ctypes.create_unicode_buffer(size.value)
    if not secur32.GetUserNameExW(name_display, buffer, ctypes.byref(size)):
        return ""
    return str(buffer.value).strip()
