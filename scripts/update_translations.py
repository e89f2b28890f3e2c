"""Regenerate the interface translations from the GUI code.

    .venv/bin/python scripts/update_translations.py

1. ``pyside6-lupdate`` reads every ``.py`` file under ``os2editor/gui/`` and merges the strings
   into ``resources/translations/os2editor_da.ts``. Existing translations are kept; new strings
   arrive marked unfinished; strings no longer in the code stay behind as "vanished" entries,
   which serve as a translation memory.
2. lupdate cannot follow a module's own helper such as
   ``def _tr(text): return QCoreApplication.translate("interaction", text)`` or an alias such
   as ``tr = QCoreApplication.translate``, so the strings passed to them are found here (with
   Python's ast) and added to the ``.ts``.
3. An unfinished string whose exact English text is already translated elsewhere in the file
   (another class, or a vanished entry, as when code moves between classes) gets that
   translation. Each reuse is printed so a person can review it.
4. ``os2editor_en.ts`` only holds the English plural forms ("%n item" / "%n items").
5. ``pyside6-lrelease`` compiles each ``.ts`` into the ``.qm`` that ships in the package.

Translate the remaining unfinished strings with Qt Linguist (``pyside6-linguist``) or any
editor, then run this script again to compile them.
"""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "os2editor"
GUI = PACKAGE / "gui"
TRANSLATIONS = ROOT / "resources" / "translations"
# (file stem, target language, only plural forms?)
CATALOGUES = (("os2editor_da", "da_DK", False), ("os2editor_en", "en_GB", True))


def tool(name: str) -> Path:
    """A Qt tool from the venv's bin folder (next to this Python), else from PATH."""
    suffix = ".exe" if sys.platform == "win32" else ""
    beside = Path(sys.executable).parent / f"{name}{suffix}"
    if beside.exists():
        return beside
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found; install PySide6 in this Python environment")
    return Path(found)


def gui_sources() -> list[Path]:
    """Every Python file of the GUI, and the core's message tables (marked with
    ``QT_TRANSLATE_NOOP``, which lupdate reads as it reads Qt's own)."""
    core = [path for path in PACKAGE.rglob("*.py")
            if GUI not in path.parents and "QT_TRANSLATE_NOOP(" in path.read_text("utf-8")]
    return sorted([*GUI.rglob("*.py"), *core])


def lupdate(ts: Path, language: str, *, plural_only: bool = False) -> None:
    """Merge the strings of the GUI code into ``ts`` (created if missing)."""
    command = [str(tool("pyside6-lupdate")), *map(str, gui_sources())]
    command += ["-ts", str(ts), "-source-language", "en", "-target-language", language]
    # Relative line numbers keep the diff of the .ts small when code moves.
    command += ["-locations", "relative"]
    if plural_only:
        command.append("-pluralonly")
    subprocess.run(command, check=True, cwd=ROOT)


def _helper_context(node: ast.stmt) -> tuple[str, str] | None:
    """(name, context) when ``node`` is ``def name(text): return X.translate("ctx", text)``."""
    if not isinstance(node, ast.FunctionDef) or len(node.args.args) != 1:
        return None
    body = node.body[1:] if ast.get_docstring(node) else node.body
    if len(body) != 1 or not isinstance(body[0], ast.Return):
        return None
    call = body[0].value
    if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)):
        return None
    args = call.args
    if call.func.attr != "translate" or len(args) != 2:
        return None
    context, text = args
    if (
        isinstance(context, ast.Constant)
        and isinstance(context.value, str)
        and isinstance(text, ast.Name)
        and text.id == node.args.args[0].arg
    ):
        return node.name, context.value
    return None


def _translate_aliases(tree: ast.Module) -> set[str]:
    """Names bound to ``QCoreApplication.translate``, as in ``tr = QCoreApplication.translate``."""
    return {
        target.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign)
        and isinstance(node.value, ast.Attribute)
        and node.value.attr == "translate"
        for target in node.targets
        if isinstance(target, ast.Name)
    }


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def helper_strings(source: Path) -> list[tuple[str, str, int]]:
    """(context, text, line) of every literal passed to a translate helper or alias."""
    tree = ast.parse(source.read_text(encoding="utf-8"), str(source))
    helpers = dict(filter(None, map(_helper_context, tree.body)))
    aliases = _translate_aliases(tree)
    found: list[tuple[str, str, int]] = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
            continue
        texts = [_literal(argument) for argument in node.args]
        if node.func.id in helpers and texts and texts[0] is not None:
            found.append((helpers[node.func.id], texts[0], node.lineno))
        elif node.func.id in aliases and len(texts) >= 2 and None not in texts[:2]:
            context, text = texts[:2]
            assert context is not None and text is not None
            found.append((context, text, node.lineno))
    return found


def _context(tree: etree._ElementTree, name: str) -> etree._Element:
    root = tree.getroot()
    for context in root.iter("context"):
        if context.findtext("name") == name:
            return context
    context = etree.SubElement(root, "context")
    etree.SubElement(context, "name").text = name
    return context


def add_helper_strings(ts: Path) -> None:
    """Merge the helper strings into ``ts`` as lupdate would: keep translations, add new ones."""
    tree = etree.parse(str(ts))
    for source in gui_sources():
        for context_name, text, line in helper_strings(source):
            context = _context(tree, context_name)
            message = next(
                (m for m in context.iter("message") if m.findtext("source") == text), None
            )
            if message is None:
                message = etree.SubElement(context, "message")
                location = etree.SubElement(message, "location")
                location.set("filename", os.path.relpath(source, ts.parent))
                location.set("line", str(line))
                etree.SubElement(message, "source").text = text
                etree.SubElement(message, "translation").set("type", "unfinished")
                continue
            translation = message.find("translation")
            # lupdate just retired the string it could not see; bring it back.
            if translation is not None and translation.get("type") == "vanished":
                del translation.attrib["type"]
            elif translation is not None and translation.get("type") == "obsolete":
                translation.set("type", "unfinished")
    write_ts(tree, ts)


def _indent(element: etree._Element, level: int) -> None:
    """Lay ``element`` out as lupdate does: one child a line, four spaces a level."""
    children = list(element)
    if not children:
        if element.tag == "translation" and element.text is None:
            element.text = ""  # <translation></translation>, as lupdate writes it
        return
    inner = "\n" + "    " * (level + 1)
    element.text = inner
    for child in children:
        child.tail = inner
        _indent(child, level + 1)
    children[-1].tail = "\n" + "    " * level


def write_ts(tree: etree._ElementTree, ts: Path) -> None:
    """Write ``tree`` in lupdate's layout, so a later lupdate run changes little."""
    root = tree.getroot()
    root.text = "\n"
    for context in root:  # lupdate starts each <context> in the first column
        _indent(context, 0)
        context.tail = "\n"
    body = etree.tostring(root, encoding="unicode")
    header = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
    ts.write_text(header + body + "\n", encoding="utf-8")


def lrelease(ts: Path) -> None:
    """Compile ``ts`` into the ``.qm`` beside it."""
    qm = ts.with_suffix(".qm")
    subprocess.run(
        [str(tool("pyside6-lrelease")), str(ts), "-qm", str(qm)], check=True, cwd=ROOT
    )


def _key(message: etree._Element) -> tuple[str, str, str]:
    return (
        message.findtext("source") or "",
        message.findtext("comment") or "",
        message.get("numerus", "no"),
    )


def _translated(translation: etree._Element) -> bool:
    if translation.get("type") not in (None, "vanished"):
        return False
    forms = translation.findall("numerusform")
    texts = [form.text for form in forms] if forms else [translation.text]
    return all(texts)


def reuse_translations(ts: Path) -> list[str]:
    """Fill unfinished messages from finished ones with the same text; return what was filled."""
    tree = etree.parse(str(ts))
    memory: dict[tuple[str, str, str], etree._Element] = {}
    for message in tree.iter("message"):
        translation = message.find("translation")
        if translation is not None and _translated(translation):
            memory.setdefault(_key(message), translation)
    filled: list[str] = []
    for message in tree.iter("message"):
        translation = message.find("translation")
        donor = memory.get(_key(message))
        if translation is None or translation.get("type") != "unfinished" or donor is None:
            continue
        translation.text = donor.text
        for form in list(translation):
            translation.remove(form)
        for form in donor:
            copy = etree.SubElement(translation, form.tag)
            copy.text = form.text
        del translation.attrib["type"]
        context = message.getparent().findtext("name") or ""
        filled.append(f"{context}: {_key(message)[0]!r}")
    if filled:
        write_ts(tree, ts)
    return filled


def unfinished(ts: Path) -> list[str]:
    """The source texts still waiting for a translation."""
    tree = etree.parse(str(ts))
    return [
        message.findtext("source") or ""
        for message in tree.iter("message")
        if message.find("translation") is not None
        and message.find("translation").get("type") == "unfinished"
    ]


def main() -> int:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    waiting = 0
    for stem, language, plural_only in CATALOGUES:
        ts = TRANSLATIONS / f"{stem}.ts"
        lupdate(ts, language, plural_only=plural_only)
        if not plural_only:
            add_helper_strings(ts)
        for line in reuse_translations(ts):
            print(f"{ts.name}: reused the translation for {line}")
        todo = unfinished(ts)
        waiting += len(todo)
        for source in todo:
            print(f"{ts.name}: not translated yet: {source!r}")
        lrelease(ts)
    return 1 if waiting else 0


if __name__ == "__main__":
    sys.exit(main())
