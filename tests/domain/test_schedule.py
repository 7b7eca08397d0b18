"""Local time -> UTC across daylight-saving changes, provider formats, words, retry units, checks."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from app.domain.delivery import Callback, DeliverySettings, RetryPolicy, Schedule
from app.domain.providers import ProviderId
from app.domain.schedule import (
    PlainDelay,
    ScheduleError,
    callback_problems,
    delivery_problems,
    dtmf_problems,
    from_minutes,
    hangup_problems,
    local_time_kind,
    naxai_scheduled_at,
    place_name,
    resize_delays,
    retry_problems,
    routee_scheduled_date,
    say_delay,
    say_weekday_time,
    say_when,
    schedule_problems,
    sender_problems,
    to_minutes,
    to_utc,
    twice_note,
)

BXL = "Europe/Brussels"


def fields(problems: list) -> list[str]:
    return [p.field for p in problems]


# --- daylight saving --------------------------------------------------------------------------


def test_winter_and_summer_offsets() -> None:
    assert to_utc(datetime(2026, 11, 25, 9, 30), BXL) == datetime(2026, 11, 25, 8, 30, tzinfo=UTC)
    assert to_utc(datetime(2026, 7, 1, 9, 30), BXL) == datetime(2026, 7, 1, 7, 30, tzinfo=UTC)


def test_spring_forward_day_brussels() -> None:
    # 29 March 2026: 02:00 CET -> 03:00 CEST.
    assert to_utc(datetime(2026, 3, 29, 1, 30), BXL) == datetime(2026, 3, 29, 0, 30, tzinfo=UTC)
    assert to_utc(datetime(2026, 3, 29, 3, 30), BXL) == datetime(2026, 3, 29, 1, 30, tzinfo=UTC)
    assert local_time_kind(datetime(2026, 3, 29, 2, 30), BXL) == "missing"
    with pytest.raises(ScheduleError) as err:
        to_utc(datetime(2026, 3, 29, 2, 30), BXL)
    assert str(err.value) == ("02:30 on 29 March does not exist in Brussels time: the clocks go forward that "
                              "night and skip it. Choose a time an hour later or earlier.")


def test_fall_back_day_brussels() -> None:
    # 25 October 2026: 03:00 CEST -> 02:00 CET, 02:30 happens twice.
    twice = datetime(2026, 10, 25, 2, 30)
    assert local_time_kind(twice, BXL) == "twice"
    with pytest.raises(ScheduleError, match="happens twice in Brussels time"):
        to_utc(twice, BXL)
    assert to_utc(twice, BXL, twice="earlier") == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)
    assert to_utc(twice, BXL, twice="later") == datetime(2026, 10, 25, 1, 30, tzinfo=UTC)
    assert to_utc(datetime(2026, 10, 25, 9, 30), BXL) == datetime(2026, 10, 25, 8, 30, tzinfo=UTC)
    assert "first one (summer time)" in twice_note(twice, BXL)
    assert twice_note(datetime(2026, 10, 25, 9, 30), BXL) == ""


def test_other_hemisphere_and_unknown_zone() -> None:
    # Sydney goes forward on 4 October 2026 (02:00 -> 03:00).
    assert local_time_kind(datetime(2026, 10, 4, 2, 30), "Australia/Sydney") == "missing"
    with pytest.raises(ScheduleError, match="not a time zone"):
        to_utc(datetime(2026, 1, 1, 9, 0), "Mars/Olympus")


# --- provider formats -------------------------------------------------------------------------


def test_routee_scheduled_date_is_utc_with_z_across_dst() -> None:
    assert routee_scheduled_date(to_utc(datetime(2026, 3, 29, 3, 30), BXL)) == "2026-03-29T01:30:00Z"
    assert routee_scheduled_date(to_utc(datetime(2026, 3, 28, 3, 30), BXL)) == "2026-03-28T02:30:00Z"
    assert routee_scheduled_date(datetime(2026, 11, 25, 9, 30, 15, 999, tzinfo=UTC)) == "2026-11-25T09:30:15Z"
    with pytest.raises(ValueError):
        routee_scheduled_date(datetime(2026, 11, 25, 9, 30))


def test_naxai_scheduled_at_units() -> None:
    when = to_utc(datetime(2026, 10, 25, 3, 0), BXL)  # 02:00 UTC, after the change
    assert naxai_scheduled_at(when) == 1792893600
    assert naxai_scheduled_at(when, "seconds") == 1792893600
    assert naxai_scheduled_at(when, "milliseconds") == 1792893600000


# --- in words ---------------------------------------------------------------------------------


def test_say_when() -> None:
    when = to_utc(datetime(2026, 11, 25, 9, 30), BXL)
    now = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
    assert say_when(when, BXL, now=now) == "Wednesday 25 November, 09:30 Brussels time"
    last_year = datetime(2025, 1, 1, tzinfo=UTC)
    assert say_when(when, BXL, now=last_year) == "Wednesday 25 November 2026, 09:30 Brussels time"
    assert say_when(when, "America/New_York", now=now) == "Wednesday 25 November, 03:30 New York time"
    assert say_weekday_time(when, BXL) == "Wednesday 09:30"
    assert place_name("UTC") == "UTC"


# --- retry delays -----------------------------------------------------------------------------


def test_plain_units() -> None:
    assert to_minutes(30, "minutes") == 30
    assert to_minutes(4, "hours") == 240
    assert to_minutes(3, "days") == 4320
    assert from_minutes(240) == PlainDelay(4, "hours")
    assert from_minutes(4320) == PlainDelay(3, "days")
    assert from_minutes(90) == PlainDelay(90, "minutes")
    assert from_minutes(0) == PlainDelay(0, "minutes")
    assert PlainDelay(2, "days").minutes == 2880
    assert say_delay(60) == "1 hour"
    assert say_delay(30) == "30 minutes"
    assert resize_delays([60], 3) == [60, 60, 60]
    assert resize_delays([], 2) == [30, 30]
    assert resize_delays([10, 20, 30], 1) == [10]


def test_retry_problems() -> None:
    assert retry_problems(RetryPolicy(retries=2, delays_minutes=[30, 4320])) == []
    assert fields(retry_problems(RetryPolicy(retries=2, delays_minutes=[30]))) == ["delivery.retry.delays_minutes"]
    problems = retry_problems(RetryPolicy(retries=1, delays_minutes=[4321]))
    assert fields(problems) == ["delivery.retry.delays_minutes[0]"]
    assert "at most 3 days (4,320 minutes)" in problems[0].message


# --- other checks -----------------------------------------------------------------------------


def test_sender_per_provider() -> None:
    assert sender_problems("+306912345678", ProviderId.ROUTEE) == []
    assert fields(sender_problems("VoiceDesk", ProviderId.ROUTEE)) == ["delivery.sender"]
    assert fields(sender_problems("+12345678901234567", ProviderId.ROUTEE)) == ["delivery.sender"]
    assert sender_problems("+32 2 555 01 00", ProviderId.NAXAI) == []
    assert fields(sender_problems("1234567", ProviderId.NAXAI)) == ["delivery.sender"]
    assert fields(sender_problems("", ProviderId.NAXAI)) == ["delivery.sender"]


def test_callback_schedule_dtmf_hangup() -> None:
    assert callback_problems(Callback(url="https://example.org/cb"), "delivery.message_callback") == []
    assert callback_problems(None, "x") == []
    assert fields(callback_problems(Callback(url="http://example.org/cb"), "delivery.campaign_callback")) == [
        "delivery.campaign_callback.url"]
    now = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
    past = Schedule(send_at=datetime(2026, 11, 24, 8, 0, tzinfo=UTC), timezone=BXL)
    problems = schedule_problems(past, now)
    assert fields(problems) == ["delivery.schedule.send_at"]
    assert problems[0].message.startswith("Tuesday 24 November, 09:00 Brussels time has already passed.")
    assert schedule_problems(Schedule(send_at=datetime(2026, 11, 25, tzinfo=UTC), timezone=BXL), now) == []
    assert dtmf_problems(True, 5) == [] and dtmf_problems(True, None) == []
    assert fields(dtmf_problems(False, 5)) == ["delivery.dtmf_wait_seconds"]
    assert fields(dtmf_problems(True, 0)) == ["delivery.dtmf_wait_seconds"]
    assert hangup_problems(None) == [] and hangup_problems(30) == []
    assert fields(hangup_problems(61)) == ["delivery.hangup_delay"]


def test_delivery_problems_only_for_the_provider() -> None:
    d = DeliverySettings(sender="3225550100", retry=RetryPolicy(retries=1), distribution="dynamic",
                         collect_dtmf=False, dtmf_wait_seconds=5,
                         message_callback=Callback(url="ftp://x"))
    assert fields(delivery_problems(d, ProviderId.NAXAI)) == ["delivery.retry.delays_minutes", "delivery.dynamic_name"]
    assert fields(delivery_problems(d, ProviderId.ROUTEE)) == ["delivery.dtmf_wait_seconds",
                                                               "delivery.message_callback.url"]
