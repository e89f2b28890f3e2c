"""Who is at the keyboard: the name tracked changes and approvals are signed with."""

from __future__ import annotations

import getpass
import os
import sys


def user_full_name() -> str:
    """The user's full name as the operating system knows it, else the login name.

    On POSIX systems the name is the first field of the account's GECOS entry; on Windows
    the account's display name.
    """
    name = ""
    if sys.platform == "win32":
        import ctypes

        size = ctypes.c_ulong(0)
        display = 3  # NameDisplay
        secur32 = ctypes.windll.secur32
        secur32.GetUserNameExW(display, None, ctypes.byref(size))
        buffer = ctypes.create_unicode_buffer(size.value + 1)
        if size.value and secur32.GetUserNameExW(display, buffer, ctypes.byref(size)):
            name = buffer.value
    else:
        try:
            import pwd

            name = pwd.getpwuid(os.getuid()).pw_gecos.split(",")[0]
        except (ImportError, KeyError, OSError):
            name = ""
    name = " ".join(name.split())
    if name:
        return name
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "os2editor"
