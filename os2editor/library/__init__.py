"""A folder of function descriptions: the yearly round's core, for the CLI and the window.

No Qt. The window's library view sits on these calls::

    library = Library(folder)                      # nothing read yet
    scan = library.scan(Baseline.approval())       # re-reads only files whose bytes changed
    scan.roles, scan.pages, scan.unreadable        # Row: title, facts (parent, nav_order,
                                                   #   approval), weekly_hours, due, changed,
                                                   #   warnings, problems, findings, error
    doc, fingerprint = library.take(row.path)      # open a role: its parsed document, no re-parse

    site_groups(scan.roles)                        # parent -> rows in site order
    plan = order_edits(reorder(rows_in_new_order), doc_for)   # nav_order, one line per move
    matches = find(library.documents(scan) | open_docs, "tekst")   # role, part, line, context
    plan = replace_edits(chosen, "ny tekst")       # one Batch per document: undone in one step
    plan = approval_edits(Approval.of("Bestyrelsen"), [(path, doc), ...])
    save_documents([Saving(path, doc, fingerprint), ...])          # atomic per file; stops
    commit_approval(library.work_tree, paths, approval.commit_message())   # those files only
    round_ = review(library, library.scan(Baseline.of_revision("v2025")))  # RoleChanges each
    write_pack(round_, "pakke.docx", author=name)       # or write_pack_pdf(..., "pakke.pdf")

A plan is a list of :class:`DocumentEdit` (path, document, Batch): the window applies each
through that document's editor (taking from the library the documents it has not opened), so
each is one undo step; scripts apply them with :func:`apply_edits`. Names load lazily.
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
    from os2editor.library.pack_pdf import write_pack_pdf
    from os2editor.library.replace import Match, find, replace_edits, search_pattern
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
    "search_pattern",
    "site_groups",
    "write_pack",
    "write_pack_pdf",
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
    "write_pack_pdf": ".pack_pdf",
    "Match": ".replace",
    "find": ".replace",
    "replace_edits": ".replace",
    "search_pattern": ".replace",
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
