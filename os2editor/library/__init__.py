"""A folder of function descriptions: the yearly round's core, for the CLI and the window.

No Qt. The window's library view sits on these calls::

    library = Library(folder)                      # nothing read yet
    scan = library.scan(Baseline.approval())       # rows; re-reads only files whose bytes changed
    scan.roles, scan.pages, scan.unreadable        # Row: title, facts (place, approval), hours,
                                                   #   due, changed, warnings, problems, findings
    doc, fingerprint = library.take(row.path)      # open a role: the parsed document, no re-parse

    site_groups(scan.roles)                        # parent -> rows in site order
    plan = order_edits(reorder(new_order), doc_for)       # nav_order, one line per moved file
    matches = find(docs, "tekst")                  # Match: role, part, line, context
    plan = replace_edits(chosen, "ny tekst")       # one Batch per document: undo in one step
    plan = approval_edits(Approval.of("Bestyrelsen"), docs)
    save_documents([Saving(e.path, e.doc, fingerprint) for e in plan])  # atomic per file
    commit_approval(library.work_tree, paths, approval.commit_message())
    round_ = review(library, library.scan(Baseline.of_revision("v2025")))
    write_pack(round_, "pakke.docx", author=name)

A plan is a list of :class:`DocumentEdit` (path, document, Batch): the window applies each
through that document's editor; scripts use :func:`apply_edits`. Names load lazily.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from os2editor._lazy import lazy_attributes

if TYPE_CHECKING:
    from os2editor.library.approval import Approval, approval_edits, commit_approval
    from os2editor.library.baseline import Baseline, Resolved, Versus
    from os2editor.library.catalog import Kind, Library, Row, Scan, is_role
    from os2editor.library.files import LibraryError
    from os2editor.library.order import Placement, order_edits, reorder, site_groups
    from os2editor.library.pack import write_pack
    from os2editor.library.replace import Match, find, replace_edits
    from os2editor.library.rounds import RoleChanges, Round, Status, review
    from os2editor.library.writing import (
        DocumentEdit,
        SaveStoppedError,
        Saving,
        apply_edits,
        save_documents,
    )

__all__ = [
    "Approval",
    "Baseline",
    "DocumentEdit",
    "Kind",
    "Library",
    "LibraryError",
    "Match",
    "Placement",
    "Resolved",
    "RoleChanges",
    "Round",
    "Row",
    "SaveStoppedError",
    "Saving",
    "Scan",
    "Status",
    "Versus",
    "apply_edits",
    "approval_edits",
    "commit_approval",
    "find",
    "is_role",
    "order_edits",
    "reorder",
    "replace_edits",
    "review",
    "save_documents",
    "site_groups",
    "write_pack",
]

_LAZY = {
    "Approval": ".approval",
    "approval_edits": ".approval",
    "commit_approval": ".approval",
    "Baseline": ".baseline",
    "Resolved": ".baseline",
    "Versus": ".baseline",
    "Kind": ".catalog",
    "Library": ".catalog",
    "Row": ".catalog",
    "Scan": ".catalog",
    "is_role": ".catalog",
    "LibraryError": ".files",
    "Placement": ".order",
    "order_edits": ".order",
    "reorder": ".order",
    "site_groups": ".order",
    "write_pack": ".pack",
    "Match": ".replace",
    "find": ".replace",
    "replace_edits": ".replace",
    "Round": ".rounds",
    "RoleChanges": ".rounds",
    "Status": ".rounds",
    "review": ".rounds",
    "DocumentEdit": ".writing",
    "SaveStoppedError": ".writing",
    "Saving": ".writing",
    "apply_edits": ".writing",
    "save_documents": ".writing",
}

__getattr__ = lazy_attributes(__name__, _LAZY)
