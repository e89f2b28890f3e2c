"""Synthetic function descriptions in the OS2 house style, at any size.

``description(1)`` is about 5 KB, like the real files; ``description(10)`` has ten times as
many areas and tasks (about 500 items), and so on.
"""

from __future__ import annotations

WORDS = [
    'understøtte', 'samarbejde', 'mellem', 'produktfællesskaber', 'og', 'sekretariatet', 'om',
    'fælles', 'løsninger,', 'dokumentation,', 'governance,', 'økonomi', 'og', 'kvalitet', 'på',
    'tværs', 'af', 'OS2’s', 'medlemmer',
]


def sentence(seed: int, length: int = 9) -> str:
    """A Danish-looking sentence that differs with ``seed``."""
    words = [WORDS[(seed * 7 + i * 3) % len(WORDS)] for i in range(length)]
    return (" ".join(words) + f" {seed}.").capitalize()


def description(scale: int = 1) -> str:
    """A whole function description, ``scale`` times the size of a real one."""
    out = ["---", "title: Benchmarkrolle", "layout: default", "parent: Organisation og Roller",
           "nav_order: 5", "---", "", "# Funktionsbeskrivelse – Benchmarkrolle i OS2", "",
           "## Formål med stillingen", "", sentence(1, 30), "", "- **Indsats** – " + sentence(2),
           "- **Talent** – " + sentence(3), "", sentence(4, 20), "", "## Ansvarsområde", "",
           "Rollen har ansvar for at:", ""]
    seed = 10
    for area in range(1, 4 * scale + 1):
        out += [f"### {area}. {sentence(seed, 4)}", ""]
        out += [f"- {sentence(seed + i)}" for i in range(1, 4)] + [""]
        seed += 5
    out += ["## Arbejdsopgaver og prioritering", "", sentence(seed, 30), "",
            "- **MUST** – opgaver der skal løses.", "- **SHOULD** – opgaver der bør løses.",
            "- **COULD** – opgaver der kan løses.", ""]
    for name, wording in (("MUST", "skal løses"), ("SHOULD", "bør løses"), ("COULD", "kan løses")):
        out += [f"### {name} ({wording})", ""]
        out += [f"- {sentence(seed + i)}" for i in range(4 * scale)] + [""]
        seed += 4 * scale
    lists = ("Samarbejdsrelationer", "Faglige kvalifikationer", "Personlige kvalifikationer")
    for heading in lists:
        out += [f"## {heading}", ""] + [f"- {sentence(seed + i, 6)}" for i in range(4 * scale)]
        out += [""]
        seed += 4 * scale
    out += ["## Øvrige forhold", "", "- Timetal: 37 timer pr. uge.", "- Ingen personaleansvar.",
            "- " + sentence(seed)]
    return "\n".join(out) + "\n"
