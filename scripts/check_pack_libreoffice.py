"""Check the board pack in LibreOffice: accept all gives the new texts, reject all the old.

    .venv/bin/python scripts/check_pack_libreoffice.py

Run by hand (it needs LibreOffice and its UNO bridge: apt-get install libreoffice-writer-nogui
python3-uno); the test run checks the same at the XML level (tests/library/test_pack.py). It
builds the round of a small git repository (the test fixtures), writes the pack, has
LibreOffice accept and reject every tracked change (scripts/lo_tracked_changes.py, run by
/usr/bin/python3), and compares each changed role's paragraphs with the role's own export.
Exit 0 when all hold, 1 when one does not, 2 when LibreOffice is missing.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from os2editor.library import write_pack  # noqa: E402
from tests.library.helpers import (  # noqa: E402
    contains,
    export_paragraphs,
    make_round_repo,
    the_round,
    unbound,
)
from tests.revision.wordxml import body_paragraphs  # noqa: E402

SYSTEM_PYTHON = "/usr/bin/python3"


def main() -> int:
    if shutil.which("soffice") is None or not Path(SYSTEM_PYTHON).exists():
        print("LibreOffice (soffice) or /usr/bin/python3 is missing", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as work:
        folder = make_round_repo(Path(work) / "handbook")
        result = the_round(folder)
        pack = Path(work) / "pakke.docx"
        write_pack(result, pack, author="Anne Sekretær")
        child = subprocess.run([SYSTEM_PYTHON, str(ROOT / "scripts" / "lo_tracked_changes.py"),
                                str(pack)], capture_output=True, text=True, timeout=300,
                               check=False)
        if child.returncode != 0:
            print(child.stderr, file=sys.stderr)
            return 2
        views = json.loads(child.stdout)
        ours = {view: body_paragraphs(pack.read_bytes(), view)
                for view in ("plain", "accept", "reject")}
    failures = 0
    for role in result.changed:
        for view, doc in (("accept", role.new), ("reject", role.old)):
            if doc is None:
                gone = role.old if view == "accept" else role.new
                shown = unbound(views[view])  # titles bind words
                ok = gone is not None and gone.h1 is not None and gone.h1 in \
                    unbound(views["plain"]) and gone.h1 not in shown
                what = "absent"
            else:
                ok = contains(views[view], export_paragraphs(doc))
                what = "its export"
            failures += not ok
            print(f"{'ok  ' if ok else 'FAIL'} {view:6} {role.name}: {what}")
    for view in ("plain", "accept", "reject"):
        same = [p for p in views[view] if p] == [p for p in ours[view] if p]
        print(f"{'ok  ' if same else 'diff'} {view:6} whole document: LibreOffice's paragraphs "
              f"{'equal' if same else 'differ from'} the XML-level view")
        failures += not same
    print("all hold" if not failures else f"{failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
