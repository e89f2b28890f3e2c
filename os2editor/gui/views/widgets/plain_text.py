"""User text shown where Qt would read it as HTML.

Qt guesses whether a label's or a tooltip's text is rich text, and a task or heading that
looks like HTML (``<img src="/dev/zero">``) would be rendered: an image tag makes Qt read the
file it names, even a device that never ends. Labels that show user text are set to plain
text; tooltips cannot be, so :func:`tooltip` hands Qt rich text that says exactly the user's
words.
"""

from __future__ import annotations

# html.escape's table, without loading the html package (and its entity tables) at start-up.
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"})


def tooltip(text: str) -> str:
    """``text`` as a tooltip that shows it word for word, whatever it looks like."""
    if not text:
        return ""
    # <qt> makes Qt read the rest as rich text, where the escaped text stays text.
    return "<qt>" + text.translate(_ESCAPES).replace("\n", "<br>") + "</qt>"
