"""Pure Routee mapping: draft -> request body, documented limits, state mapping, error reading."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
import pytest
from pydantic import ValidationError

from app.domain.campaign import CampaignDraft, CampaignState
from app.domain.delivery import Callback, DeliverySettings, Schedule
from app.domain.message import AudioFile, CallScript, SpokenText
from app.domain.recipients import Audience
from app.domain.validation import DraftInvalid
from app.providers import errors
from app.providers.http import ErrorBody
from app.providers.routee import mapping
from app.providers.routee.client import classify_routee_error, parse_routee_error
from app.providers.routee.models import (
    RouteeCampaignState,
    RouteeMessageStatus,
    TrackingStatus,
    VoiceCampaign,
    VoiceCampaignRequest,
    VoiceTracking,
)
from tests.providers.routee.conftest import NUMBERS, make_draft

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)

# routee-voice.md §3.1: every request key and its JSON type.
DOC_CAMPAIGN_FIELDS = {
    "from": str, "to": list, "contacts": list, "groups": list, "name": str, "fileURL": str,
    "message": dict, "respectQuietHours": bool, "ignoreDnd": bool, "scheduledDate": str,
    "hangupDelay": int, "callback": dict, "campaignCallback": dict, "collectDtmfDigits": bool,
    "collectDtmfAwaitSeconds": int,
}


def full_draft() -> CampaignDraft:
    draft = make_draft(
        respect_quiet_hours=True, collect_dtmf=True, dtmf_wait_seconds=5, hangup_delay=19,
        schedule=Schedule(send_at=NOW + timedelta(hours=2)),
        message_callback=Callback(url="https://example.com/msg", strategy="OnChange"),
        campaign_callback=Callback(url="https://example.com/camp", strategy="OnCompletion"),
    )
    draft.audience = Audience(contacts=["c1"], groups=["VIP"])
    return draft


def test_request_model_aliases_are_exactly_the_documented_names() -> None:
    aliases = {f.alias or name for name, f in VoiceCampaignRequest.model_fields.items()}
    assert aliases == set(DOC_CAMPAIGN_FIELDS)


def test_full_draft_maps_every_field_with_documented_names_and_types() -> None:
    body = mapping.campaign_request(full_draft(), "Spring sale VD1234ABCD", NUMBERS, now=NOW).body()
    assert set(body) == set(DOC_CAMPAIGN_FIELDS) - {"fileURL", "ignoreDnd"}
    for key, value in body.items():
        assert isinstance(value, DOC_CAMPAIGN_FIELDS[key]), key
    assert body["message"] == {"text": "Hello, this is a test call.", "language": "en-US", "gender": "female"}
    assert body["scheduledDate"] == "2026-11-24T14:00:00Z"
    assert body["callback"] == {"url": "https://example.com/msg", "strategy": "OnChange"}
    assert body["to"] == NUMBERS and body["contacts"] == ["c1"] and body["groups"] == ["VIP"]


def test_audio_draft_sends_file_url_only_and_omits_defaults() -> None:
    draft = make_draft()
    draft.message = AudioFile(url="https://cdn.example.com/promo.WAV")
    body = mapping.campaign_request(draft, "Promo", ["+306977663127"], now=NOW).body()
    assert body == {"from": "+306912345678", "to": ["+306977663127"], "name": "Promo",
                    "fileURL": "https://cdn.example.com/promo.WAV"}


def test_a_start_time_that_has_passed_is_refused_not_sent_at_once() -> None:
    with pytest.raises(DraftInvalid) as caught:
        mapping.campaign_request(make_draft(schedule=Schedule(send_at=NOW - timedelta(minutes=1))),
                                 "Now", NUMBERS, now=NOW)
    assert [p.field for p in caught.value.problems] == ["delivery.schedule.send_at"]


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        (lambda d: setattr(d.delivery, "sender", "VoiceDesk"), "delivery.sender", "numeric"),
        (lambda d: setattr(d.delivery, "sender", "+" + "1" * 16), "delivery.sender", "16"),
        (lambda d: setattr(d.delivery, "sender", ""), "delivery.sender", "caller number"),
        (lambda d: setattr(d, "message", SpokenText(text="x" * 1001)), "message.text", "1,000"),
        (lambda d: setattr(d, "message", SpokenText(text=" ")), "message.text", "Type the text"),
        (lambda d: setattr(d, "message", SpokenText(text="Hi", language="nl-BE")), "message.language", "nl-BE"),
        (lambda d: setattr(d, "message", AudioFile(url="https://x.example/a.mp3")), "message.url", ".wav"),
        (lambda d: setattr(d, "message", CallScript()), "message", "call scripts"),
        (lambda d: setattr(d.delivery, "message_callback", Callback(url="http://x.example/cb")),
         "delivery.message_callback.url", "https://"),
        (lambda d: setattr(d.delivery, "campaign_callback", Callback(url="ftp://x")),
         "delivery.campaign_callback.url", "https://"),
        (lambda d: setattr(d.delivery, "hangup_delay", 0), "delivery.hangup_delay", "between 1 and 60"),
        (lambda d: setattr(d.delivery, "dtmf_wait_seconds", 3), "delivery.dtmf_wait_seconds", "key-press"),
        (lambda d: setattr(d.audience, "groups", [f"g{i}" for i in range(1001)]), "audience.groups", "1,000"),
        (lambda d: setattr(d.audience, "contacts", [f"c{i}" for i in range(1001)]), "audience.contacts", "1,000"),
    ],
)
def test_each_documented_limit_is_checked_before_sending(change, field: str, words: str) -> None:  # type: ignore[no-untyped-def]
    draft = make_draft()
    change(draft)
    with pytest.raises(DraftInvalid) as info:
        mapping.campaign_request(draft, "Campaign", NUMBERS, now=NOW)
    problems = {p.field: p.message for p in info.value.problems}
    assert field in problems, problems
    assert words in problems[field]


@pytest.mark.parametrize("name", ["A", "x" * 31, "Sale_2026", "Ventes été"])
def test_campaign_name_rule(name: str) -> None:
    with pytest.raises(DraftInvalid) as info:
        mapping.campaign_request(make_draft(), name, NUMBERS, now=NOW)
    assert [p.field for p in info.value.problems] == ["name"]


def test_recipient_limits_and_format() -> None:
    numbers = [f"+3069{i:08d}" for i in range(1001)]
    with pytest.raises(DraftInvalid) as info:
        mapping.campaign_request(make_draft(), "Big", numbers, now=NOW)
    assert "at most 1,000 phone numbers" in info.value.problems[0].message
    with pytest.raises(DraftInvalid) as info:
        mapping.campaign_request(make_draft(), "Empty", [], now=NOW)
    assert info.value.problems[0].field == "audience.numbers"
    with pytest.raises(DraftInvalid) as info:
        mapping.campaign_request(make_draft(), "Local", ["0470123456"], now=NOW)
    assert "international format" in info.value.problems[0].message
    assert mapping.campaign_request(make_draft(), "Max", numbers[:1000], now=NOW).to == numbers[:1000]


def test_every_problem_is_reported_at_once() -> None:
    draft = make_draft(sender="abc")
    draft.message = SpokenText(text="")
    with pytest.raises(DraftInvalid) as info:
        mapping.campaign_request(draft, "x", [], now=NOW)
    assert {p.field for p in info.value.problems} == {"delivery.sender", "name", "audience.numbers", "message.text"}


def test_request_models_are_strict_and_response_models_tolerant() -> None:
    with pytest.raises(ValidationError):
        VoiceCampaignRequest.model_validate({"from": "1", "to": ["+1"], "sender": "x"})
    campaign = VoiceCampaign.model_validate({"trackingId": "t", "state": "Archived", "newField": 1})
    assert campaign.state_kind is RouteeCampaignState.UNRECOGNISED
    assert campaign.model_extra == {"newField": 1}
    assert TrackingStatus(status="Voicemail").kind is RouteeMessageStatus.UNRECOGNISED
    assert TrackingStatus(status="NoAnswer").kind is RouteeMessageStatus.NO_ANSWER


@pytest.mark.parametrize(
    ("state", "finished", "total", "expected"),
    [("Scheduled", 0, 3, CampaignState.SCHEDULED), ("Queued", 0, 3, CampaignState.QUEUED),
     ("Running", 1, 3, CampaignState.RUNNING), ("Sent", 2, 3, CampaignState.RUNNING),
     ("Sent", 3, 3, CampaignState.COMPLETED), ("Failed", 0, 3, CampaignState.FAILED),
     ("Finished", 3, 3, CampaignState.COMPLETED), ("Archived", 0, 0, CampaignState.UNKNOWN),
     (None, 0, 0, CampaignState.UNKNOWN)],
)
def test_state_mapping(state: str | None, finished: int, total: int, expected: CampaignState) -> None:
    assert mapping.map_state(state, finished, total) is expected


def test_counts_keep_routee_names_and_finished_sums_final_statuses() -> None:
    counts = {"Queued": 1, "Initiated": 0, "Ringing": 1, "InProgress": 1, "Completed": 2, "Busy": 1,
              "NoAnswer": 1, "Failed": 1, "Unknown": 1, "Unsent": 1, "Terminated": 1}
    status = mapping.status_from_counts("Running", counts)
    assert status.counts == counts and status.total == 11 and status.finished == 8
    assert status.state is CampaignState.RUNNING and status.provider_state == "Running"


def test_status_from_trackings() -> None:
    def t(s: str) -> VoiceTracking:
        return VoiceTracking.model_validate({"messageId": s, "status": {"status": s}})

    assert mapping.status_from_trackings([t("Queued"), t("Queued")]).state is CampaignState.QUEUED
    running = mapping.status_from_trackings([t("Completed"), t("Ringing")])
    assert running.state is CampaignState.RUNNING and running.finished == 1
    done = mapping.status_from_trackings([t("Completed"), t("Busy")])
    assert done.state is CampaignState.COMPLETED and done.counts == {"Completed": 1, "Busy": 1}
    assert mapping.status_from_trackings([]).state is CampaignState.UNKNOWN


def _response(status: int, body: object) -> httpx.Response:
    return httpx.Response(status, json=body)


def test_error_body_reading() -> None:
    body = parse_routee_error(_response(400, {"code": "400005000", "developerMessage": "Invalid recipients",
                                              "properties": {"to": "+1"}}))
    assert body == ErrorBody(code="400005000", message="Invalid recipients (to: +1)", field="to")
    oauth = parse_routee_error(_response(401, {"error": "unauthorized", "message": "Bad credentials"}))
    assert oauth.code == "unauthorized" and oauth.message == "Bad credentials"
    oauth400 = parse_routee_error(_response(400, {"error": "invalid_request", "error_description": "Missing"}))
    assert oauth400.message == "Missing"
    assert parse_routee_error(httpx.Response(502, text="<html>bad gateway</html>")).message == "<html>bad gateway</html>"


@pytest.mark.parametrize(
    ("status", "body", "expected"),
    [(400, ErrorBody(code="400001009"), errors.InsufficientBalance),
     (409, ErrorBody(code="409009003"), errors.Conflict),
     (400, ErrorBody(code="400005000", field="to"), errors.InvalidNumber),
     (404, ErrorBody(code="404002001", field="contacts"), errors.InvalidNumber),
     (400, ErrorBody(code="400005000", field="from"), None),
     (404, ErrorBody(code="404009001"), None)],
)
def test_error_classification(status: int, body: ErrorBody, expected: type | None) -> None:
    assert classify_routee_error(status, body) is expected


def test_analysis_and_filter_models_use_documented_names() -> None:
    from app.providers.routee.models import TrackingFilter, VoiceAnalysisRequest

    def aliases(model: type) -> set[str]:
        return {f.alias or name for name, f in model.model_fields.items()}  # type: ignore[attr-defined]

    assert aliases(VoiceAnalysisRequest) == {"from", "to", "contacts", "groups", "fileURL", "message"}
    assert aliases(TrackingFilter) == {"fieldName", "searchOperator", "searchTerm"}



def test_gateway_offers_every_campaign_gateway_method() -> None:
    import inspect

    from app.providers.gateway import CampaignGateway
    from app.providers.routee.client import RouteeGateway

    wanted = {n for n, v in vars(CampaignGateway).items() if callable(v) and not n.startswith("_")}
    for name in wanted:
        ours, theirs = getattr(RouteeGateway, name), getattr(CampaignGateway, name)
        assert inspect.iscoroutinefunction(ours) == inspect.iscoroutinefunction(theirs), name
        assert list(inspect.signature(ours).parameters) == list(inspect.signature(theirs).parameters), name
