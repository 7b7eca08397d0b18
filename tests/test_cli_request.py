"""`python -m app request DRAFT_FILE` on every example in resources/examples (issue 3, item 8).

Runs the real command in a subprocess with the user folders in a temporary place, and checks the
printed JSON against the field names of ../shared/api/ (routee-voice.md §3.2,
naxai-voice-broadcast.md §2); a damaged file gives a plain-words message and a non-zero exit.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "resources" / "examples"
FILES = sorted(EXAMPLES.glob("*.voicedraft"))
REFERENCE = "Example VD0000ABCD"

ROUTEE_FIELDS = {"from", "to", "contacts", "groups", "name", "fileURL", "message", "respectQuietHours",
                 "scheduledDate", "hangupDelay", "callback", "campaignCallback", "collectDtmfDigits",
                 "collectDtmfAwaitSeconds"}
NAXAI_FIELDS = {"name", "type", "from", "source", "file", "segmentIds", "inclubeUnsubscribed", "scheduledAt",
                "retries", "retryOnNoInput", "retryOnFailed", "retryDelays", "calendarId", "distribution",
                "dynamicName", "language", "voice", "voiceFlow", "actions"}
SNAKE_OR_LOWER_ALT = re.compile(r"_|fileUrl|collectDtmf$|scheduled_date")


def run_request(path: Path, tmp_path: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    """Run the command the way a support person would, with every user folder under tmp_path."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    for name in ("DATA", "CACHE", "LOG", "CONFIG"):
        folder = tmp_path / name.lower()
        folder.mkdir(exist_ok=True)
        env[f"VOICEDESK_{name}_DIR"] = str(folder)
    return subprocess.run([sys.executable, "-m", "app", "request", str(path), *extra], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=60)


def body_of(path: Path, tmp_path: Path) -> dict[str, Any]:
    result = run_request(path, tmp_path, "--reference", REFERENCE)
    assert result.returncode == 0, result.stderr
    body = json.loads(result.stdout)
    assert isinstance(body, dict)  # one POST per campaign for both providers
    return body


def draft_of(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))["draft"]


def test_examples_exist_for_both_providers_and_are_valid_draft_files() -> None:
    from app.services.draft_files import import_draft

    providers = {import_draft(p).provider.value for p in FILES}
    assert providers == {"routee", "naxai"} and len(FILES) >= 4
    for path in FILES:
        document = json.loads(path.read_text(encoding="utf-8"))
        assert document["format"] == "voicedesk-draft" and document["version"] == 1 and document["exported_at"]


def test_generator_rebuilds_the_same_examples(tmp_path: Path) -> None:
    sys.path.insert(0, str(EXAMPLES))
    try:
        import make_examples
    finally:
        sys.path.remove(str(EXAMPLES))
    written = make_examples.main(tmp_path)
    assert sorted(p.name for p in written) == [p.name for p in FILES]
    for path in written:
        assert draft_of(path) == draft_of(EXAMPLES / path.name), f"{path.name} is out of date: rerun the generator"


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_request_prints_exactly_the_documented_fields(path: Path, tmp_path: Path) -> None:
    draft = draft_of(path)
    body = body_of(path, tmp_path)
    assert body["name"] == REFERENCE
    for key in body:
        assert not SNAKE_OR_LOWER_ALT.search(key), key
    if draft["provider"] == "routee":
        assert set(body) <= ROUTEE_FIELDS, set(body) - ROUTEE_FIELDS
        assert body["from"].isdigit() and len(body["from"]) <= 16
        assert ("fileURL" in body) != ("message" in body)  # exactly one kind of message
        assert all(n.startswith("+") for n in body.get("to", []))
    else:
        assert set(body) <= NAXAI_FIELDS, set(body) - NAXAI_FIELDS
        assert "X-Version" not in body and "x-version" not in {k.lower() for k in body}  # a header
        assert len(body["retryDelays"]) == body["retries"] <= 3
        assert "welcome" in body["voiceFlow"] and body["voice"] in ("woman", "man")
        assert body["distribution"] in ("none", "dynamic")


def _by_stem(stem: str, tmp_path: Path) -> dict[str, Any]:
    return body_of(EXAMPLES / f"{stem}.voicedraft", tmp_path)


def test_routee_spoken_text(tmp_path: Path) -> None:
    body = _by_stem("routee-spoken-text", tmp_path)
    assert set(body) == {"from", "to", "name", "message"}  # defaults are left out
    assert set(body["message"]) == {"text", "language", "gender"} and body["message"]["gender"] == "female"
    assert body["to"] == ["+32470123456", "+32471234567", "+32472345678"]  # typed in three styles


def test_routee_wav_key_presses_callbacks_quiet_hours_schedule(tmp_path: Path) -> None:
    body = _by_stem("routee-wav-dtmf-callbacks", tmp_path)
    assert body["fileURL"].startswith("https://") and body["fileURL"].endswith(".wav") and "message" not in body
    assert body["collectDtmfDigits"] is True and body["collectDtmfAwaitSeconds"] == 10
    assert body["respectQuietHours"] is True and body["hangupDelay"] == 5
    assert body["scheduledDate"] == "2030-06-17T07:30:00Z"  # 09:30 in Brussels in summer, in UTC with Z
    assert body["callback"] == {"url": "https://hooks.example.com/voicedesk/message", "strategy": "OnChange"}
    assert body["campaignCallback"] == {"url": "https://hooks.example.com/voicedesk/campaign",
                                        "strategy": "OnCompletion"}


def test_naxai_spoken_text_with_retries_and_calendar(tmp_path: Path) -> None:
    body = _by_stem("naxai-spoken-text-retries-calendar", tmp_path)
    assert body["retries"] == 2 and body["retryDelays"] == [30, 240]
    assert body["retryOnNoInput"] is True and body["retryOnFailed"] is True
    assert re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", body["calendarId"])
    assert body["voiceFlow"]["welcome"]["say"].startswith("Bonjour") and body["language"] == "fr-BE"
    assert body["source"] == "file" and body["from"] == "3225550100"
    assert all(p.isdigit() for p in body["file"]["phones"])  # Naxai numbers go without the +
    assert body["scheduledAt"] is None


def test_naxai_call_script_menu_transfer_voicemail_schedule_distribution(tmp_path: Path) -> None:
    body = _by_stem("naxai-call-script-menu-transfer", tmp_path)
    flow = body["voiceFlow"]
    assert flow["machineDetection"] is True and flow["voicemail"]["say"]
    assert set(flow) == {"machineDetection", "voicemail", "welcome", "menu", "end"}
    choices = {c["key"]: c for c in flow["menu"]["choices"]}
    assert choices["1"]["say"] and flow["menu"]["replay"] == 1
    transfer = choices["2"]["transfer"]
    assert set(transfer) == {"destination", "attempts", "timeout", "whisper"}
    assert transfer["destination"] == "3225550199" and transfer["attempts"] == 2 and transfer["timeout"] == 20
    assert transfer["whisper"]["say"]
    assert body["distribution"] == "dynamic" and body["dynamicName"] == "agents-brussels"
    assert isinstance(body["scheduledAt"], int) and body["scheduledAt"] == 1907911800  # 2030-06-17 07:30Z


@pytest.mark.parametrize("content", [
    b'{"format": "voicedesk-draft", "version": 1, "draft": {"name": "Cut sh',
    b"\x89PNG\r\n\x1a\n\x00\x00binary",
    b'{"format": "voicedesk-draft", "version": 1, "draft": {"provider": "fax"}}',
    b'{"some": "other json"}',
    b"",
], ids=["cut-short", "binary", "bad-field", "not-a-draft", "empty"])
def test_damaged_file_prints_plain_words_and_fails(content: bytes, tmp_path: Path) -> None:
    path = tmp_path / "broken.voicedraft"
    path.write_bytes(content)
    result = run_request(path, tmp_path)
    assert result.returncode != 0 and result.stdout == ""
    message = result.stderr.strip()
    assert message and "Traceback" not in message and len(message.splitlines()) <= 3
    assert re.search(r"damaged|not a VoiceDesk draft|empty", message), message


def test_missing_file_and_unsendable_draft_fail_plainly(tmp_path: Path) -> None:
    result = run_request(tmp_path / "nowhere.voicedraft", tmp_path)
    assert result.returncode != 0 and "does not exist" in result.stderr and "Traceback" not in result.stderr
    document = json.loads((EXAMPLES / "routee-spoken-text.voicedraft").read_text(encoding="utf-8"))
    document["draft"]["delivery"]["sender"] = ""
    document["draft"]["audience"]["numbers_text"] = "not a number"
    bad = tmp_path / "unsendable.voicedraft"
    bad.write_text(json.dumps(document), encoding="utf-8")
    result = run_request(bad, tmp_path)
    assert result.returncode != 0 and "cannot be sent yet" in result.stderr and "Traceback" not in result.stderr
