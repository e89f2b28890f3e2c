"""Writing aids: readability (LIX), MoSCoW balance, and the New template's guidance.

No Qt: the ``stats`` and ``check`` commands and the window share these plain functions.

- :mod:`~os2editor.writing.lix`: LIX of one text, its sentences and long words with spans.
- :mod:`~os2editor.writing.stats`: LIX of a part or a description; what ``stats`` reports.
- :mod:`~os2editor.writing.balance`: tasks per priority, shares, duplicates.
- :mod:`~os2editor.writing.template`: hints for empty fields, New, and leftover guidance.
"""
