"""The recorded-message picker: a valid WAV becomes the draft's local file and shows its facts; an
invalid one is explained in plain words and changes nothing; "Check address" compares the two."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from app.domain.message import AudioFile
from app.providers.sandbox.server import LoopbackServer
from app.ui.tasks import TaskRunner
from app.ui.viewmodels.draft_vm import DraftViewModel
from app.ui.viewmodels.preview_vm import PreviewViewModel
from app.ui.widgets.wav_picker import WavPicker
from tests.services.test_audio_check import Files, wav_bytes

URL = "https://example.org/message.wav"


@pytest.fixture
def draft_vm(qtbot) -> DraftViewModel:  # noqa: ANN001
    vm = DraftViewModel()
    vm.set_message_kind("audio")
    vm.set_audio_url(URL)
    return vm


@pytest.fixture
def picker(qtbot, draft_vm: DraftViewModel):  # noqa: ANN001, ANN201
    # Playing is not exercised here, so the preview service is never asked to render.
    preview = PreviewViewModel(SimpleNamespace(cancel=lambda: None), TaskRunner())
    widget = WavPicker(draft_vm, preview, TaskRunner())
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    preview.shutdown()


def test_a_valid_wav_becomes_the_local_file_and_shows_its_facts(
    picker, draft_vm, tmp_path: Path
) -> None:
    path = tmp_path / "message.wav"
    path.write_bytes(wav_bytes(2.5))
    picker.on_file_chosen(str(path))
    assert draft_vm.draft.message == AudioFile(url=URL, local_path=str(path))
    facts = picker.facts_label.text()
    assert "2.5 seconds" in facts and "mono" in facts and "8,000 Hz" in facts and "PCM" in facts
    assert picker.play_button.isEnabled()


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "is empty"),
        (b"ID3\x04\x00\x00\x00\x00\x00\x00" + b"\xff\xfb\x90\x00" * 100, "MP3 file renamed"),
        (wav_bytes(2.0)[:3000], "cut short"),
    ],
    ids=["empty", "renamed-mp3", "truncated"],
)
def test_an_invalid_file_is_explained_and_changes_nothing(
    picker, draft_vm, tmp_path: Path, content: bytes, words: str  # noqa: ANN001
) -> None:
    before = draft_vm.draft.message
    path = tmp_path / "bad.wav"
    path.write_bytes(content)
    picker.on_file_chosen(str(path))
    assert draft_vm.draft.message == before
    assert words in picker.facts_label.text()
    assert not picker.play_button.isEnabled()


def test_check_address_shows_that_it_is_the_same_recording(
    qloop, qtbot, draft_vm, tmp_path: Path
) -> None:
    path = tmp_path / "message.wav"
    path.write_bytes(wav_bytes(1.5))
    files = Files()
    files.files["/message.wav"] = path.read_bytes()
    preview = PreviewViewModel(SimpleNamespace(cancel=lambda: None), TaskRunner())
    widget = WavPicker(draft_vm, preview, TaskRunner())
    qtbot.addWidget(widget)
    with LoopbackServer(files) as server:
        draft_vm.set_audio_url(f"{server.url}/message.wav")
        widget.on_file_chosen(str(path))
        assert widget.check_button.isEnabled()
        widget.check_button.click()
        assert not widget.check_button.isEnabled()
        qloop.run_until(lambda: widget.check_button.isEnabled(), timeout=10)
    assert widget.check_label.text() == "This is the same recording."
    preview.shutdown()
