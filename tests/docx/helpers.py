"""Fixtures and readers for the Word export tests: invented texts in the shape of OS2 files."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from lxml import etree

from os2editor.model import (
    ConditionsSection,
    FreeSection,
    FrontMatter,
    FunctionDescription,
    Initiative,
    Item,
    PersonalSection,
    Priority,
    PurposeSection,
    ResponsibilitiesSection,
    ResponsibilityArea,
    TasksSection,
)

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {
    "w": W,
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "rel": "http://schemas.openxmlformats.org/package/2006/relationships",
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
    "dc": "http://purl.org/dc/elements/1.1/",
}

# An invented description in the shape of the OS2 role pages (the real texts are CC BY-SA).
ROLE_MD = """\
---
title: Dataansvarlig
layout: default
parent: Organisation og Roller
nav_order: 9
last_revised: 2026-03-15
---

# Funktionsbeskrivelse – Dataansvarlig i OS2

## Formål med stillingen

Formålet er at styrke fællesskabets arbejde med data, så medlemmerne får mere ud af OS2’s løsninger.

For tiden er indsatserne særligt:

- **Bedre datakvalitet** – rydde op i fælles registre.
- **Åbne data** – gøre data lette at finde.

## Ansvarsområde

Den dataansvarlige har ansvar for at:

### 1. Vedligeholde registre

- Holde registrene opdaterede.
- Aftale ændringer med **produktgrupperne**.
  - Følge op hver måned.

### 2. Rådgive medlemmer

- Svare på spørgsmål om [dataformater](https://example.org/formater).

## Arbejdsopgaver og prioritering

Opgaverne prioriteres med **MUST, SHOULD, COULD**:

- **MUST** – skal løses.
- **SHOULD** – bør løses.

### MUST (skal løses for at OS2 kan fungere)

- Føre registrene.
- Besvare henvendelser inden for *to* uger.

### SHOULD (bør løses, hvis ressourcerne er til stede)

- Skrive vejledninger.

## Personlige kvalifikationer

- Grundig og rolig.

## Ansvarsfordeling

### Sekretariatet

Sekretariatet godkender ændringer.

| Rolle | Opgave |
|-------|--------|
| **Ejer** | Beslutter |
| Forvalter | Udfører |

> **Bemærk**: fordelingen revideres årligt.

1. Første trin
2. Andet trin

---

## Øvrige forhold

- Timetal: 37 timer pr. uge.
- Ingen personaleansvar.
"""


def small_doc() -> FunctionDescription:
    """A small description built by hand (independent of the markdown reader)."""
    return FunctionDescription(
        front_matter=FrontMatter(title="Testrolle", extra={"last_revised": "2026-01-26"}),
        h1="Funktionsbeskrivelse – Testrolle i OS2",
        sections=[
            PurposeSection(
                heading="Formål med stillingen",
                intro="Rollen hjælper OS2’s medlemmer.",
                initiatives=[Initiative(label="Færre fejl", text="styrke kvaliteten.")],
            ),
            ResponsibilitiesSection(
                heading="Ansvarsområde",
                areas=[
                    ResponsibilityArea(
                        title="Drift",
                        lead_in="Det kan f.eks. være:",
                        items=[
                            Item(text="Overvåge **alt**.", children=[Item(text="Også\nnatten")])
                        ],
                    ),
                    ResponsibilityArea(
                        title="Rådgivning",
                        items=[Item(text="Se [siden](<https://example.org/a b>).")],
                    ),
                ],
            ),
            TasksSection.of(
                must=[Item(text="Svare hurtigt.")],
                could=[Item(text="Skrive *blogindlæg*.")],
                headings={Priority.MUST: "MUST – kerneopgaver"},
            ),
            PersonalSection(heading="Personlige kvalifikationer", items=[Item(text="Rolig.")]),
            FreeSection(heading="Noter", body="### Bemærk\n\nEn note.\n\n> Et citat.\n"),
            ConditionsSection(
                heading="Øvrige forhold", items=[Item(text="Timetal: 37 timer pr. uge.")]
            ),
        ],
    )


def part_xml(docx: Path | bytes, name: str) -> Any:
    """One XML part of a .docx, parsed."""
    source: Any = docx if isinstance(docx, Path) else __import__("io").BytesIO(docx)
    with zipfile.ZipFile(source) as archive:
        return etree.fromstring(archive.read(name))


def xpath(root: Any, path: str) -> list[Any]:
    """XPath with the w:, r: and rel: prefixes."""
    result: list[Any] = root.xpath(path, namespaces=NS)
    return result


def texts(element: Any) -> str:
    """All w:t text under ``element``."""
    return "".join(xpath(element, ".//w:t/text()"))


def exported(doc: FunctionDescription | str, **options: Any) -> tuple[dict[str, Any], list[Any]]:
    """Export ``doc`` (a description or its markdown) in memory: its XML parts by name, parsed,
    and the warnings."""
    from os2editor.docx import export_docx
    from os2editor.markdown import loads

    buffer = __import__("io").BytesIO()
    warnings = export_docx(loads(doc) if isinstance(doc, str) else doc, buffer, **options)
    with zipfile.ZipFile(buffer) as archive:
        parts = {
            name: etree.fromstring(archive.read(name))
            for name in archive.namelist()
            if name.endswith((".xml", ".rels"))
        }
        parts["@names"] = archive.namelist()
    return parts, warnings


def paragraph(root: Any, text: str) -> Any:
    """The one paragraph of ``root`` whose text is ``text``."""
    found = [p for p in xpath(root, "//w:p") if texts(p) == text]
    assert len(found) == 1, (text, len(found))
    return found[0]


def png(width: int = 2, height: int = 1) -> bytes:
    """A small, valid PNG picture (grey pixels)."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\x00" + b"\x80" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows))
            + chunk(b"IEND", b""))
