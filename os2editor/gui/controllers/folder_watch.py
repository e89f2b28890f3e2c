"""Noticing changes in a library's folder: files saved, added, removed or replaced by git.

QFileSystemWatcher is told about the folder, its subfolders (those the library walks) and its
markdown files: a folder's own notice comes when a file is added, removed or replaced (git and
atomic saves replace), a file's when it is written in place. Changes come in bursts (a
checkout writes many files), so ``changed`` fires once things have been quiet a moment; the
library then reads again only the files whose bytes changed.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from os2editor.library.files import SKIPPED_FOLDERS

SETTLE_MS = 300
MAX_WATCHED = 4000
"""Files and folders watched at most: a handbook has hundreds; the system's limit is shared."""


class FolderWatch(QObject):
    """Watches ``folder``; ``changed`` says it is worth reading again."""

    changed = Signal()

    def __init__(self, folder: Path, *, settle_ms: int = SETTLE_MS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._noticed)
        self._watcher.directoryChanged.connect(self._noticed)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(settle_ms)
        self._settle.timeout.connect(self.changed)

    def follow(self, files: list[Path]) -> None:
        """Watch the folder, its subfolders and ``files`` (the markdown files read)."""
        wanted = [str(folder) for folder in _folders(self.folder)]
        wanted += [str(path) for path in files]
        wanted = wanted[:MAX_WATCHED]
        watched = set(self._watcher.files()) | set(self._watcher.directories())
        keep = set(wanted)
        gone = [path for path in watched if path not in keep]
        if gone:
            self._watcher.removePaths(gone)
        new = [path for path in wanted if path not in watched and os.path.exists(path)]
        if new:
            self._watcher.addPaths(new)

    def stop(self) -> None:
        self._settle.stop()
        paths = self._watcher.files() + self._watcher.directories()
        if paths:
            self._watcher.removePaths(paths)

    def _noticed(self, _path: str) -> None:
        self._settle.start()


def _folders(folder: Path) -> list[Path]:
    """``folder`` and the subfolders the library walks (not hidden ones, not _site, ...)."""
    found = [folder]
    for root, folders, _files in os.walk(folder):
        folders[:] = sorted(name for name in folders
                            if not name.startswith(".") and name not in SKIPPED_FOLDERS)
        found += (Path(root) / name for name in folders)
        if len(found) > MAX_WATCHED:
            break
    return found
