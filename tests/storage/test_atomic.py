"""atomic_write: exact bytes, kept permissions, stale temp cleanup, plain-words failures."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from os2editor.errors import ReadError, WriteError
from os2editor.storage.atomic import (
    ChangedOnDiskError,
    atomic_write,
    changed_since,
    file_fingerprint,
    remove_stale_temp_files,
)

ROLE_TEXT = "---\r\ntitle: Sekretær\r\n---\r\n\r\n# Sekretær  \r\n\r\n- Møder æøå\r\n"


def _temp_files(folder: Path) -> list[Path]:
    return sorted(folder.glob(".*.os2editor-*.tmp"))


def test_writes_exact_bytes_crlf_bom_and_no_final_newline(tmp_path: Path) -> None:
    target = tmp_path / "rolle.md"
    data = b"\xef\xbb\xbf" + ROLE_TEXT.encode("utf-8") + b"slut uden linjeskift"
    atomic_write(target, data)
    assert target.read_bytes() == data
    assert _temp_files(tmp_path) == []


def test_replaces_existing_content_completely(tmp_path: Path) -> None:
    target = tmp_path / "rolle.md"
    target.write_bytes(b"x" * 10_000)
    atomic_write(target, b"kort")
    assert target.read_bytes() == b"kort"


def test_keeps_permission_bits_of_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "rolle.md"
    target.write_bytes(b"old")
    os.chmod(target, 0o640)
    atomic_write(target, b"new")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    os.chmod(target, 0o755)
    atomic_write(target, b"newer")
    assert stat.S_IMODE(target.stat().st_mode) == 0o755


def test_new_file_gets_ordinary_permissions(tmp_path: Path) -> None:
    target = tmp_path / "ny.md"
    atomic_write(target, b"x")
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask


def test_symlink_stays_a_link_and_its_target_is_updated(tmp_path: Path) -> None:
    real = tmp_path / "real.md"
    real.write_bytes(b"old")
    link = tmp_path / "link.md"
    link.symlink_to(real)
    atomic_write(link, b"new")
    assert link.is_symlink()
    assert real.read_bytes() == b"new"


def test_removes_stale_temp_files_of_that_target_only(tmp_path: Path) -> None:
    target = tmp_path / "rolle.md"
    stale = [tmp_path / f".rolle.md.os2editor-dead0{n}.tmp" for n in (1, 2)]
    for file in stale:
        file.write_bytes(b"half a save")
    other = tmp_path / ".andet.md.os2editor-dead03.tmp"
    other.write_bytes(b"belongs to another file")
    unrelated = tmp_path / ".rolle.md.swp"
    unrelated.write_bytes(b"vim")
    atomic_write(target, b"new")
    assert [p.exists() for p in stale] == [False, False]
    assert other.exists()
    assert unrelated.exists()


def test_remove_stale_temp_files_reports_what_it_removed(tmp_path: Path) -> None:
    stale = tmp_path / ".a.md.os2editor-0.tmp"
    stale.write_bytes(b"")
    assert remove_stale_temp_files(tmp_path / "a.md") == [stale]
    assert remove_stale_temp_files(tmp_path / "a.md") == []


def test_missing_folder(tmp_path: Path) -> None:
    target = tmp_path / "gone" / "rolle.md"
    with pytest.raises(WriteError) as caught:
        atomic_write(target, b"x")
    message = str(caught.value)
    assert str(target) in message
    assert "does not exist" in message
    assert str(tmp_path / "gone") in message


def test_folder_removed_after_open(tmp_path: Path) -> None:
    folder = tmp_path / "projekt"
    folder.mkdir()
    target = folder / "rolle.md"
    target.write_bytes(b"old")
    for child in folder.iterdir():
        child.unlink()
    folder.rmdir()
    with pytest.raises(WriteError, match="does not exist"):
        atomic_write(target, b"x")


def test_path_under_a_file(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_bytes(b"")
    target = blocker / "rolle.md"
    with pytest.raises(WriteError) as caught:
        atomic_write(target, b"x")
    assert str(target) in str(caught.value)
    assert "part of the path is a file" in str(caught.value)


def test_target_is_a_folder(tmp_path: Path) -> None:
    target = tmp_path / "rolle.md"
    target.mkdir()
    with pytest.raises(WriteError) as caught:
        atomic_write(target, b"x")
    assert str(target) in str(caught.value)
    assert "is a folder" in str(caught.value)
    assert target.is_dir()
    assert _temp_files(tmp_path) == []


def _failing(code: int) -> OSError:
    return OSError(code, os.strerror(code))


def test_permission_denied_on_create(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "rolle.md"
    target.write_bytes(b"old")

    def deny(*args: object, **kwargs: object) -> int:
        raise _failing(errno.EACCES)

    monkeypatch.setattr(os, "open", deny)
    with pytest.raises(WriteError) as caught:
        atomic_write(target, b"new")
    monkeypatch.undo()
    assert str(target) in str(caught.value)
    assert "permission denied" in str(caught.value)
    assert target.read_bytes() == b"old"
    assert _temp_files(tmp_path) == []


def test_disk_full_midway_keeps_old_file_and_leaves_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "rolle.md"
    target.write_bytes(b"old")
    real_write = os.write
    calls: list[int] = []

    def fill_disk(fd: int, data: memoryview) -> int:
        calls.append(fd)
        if len(calls) > 1:
            raise _failing(errno.ENOSPC)
        # A short write first, so the save is really interrupted half-way.
        return real_write(fd, data[:10])

    monkeypatch.setattr(os, "write", fill_disk)
    with pytest.raises(WriteError) as caught:
        atomic_write(target, b"n" * 1000)
    monkeypatch.undo()
    assert "disk is full" in str(caught.value)
    assert str(target) in str(caught.value)
    assert target.read_bytes() == b"old"
    assert _temp_files(tmp_path) == []


def test_failed_fsync_leaves_no_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "rolle.md"

    def broken_fsync(fd: int) -> None:
        raise _failing(errno.EIO)

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(WriteError) as caught:
        atomic_write(target, b"x")
    monkeypatch.undo()
    assert str(target) in str(caught.value)
    assert not target.exists()
    assert _temp_files(tmp_path) == []


def test_permission_denied_on_replace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "rolle.md"
    target.write_bytes(b"old")

    def deny(src: object, dst: object) -> None:
        raise _failing(errno.EPERM)

    monkeypatch.setattr(os, "replace", deny)
    with pytest.raises(WriteError, match="permission denied"):
        atomic_write(target, b"new")
    monkeypatch.undo()
    assert target.read_bytes() == b"old"
    assert _temp_files(tmp_path) == []


def test_write_error_keeps_the_os_error_as_cause(tmp_path: Path) -> None:
    with pytest.raises(WriteError) as caught:
        atomic_write(tmp_path / "gone" / "x.md", b"x")
    assert isinstance(caught.value.__cause__, FileNotFoundError)


def test_fingerprint_matches_what_was_written(tmp_path: Path) -> None:
    target = tmp_path / "rolle.md"
    written = atomic_write(target, b"indhold")
    assert written == file_fingerprint(target)
    assert written.size == 7


def test_touch_without_content_change_is_not_a_change(tmp_path: Path) -> None:
    target = tmp_path / "rolle.md"
    target.write_bytes(b"indhold")
    before = file_fingerprint(target)
    os.utime(target, ns=(before.mtime_ns + 5_000_000_000, before.mtime_ns + 5_000_000_000))
    assert file_fingerprint(target).mtime_ns != before.mtime_ns
    assert not changed_since(target, before)


def test_content_change_of_same_size_is_a_change(tmp_path: Path) -> None:
    target = tmp_path / "rolle.md"
    target.write_bytes(b"indhold")
    before = file_fingerprint(target)
    target.write_bytes(b"INDHOLD")
    os.utime(target, ns=(before.mtime_ns, before.mtime_ns))
    assert changed_since(target, before)


def test_deleted_file_counts_as_changed(tmp_path: Path) -> None:
    target = tmp_path / "rolle.md"
    target.write_bytes(b"indhold")
    before = file_fingerprint(target)
    target.unlink()
    assert changed_since(target, before)


def test_fingerprint_of_missing_file_is_a_read_error(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="there is no such file"):
        file_fingerprint(tmp_path / "ingen.md")


def test_fingerprint_of_a_watched_file_replaced_by_a_pipe_neither_hangs_nor_matches(
    tmp_path: Path,
) -> None:
    target = tmp_path / "rolle.md"
    fingerprint = atomic_write(target, b"saved")
    target.unlink()
    os.mkfifo(target)  # nobody writes into it: a read would wait for ever
    with pytest.raises(ReadError, match="device, pipe or socket"):
        file_fingerprint(target)
    assert changed_since(target, fingerprint)


def test_read_only_file_is_not_replaced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Root may write anything, so the check "may I write this file?" is answered for a user.
    target = tmp_path / "rolle.md"
    target.write_bytes(b"old")
    real_access = os.access
    monkeypatch.setattr(
        os, "access", lambda p, mode: False if Path(p) == target else real_access(p, mode)
    )
    with pytest.raises(WriteError) as caught:
        atomic_write(target, b"new")
    monkeypatch.undo()
    assert str(target) in str(caught.value)
    assert "permission denied" in str(caught.value)
    assert target.read_bytes() == b"old"
    assert _temp_files(tmp_path) == []


def test_owner_is_kept_when_allowed(tmp_path: Path) -> None:
    target = tmp_path / "rolle.md"
    target.write_bytes(b"old")
    if os.geteuid() == 0:
        os.chown(target, 1234, 4321)
    before = target.stat()
    atomic_write(target, b"new")
    after = target.stat()
    assert (after.st_uid, after.st_gid) == (before.st_uid, before.st_gid)


def test_expected_fingerprint_guards_against_overwriting_others(tmp_path: Path) -> None:
    target = tmp_path / "rolle.md"
    known = atomic_write(target, b"ours")
    target.write_bytes(b"theirs from git pull")
    with pytest.raises(ChangedOnDiskError) as caught:
        atomic_write(target, b"ours, edited", expected=known)
    assert isinstance(caught.value, WriteError)
    assert str(target) in str(caught.value)
    assert "changed by another program" in str(caught.value)
    assert target.read_bytes() == b"theirs from git pull"


def test_expected_fingerprint_allows_saving_an_unchanged_file(tmp_path: Path) -> None:
    target = tmp_path / "rolle.md"
    known = atomic_write(target, b"ours")
    os.utime(target)  # touched, same content
    second = atomic_write(target, b"ours, edited", expected=known)
    third = atomic_write(target, b"ours, edited again", expected=second)
    assert target.read_bytes() == b"ours, edited again"
    assert third == file_fingerprint(target)


def test_expected_fingerprint_of_a_deleted_file_saves_it_again(tmp_path: Path) -> None:
    target = tmp_path / "rolle.md"
    known = atomic_write(target, b"ours")
    target.unlink()
    atomic_write(target, b"ours again", expected=known)
    assert target.read_bytes() == b"ours again"


def test_a_long_name_that_the_system_allows_can_be_saved(tmp_path: Path) -> None:
    # 250 bytes is a valid name; with a temporary file's additions it would not be.
    target = tmp_path / ("rolle-" + "æ" * 120 + ".md")
    assert len(os.fsencode(target.name)) == 249
    atomic_write(target, b"first")
    atomic_write(target, b"second")
    assert target.read_bytes() == b"second"
    assert sorted(os.listdir(tmp_path)) == [target.name]


def test_a_name_with_glob_characters_cleans_only_its_own_temp_files(tmp_path: Path) -> None:
    target = tmp_path / "rolle[1].md"
    mine = tmp_path / ".rolle[1].md.os2editor-dead01.tmp"
    other = tmp_path / ".rolle1.md.os2editor-dead02.tmp"
    mine.write_bytes(b"left by a killed save")
    other.write_bytes(b"someone else's")
    atomic_write(target, b"x")
    assert not mine.exists()
    assert other.exists()
