"""Small descriptions in the shape of the OS2 files, counted by hand in the tests."""

from __future__ import annotations

from collections.abc import Sequence

TESTER = """---
title: Tester
layout: default
parent: Organisation og Roller
nav_order: 3
---

# Funktionsbeskrivelse – Tester i OS2

## Formål med stillingen

Rollen tester programmer. Den skriver rapporter!

- **Kvalitet** – finde fejl tidligt.

## Arbejdsopgaver og prioritering

### MUST

- Teste nye versioner.

### COULD

- Skrive dokumentation.
"""
# Formål: "Rollen tester programmer." "Den skriver rapporter!" "Kvalitet – finde fejl tidligt."
#   10 words, 3 sentences, long: programmer skriver rapporter Kvalitet tidligt = 5 -> 53.3
# Opgaver: "Teste nye versioner." "Skrive dokumentation."
#   5 words, 2 sentences, long: versioner dokumentation = 2 -> 42.5
# Whole: 15 words, 5 sentences, 7 long -> 15/5 + 700/15 = 49.7 (svær)
TESTER_SECTIONS = [
    {"heading": "Formål med stillingen", "words": 10, "sentences": 3, "long_words": 5,
     "lix": 53.3},
    {"heading": "Arbejdsopgaver og prioritering", "words": 5, "sentences": 2, "long_words": 2,
     "lix": 42.5},
]


def tasks_file(must: Sequence[str], should: Sequence[str] = (), could: Sequence[str] = (),
               wont: Sequence[str] = ()) -> str:
    """A description whose tasks section holds these tasks."""
    lines = ["# Funktionsbeskrivelse – Rolle i OS2", "", "## Arbejdsopgaver og prioritering", ""]
    for name, tasks in (("MUST", must), ("SHOULD", should), ("COULD", could), ("WON'T", wont)):
        if tasks:
            lines += [f"### {name}", "", *(f"- {task}" for task in tasks), ""]
    return "\n".join(lines)
