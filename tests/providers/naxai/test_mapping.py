"""Draft -> Naxai create body, pre-send checks in plain words, and state/metrics mapping."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from app.domain.campaign import CampaignState
from app.domain.message import AudioFile, Menu, MenuChoice
from app.domain.providers import Gender
from app.domain.validation import DraftInvalid
from app.providers.naxai import mapping
from app.providers.naxai import models as m
from app.providers.unconfirmed import DEFAULT_NAMES
from tests.providers.naxai.drafts import script_draft, spoken_draft


def fields(problems: list) -> set[str]:
    return {p.field for p in problems}


def test_spoken_text_goes_to_welcome_say_with_segment() -> None:
    body = mapping.build_create_body(spoken_draft(), "Water outage VD1", [])
    assert body["name"] == "Water outage VD1"
    assert body[DEFAULT_NAMES.naxai_type_field] == "default"
    assert body["from"] == "3225550100"
    assert body["source"] == "people" and body["segmentIds"] == ["5a1d0b00-0000-4000-8000-000000000003"]
    assert body[DEFAULT_NAMES.naxai_unsubscribed_field] is False
    assert "file" not in body
    assert body["voiceFlow"] == {"machineDetection": False, "welcome": {"say": "Bonjour, ceci est un message de votre commune."}}
    assert body["language"] == "fr-BE" and body["voice"] == "woman"
    assert body["retries"] == 0 and body["retryDelays"] == [] and body["scheduledAt"] is None
    assert body["retryOnFailed"] is False and body["retryOnNoInput"] is False and body["distribution"] == "none"


def test_typed_numbers_go_as_file_without_plus_and_deduplicated() -> None:
    draft = spoken_draft()
    draft.audience.source = "numbers"  # the segment is kept, not sent
    body = mapping.build_create_body(draft, "Ref", ["+32470000001", "+32470000002", "+32470000001"])
    assert body["source"] == "file" and "segmentIds" not in body
    assert body["file"] == {DEFAULT_NAMES.naxai_file_numbers_field: ["32470000001", "32470000002"]}
    assert DEFAULT_NAMES.naxai_unsubscribed_field not in body


def test_audio_file_goes_to_welcome_prompt_and_male_voice() -> None:
    draft = spoken_draft()
    draft.message = AudioFile(url="https://example.org/outage.wav")
    assert mapping.build_create_body(draft, "Ref", [])["voiceFlow"]["welcome"] == {"prompt": "https://example.org/outage.wav"}
    draft = spoken_draft()
    draft.message.gender = Gender.MALE
    assert mapping.build_create_body(draft, "Ref", [])["voice"] == "man"


def test_call_script_maps_to_the_full_voice_flow_of_the_reference_example() -> None:
    body = mapping.build_create_body(script_draft(), "Ref", [])
    flow = body["voiceFlow"]
    assert flow["machineDetection"] is True
    assert flow["voicemail"] == {"say": "Message de service: coupure d'eau demain de 8h a 12h."}
    assert flow["menu"]["replay"] == 1
    assert flow["menu"]["choices"][0] == {"key": "1", "say": "Coupure d'eau demain de 8h a 12h."}
    assert flow["menu"]["choices"][1] == {"key": "2", "transfer": {
        "destination": "3225550199", "attempts": 1, "timeout": 15,
        "whisper": {"say": "Appel issu de la diffusion coupure d'eau"}}}
    assert flow["end"] == {"say": "Merci, au revoir."}
    assert body["retries"] == 2 and body["retryDelays"] == [30, 240] and body["retryOnFailed"] is True


def test_unconfirmed_names_can_be_overridden() -> None:
    names = DEFAULT_NAMES.with_overrides({"naxai_type_field": "broadcastType",
                                          "naxai_unsubscribed_field": "includeUnsubscribed",
                                          "naxai_scheduled_at_unit": "milliseconds"})
    draft = spoken_draft()
    when = datetime(2027, 3, 1, 9, 0, tzinfo=UTC)
    draft.delivery.schedule.send_at = when
    body = mapping.build_create_body(draft, "Ref", [], names)
    assert body["broadcastType"] == "default" and "type" not in body
    assert body["includeUnsubscribed"] is False and "inclubeUnsubscribed" not in body
    assert body["scheduledAt"] == int(when.timestamp()) * 1000
    assert mapping.build_create_body(draft, "Ref", [])["scheduledAt"] == int(when.timestamp())


def test_actions_use_the_configured_status_key() -> None:
    actions = m.Actions(status=m.StatusActions(delivered=[m.AttributeUpdate(attribute="called", value=True)]),
                        inputs={"2": m.SendSms(sms=m.SmsAction(message="Merci", senderServiceId="svc-1"))})
    body = mapping.build_create_body(spoken_draft(), "Ref", [], actions=actions)
    assert body["actions"] == {"actions": {"delivered": [{"attribute": "called", "value": True}]},
                               "inputs": {"2": {"sms": {"message": "Merci", "senderServiceId": "svc-1"}}}}
    names = DEFAULT_NAMES.with_overrides({"naxai_actions_status_key": "status"})
    assert "status" in mapping.build_create_body(spoken_draft(), "Ref", [], names, actions=actions)["actions"]


@pytest.mark.parametrize(("change", "field"), [
    (lambda d: setattr(d.delivery, "sender", "+3212"), "delivery.sender"),
    (lambda d: setattr(d.delivery, "sender", "3225550100123456"), "delivery.sender"),
    (lambda d: setattr(d.delivery.retry, "retries", 2), "delivery.retry.delays_minutes"),
    (lambda d: (setattr(d.delivery.retry, "retries", 1), setattr(d.delivery.retry, "delays_minutes", [4321])),
     "delivery.retry.delays_minutes"),
    (lambda d: setattr(d.audience, "segment_id", None), "audience.segment_id"),
    (lambda d: setattr(d.audience, "source", "numbers"), "audience"),
    (lambda d: setattr(d.message, "text", "  "), "message.text"),
    (lambda d: setattr(d.message, "language", "es-ES"), "message.language"),
    (lambda d: setattr(d.delivery, "distribution", "dynamic"), "delivery.dynamic_name"),
])
def test_pre_send_checks_point_at_the_field(change, field: str) -> None:
    draft = spoken_draft()
    change(draft)
    problems = mapping.check_draft(draft, "Ref", [])
    assert field in fields(problems)
    assert all(p.message and p.message[0].isupper() for p in problems)
    with pytest.raises(DraftInvalid) as info:
        mapping.build_create_body(draft, "Ref", [])
    assert field in fields(info.value.problems)


def test_only_the_chosen_source_is_sent_and_bad_numbers_are_refused() -> None:
    body = mapping.build_create_body(spoken_draft(), "Ref", ["+32470000001"])
    assert body["source"] == "people" and "file" not in body  # typed numbers kept, not sent
    draft = spoken_draft()
    draft.audience.source = "numbers"  # the segment is kept, not sent
    problems = mapping.check_draft(draft, "Ref", ["+32470000001", "+123"])
    assert fields(problems) == {"audience.numbers_text"} and "+123" in problems[0].message


def test_script_checks_menu_keys_and_transfer_numbers() -> None:
    draft = script_draft()
    draft.message.menu = Menu(say="Press", choices=[MenuChoice(key="1", say="a"), MenuChoice(key="1", say="b")])
    assert "message.menu.choices[1].key" in fields(mapping.check_draft(draft, "Ref", []))
    draft = script_draft()
    draft.message.menu.choices[1].transfer.destination = "12"
    assert "message.menu.choices[1].transfer.destination" in fields(mapping.check_draft(draft, "Ref", []))
    draft = script_draft()
    draft.message.welcome.say = None
    assert "message.welcome" in fields(mapping.check_draft(draft, "Ref", []))


@pytest.mark.parametrize(("state", "expected"), [
    ("draft", CampaignState.DRAFT), ("scheduled", CampaignState.SCHEDULED), ("starting", CampaignState.QUEUED),
    ("started", CampaignState.RUNNING), ("processing", CampaignState.RUNNING), ("pausing", CampaignState.PAUSED),
    ("paused", CampaignState.PAUSED), ("resuming", CampaignState.RUNNING), ("canceling", CampaignState.RUNNING),
    ("canceled", CampaignState.CANCELED), ("completed", CampaignState.COMPLETED), ("exploded", CampaignState.UNKNOWN),
])
def test_states_map_to_campaign_states(state: str, expected: CampaignState) -> None:
    assert mapping.to_campaign_state(state) is expected


def test_status_keeps_metrics_names_and_raw_state() -> None:
    broadcast = m.Broadcast.model_validate({"broadcastId": "b1", "state": "brand-new", "totalCount": 9, "extra": 1})
    metrics = m.Metrics.model_validate({"total": 10, "completed": 7, "delivered": 5, "failed": 1, "invalid": 1,
                                        "inProgress": 3, "calls": 12, "future": 4})
    status = mapping.to_campaign_status(broadcast, metrics)
    assert status.state is CampaignState.UNKNOWN and status.provider_state == "brand-new"
    assert status.total == 10 and status.finished == 7
    assert status.counts["delivered"] == 5 and status.counts["inProgress"] == 3 and status.counts["invalid"] == 1


def test_segment_and_calendar_must_be_naxai_ids() -> None:
    draft = spoken_draft()
    draft.audience.segment_id = "my segment"
    draft.delivery.calendar_id = "office"
    assert {"audience.segment_id", "delivery.calendar_id"} <= fields(mapping.check_draft(draft, "Ref", []))


def test_input_metrics_reads_every_key() -> None:
    metrics = m.InputMetrics.model_validate({"1": 4, "star": 2, "hash": 0, "total": 6})
    counts = metrics.key_counts()
    assert counts["1"] == 4 and counts["star"] == 2 and counts["0"] == 0 and metrics.total == 6


def test_recipient_statuses_count_under_metrics_names() -> None:
    recipients = [m.Recipient.model_validate({"recipientId": str(i), "status": s})
                  for i, s in enumerate(["delivered", "in-progress", "in-progress", "gone-fishing"])]
    assert mapping.recipient_counts(recipients) == {"delivered": 1, "inProgress": 2, "unknown": 1}


def test_a_start_time_that_has_passed_is_refused_when_now_is_known() -> None:
    now = datetime(2027, 3, 1, 9, 0, tzinfo=UTC)
    draft = spoken_draft()
    draft.delivery.schedule.send_at = datetime(2027, 3, 1, 8, 0, tzinfo=UTC)
    assert fields(mapping.check_draft(draft, "Ref", [], now=now)) == {"delivery.schedule.send_at"}
    with pytest.raises(DraftInvalid):
        mapping.build_create_body(draft, "Ref", [], now=now)
    assert mapping.build_create_body(draft, "Ref", [])["scheduledAt"] == int(draft.delivery.schedule.send_at.timestamp())
    draft.delivery.schedule.send_at = datetime(2027, 3, 1, 8, 59, 30, tzinfo=UTC)  # within the grace
    assert mapping.check_draft(draft, "Ref", [], now=now) == []
