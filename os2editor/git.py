"""Running git: a list of arguments (never a shell), a bounded time, plain-words errors.

Text a person typed (a revision) must follow ``--end-of-options`` at the caller, so that git
reads it as a name even when it starts with a dash; paths follow ``--`` and are taken
literally (``--literal-pathspecs``). Every failure becomes a :class:`BaselineError`.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from os2editor.errors import Os2EditorError
from os2editor.messages import Message

GIT_TIMEOUT = 20.0
"""Seconds a git command may take; a repository on a hung network drive must not hang the app."""

# Settings of a person's own git configuration that would change what these commands print.
_CONFIG = ("core.quotepath=off", "log.showSignature=false", "color.ui=never",
           "core.fsmonitor=false")


class BaselineError(Os2EditorError):
    """git could not give what was asked (no git, not a repository, an unknown revision, a
    timeout). The message says why in plain words."""


def run_git(cwd: Path, *args: str, data: bytes | None = None,
            missing: Message | None = None) -> bytes:
    """git's output for ``args`` run in ``cwd``. ``missing`` is the error for a failure that
    means "no such thing" (an unknown revision); other failures say what git said."""
    env = {**os.environ, "LC_ALL": "C", "GIT_TERMINAL_PROMPT": "0", "GIT_PAGER": "cat",
           "GIT_EDITOR": "true", "GIT_OPTIONAL_LOCKS": "0"}
    config = [part for setting in _CONFIG for part in ("-c", setting)]
    try:
        result = subprocess.run(
            ["git", "--literal-pathspecs", *config, *args], cwd=cwd, input=data,
            capture_output=True, timeout=GIT_TIMEOUT, env=env, check=False,
        )
    except FileNotFoundError:
        raise BaselineError("git-missing") from None
    except subprocess.TimeoutExpired:
        raise BaselineError("git-timeout", seconds=f"{GIT_TIMEOUT:.0f}") from None
    except OSError as error:
        raise BaselineError("git-not-started", reason=error.strerror or error) from None
    if result.returncode == 0:
        return result.stdout
    message = result.stderr.decode("utf-8", "replace").strip()
    if "not a git repository" in message:
        raise BaselineError("git-not-repository", path=cwd)
    if missing is not None:
        raise BaselineError(missing.code, **missing.args)
    first_line = message.splitlines()[0] if message else f"exit status {result.returncode}"
    raise BaselineError("git-failed", reason=first_line.removeprefix("fatal: "))
