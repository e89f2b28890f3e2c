"""Jekyll, kramdown, Liquid and HTML taken out of the text a reader sees (issue 16 point 2)."""

from __future__ import annotations

import pytest

from os2editor.site_markup import clean

PAGE = {"title": "Produktkonsulent", "nav_order": 2, "opens": "2026-03-01"}


@pytest.mark.parametrize(
    ("markup", "shown"),
    [
        # kramdown attribute lists and heading ids are dropped
        ("## Indhold\n{: .no_toc .text-delta }\n\nTekst.", "## Indhold\n\nTekst."),
        ("> Bemærk dette.\n{: .note }\n", "> Bemærk dette.\n"),
        ("[Læs mere](https://os2.eu/x){: .btn .btn-primary }", "[Læs mere](https://os2.eu/x)"),
        ("**fed**{: .label }", "**fed**"),
        ("## Roller og ansvar {#roller}", "## Roller og ansvar"),
        ("{::options parse_block_html=\"true\" /}\nTekst", "\nTekst"),
        # comment blocks are dropped
        ("Før {% comment %}skjult{% endcomment %}efter", "Før efter"),
        ("{% comment ---- %}\nskjult\n{% endcomment ---- %}\nSynlig", "\nSynlig"),
        ("Før {%- comment -%} x {%- endcomment -%} efter", "Før  efter"),
        ("{::comment}\nskjult\n{:/comment}\nSynlig", "\nSynlig"),
        ("Før <!-- skjult\nnote --> efter", "Før  efter"),
        # front matter values are filled in
        ("Stilling: {{ page.title }}", "Stilling: Produktkonsulent"),
        ("{{page.title | upcase}} nr. {{ page.nav_order }}", "PRODUKTKONSULENT nr. 2"),
        ("Åbner {{ page.opens }}.{{ page.mangler }}", "Åbner 2026-03-01."),
        # a link to a site page becomes its text
        ("Se [ydelser]({% link pages/benefits.md %}).", "Se ydelser."),
        ("Se [siden]({{ site.baseurl }}/x/).", "Se siden."),
        # HTML is reduced to its text
        (
            "<details>\n<summary>Mere om rollen</summary>\n\nTekst.\n</details>",
            "\n**Mere om rollen**\n\n\n\nTekst.\n\n",
        ),
        ("<div class=\"note\">Vigtigt</div>", "Vigtigt\n"),
        (
            "<b>fed</b>, <em>kursiv</em>, <code>kode</code>, <del>slettet</del>",
            "**fed**, *kursiv*, `kode`, ~~slettet~~",
        ),
        (
            '<a href="https://os2.eu">OS2</a> og <a href="ms-msdt:x">her</a>',
            "[OS2](https://os2.eu) og her",
        ),
        ("linje<br/>to<BR>tre", "linje<br>to<br>tre"),
        ("<span style=\"color:red\">rød</span>", "rød"),
        # ... but not what looks like HTML and is text
        ("3 < 4 > 2 og a<b", "3 < 4 > 2 og a<b"),
        ("<https://os2.eu> og <info@os2.eu>", "<https://os2.eu> og <info@os2.eu>"),
        # raw and highlight
        ("{% raw %}{{ page.title }}{% endraw %}", "{{ page.title }}"),
        (
            "Kode:\n{% highlight yaml %}\ntitle: x\n{% endhighlight %}",
            "Kode:\n```yaml\ntitle: x\n```\n",
        ),
    ],
)
def test_carried_over(markup: str, shown: str) -> None:
    cleaned = clean(markup, PAGE)
    assert cleaned.text == shown
    assert cleaned.lost == ()


@pytest.mark.parametrize(
    ("markup", "shown", "lost"),
    [
        ("{% include job/alert.html %}\nTekst", "\nTekst", "{% include job/alert.html %}"),
        ('Løn: {% include job/pay.html min="" %}', "Løn: ", '{% include job/pay.html min="" %}'),
        ("Se {% link pages/x.md %}.", "Se .", "{% link pages/x.md %}"),
        ("{{ site.title }}", "", "{{ site.title }}"),
        ("{{ page.title | slugify }}", "Produktkonsulent", "{{ page.title | slugify }}"),
        ("{% if page.opens %}Åben{% endif %}", "Åben", "{% if page.opens %}"),
        ("* TOC\n{:toc}\n\nTekst", "\nTekst", "* TOC {:toc}"),
        ("<script>alert(1)</script>Tekst", "Tekst", "<script>alert(1)</script>"),
        ('<img src="logo.png" alt="Logo"> OS2', "Logo OS2", '<img src="logo.png" alt="Logo">'),
        ("<iframe src=\"https://x\"></iframe>Efter", "Efter", '<iframe src="https://x"></iframe>'),
        ("Før {% comment %} aldrig lukket", "Før ", "{% comment %}"),
    ],
)
def test_what_cannot_be_carried_over_is_reported(markup: str, shown: str, lost: str) -> None:
    cleaned = clean(markup, PAGE)
    assert cleaned.text == shown
    assert cleaned.lost[0] == lost


def test_code_keeps_its_html_and_attribute_lists_but_liquid_runs_there_too() -> None:
    markup = (
        "Brug `<b>` og `{: .x }` i kode.\n\n```html\n<div>{: .y }</div>\n{{ page.title }}\n```\n"
        "Efter <i>kode</i>."
    )
    assert clean(markup, PAGE).text == (
        "Brug `<b>` og `{: .x }` i kode.\n\n```html\n<div>{: .y }</div>\nProduktkonsulent\n```\n"
        "Efter *kode*."
    )


def test_plain_text_is_returned_as_it_is() -> None:
    text = "Formålet med stillingen er at understøtte OS2’s strategiske indsatser."
    assert clean(text) == (text, ())
    assert clean("") == ("", ())


def test_a_long_line_of_markup_is_reported_short() -> None:
    lost = clean("{% include " + "x" * 200 + " %}").lost
    assert len(lost[0]) == 60 and lost[0].endswith("…")
