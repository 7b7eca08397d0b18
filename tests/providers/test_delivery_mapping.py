"""Delivery settings of a draft -> exactly the request fields the provider documents give
(routee-voice.md §3.1, naxai-voice-broadcast.md §2.1), through the mapping modules' public functions."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from app.domain.campaign import CampaignDraft
from app.domain.delivery import Callback, DeliverySettings, RetryPolicy, Schedule
from app.domain.message import SpokenText
from app.domain.providers import ProviderId
from app.domain.schedule import to_utc
from app.domain.validation import DraftInvalid
from app.providers.naxai import mapping as naxai
from app.providers.routee import mapping as routee
from app.providers.unconfirmed import DEFAULT_NAMES

BXL = "Europe/Brussels"
NOW = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
NAXAI_DELIVERY_KEYS = ("retries", "retryDelays", "retryOnNoInput", "retryOnFailed", "scheduledAt", "calendarId",
                       "distribution", "dynamicName")
ROUTEE_DELIVERY_KEYS = ("respectQuietHours", "scheduledDate", "hangupDelay", "callback", "campaignCallback",
                        "collectDtmfDigits", "collectDtmfAwaitSeconds", "from")


def naxai_draft(**delivery: Any) -> CampaignDraft:
    return CampaignDraft(provider=ProviderId.NAXAI, message=SpokenText(text="Bonjour", language="fr-BE"),
                         delivery=DeliverySettings(sender="3225550100", **delivery))


def routee_draft(**delivery: Any) -> CampaignDraft:
    return CampaignDraft(provider=ProviderId.ROUTEE, message=SpokenText(text="Hello", language="en-GB"),
                         delivery=DeliverySettings(sender="+306912345678", **delivery))


def naxai_fields(draft: CampaignDraft, names=DEFAULT_NAMES) -> dict[str, Any]:
    body = naxai.build_create_body(draft, "Water cut", ["+32470123456"], names)
    return {k: body[k] for k in NAXAI_DELIVERY_KEYS if k in body}


def routee_fields(draft: CampaignDraft) -> dict[str, Any]:
    body = routee.campaign_request(draft, "Water cut", ["+32470123456"], now=NOW).body()
    return {k: body[k] for k in ROUTEE_DELIVERY_KEYS if k in body}


# --- Naxai ------------------------------------------------------------------------------------


def test_naxai_retries_in_minutes_and_calendar() -> None:
    draft = naxai_draft(retry=RetryPolicy(retries=3, delays_minutes=[30, 240, 4320], retry_on_no_input=True,
                                          retry_on_failed=True),
                        calendar_id="9b7e0c11-0000-4000-8000-000000000002")
    assert naxai_fields(draft) == {
        "retries": 3, "retryDelays": [30, 240, 4320], "retryOnNoInput": True, "retryOnFailed": True,
        "scheduledAt": None, "calendarId": "9b7e0c11-0000-4000-8000-000000000002", "distribution": "none"}


def test_naxai_no_retry_and_dynamic_distribution() -> None:
    draft = naxai_draft(distribution="dynamic", dynamic_name="slow")
    assert naxai_fields(draft) == {"retries": 0, "retryDelays": [], "retryOnNoInput": False, "retryOnFailed": False,
                                   "scheduledAt": None, "distribution": "dynamic", "dynamicName": "slow"}


@pytest.mark.parametrize("bad", [RetryPolicy(retries=2, delays_minutes=[30]),
                                 RetryPolicy(retries=1, delays_minutes=[4321])])
def test_naxai_refuses_wrong_delays(bad: RetryPolicy) -> None:
    with pytest.raises(DraftInvalid) as err:
        naxai.build_create_body(naxai_draft(retry=bad), "Water cut", ["+32470123456"])
    assert [p.field for p in err.value.problems] == ["delivery.retry.delays_minutes"]


@pytest.mark.parametrize(("local", "utc"), [
    (datetime(2026, 3, 28, 9, 30), datetime(2026, 3, 28, 8, 30, tzinfo=UTC)),  # before the spring change
    (datetime(2026, 3, 29, 9, 30), datetime(2026, 3, 29, 7, 30, tzinfo=UTC)),  # after it
    (datetime(2026, 10, 25, 9, 30), datetime(2026, 10, 25, 8, 30, tzinfo=UTC)),  # after the autumn change
])
def test_naxai_scheduled_at_across_dst(local: datetime, utc: datetime) -> None:
    draft = naxai_draft(schedule=Schedule(send_at=to_utc(local, BXL), timezone=BXL))
    assert naxai_fields(draft)["scheduledAt"] == int(utc.timestamp())
    millis = DEFAULT_NAMES.with_overrides({"naxai_scheduled_at_unit": "milliseconds"})
    assert naxai_fields(draft, millis)["scheduledAt"] == int(utc.timestamp()) * 1000


# --- Routee -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("local", "expected"), [
    (datetime(2026, 3, 28, 9, 30), "2026-03-28T08:30:00Z"),
    (datetime(2026, 3, 29, 3, 30), "2026-03-29T01:30:00Z"),  # first hour of summer time
    (datetime(2026, 10, 25, 9, 30), "2026-10-25T08:30:00Z"),
])
def test_routee_scheduled_date_utc_across_dst(local: datetime, expected: str) -> None:
    draft = routee_draft(schedule=Schedule(send_at=to_utc(local, BXL), timezone=BXL))
    assert routee_fields(draft) == {"from": "+306912345678", "scheduledDate": expected}


def test_routee_quiet_hours_key_presses_ringing_callbacks() -> None:
    draft = routee_draft(respect_quiet_hours=True, collect_dtmf=True, dtmf_wait_seconds=5, hangup_delay=30,
                         message_callback=Callback(url="https://example.org/call", strategy="OnChange"),
                         campaign_callback=Callback(url="https://example.org/campaign", strategy="OnCompletion"))
    assert routee_fields(draft) == {
        "from": "+306912345678", "respectQuietHours": True, "hangupDelay": 30,
        "callback": {"url": "https://example.org/call", "strategy": "OnChange"},
        "campaignCallback": {"url": "https://example.org/campaign", "strategy": "OnCompletion"},
        "collectDtmfDigits": True, "collectDtmfAwaitSeconds": 5}


def test_routee_defaults_leave_optional_fields_out() -> None:
    # respectQuietHours defaults to false (§3.1), so leaving it out equals sending false.
    assert routee_fields(routee_draft(respect_quiet_hours=False)) == {"from": "+306912345678"}


# --- a time that has passed: the mappings should refuse it, not send at once ---------------------

PAST = Schedule(send_at=datetime(2026, 2, 1, 8, 0, tzinfo=UTC), timezone=BXL)  # before NOW


def test_routee_refuses_a_time_that_has_passed() -> None:
    problems = routee.draft_problems(routee_draft(schedule=PAST), "Water cut", ["+32470123456"])
    assert "delivery.schedule.send_at" in [p.field for p in problems]


def test_naxai_refuses_a_time_that_has_passed() -> None:
    problems = naxai.check_draft(naxai_draft(schedule=PAST), "Water cut", ["+32470123456"])
    assert "delivery.schedule.send_at" in [p.field for p in problems]
