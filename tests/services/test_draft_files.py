"""`.voicedraft` export and import: round trip, new id, atomic write, plain errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.domain.campaign import DRAFT_FORMAT_VERSION, CampaignDraft
from app.domain.message import CallScript, Menu, MenuChoice, Welcome
from app.domain.providers import ProviderId
from app.domain.recipients import Audience
from app.services.draft_files import (
    FILE_FORMAT,
    DraftFileError,
    export_draft,
    import_draft,
)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A folder of its own (tmp_path also holds the user folders of the root conftest)."""
    path = tmp_path / "files"
    path.mkdir()
    return path


def _draft() -> CampaignDraft:
    return CampaignDraft(
        name="École fermée",
        provider=ProviderId.NAXAI,
        message=CallScript(
            welcome=Welcome(say="Bonjour"),
            menu=Menu(say="Tapez 1", choices=[MenuChoice(key="1", say="Merci")]),
        ),
        audience=Audience(numbers_text="0470 00 00 01\n0470 00 00 02"),
    )


def test_round_trip_gives_same_draft_with_new_id(folder: Path) -> None:
    draft = _draft()
    path = export_draft(draft, folder / "school")
    assert path.name == "school.voicedraft"
    doc = json.loads(path.read_text("utf-8"))
    assert doc["format"] == FILE_FORMAT and doc["version"] == DRAFT_FORMAT_VERSION
    assert "exported_at" in doc and doc["draft"]["name"] == "École fermée"
    imported = import_draft(path)
    assert imported.id != draft.id
    assert imported.model_dump(exclude={"id", "updated_at"}) == draft.model_dump(
        exclude={"id", "updated_at"}
    )
    assert import_draft(path).id != imported.id


def test_export_is_atomic_and_leaves_no_temp_file(folder: Path) -> None:
    target = folder / "d.voicedraft"
    target.write_text("old content")
    export_draft(_draft(), target)
    assert sorted(p.name for p in folder.iterdir()) == ["d.voicedraft"]
    assert json.loads(target.read_text())["format"] == FILE_FORMAT


def test_export_failure_keeps_old_file(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = folder / "d.voicedraft"
    target.write_text("old content")

    def boom(*_a: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("app.services.draft_files.os.replace", boom)
    with pytest.raises(DraftFileError, match="disk is full"):
        export_draft(_draft(), target)
    assert target.read_text() == "old content"
    assert sorted(p.name for p in folder.iterdir()) == ["d.voicedraft"]


def test_export_to_missing_folder(folder: Path) -> None:
    with pytest.raises(DraftFileError, match="does not exist"):
        export_draft(_draft(), folder / "nope" / "d.voicedraft")


def _good_doc() -> dict:
    return json.loads(
        json.dumps(
            {
                "format": FILE_FORMAT,
                "version": 1,
                "exported_at": "x",
                "draft": _draft().model_dump(mode="json"),
            }
        )
    )


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "empty"),
        (b"\xff\xfe\x00garbage", "not text"),
        (b'{"format": "voicedesk-draft", "version": 1, "dra', "cut short"),
        (b"[1, 2, 3]", "not a VoiceDesk draft"),
        (b'{"format": "something-else", "version": 1, "draft": {}}', "not a VoiceDesk draft"),
        (b'{"format": "voicedesk-draft", "draft": {}}', "version number"),
        (
            b'{"format": "voicedesk-draft", "version": 99, "draft": {}}',
            "newer version of VoiceDesk",
        ),
        (b'{"format": "voicedesk-draft", "version": 1}', "holds no draft"),
    ],
)
def test_bad_files_explain_and_change_nothing(folder: Path, content: bytes, expected: str) -> None:
    path = folder / "bad.voicedraft"
    path.write_bytes(content)
    with pytest.raises(DraftFileError, match=expected):
        import_draft(path)
    assert path.read_bytes() == content
    assert sorted(p.name for p in folder.iterdir()) == ["bad.voicedraft"]


def test_invalid_field_names_the_field(folder: Path) -> None:
    doc = _good_doc()
    doc["draft"]["provider"] = "carrier-pigeon"
    path = folder / "bad.voicedraft"
    path.write_text(json.dumps(doc))
    with pytest.raises(DraftFileError, match="provider") as info:
        import_draft(path)
    assert info.value.message.startswith("This draft file is damaged")


def test_truncated_real_export(folder: Path) -> None:
    path = export_draft(_draft(), folder / "d.voicedraft")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(DraftFileError, match="damaged"):
        import_draft(path)


def test_missing_file_and_folder(folder: Path) -> None:
    with pytest.raises(DraftFileError, match="does not exist"):
        import_draft(folder / "missing.voicedraft")
    with pytest.raises(DraftFileError, match="folder"):
        import_draft(folder)
