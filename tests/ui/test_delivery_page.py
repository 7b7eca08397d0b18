"""The Delivery step: provider groups, and edits made with the keyboard and mouse landing exactly in
draft.delivery through the DraftViewModel."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QDate, QDateTime, QPoint, Qt, QTime, QTimeZone

from app.domain.campaign import CampaignDraft
from app.domain.delivery import Callback, DeliverySettings, RetryPolicy, Schedule
from app.domain.providers import ProviderId
from app.ui.viewmodels.delivery_vm import DeliveryViewModel
from app.ui.viewmodels.draft_vm import DraftViewModel
from app.ui.views.delivery_page import DeliveryPage

NOW = datetime(2026, 3, 1, 10, 0, tzinfo=UTC)
BXL = "Europe/Brussels"


def make_page(qtbot, provider: ProviderId = ProviderId.ROUTEE, **vm_args) -> tuple[DraftViewModel, DeliveryPage]:
    saved: list[CampaignDraft] = []
    draft_vm = DraftViewModel(on_change=saved.append)
    draft_vm.set_provider(provider)
    delivery_vm = DeliveryViewModel(draft_vm, now=lambda: NOW, **vm_args)
    page = DeliveryPage(draft_vm, delivery_vm)
    qtbot.addWidget(page)
    page.resize(900, 1200)
    page.show()
    page.saved = saved  # type: ignore[attr-defined]
    return draft_vm, page


def retype(qtbot, spin, text: str) -> None:
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text)


def click(qtbot, button) -> None:
    """Click a check box or radio button on its box (its centre may lie past the text)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(6, button.height() // 2))


def wall(year: int, month: int, day: int, hour: int, minute: int) -> QDateTime:
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone(QTimeZone.Initialization.UTC))


def test_groups_follow_the_provider(qtbot) -> None:
    draft_vm, page = make_page(qtbot)
    draft_vm.set_provider(ProviderId.NAXAI)
    assert [g.isVisible() for g in page.naxai_groups] == [True, True, True]
    assert [g.isVisible() for g in page.routee_groups] == [False, False, False]
    draft_vm.set_provider(ProviderId.ROUTEE)
    assert [g.isVisible() for g in page.naxai_groups] == [False, False, False]
    assert [g.isVisible() for g in page.routee_groups] == [True, True, True]
    assert page.quiet_check.accessibleName() == "Respect quiet hours"
    assert "23:00 and 08:00" in page.quiet_hint.text() and "14:00 and 17:00" in page.quiet_hint.text()


def test_retries_with_plain_units(qtbot) -> None:
    draft_vm, page = make_page(qtbot, ProviderId.NAXAI)
    retype(qtbot, page.retries_spin, "2")
    assert draft_vm.draft.delivery.retry == RetryPolicy(retries=2, delays_minutes=[30, 30])
    assert [row.isVisible() for row, _a, _u in page.delay_rows] == [True, True, False]
    _row, amount, unit = page.delay_rows[0]
    retype(qtbot, amount, "4")
    unit.setFocus()
    qtbot.keyClick(unit, Qt.Key.Key_Down)  # minutes -> hours
    _row, amount2, unit2 = page.delay_rows[1]
    retype(qtbot, amount2, "3")
    unit2.setCurrentIndex(2)  # days
    click(qtbot, page.retry_failed_check)
    assert draft_vm.draft.delivery.retry == RetryPolicy(
        retries=2, delays_minutes=[240, 4320], retry_on_no_input=False, retry_on_failed=True)
    assert not page.errors["delivery.retry.delays_minutes[1]"].isVisible()
    retype(qtbot, amount2, "4")  # 4 days is over the 4,320-minute cap
    assert draft_vm.draft.delivery.retry.delays_minutes == [240, 5760]
    assert page.errors["delivery.retry.delays_minutes[1]"].isVisible()
    assert "at most 3 days (4,320 minutes)" in page.errors["delivery.retry.delays_minutes[1]"].text()
    retype(qtbot, page.retries_spin, "1")
    assert draft_vm.draft.delivery.retry == RetryPolicy(retries=1, delays_minutes=[240], retry_on_failed=True)
    assert page.saved  # every edit went to the autosaver


def test_schedule_across_the_spring_change(qtbot) -> None:
    draft_vm, page = make_page(qtbot, ProviderId.ROUTEE)
    click(qtbot, page.later_radio)
    page.zone_combo.setCurrentIndex(page.zone_combo.findData(BXL))
    page.datetime_edit.setDateTime(wall(2026, 3, 29, 2, 30))
    assert draft_vm.draft.delivery.schedule.send_at != datetime(2026, 3, 29, 0, 30, tzinfo=UTC)
    error = page.errors["delivery.schedule.send_at"]
    assert error.isVisible() and "does not exist in Brussels time" in error.text()
    page.datetime_edit.setDateTime(wall(2026, 3, 29, 3, 30))
    assert draft_vm.draft.delivery.schedule == Schedule(send_at=datetime(2026, 3, 29, 1, 30, tzinfo=UTC), timezone=BXL)
    assert not error.isVisible()
    assert page.schedule_sentence.text() == "The calls start on Sunday 29 March, 03:30 Brussels time (01:30 UTC)."
    page.datetime_edit.setDateTime(wall(2026, 10, 25, 2, 30))  # happens twice: the first one, explained
    assert draft_vm.draft.delivery.schedule.send_at == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)
    assert "happens twice" in page.schedule_sentence.text()
    page.datetime_edit.setDateTime(wall(2026, 2, 1, 9, 0))  # before NOW
    assert "has already passed" in error.text()
    click(qtbot, page.now_radio)
    assert draft_vm.draft.delivery.schedule == Schedule(send_at=None, timezone=BXL)
    assert not error.isVisible()
    assert page.schedule_sentence.text() == "The calls start as soon as you send the campaign."


def test_routee_settings(qtbot) -> None:
    draft_vm, page = make_page(qtbot, ProviderId.ROUTEE)
    qtbot.keyClicks(page.sender_edit, "+306912345678")
    click(qtbot, page.quiet_check)
    click(qtbot, page.dtmf_check)
    retype(qtbot, page.dtmf_wait_spin, "10")
    retype(qtbot, page.hangup_spin, "25")
    edit, strategy = page.callback_edits["message"]
    qtbot.keyClicks(edit, "https://example.org/cb")
    strategy.setCurrentIndex(strategy.findData("OnChange"))
    d = draft_vm.draft.delivery
    assert d == DeliverySettings(sender="+306912345678", respect_quiet_hours=True, collect_dtmf=True,
                                 dtmf_wait_seconds=10, hangup_delay=25,
                                 message_callback=Callback(url="https://example.org/cb", strategy="OnChange"))
    click(qtbot, page.dtmf_check)
    assert (draft_vm.draft.delivery.collect_dtmf, draft_vm.draft.delivery.dtmf_wait_seconds) == (False, None)
    click(qtbot, page.quiet_check)
    assert draft_vm.draft.delivery.respect_quiet_hours is False
    edit.clear()
    qtbot.keyClicks(edit, "http://x")
    assert page.errors["delivery.message_callback.url"].isVisible()
    assert not page.errors["delivery.sender"].isVisible()


def test_naxai_sender_and_distribution(qtbot) -> None:
    draft_vm, page = make_page(qtbot, ProviderId.NAXAI)
    qtbot.keyClicks(page.sender_edit, "1234")
    assert page.errors["delivery.sender"].isVisible()
    qtbot.keyClicks(page.sender_edit, "567890")
    assert not page.errors["delivery.sender"].isVisible()
    page.distribution_combo.setCurrentIndex(1)
    assert page.errors["delivery.dynamic_name"].isVisible()
    qtbot.keyClicks(page.dynamic_name_edit, "slow")
    d = draft_vm.draft.delivery
    assert (d.sender, d.distribution, d.dynamic_name) == ("1234567890", "dynamic", "slow")
    page.distribution_combo.setCurrentIndex(0)
    assert (draft_vm.draft.delivery.distribution, draft_vm.draft.delivery.dynamic_name) == ("none", None)


def test_loaded_draft_is_shown(qtbot) -> None:
    draft_vm, page = make_page(qtbot)
    draft = CampaignDraft(provider=ProviderId.NAXAI, delivery=DeliverySettings(
        sender="3225550100", retry=RetryPolicy(retries=1, delays_minutes=[120], retry_on_no_input=True),
        schedule=Schedule(send_at=datetime(2026, 11, 25, 8, 30, tzinfo=UTC), timezone=BXL)))
    draft_vm.load(draft)
    assert page.sender_edit.text() == "3225550100"
    assert page.retries_spin.value() == 1
    _row, amount, unit = page.delay_rows[0]
    assert (amount.value(), unit.currentData()) == (2, "hours")
    assert page.retry_no_input_check.isChecked()
    assert page.later_radio.isChecked() and page.zone_combo.current_code() == BXL
    assert page.datetime_edit.dateTime() == wall(2026, 11, 25, 9, 30)
    assert page.schedule_sentence.text() == "The calls start on Wednesday 25 November, 09:30 Brussels time (08:30 UTC)."
    assert draft_vm.draft == draft  # showing it changed nothing


@pytest.mark.asyncio
async def test_calendars_and_next_open(qtbot) -> None:
    asked: list[tuple[str, datetime]] = []

    async def load_calendars() -> list[dict]:
        return [{"id": "cal-1", "name": "Office hours", "timezone": BXL}, {"id": "cal-2", "name": "Evenings"}]

    answers: list = [datetime(2026, 11, 24, 8, 0, tzinfo=UTC)]  # Tuesday 09:00 in Brussels

    async def check_calendar(calendar_id: str, when: datetime) -> object:
        asked.append((calendar_id, when))
        return answers[-1]

    draft_vm, page = make_page(qtbot, ProviderId.NAXAI, load_calendars=load_calendars, check_calendar=check_calendar)
    await page._dvm.wait_idle()  # the page asked for the calendars when Naxai was shown
    assert [page.calendar_combo.itemText(i) for i in range(page.calendar_combo.count())] == [
        "No calendar: call at any time", "Office hours", "Evenings"]
    assert page.calendar_combo.itemData(1) == "cal-1"
    page.later_radio.setChecked(True)
    page.zone_combo.setCurrentIndex(page.zone_combo.findData(BXL))
    page.datetime_edit.setDateTime(wall(2026, 11, 23, 20, 0))
    page.calendar_combo.setCurrentIndex(1)
    await page._dvm.wait_idle()
    assert draft_vm.draft.delivery.calendar_id == "cal-1"
    assert asked[-1] == ("cal-1", datetime(2026, 11, 23, 19, 0, tzinfo=UTC))
    assert page.next_open_label.text() == "Closed at that time; next open: Tuesday 09:00"
    page.datetime_edit.setDateTime(wall(2026, 11, 24, 10, 0))  # open then: the check answers match
    answers.append({"match": True, "next": None})
    await page._dvm.wait_idle()
    assert page.next_open_label.text() == "Open at that time: calls start right away."
    page.calendar_combo.setCurrentIndex(0)
    await page._dvm.wait_idle()
    assert draft_vm.draft.delivery.calendar_id is None
    assert page.next_open_label.text() == ""
