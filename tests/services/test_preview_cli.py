"""`python -m app preview DRAFT_FILE -o OUT.wav` through preview_command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli_preview import preview_command, script_text
from app.domain.campaign import CampaignDraft
from app.domain.message import AudioFile, CallScript, Menu, Prompt, SpokenText, Welcome
from app.domain.providers import Gender, ProviderId
from app.services.wav_info import inspect_wav


def write_draft(path: Path, draft: CampaignDraft, version: int = 1) -> Path:
    doc = {"format": "voicedesk-draft", "version": version, "draft": draft.model_dump(mode="json")}
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_spoken_text_is_rendered(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    msg = SpokenText(text="Bonjour, votre rendez-vous est confirmé.", language="fr-BE",
                     gender=Gender.FEMALE)
    draft = write_draft(tmp_path / "a.voicedraft", CampaignDraft(message=msg))
    out = tmp_path / "out.wav"
    assert preview_command(draft, out) == 0
    assert inspect_wav(out).duration_seconds > 1
    assert "approximation" in capsys.readouterr().out


def test_call_script_renders_welcome_menu_and_end(tmp_path: Path) -> None:
    script = CallScript(
        welcome=Welcome(say="Bienvenue chez nous"),
        menu=Menu(say="Tapez 1 pour confirmer, 2 pour annuler."),
        end=Prompt(say="Au revoir"),
    )
    assert script_text(script) == (
        "Bienvenue chez nous.\nTapez 1 pour confirmer, 2 pour annuler.\nAu revoir."
    )
    draft = write_draft(tmp_path / "s.voicedraft", CampaignDraft(provider=ProviderId.NAXAI,
                                                                 message=script))
    out = tmp_path / "script.wav"
    assert preview_command(draft, out) == 0
    assert inspect_wav(out).duration_seconds > 3


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("{not json", "damaged"),
        (json.dumps({"format": "other"}), "not a VoiceDesk draft"),
        (json.dumps({"format": "voicedesk-draft", "version": 99, "draft": {}}), "newer version"),
    ],
)
def test_bad_draft_files_exit_non_zero(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, expected: str
) -> None:
    path = tmp_path / "bad.voicedraft"
    path.write_text(content, encoding="utf-8")
    out = tmp_path / "out.wav"
    assert preview_command(path, out) == 2
    assert expected in capsys.readouterr().err
    assert not out.exists()


def test_missing_file_and_nothing_to_say(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert preview_command(tmp_path / "nope.voicedraft", tmp_path / "o.wav") == 2
    recorded = CampaignDraft(message=AudioFile(url="https://x/a.wav"))
    audio = write_draft(tmp_path / "r.voicedraft", recorded)
    assert preview_command(audio, tmp_path / "o.wav") == 2
    empty = write_draft(tmp_path / "e.voicedraft", CampaignDraft(message=SpokenText(text="  ")))
    assert preview_command(empty, tmp_path / "o.wav") == 2
    err = capsys.readouterr().err
    assert "does not exist" in err and "recorded message" in err and "no text" in err
    spoken = write_draft(tmp_path / "t.voicedraft", CampaignDraft(message=SpokenText(text="Hi.")))
    assert preview_command(spoken, tmp_path / "missing-folder" / "o.wav") == 2
    assert "does not exist" in capsys.readouterr().err
