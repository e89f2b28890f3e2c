"""What a save keeps (issue 14 point 20): extended attributes and POSIX ACLs where the
platform has them, permissions, what it does to links, and autosaves kept private."""

from __future__ import annotations

import os
import stat
import struct
from pathlib import Path

import pytest

from os2editor.storage.atomic import atomic_write
from os2editor.storage.recovery import autosave_file, new_doc_id, write_autosave

pytestmark = pytest.mark.skipif(not hasattr(os, "setxattr"), reason="Linux has xattrs in os")

ACL = "system.posix_acl_access"


def _acl(*entries: tuple[int, int, int]) -> bytes:
    """A POSIX ACL as Linux stores it: version 2, then (tag, permissions, id) entries."""
    return struct.pack("<I", 2) + b"".join(struct.pack("<HHI", *entry) for entry in entries)


UNDEFINED = 0xFFFFFFFF
# user::rw-, user:4242:rw-, group::r--, mask::rw-, other::---
SHARED_WITH_4242 = _acl((0x01, 6, UNDEFINED), (0x02, 6, 4242), (0x04, 4, UNDEFINED),
                        (0x10, 6, UNDEFINED), (0x20, 0, UNDEFINED))


def test_extended_attributes_are_kept(tmp_path: Path) -> None:
    target = tmp_path / "rolle.md"
    target.write_bytes(b"old")
    try:
        os.setxattr(target, "user.os2.status", b"godkendt")
    except OSError:
        pytest.skip("this file system has no user extended attributes")
    atomic_write(target, b"new")
    assert target.read_bytes() == b"new"
    assert os.getxattr(target, "user.os2.status") == b"godkendt"


def test_a_posix_acl_is_kept(tmp_path: Path) -> None:
    target = tmp_path / "rolle.md"
    target.write_bytes(b"old")
    try:
        os.setxattr(target, ACL, SHARED_WITH_4242)
    except OSError:
        pytest.skip("this file system has no POSIX ACLs")
    before = os.stat(target).st_mode
    atomic_write(target, b"new")
    assert os.getxattr(target, ACL) == SHARED_WITH_4242
    assert os.stat(target).st_mode == before


def test_a_hard_link_keeps_the_old_text_as_the_readme_says(tmp_path: Path) -> None:
    target = tmp_path / "rolle.md"
    target.write_bytes(b"old")
    other = tmp_path / "kopi.md"
    os.link(target, other)
    atomic_write(target, b"new")
    assert target.read_bytes() == b"new"
    assert other.read_bytes() == b"old"
    assert os.stat(target).st_nlink == 1
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    assert "A **hard link** does not survive a save" in readme


def test_the_new_text_is_never_readable_by_others_while_it_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "rolle.md"
    target.write_bytes(b"old")
    os.chmod(target, 0o600)
    seen: list[int] = []
    real_fsync = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: seen.append(os.fstat(fd).st_mode) or
                        real_fsync(fd))
    atomic_write(target, b"secret")
    assert stat.S_IMODE(seen[0]) == 0o600
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600


@pytest.mark.parametrize("document_mode", [0o600, 0o644])
def test_autosaves_are_never_more_readable_than_their_document(
    tmp_path: Path, document_mode: int
) -> None:
    document = tmp_path / "rolle.md"
    document.write_bytes(b"# x\n")
    os.chmod(document, document_mode)
    doc_id = new_doc_id()
    write_autosave(doc_id, document, "# x, rettet\n")
    autosave = autosave_file(doc_id)
    assert stat.S_IMODE(os.stat(autosave).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(autosave.parent).st_mode) == 0o700
    os.chmod(autosave, 0o644)  # left so by an older version: tightened at the next autosave
    write_autosave(doc_id, document, "# x, rettet igen\n")
    assert stat.S_IMODE(os.stat(autosave).st_mode) == 0o600
