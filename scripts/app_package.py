"""What goes beside the built program (scripts/build_app.py): the Linux menu entry and the
script that installs it, and the archive of the folder."""

from __future__ import annotations

import os
import shutil
import stat
import tarfile
import zipfile
from collections.abc import Iterator
from pathlib import Path


def desktop_entry(name: str) -> str:
    """The menu entry: ``Exec`` names the program; install-menu-entry.sh puts its path in."""
    return f"""[Desktop Entry]
Type=Application
Name={name}
GenericName=Function description editor
GenericName[da]=Redigering af funktionsbeskrivelser
Comment=Edit OS2 function descriptions and export them to Word
Comment[da]=Rediger OS2's funktionsbeskrivelser og eksporter dem til Word
Exec={name} %f
Icon={name}
Terminal=false
Categories=Office;WordProcessor;
MimeType=text/markdown;
StartupWMClass={name}
"""


def install_script(name: str) -> str:
    """A shell script that adds the entry and its icons to the user's menu."""
    return f"""#!/bin/sh
# Adds {name} to this user's application menu, run from wherever this folder lies; run it
# again after moving the folder. Remove with: rm ~/.local/share/applications/{name}.desktop
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${{XDG_DATA_HOME:-$HOME/.local/share}}
for png in "$here"/icons/{name}-*.png; do
  size=${{png##*-}}; size=${{size%.png}}
  mkdir -p "$data/icons/hicolor/${{size}}x${{size}}/apps"
  cp "$png" "$data/icons/hicolor/${{size}}x${{size}}/apps/{name}.png"
done
mkdir -p "$data/icons/hicolor/scalable/apps" "$data/applications"
cp "$here/icons/{name}.svg" "$data/icons/hicolor/scalable/apps/{name}.svg"
sed "s|^Exec=.*|Exec=\\"$here/{name}\\" %f|" "$here/{name}.desktop" \\
  > "$data/applications/{name}.desktop"
update-desktop-database "$data/applications" >/dev/null 2>&1 || true
echo "{name} is in the menu: $data/applications/{name}.desktop"
"""


def add_desktop_files(folder: Path, name: str, icons: list[Path]) -> None:
    """Linux: the menu entry, its icons and the script that installs them for the user."""
    (folder / f"{name}.desktop").write_text(desktop_entry(name), encoding="utf-8")
    script = folder / "install-menu-entry.sh"
    script.write_text(install_script(name), encoding="utf-8")
    script.chmod(0o755)
    (folder / "icons").mkdir(exist_ok=True)
    for file in icons:
        shutil.copy2(file, folder / "icons" / file.name)


# --- The archive ----------------------------------------------------------------------------


def _walk(folder: Path) -> Iterator[Path]:
    yield folder
    for entry in sorted(folder.iterdir()):
        if entry.is_dir() and not entry.is_symlink():
            yield from _walk(entry)
        else:
            yield entry


def write_archive(folder: Path, target: Path) -> None:
    """``folder`` packed into ``target`` (.tar.gz or .zip), under its own name, keeping the
    executable bits and symbolic links (a macOS app bundle has some)."""
    target.unlink(missing_ok=True)
    if target.name.endswith(".tar.gz"):
        with tarfile.open(target, "w:gz", compresslevel=9) as archive:
            archive.add(folder, arcname=folder.name)
        return
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for path in _walk(folder):
            name = path.relative_to(folder.parent).as_posix()
            info = zipfile.ZipInfo.from_file(path, name)
            if path.is_symlink():
                info.external_attr = (stat.S_IFLNK | 0o755) << 16
                archive.writestr(info, os.readlink(path))
            elif path.is_dir():
                archive.writestr(info, b"")
            else:
                info.compress_type = zipfile.ZIP_DEFLATED
                with path.open("rb") as source, archive.open(info, "w") as sink:
                    shutil.copyfileobj(source, sink, 1 << 20)


def folder_bytes(folder: Path) -> int:
    return sum(path.lstat().st_size for path in folder.rglob("*") if not path.is_dir())
