"""The plain-words problems and schedule notes of the core, in the UI language: the template is
translated in context "DraftProblem" and its values are written the UI language's way."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale

from app.domain import schedule as sch
from app.domain.validation import PROBLEM_CONTEXT, Param
from app.ui.numbers_text import count_text
from app.ui.plural import plural


class Template(Protocol):
    """A DraftProblem, Words or ScheduleError: a marked template, its values and its English sentence."""

    @property
    def text(self) -> str: ...

    @property
    def params(self) -> Mapping[str, Param]: ...

    @property
    def message(self) -> str: ...


def day_and_month_names() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The weekday names (Monday first) and month names of the UI language."""
    locale = QLocale()
    days = tuple(locale.dayName(i, QLocale.FormatType.LongFormat) for i in range(1, 8))
    months = tuple(locale.monthName(i, QLocale.FormatType.LongFormat) for i in range(1, 13))
    return days, months


def spoken_when(instant: datetime, zone: str, now: datetime | None = None) -> str:
    """'mardi 25 novembre, 09:30 heure de Bruxelles': say_when with the UI language's names."""
    days, months = day_and_month_names()
    template = QCoreApplication.translate("DeliveryViewModel", "{weekday} {day} {month}{year}, {time} {place} time")
    return sch.say_when(instant, zone, now=now, day_names=days, month_names=months, template=template)


def _delay_text(minutes: int) -> str:
    """A waiting time in its largest exact unit, in the UI language ('2 heures')."""
    plain = sch.from_minutes(minutes)
    if plain.unit == "days":
        return plural("DraftProblem", plain.amount, QT_TRANSLATE_NOOP("DraftProblem", "%n day"),
                      QT_TRANSLATE_NOOP("DraftProblem", "%n days"))
    if plain.unit == "hours":
        return plural("DraftProblem", plain.amount, QT_TRANSLATE_NOOP("DraftProblem", "%n hour"),
                      QT_TRANSLATE_NOOP("DraftProblem", "%n hours"))
    return plural("DraftProblem", plain.amount, QT_TRANSLATE_NOOP("DraftProblem", "%n minute"),
                  QT_TRANSLATE_NOOP("DraftProblem", "%n minutes"))


def value_text(value: Param) -> str:
    """One value of a template as the UI language writes it (numbers grouped, dates in its words)."""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return count_text(value)
    if isinstance(value, sch.SpokenDate):
        # A Qt date pattern: day and full month, as the language writes it ("29 mars", "29. März").
        pattern = QCoreApplication.translate("DraftProblem", "d MMMM")
        return QLocale().toString(QDate(value.day.year, value.day.month, value.day.day), pattern)
    if isinstance(value, sch.SpokenWhen):
        return spoken_when(value.instant, value.zone, value.now)
    if isinstance(value, sch.SpokenDelay):
        return _delay_text(value.minutes)
    return str(value)


def problem_text(problem: Template) -> str:
    """The problem (or note) in the UI language; the English sentence if its translation is broken."""
    template = QCoreApplication.translate(PROBLEM_CONTEXT, problem.text)
    try:
        return template.format_map({name: value_text(value) for name, value in problem.params.items()})
    except (KeyError, IndexError, ValueError):
        return problem.message
