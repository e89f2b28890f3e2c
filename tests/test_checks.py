"""``check``: the title in the H1 is compared as a reader sees both (issue 16 point 2)."""

from __future__ import annotations

from os2editor.checks import check
from os2editor.markdown import loads

BODY = "\n## Formål med stillingen\n\nTekst.\n"


def codes(text: str) -> list[str]:
    return [problem.code for problem in check(loads(text))]


def test_an_h1_made_of_the_front_matters_title_matches_it() -> None:
    assert "title-h1" not in codes("---\ntitle: Tester\n---\n\n# {{ page.title }}\n" + BODY)
    assert "title-h1" not in codes(
        "---\ntitle: Tester\n---\n\n# Funktionsbeskrivelse – {{ page.title }} i OS2\n" + BODY
    )
    assert "title-h1" not in codes(
        "---\ntitle: Tester\n---\n\n# Funktionsbeskrivelse – <b>Tester</b> i OS2 {#top}\n" + BODY
    )


def test_an_h1_that_names_another_role_is_still_a_warning() -> None:
    assert "title-h1" in codes(
        "---\ntitle: Tester\n---\n\n# Funktionsbeskrivelse – Udvikler\n" + BODY
    )
    # A variable that is not the title, filled in, does not hold it either.
    assert "title-h1" in codes(
        "---\ntitle: Tester\nrole: Udvikler\n---\n\n# {{ page.role }}\n" + BODY
    )
