"""The Delivery step's logic: schedule in a chosen zone, retries in plain units, Naxai calendars
loaded from the account, and the plain-words problems of the delivery settings."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QObject, QTimeZone, Signal

from app.domain import schedule as sch
from app.domain.delivery import Callback, CallbackStrategy, Schedule
from app.domain.providers import ProviderId
from app.domain.validation import DraftProblem
from app.ui.problem_text import day_and_month_names, problem_text, spoken_when
from app.ui.tasks import TaskRunner
from app.ui.viewmodels.draft_vm import DraftViewModel

LoadCalendars = Callable[[], Awaitable[list[Any]]]
# next open time: a datetime, epoch ms, None (never open), or the check answer itself ({match, next})
CheckCalendar = Callable[[str, datetime], Awaitable[Any]]


@dataclass(frozen=True)
class CalendarChoice:
    """A Naxai calendar as the picker shows it."""

    id: str
    name: str
    timezone: str = "Europe/Brussels"


def _field(item: Any, key: str, default: Any = None) -> Any:
    if isinstance(item, Mapping):
        return item.get(key, default)
    return getattr(item, key, default)


def system_zone() -> str:
    """The computer's IANA time zone ('UTC' when it cannot be told)."""
    zone = bytes(QTimeZone.systemTimeZoneId().data()).decode(errors="ignore")
    if zone in ("Etc/UTC", "Etc/GMT", "GMT", "Etc/Universal", "Universal", "Zulu", ""):
        return "UTC"
    return zone if sch.is_valid_zone(zone) else "UTC"


class DeliveryViewModel(QObject):
    """Turns the Delivery page's edits into draft delivery fields and loads account calendars."""

    calendars_changed = Signal()
    next_open_changed = Signal(str)  # plain words, empty when nothing to say
    calendars_error = Signal(str)

    def __init__(
        self,
        draft_vm: DraftViewModel,
        load_calendars: LoadCalendars | None = None,
        check_calendar: CheckCalendar | None = None,
        tasks: TaskRunner | None = None,
        now: Callable[[], datetime] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._draft_vm = draft_vm
        self._load_calendars = load_calendars
        self._check_calendar = check_calendar
        self._tasks = tasks or TaskRunner(self)
        self._now = now or (lambda: datetime.now(UTC))
        self._calendars: list[CalendarChoice] = []
        self._calendars_loaded = False
        self._next_open = ""
        self._check_token = 0

    # --- reading -------------------------------------------------------------------------------
    @property
    def draft_vm(self) -> DraftViewModel:
        return self._draft_vm

    @property
    def calendars(self) -> list[CalendarChoice]:
        return list(self._calendars)

    @property
    def calendars_loaded(self) -> bool:
        return self._calendars_loaded

    @property
    def can_load_calendars(self) -> bool:
        return self._load_calendars is not None

    @property
    def next_open(self) -> str:
        return self._next_open

    def now(self) -> datetime:
        return self._now()

    def zone(self) -> str:
        """The zone the schedule is shown in: the draft's, else the computer's."""
        zone = self._draft_vm.draft.delivery.schedule.timezone
        return zone if zone and sch.is_valid_zone(zone) else system_zone()

    def problems(self) -> list[DraftProblem]:
        """Every delivery problem for the draft's provider, in plain words."""
        draft = self._draft_vm.draft
        return sch.delivery_problems(draft.delivery, draft.provider, self._now())

    def schedule_sentence(self) -> str:
        """'The calls start on Wednesday 25 November, 09:30 Brussels time.' or the send-now sentence."""
        send_at = self._draft_vm.draft.delivery.schedule.send_at
        if send_at is None:
            return self.tr("The calls start as soon as you send the campaign.")
        zone = self.zone()
        when = spoken_when(send_at, zone, self._now())
        if zone == "UTC":
            sentence = self.tr("The calls start on %1.").replace("%1", when)
        else:
            sentence = self.tr("The calls start on %1 (%2 UTC).").replace("%1", when).replace(
                "%2", f"{send_at.astimezone(UTC):%H:%M}")
        note = sch.twice_words(sch.to_local(send_at, zone).replace(tzinfo=None), zone, send_at.astimezone(
            sch.ZoneInfo(zone)).fold)
        return sentence + (" " + problem_text(note) if note else "")

    # --- editing: sender and schedule ------------------------------------------------------------
    def set_sender(self, sender: str) -> None:
        self._draft_vm.set_delivery(sender=sender.strip())

    def set_send_now(self) -> None:
        zone = self._draft_vm.draft.delivery.schedule.timezone
        self._draft_vm.set_delivery(schedule=Schedule(send_at=None, timezone=zone))
        self._after_schedule_change()

    def suggested_local_time(self, zone: str | None = None) -> datetime:
        """The wall time to offer when the user first picks a date: the next hour but one."""
        return sch.next_hour(self._now(), zone or self.zone())

    def set_send_at(self, local: datetime, zone: str) -> str:
        """Schedule at wall time `local` (naive) in `zone`; returns the plain-words reason when refused."""
        try:
            instant = sch.to_utc(local, zone, twice="earlier")
        except sch.ScheduleError as exc:
            return problem_text(exc)
        self._draft_vm.set_delivery(schedule=Schedule(send_at=instant, timezone=zone))
        self._after_schedule_change()
        return ""

    # --- editing: retries ---------------------------------------------------------------------
    def set_retries(self, retries: int) -> None:
        retry = self._draft_vm.draft.delivery.retry
        delays = sch.resize_delays(retry.delays_minutes, retries)
        self._draft_vm.set_delivery(retry=retry.model_copy(update={"retries": retries, "delays_minutes": delays}))

    def set_retry_delay(self, index: int, amount: int, unit: str) -> None:
        retry = self._draft_vm.draft.delivery.retry
        if not 0 <= index < retry.retries:
            return
        delays = sch.resize_delays(retry.delays_minutes, retry.retries)
        delays[index] = sch.to_minutes(amount, unit)
        self._draft_vm.set_delivery(retry=retry.model_copy(update={"delays_minutes": delays}))

    def set_retry_on_no_input(self, on: bool) -> None:
        retry = self._draft_vm.draft.delivery.retry
        self._draft_vm.set_delivery(retry=retry.model_copy(update={"retry_on_no_input": bool(on)}))

    def set_retry_on_failed(self, on: bool) -> None:
        retry = self._draft_vm.draft.delivery.retry
        self._draft_vm.set_delivery(retry=retry.model_copy(update={"retry_on_failed": bool(on)}))

    # --- editing: Routee ----------------------------------------------------------------------
    def set_respect_quiet_hours(self, on: bool) -> None:
        self._draft_vm.set_delivery(respect_quiet_hours=bool(on))

    def set_collect_dtmf(self, on: bool, wait_seconds: int | None) -> None:
        """Key presses on (with the wait, None = provider's default) or off (the wait is cleared)."""
        self._draft_vm.set_delivery(collect_dtmf=bool(on), dtmf_wait_seconds=wait_seconds if on else None)

    def set_hangup_delay(self, seconds: int | None) -> None:
        self._draft_vm.set_delivery(hangup_delay=seconds or None)

    def set_callback(self, kind: str, url: str, strategy: CallbackStrategy) -> None:
        """`kind` is 'message' or 'campaign'; an empty address means no notifications."""
        url = url.strip()
        value = Callback(url=url, strategy=strategy) if url else None
        self._draft_vm.set_delivery(**{f"{kind}_callback": value})

    # --- editing: Naxai -----------------------------------------------------------------------
    def set_distribution(self, distribution: str, dynamic_name: str | None) -> None:
        name = (dynamic_name or "").strip() or None
        self._draft_vm.set_delivery(distribution=distribution, dynamic_name=name if distribution == "dynamic" else None)

    def set_calendar(self, calendar_id: str | None) -> None:
        self._draft_vm.set_delivery(calendar_id=calendar_id or None)
        self.refresh_next_open()

    # --- calendars from the account -----------------------------------------------------------
    async def load_calendars(self) -> None:
        """Fetch the account's calendars (raises what the injected loader raises)."""
        if self._load_calendars is None:
            return
        items = await self._load_calendars()
        self._calendars = [CalendarChoice(id=str(_field(c, "id")), name=str(_field(c, "name") or _field(c, "id")),
                                          timezone=str(_field(c, "timezone") or "Europe/Brussels"))
                           for c in items if _field(c, "id")]
        self._calendars_loaded = True
        self.calendars_changed.emit()
        await self.check_next_open()

    async def check_next_open(self) -> None:
        """Ask the account when the chosen calendar next allows calls, from the scheduled time."""
        self._check_token += 1
        token = self._check_token
        delivery = self._draft_vm.draft.delivery
        if self._check_calendar is None or not delivery.calendar_id:
            self._set_next_open("")
            return
        when = delivery.schedule.send_at or self._now()
        answer = await self._check_calendar(delivery.calendar_id, when)
        if token != self._check_token:
            return  # a newer question is on its way
        if _field(answer, "match", None) is not None:  # a whole check answer: {match, next}
            answer = when if _field(answer, "match") else _field(answer, "next")
        if isinstance(answer, int):
            answer = sch.from_epoch_ms(answer)
        if answer is None:
            self._set_next_open(self.tr("This calendar has no open time coming up: calls would wait."))
        elif abs((answer - when).total_seconds()) < 60:
            self._set_next_open(self.tr("Open at that time: calls start right away."))
        else:
            days, _months = day_and_month_names()
            text = sch.say_weekday_time(answer, self.zone(), days)
            if (answer - when).days >= 6:
                text = sch.say_when(answer, self.zone(), now=self._now(), day_names=days, month_names=_months,
                                    template=self.tr("{weekday} {day} {month}{year}, {time}"))
            self._set_next_open(self.tr("Closed at that time; next open: %1").replace("%1", text))

    def refresh_calendars(self) -> None:
        """Start loading the calendars in the background (only when an event loop runs)."""
        if self._load_calendars is not None and self._loop_running():
            self._tasks.run(self.load_calendars(), on_failure=self._on_calendars_failed, name="load calendars")

    def refresh_next_open(self) -> None:
        if self._check_calendar is not None and self._loop_running():
            self._tasks.run(self.check_next_open(), on_failure=lambda _e: self._set_next_open(""),
                            name="check calendar")
        elif not self._draft_vm.draft.delivery.calendar_id:
            self._set_next_open("")

    async def wait_idle(self) -> None:
        await self._tasks.wait_idle()

    def _after_schedule_change(self) -> None:
        if self._draft_vm.draft.provider is ProviderId.NAXAI and self._draft_vm.draft.delivery.calendar_id:
            self.refresh_next_open()

    def _on_calendars_failed(self, exc: BaseException) -> None:
        self.calendars_error.emit(self.tr("The calendars could not be loaded from the account: %1").replace(
            "%1", str(exc) or type(exc).__name__))

    def _set_next_open(self, text: str) -> None:
        if text != self._next_open:
            self._next_open = text
            self.next_open_changed.emit(text)

    @staticmethod
    def _loop_running() -> bool:
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return False
        return True
