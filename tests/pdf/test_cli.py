"""``os2editor export ... -o X.pdf`` and ``--format``: single files, batches, bad input, and a
process that needs no display."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from os2editor.pdf.cli import add_export_parser, run_export
from tests.docx.helpers import ROLE_MD
from tests.helpers import export_in_process

from .helpers import page_text, reader


def export(*argv: str) -> tuple[int, str, str]:
    """Run the export command in-process: (exit code, stdout, stderr)."""
    return export_in_process(add_export_parser, run_export, *argv)


@pytest.fixture
def role(tmp_path: Path) -> Path:
    folder = tmp_path / "roller"
    folder.mkdir()
    path = folder / "dataansvarlig.md"
    path.write_text(ROLE_MD, encoding="utf-8")
    return path


def test_the_extension_chooses_pdf(role: Path, tmp_path: Path) -> None:
    target = tmp_path / "ud.pdf"
    code, out, err = export(str(role), "-o", str(target), "--omit", "tasks", "--author", "HR",
                            "--organisation", "Aarhus Kommune", "--language", "en")
    assert (code, err) == (0, "")
    assert out == f"[1/1] {role} -> {target}\n"
    pdf = reader(target.read_bytes())
    assert pdf.metadata is not None and pdf.metadata.author == "HR"
    text = " ".join(page_text(page) for page in pdf.pages)
    assert "Aarhus Kommune" in text and f"Page 1 of {len(pdf.pages)}" in text
    assert "Arbejdsopgaver og prioritering" not in text


def test_docx_stays_the_default(role: Path, tmp_path: Path) -> None:
    assert export(str(role), "-o", str(tmp_path / "ud.docx"))[0] == 0
    assert (tmp_path / "ud.docx").read_bytes()[:2] == b"PK"
    assert export(str(role), "-o", str(tmp_path / "ud"), "--format", "pdf")[0] == 0
    assert (tmp_path / "ud").read_bytes().startswith(b"%PDF-1.4")


def test_a_folder_exports_in_batch(role: Path, tmp_path: Path) -> None:
    (role.parent / "andet.md").write_text(ROLE_MD.replace("Dataansvarlig", "Datavogter"),
                                          encoding="utf-8")
    (role.parent / "ødelagt.md").write_bytes(b"\xff\xfe\x00\x00binary")
    outdir = tmp_path / "pdf"
    code, out, err = export(str(role.parent), "-o", str(outdir), "--format", "pdf")
    assert code == 1  # one source could not be read
    assert out.splitlines() == [
        f"[1/3] {role.parent / 'andet.md'} -> {outdir / 'andet.pdf'}",
        f"[2/3] {role} -> {outdir / 'dataansvarlig.pdf'}",
    ]
    assert err.startswith("Skipped ") and len(err.splitlines()) == 1
    assert sorted(path.name for path in outdir.iterdir()) == ["andet.pdf", "dataansvarlig.pdf"]


def test_a_single_file_into_a_folder(role: Path, tmp_path: Path) -> None:
    folder = tmp_path / "ud"
    folder.mkdir()
    assert export(str(role), "-o", str(folder), "--format", "pdf")[0] == 0
    assert (folder / "dataansvarlig.pdf").read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("mangler/ud.pdf", "the folder"),
        ("dataansvarlig.md", "the .md extension is for function descriptions"),
    ],
)
def test_bad_targets_exit_2_with_one_line(
    role: Path, name: str, message: str
) -> None:
    target = role.parent / name
    before = role.read_bytes()
    code, out, err = export(str(role), "-o", str(target), "--format", "pdf")
    assert (code, out) == (2, "")
    assert err.startswith("os2editor export: ") and message in err
    assert len(err.splitlines()) == 1 and "Traceback" not in err
    assert role.read_bytes() == before
    assert sorted(path.name for path in role.parent.iterdir()) == ["dataansvarlig.md"]


def test_output_reaching_the_input_is_refused(role: Path) -> None:
    link = role.parent / "ud.pdf"
    link.symlink_to(role)
    before = role.read_bytes()
    code, out, err = export(str(role), "-o", str(link))
    assert (code, out) == (2, "")
    assert "it is the input file" in err and len(err.splitlines()) == 1
    assert role.read_bytes() == before and link.is_symlink()


def test_unwritable_folder_exits_2_and_leaves_nothing(role: Path, tmp_path: Path) -> None:
    if os.geteuid() == 0:  # root writes anywhere: a file where the folder should be instead
        locked = tmp_path / "låst"
        locked.write_text("en fil", encoding="utf-8")
    else:
        locked = tmp_path / "låst"
        locked.mkdir()
        locked.chmod(0o500)
    code, out, err = export(str(role), "-o", str(locked / "ud.pdf"))
    assert (code, out) == (2, "")
    assert err.startswith("os2editor export: Cannot save ") and len(err.splitlines()) == 1


def test_an_extension_against_the_format_is_refused(role: Path, tmp_path: Path) -> None:
    code, _, err = export(str(role), "-o", str(tmp_path / "ud.docx"), "--format", "pdf")
    assert code == 2 and "ends in .docx, but the format is pdf" in err
    assert not (tmp_path / "ud.docx").exists()


def test_a_template_is_for_word_only(role: Path, tmp_path: Path) -> None:
    code, _, err = export(str(role), "-o", str(tmp_path / "ud.pdf"), "--template", "brev.docx")
    assert code == 2 and "--template is for Word" in err


def test_missing_source_exits_2(tmp_path: Path) -> None:
    code, _, err = export(str(tmp_path / "findes-ikke.md"), "-o", str(tmp_path / "x.pdf"))
    assert code == 2 and "does not exist" in err


def test_the_command_needs_no_display(role: Path, tmp_path: Path) -> None:
    """A fresh process, with a window platform asked for and no display to show it on."""
    target = tmp_path / "ud.pdf"
    env = {key: value for key, value in os.environ.items()
           if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["QT_QPA_PLATFORM"] = "xcb"
    result = subprocess.run(
        [sys.executable, "-m", "os2editor.cli", "export", str(role), "-o", str(target)],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )
    assert (result.returncode, result.stderr) == (0, "")
    assert target.read_bytes().startswith(b"%PDF-1.4")


def test_building_the_parser_loads_no_qt() -> None:
    code = (
        "import sys, argparse; from os2editor.pdf.cli import add_export_parser; "
        "add_export_parser(argparse.ArgumentParser().add_subparsers()); import os2editor.pdf; "
        "heavy = ('docx', 'lxml', 'markdown_it', 'pydantic', 'PySide6', 'pypdf'); "
        "print(sorted(m for m in heavy if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_a_word_export_loads_no_qt(role: Path, tmp_path: Path) -> None:
    code = (
        "import sys; from os2editor.cli import main; "
        f"main(['export', {str(role)!r}, '-o', {str(tmp_path / 'ud.docx')!r}]); "
        "print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.splitlines()[-1] == "False"
