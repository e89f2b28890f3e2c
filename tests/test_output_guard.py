"""An output never replaces an input, and never replaces anything that is not a regular file.

Each case is the input that destroyed a user's file once (issue "never lose work, part two",
points 1 and 2): the command must say one line on stderr, exit 2, and leave the input intact.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from os2editor.cli import main
from os2editor.errors import WriteError
from os2editor.storage.atomic import atomic_write
from tests.helpers import fixture_text

REFERENCE = fixture_text("reference.md")


@pytest.fixture
def role(tmp_path: Path) -> Path:
    path = tmp_path / "role.md"
    path.write_text(REFERENCE, encoding="utf-8")
    return path


def _refused(capsys: pytest.CaptureFixture[str], argv: list[str], words: str) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1, err
    assert words in err[0]


def test_export_onto_its_own_input_is_refused(
    role: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _refused(capsys, ["export", str(role), "-o", str(role)], "the .md extension")
    assert role.read_text(encoding="utf-8") == REFERENCE


def test_export_through_a_symlink_or_another_spelling_is_refused(
    role: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    link = role.parent / "link.docx"
    link.symlink_to(role)
    _refused(capsys, ["export", str(role), "-o", str(link)], "it is the input file")
    spelled = role.parent / ".." / role.parent.name / "." / role.name
    _refused(capsys, ["export", str(role), "-o", str(spelled)], "the .md extension")
    assert role.read_text(encoding="utf-8") == REFERENCE
    assert link.is_symlink()


def test_export_onto_a_hard_link_of_the_input_is_refused(
    role: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hard = role.parent / "same.docx"
    os.link(role, hard)
    _refused(capsys, ["export", str(role), "-o", str(hard)], "it is the input file")
    assert role.read_text(encoding="utf-8") == REFERENCE


def test_export_over_its_own_template_is_refused(
    role: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    template = tmp_path / "letterhead.docx"
    assert main(["export", str(role), "-o", str(template)]) == 0
    before = template.read_bytes()
    capsys.readouterr()
    _refused(capsys, ["export", str(role), "-o", str(template), "--template", str(template)],
             "it is the input file")
    assert template.read_bytes() == before


def test_export_to_any_md_name_is_refused(
    role: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "OTHER.MD"
    _refused(capsys, ["export", str(role), "-o", str(other)], "the .md extension")
    assert not other.exists()


@pytest.mark.parametrize("which", ["old", "new"])
def test_diff_onto_either_input_is_refused(
    role: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], which: str
) -> None:
    new = tmp_path / "new.md"
    new.write_text(REFERENCE.replace("Levere", "Aflevere"), encoding="utf-8")
    before = new.read_bytes()
    target = role if which == "old" else new
    _refused(capsys, ["diff", str(role), str(new), "-o", str(target)], "Refusing to write")
    assert role.read_text(encoding="utf-8") == REFERENCE
    assert new.read_bytes() == before
    link = tmp_path / f"{which}-link.docx"
    link.symlink_to(target)
    _refused(capsys, ["diff", str(role), str(new), "-o", str(link)], "it is the input file")
    assert target.read_bytes() == (REFERENCE.encode() if which == "old" else before)


def test_convert_onto_its_own_input_is_refused(
    role: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _refused(capsys, ["convert", str(role), "-o", str(role.parent / "." / role.name)],
             "it is the input file")
    assert role.read_text(encoding="utf-8") == REFERENCE


# -- special files ---------------------------------------------------------------------------


def _null_device(tmp_path: Path) -> Path:
    """A character device like /dev/null: our own node where we may make one (root), else
    /dev/null itself, which an ordinary user could not have replaced anyway."""
    node = tmp_path / "null"
    try:
        os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 3))
        with open(node, "wb"):
            pass
    except OSError:
        return Path("/dev/null")
    return node


def test_export_into_a_device_writes_into_it_and_leaves_the_node(
    role: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    device = _null_device(tmp_path)
    assert main(["export", str(role), "-o", str(device)]) == 0
    assert stat.S_ISCHR(os.stat(device).st_mode)
    assert main(["convert", str(role), "-o", str(device)]) == 0
    assert stat.S_ISCHR(os.stat(device).st_mode)


def test_a_full_device_is_a_clear_error_and_stays_a_device(
    role: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    node = tmp_path / "full"
    try:
        os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 7))
        with open(node, "wb"):
            pass
    except OSError:
        node = Path("/dev/full")
    capsys.readouterr()
    _refused(capsys, ["export", str(role), "-o", str(node)], "the disk is full")
    assert stat.S_ISCHR(os.stat(node).st_mode)


def test_the_window_and_autosave_never_write_into_a_device(tmp_path: Path) -> None:
    device = _null_device(tmp_path)
    with pytest.raises(WriteError) as caught:
        atomic_write(device, b"x")
    assert caught.value.message.code == "save-not-regular"
    assert stat.S_ISCHR(os.stat(device).st_mode)


def _in_process_group(argv: list[str], timeout: float) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "os2editor.cli", *argv], capture_output=True,
                          text=True, timeout=timeout, check=False, start_new_session=True)


def test_convert_into_a_fifo_nobody_reads_is_refused_without_hanging(
    role: Path, tmp_path: Path
) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    result = _in_process_group(["convert", str(role), "-o", str(fifo)], timeout=30)
    assert result.returncode == 2
    assert "no program is reading from it" in result.stderr
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_convert_into_a_fifo_with_a_reader_delivers_the_bytes(role: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=_read_all(fifo, received))
    reader.start()
    try:
        # The reader opens first; the writer then finds it.
        result = _wait_for_reader_then(lambda: main(["convert", str(role), "-o", str(fifo)]))
    finally:
        reader.join(timeout=30)
    assert result == 0
    assert received == [role.read_bytes()]
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def _read_all(fifo: Path, into: list[bytes]) -> Callable[[], None]:
    def read() -> None:
        with open(fifo, "rb") as handle:
            into.append(handle.read())

    return read


def _wait_for_reader_then(action: Callable[[], int]) -> int:
    # Opening for reading blocks until a writer comes, so the reader is waiting as soon as the
    # thread has run; retry while the open has not happened yet.
    for _ in range(200):
        result = action()
        if result == 0:
            return result
        threading.Event().wait(0.01)
    return result
