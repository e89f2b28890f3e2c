"""Accept all and reject all tracked changes of a .docx in LibreOffice; print the paragraphs.

Run by the system Python that has LibreOffice's UNO bridge (Debian: python3-uno), not by the
project's venv:  /usr/bin/python3 scripts/lo_tracked_changes.py FILE.docx

Prints JSON: {"plain": [...], "accept": [...], "reject": [...]}, each the text of every body
paragraph in order (table cells row by row), after LibreOffice's own .uno:AcceptAllTracked-
Changes or .uno:RejectAllTrackedChanges. scripts/check_pack_libreoffice.py drives it.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import uno  # type: ignore[import-not-found]
from com.sun.star.beans import PropertyValue  # type: ignore[import-not-found]

PORT = 2083


def _property(name: str, value: object) -> PropertyValue:
    prop = PropertyValue()
    prop.Name, prop.Value = name, value
    return prop


def _connect(profile: str) -> tuple[subprocess.Popen[bytes], object]:
    office = subprocess.Popen(
        ["soffice", "--headless", "--invisible", "--norestore", "--nologo",
         f"-env:UserInstallation=file://{profile}",
         f"--accept=socket,host=127.0.0.1,port={PORT};urp;StarOffice.ComponentContext"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(120):
        try:
            context = resolver.resolve(
                f"uno:socket,host=127.0.0.1,port={PORT};urp;StarOffice.ComponentContext")
            return office, context
        except Exception:  # not listening yet: UNO raises its own NoConnectException
            time.sleep(0.5)
    office.kill()
    raise SystemExit("LibreOffice did not start")


def _paragraphs(document: object) -> list[str]:
    texts: list[str] = []
    enumeration = document.Text.createEnumeration()  # type: ignore[attr-defined]
    while enumeration.hasMoreElements():
        element = enumeration.nextElement()
        if element.supportsService("com.sun.star.text.TextTable"):
            for row in range(element.Rows.Count):
                for column in range(element.Columns.Count):
                    cell = element.getCellByPosition(column, row)
                    inner = cell.getText().createEnumeration()
                    while inner.hasMoreElements():
                        texts.append(inner.nextElement().getString())
        else:
            texts.append(element.getString())
    return texts


def _view(desktop: object, dispatcher: object, path: Path, command: str | None) -> list[str]:
    url = uno.systemPathToFileUrl(str(path.resolve()))
    document = desktop.loadComponentFromURL(  # type: ignore[attr-defined]
        url, "_blank", 0, (_property("Hidden", True),))
    try:
        if command is not None:
            frame = document.getCurrentController().getFrame()
            dispatcher.executeDispatch(frame, command, "", 0, ())  # type: ignore[attr-defined]
        return _paragraphs(document)
    finally:
        document.close(True)


def main() -> int:
    path = Path(sys.argv[1])
    with tempfile.TemporaryDirectory() as profile:
        office, context = _connect(profile)
        try:
            manager = context.ServiceManager  # type: ignore[attr-defined]
            desktop = manager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
            dispatcher = manager.createInstanceWithContext(
                "com.sun.star.frame.DispatchHelper", context)
            views = {
                "plain": _view(desktop, dispatcher, path, None),
                "accept": _view(desktop, dispatcher, path, ".uno:AcceptAllTrackedChanges"),
                "reject": _view(desktop, dispatcher, path, ".uno:RejectAllTrackedChanges"),
            }
            with contextlib.suppress(Exception):  # the bridge closes as LibreOffice quits
                desktop.terminate()
        finally:
            try:
                office.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(office.pid, 9)
    json.dump(views, sys.stdout, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
