"""``os2editor export``: single files, batches, exit codes, messages, and a lean start."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import docx
import pytest

from os2editor.docx.blocks import PART_NAMES
from os2editor.docx.cli import PART_CHOICES, add_export_parser, run_export
from tests.helpers import export_in_process

from .helpers import ROLE_MD


def export(*argv: str) -> tuple[int, str, str]:
    """Run the export command in-process: (exit code, stdout, stderr)."""
    return export_in_process(add_export_parser, run_export, *argv)


@pytest.fixture
def role(tmp_path: Path) -> Path:
    path = tmp_path / "dataansvarlig.md"
    path.write_text(ROLE_MD, encoding="utf-8")
    return path


def test_single_file(role: Path, tmp_path: Path) -> None:
    target = tmp_path / "ud.docx"
    code, out, err = export(str(role), "-o", str(target), "--omit", "tasks", "--author", "HR")
    assert (code, err) == (0, "")
    assert out == f"[1/1] {role} -> {target}\n"
    document = docx.Document(str(target))
    assert document.core_properties.author == "HR"
    assert "Arbejdsopgaver og prioritering" not in [p.text for p in document.paragraphs]


def test_output_folder_for_a_single_file(role: Path, tmp_path: Path) -> None:
    folder = tmp_path / "ud"
    folder.mkdir()
    assert export(str(role), "-o", str(folder))[0] == 0
    assert (folder / "dataansvarlig.docx").is_file()


def test_batch_with_one_broken_file(role: Path, tmp_path: Path) -> None:
    source = role.parent
    (source / "andet.md").write_text(
        ROLE_MD.replace("Dataansvarlig", "Datavogter"), encoding="utf-8"
    )
    (source / "ødelagt.md").write_bytes(b"\xff\xfe\x00\x00binary")
    (source / "noter.txt").write_text("ikke med", encoding="utf-8")
    outdir = tmp_path / "out" / "word"
    code, out, err = export(str(source), "-o", str(outdir))
    assert code == 1
    assert out.splitlines() == [
        f"[1/3] {source / 'andet.md'} -> {outdir / 'andet.docx'}",
        f"[2/3] {source / 'dataansvarlig.md'} -> {outdir / 'dataansvarlig.docx'}",
    ]
    assert err.startswith("Skipped ") and "ødelagt.md" in err
    assert len(err.splitlines()) == 1
    assert sorted(p.name for p in outdir.iterdir()) == ["andet.docx", "dataansvarlig.docx"]


def test_batch_of_good_files_exits_0(role: Path, tmp_path: Path) -> None:
    code, out, _ = export(str(role.parent), "-o", str(tmp_path / "ud"))
    assert code == 0 and len(out.splitlines()) == 1


def test_unwritable_target_exits_2(role: Path, tmp_path: Path) -> None:
    code, out, err = export(str(role), "-o", str(tmp_path / "nej" / "ud.docx"))
    assert (code, out) == (2, "")
    assert err.startswith("os2editor export: Cannot save ")
    assert "does not exist" in err
    assert "Traceback" not in err


def test_folder_into_a_file_exits_2(role: Path, tmp_path: Path) -> None:
    plain = tmp_path / "fil.docx"
    plain.write_bytes(b"")
    code, _, err = export(str(role.parent), "-o", str(plain))
    assert code == 2 and "needs an output folder" in err


def test_bad_template_exits_2_before_writing(role: Path, tmp_path: Path) -> None:
    template = tmp_path / "brev.docx"
    template.write_text("ikke word", encoding="utf-8")
    target = tmp_path / "ud.docx"
    code, out, err = export(str(role), "-o", str(target), "--template", str(template))
    assert (code, out) == (2, "")
    assert err == f"os2editor export: The template {template} is not a Word document (.docx).\n"
    assert not target.exists()


def test_missing_source_exits_2(tmp_path: Path) -> None:
    code, _, err = export(str(tmp_path / "findes-ikke.md"), "-o", str(tmp_path / "x.docx"))
    assert code == 2 and "does not exist" in err


def test_unreadable_single_file_exits_1(tmp_path: Path) -> None:
    broken = tmp_path / "binær.md"
    broken.write_bytes(b"\x00\x01\x02")
    code, out, err = export(str(broken), "-o", str(tmp_path / "x.docx"))
    assert (code, out) == (1, "")
    assert err.startswith("Skipped ")


def test_unknown_part_is_a_usage_error(
    role: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as raised:
        export(str(role), "-o", str(tmp_path / "x.docx"), "--omit", "jobopslag")
    assert raised.value.code == 2
    assert "invalid choice: 'jobopslag'" in capsys.readouterr().err


def test_part_choices_match_the_exporter() -> None:
    assert PART_CHOICES == PART_NAMES


def test_cli_module_imports_nothing_heavy() -> None:
    """Building the parser must not load python-docx, lxml, markdown-it or the model."""
    code = (
        "import sys, argparse; from os2editor.docx.cli import add_export_parser; "
        "add_export_parser(argparse.ArgumentParser().add_subparsers()); "
        "heavy = ('docx', 'lxml', 'markdown_it', 'pydantic', 'PySide6'); "
        "print(sorted(m for m in heavy if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_a_description_all_in_front_matter_is_said_on_stderr(tmp_path: Path) -> None:
    """Issue 16 point 3."""
    from tests.helpers import FIXTURES

    target = tmp_path / "ud.docx"
    code, out, err = export(str(FIXTURES / "frontmatter-only.md"), "-o", str(target))
    assert code == 0 and target.is_file() and out.startswith("[1/1] ")
    assert err == (
        "Warning: All the text of this description is in its front matter, which an exported "
        "document (Word or PDF) does not show: the document holds only the title.\n"
    )


def test_omitting_a_part_the_description_lacks_is_said_on_stderr(
    role: Path, tmp_path: Path
) -> None:
    """Issue 16 point 4: ROLE_MD has no collaboration section."""
    code, _, err = export(
        str(role), "-o", str(tmp_path / "ud.docx"), "--omit", "collaboration", "tasks"
    )
    assert code == 0
    assert err == (
        "Warning: The description has no part “collaboration”, so there was nothing to "
        "leave out.\n"
    )


def test_pictures_are_read_from_the_descriptions_folder(tmp_path: Path) -> None:
    from .helpers import part_xml, png, xpath

    (tmp_path / "diagram.png").write_bytes(png())
    source = tmp_path / "rolle.md"
    source.write_text("# Rolle\n\n![Diagram](diagram.png)\n", encoding="utf-8")
    target = tmp_path / "ud" / "rolle.docx"
    target.parent.mkdir()
    code, _, err = export(str(source), "-o", str(target))
    assert (code, err) == (0, "")
    assert xpath(part_xml(target, "word/document.xml"), "//w:drawing")


def test_an_export_process_loads_no_network_modules(role: Path, tmp_path: Path) -> None:
    """urllib, http and email cost a command some 15 ms to import and an export uses none of
    them (xml.sax.saxutils would bring them in)."""
    code = (
        "import sys; from os2editor.cli import main; "
        f"rc = main(['export', {str(role)!r}, '-o', {str(tmp_path / 'r.docx')!r}]); "
        "print(rc, sorted(m for m in ('urllib.request', 'http.client', 'email.parser') "
        "if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120, check=True)
    assert result.stdout.splitlines()[-1] == "0 []"
    assert (tmp_path / "r.docx").read_bytes()[:2] == b"PK"
