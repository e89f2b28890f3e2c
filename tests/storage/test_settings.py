"""Settings: defaults, round trip, recent files, and damaged files set aside with a message."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from os2editor.errors import WriteError
from os2editor.storage.paths import settings_file
from os2editor.storage.settings import MAX_RECENT_FILES, Settings, load_settings, save_settings


def test_no_file_gives_defaults_and_no_message(app_dirs: Path) -> None:
    settings, message = load_settings()
    assert settings == Settings()
    assert settings.organisation == "OS2"
    assert settings.show_preview is True
    assert settings.language == ""
    assert message is None
    assert list(app_dirs.iterdir()) == []


def test_round_trip_creates_the_config_folder(app_dirs: Path) -> None:
    settings = Settings(
        author="Sekretariatschef",
        organisation="OS2 – Offentligt Digitaliseringsfællesskab",
        language="da",
        show_preview=False,
        window_geometry="AdnQywADAAAAAAAA",
        window_state="AAAA/wAAAAD9",
    )
    settings.add_recent(app_dirs / "rolle.md")
    save_settings(settings)
    assert settings_file().is_file()
    loaded, message = load_settings()
    assert message is None
    assert loaded == settings


def test_add_recent_puts_newest_first_without_duplicates(tmp_path: Path) -> None:
    settings = Settings()
    for name in ["a.md", "b.md", "a.md"]:
        settings.add_recent(tmp_path / name)
    assert settings.recent_files == [str(tmp_path / "a.md"), str(tmp_path / "b.md")]


def test_add_recent_keeps_at_most_ten(tmp_path: Path) -> None:
    settings = Settings()
    for number in range(15):
        settings.add_recent(tmp_path / f"{number}.md")
    assert len(settings.recent_files) == MAX_RECENT_FILES
    assert settings.recent_files[0] == str(tmp_path / "14.md")
    assert settings.recent_files[-1] == str(tmp_path / "5.md")


def test_add_recent_makes_relative_paths_absolute(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    settings = Settings()
    settings.add_recent("rolle.md")
    assert settings.recent_files == [str(tmp_path / "rolle.md")]
    settings.remove_recent("rolle.md")
    assert settings.recent_files == []


def test_overlong_recent_list_in_file_is_trimmed_not_rejected() -> None:
    settings_file().parent.mkdir(parents=True)
    paths = [f"/r/{n}.md" for n in range(14)]
    settings_file().write_text(json.dumps({"recent_files": [*paths, paths[0]]}))
    settings, message = load_settings()
    assert message is None
    assert settings.recent_files == paths[:MAX_RECENT_FILES]


def test_unknown_keys_from_a_newer_version_are_ignored() -> None:
    settings_file().parent.mkdir(parents=True)
    settings_file().write_text(json.dumps({"author": "Anne", "future_option": 3}))
    settings, message = load_settings()
    assert message is None
    assert settings.author == "Anne"


@pytest.mark.parametrize(
    "content",
    [b"{not json", b"\xff\xfe\x00garbage", b'{"show_preview": "maybe"}', b"[1, 2]", b""],
    ids=["broken-json", "not-utf8", "wrong-type", "not-an-object", "empty"],
)
def test_damaged_file_is_set_aside_with_message(content: bytes) -> None:
    folder = settings_file().parent
    folder.mkdir(parents=True)
    settings_file().write_bytes(content)
    settings, message = load_settings()
    assert settings == Settings()
    assert message is not None
    assert message.code == "settings-damaged"
    assert "damaged" in message.text
    aside = [p for p in folder.iterdir() if p.name.startswith("settings.json.corrupt-")]
    assert len(aside) == 1
    assert aside[0].read_bytes() == content
    assert str(aside[0]) in message.text
    assert not settings_file().exists()


def test_two_damaged_files_in_one_second_both_kept() -> None:
    folder = settings_file().parent
    folder.mkdir(parents=True)
    for content in [b"{one", b"{two"]:
        settings_file().write_bytes(content)
        load_settings()
    kept = sorted(p.read_bytes() for p in folder.glob("settings.json.corrupt-*"))
    assert kept == [b"{one", b"{two"]


def test_unreadable_settings_give_defaults_and_message(monkeypatch: pytest.MonkeyPatch) -> None:
    # Permission denied (root reads everything, so the refusal is the OS's answer, patched):
    # the file may be fine, so it stays where it is.
    settings_file().parent.mkdir(parents=True)
    settings_file().write_text('{"author": "Bo"}', encoding="utf-8")
    real_open = os.open

    def refuse(path: object, *args: object, **kwargs: object) -> int:
        if os.fspath(path) == os.fspath(settings_file()):  # type: ignore[arg-type]
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", refuse)
    settings, message = load_settings()
    assert settings == Settings()
    assert message is not None
    assert message.code == "settings-unreadable"
    assert "could not be read" in message.text
    assert settings_file().read_text(encoding="utf-8") == '{"author": "Bo"}'


def test_a_folder_where_the_settings_belong_is_set_aside() -> None:
    settings_file().mkdir(parents=True)
    settings, message = load_settings()
    assert settings == Settings()
    assert message is not None and message.code == "settings-damaged"
    assert not settings_file().exists()
    assert any(p.is_dir() for p in settings_file().parent.glob("settings.json.corrupt-*"))


def test_save_into_uncreatable_folder_raises_write_error(
    app_dirs: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = app_dirs / "file"
    blocker.write_bytes(b"")
    monkeypatch.setenv("OS2EDITOR_HOME", str(blocker))
    with pytest.raises(WriteError, match="settings"):
        save_settings(Settings())


def test_saved_file_is_plain_json(app_dirs: Path) -> None:
    save_settings(Settings(author="Bo"))
    data = json.loads(settings_file().read_text("utf-8"))
    assert data["author"] == "Bo"
    assert os.listdir(settings_file().parent) == ["settings.json"]


def test_export_choices_round_trip_and_bad_ones_are_damage(app_dirs: Path) -> None:
    settings = Settings(export_format="pdf", export_template="/brevpapir/kommune.docx",
                        export_omit=["tasks", "collaboration", "conditions"],
                        export_language="en")
    save_settings(settings)
    assert load_settings() == (settings, None)
    for key, bad in (("export_format", "odt"), ("export_omit", ["tasks", "jobopslag"]),
                     ("export_omit", "tasks"), ("export_language", "de"),
                     ("export_template", 7)):
        with pytest.raises(ValueError, match=key):
            Settings.from_json({key: bad})


def test_the_export_parts_are_the_export_s() -> None:
    from os2editor.docx.blocks import PART_NAMES
    from os2editor.storage.settings import EXPORT_PARTS

    assert EXPORT_PARTS == PART_NAMES
