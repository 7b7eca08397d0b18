"""Step 3, Delivery: caller number, when, retries, calling hours, key presses, call pace and status
notifications; each provider's own settings appear only when that provider is chosen."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain import schedule as sch
from app.domain.delivery import Callback
from app.domain.providers import ProviderId
from app.ui.problem_text import problem_text
from app.ui.viewmodels.delivery_vm import DeliveryViewModel, system_zone
from app.ui.viewmodels.draft_vm import DraftViewModel
from app.ui.widgets.choices import CodeCombo

ERROR_STYLE = "color: palette(highlight); font-weight: bold;"
UNITS = ("minutes", "hours", "days")


class DeliveryPage(QWidget):
    """Binds the delivery fields of the open draft; every edit goes through the view-models."""

    def __init__(self, draft_vm: DraftViewModel, delivery_vm: DeliveryViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vm = draft_vm
        self._dvm = delivery_vm
        self._schedule_error = ""
        self._provider: ProviderId | None = None
        self._setup_ui()
        self._vm.loaded.connect(self._refresh_all)
        self._vm.changed.connect(self._refresh_state)
        self._dvm.calendars_changed.connect(self._fill_calendars)
        self._dvm.next_open_changed.connect(self._show_next_open)
        self._dvm.calendars_error.connect(self._show_next_open)
        self._refresh_all()

    # --- building ----------------------------------------------------------------------------
    def _setup_ui(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget(scroll)
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.addWidget(QLabel(self.tr("<h2>3. Delivery</h2>"), body))
        self.errors: dict[str, QLabel] = {}
        layout.addWidget(self._sender_group(body))
        layout.addWidget(self._schedule_group(body))
        self.quiet_group = self._quiet_group(body)
        self.calendar_group = self._calendar_group(body)
        self.retries_group = self._retries_group(body)
        self.calls_group = self._calls_group(body)
        self.distribution_group = self._distribution_group(body)
        self.callbacks_group = self._callbacks_group(body)
        self.routee_groups = (self.quiet_group, self.calls_group, self.callbacks_group)
        self.naxai_groups = (self.calendar_group, self.retries_group, self.distribution_group)
        for group in (self.quiet_group, self.calendar_group, self.retries_group, self.calls_group,
                      self.distribution_group, self.callbacks_group):
            layout.addWidget(group)
        layout.addStretch(1)

    def _error_label(self, field: str, parent: QWidget) -> QLabel:
        label = QLabel(parent)
        label.setWordWrap(True)
        label.setStyleSheet(ERROR_STYLE)
        label.setAccessibleName(self.tr("Problem with this setting"))
        label.setVisible(False)
        self.errors[field] = label
        return label

    def _hint(self, text: str, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        label.setWordWrap(True)
        return label

    def _sender_group(self, parent: QWidget) -> QGroupBox:
        group = QGroupBox(self.tr("Caller number"), parent)
        form = QFormLayout(group)
        self.sender_edit = QLineEdit(group)
        self.sender_edit.setAccessibleName(self.tr("Caller number"))
        self.sender_edit.textEdited.connect(self._dvm.set_sender)
        form.addRow(self.tr("&Number people see:"), self.sender_edit)
        self.sender_hint = self._hint("", group)
        form.addRow(self.sender_hint)
        form.addRow(self._error_label("delivery.sender", group))
        return group

    def _schedule_group(self, parent: QWidget) -> QGroupBox:
        group = QGroupBox(self.tr("When"), parent)
        box = QVBoxLayout(group)
        row = QHBoxLayout()
        self.when_group = QButtonGroup(self)
        self.now_radio = QRadioButton(self.tr("Send &now"), group)
        self.now_radio.setAccessibleName(self.tr("Send as soon as the campaign is sent"))
        self.later_radio = QRadioButton(self.tr("At a &date and time"), group)
        self.later_radio.setAccessibleName(self.tr("Send at a date and time"))
        for button in (self.now_radio, self.later_radio):
            self.when_group.addButton(button)
            row.addWidget(button)
        row.addStretch(1)
        self.now_radio.toggled.connect(self._on_when_toggled)
        box.addLayout(row)

        self.when_row = QWidget(group)
        when_layout = QHBoxLayout(self.when_row)
        when_layout.setContentsMargins(0, 0, 0, 0)
        self.datetime_edit = QDateTimeEdit(self.when_row)
        self.datetime_edit.setTimeZone(QTimeZone(QTimeZone.Initialization.UTC))  # a plain wall time
        self.datetime_edit.setCalendarPopup(True)
        self.datetime_edit.setDisplayFormat("dddd d MMMM yyyy  HH:mm")
        self.datetime_edit.setAccessibleName(self.tr("Date and time of the calls"))
        self.datetime_edit.dateTimeChanged.connect(self._on_datetime_changed)
        when_label = QLabel(self.tr("Da&te and time:"), self.when_row)
        when_label.setBuddy(self.datetime_edit)
        self.zone_combo = CodeCombo(self.when_row)
        self.zone_combo.setAccessibleName(self.tr("Time zone"))
        self.zone_combo.fill(self._zone_items(), system_zone())
        self.zone_combo.currentIndexChanged.connect(self._on_zone_changed)
        zone_label = QLabel(self.tr("Time &zone:"), self.when_row)
        zone_label.setBuddy(self.zone_combo)
        when_layout.addWidget(when_label)
        when_layout.addWidget(self.datetime_edit, 2)
        when_layout.addWidget(zone_label)
        when_layout.addWidget(self.zone_combo, 1)
        box.addWidget(self.when_row)
        self.schedule_sentence = self._hint("", group)
        self.schedule_sentence.setAccessibleName(self.tr("When the calls start, in words"))
        box.addWidget(self.schedule_sentence)
        box.addWidget(self._error_label("delivery.schedule.send_at", group))
        return group

    def _zone_items(self) -> list[tuple[str, str]]:
        zones = sch.zone_names()
        items = [(f"{sch.place_name(z)} ({z.split('/')[0].replace('_', ' ')})", z) for z in zones]
        items.append((self.tr("UTC (universal time)"), "UTC"))
        local = system_zone()
        if local not in zones and local != "UTC":
            items.append((f"{sch.place_name(local)} ({local})", local))
        return sorted(items, key=lambda item: item[0].casefold())

    def _quiet_group(self, parent: QWidget) -> QGroupBox:
        group = QGroupBox(self.tr("Calling hours"), parent)
        box = QVBoxLayout(group)
        self.quiet_check = QCheckBox(self.tr("Respect &quiet hours"), group)
        self.quiet_check.setAccessibleName(self.tr("Respect quiet hours"))
        self.quiet_check.toggled.connect(self._dvm.set_respect_quiet_hours)
        box.addWidget(self.quiet_check)
        self.quiet_hint = self._hint(self.tr(
            "Routee's rule: no calls between 23:00 and 08:00, nor between 14:00 and 17:00, in each person's "
            "own local time. Routee documents these hours for text messages and does not say whether calls "
            "falling in them wait or are dropped; countries spanning several time zones are not covered."), group)
        self.quiet_hint.setAccessibleName(self.tr("What quiet hours mean"))
        box.addWidget(self.quiet_hint)
        return group

    def _calendar_group(self, parent: QWidget) -> QGroupBox:
        group = QGroupBox(self.tr("Calling hours"), parent)
        form = QFormLayout(group)
        row = QHBoxLayout()
        self.calendar_combo = CodeCombo(group)
        self.calendar_combo.setAccessibleName(self.tr("Calendar of calling hours"))
        self.calendar_combo.currentIndexChanged.connect(self._on_calendar_changed)
        row.addWidget(self.calendar_combo, 1)
        self.calendar_refresh = QPushButton(self.tr("&Reload list"), group)
        self.calendar_refresh.setAccessibleName(self.tr("Reload the calendars from the account"))
        self.calendar_refresh.clicked.connect(self._dvm.refresh_calendars)
        self.calendar_refresh.setEnabled(self._dvm.can_load_calendars)
        row.addWidget(self.calendar_refresh)
        label = QLabel(self.tr("Ca&lendar:"), group)
        label.setBuddy(self.calendar_combo)
        form.addRow(label, row)
        self.next_open_label = self._hint("", group)
        self.next_open_label.setAccessibleName(self.tr("Next open time of the calendar"))
        self.next_open_label.setVisible(False)
        form.addRow(self.next_open_label)
        form.addRow(self._hint(self.tr("Naxai waits for the calendar's next open time before calling. "
                                       "Calendars are set up in your Naxai account."), group))
        return group

    def _retries_group(self, parent: QWidget) -> QGroupBox:
        group = QGroupBox(self.tr("Retries"), parent)
        form = QFormLayout(group)
        self.retries_spin = QSpinBox(group)
        self.retries_spin.setRange(0, sch.MAX_RETRIES)
        self.retries_spin.setSpecialValueText(self.tr("No retry"))
        self.retries_spin.setAccessibleName(self.tr("Number of retries"))
        self.retries_spin.valueChanged.connect(self._on_retries_changed)
        self.retries_spin.setMaximumWidth(160)
        form.addRow(self.tr("Number of retr&ies:"), self.retries_spin)
        self.delay_rows: list[tuple[QWidget, QSpinBox, QComboBox]] = []
        for i in range(sch.MAX_RETRIES):
            row = QWidget(group)
            layout = QHBoxLayout(row)
            layout.setContentsMargins(0, 0, 0, 0)
            amount = QSpinBox(row)
            amount.setRange(0, sch.MAX_RETRY_DELAY_MINUTES)
            amount.setAccessibleName(self.tr("Wait before retry %1").replace("%1", str(i + 1)))
            unit = QComboBox(row)
            for code, text in zip(UNITS, (self.tr("minutes"), self.tr("hours"), self.tr("days")), strict=True):
                unit.addItem(text, code)
            unit.setAccessibleName(self.tr("Unit of the wait before retry %1").replace("%1", str(i + 1)))
            amount.valueChanged.connect(lambda _v, i=i: self._on_delay_changed(i))
            unit.currentIndexChanged.connect(lambda _v, i=i: self._on_delay_changed(i))
            layout.addWidget(QLabel(self.tr("Retry %1 after").replace("%1", str(i + 1)), row))
            layout.addWidget(amount)
            layout.addWidget(unit)
            amount.setMaximumWidth(120)
            layout.addWidget(self._error_label(f"delivery.retry.delays_minutes[{i}]", row), 1)
            layout.addStretch(1)
            form.addRow(row)
            self.delay_rows.append((row, amount, unit))
        form.addRow(self._error_label("delivery.retry.delays_minutes", group))
        self.retry_no_input_check = QCheckBox(self.tr("Also retry when the person answered but pressed &no key"), group)
        self.retry_no_input_check.setAccessibleName(self.tr("Retry when no key was pressed"))
        self.retry_no_input_check.toggled.connect(self._dvm.set_retry_on_no_input)
        self.retry_failed_check = QCheckBox(self.tr("Retry when the call &failed (busy, no answer, error)"), group)
        self.retry_failed_check.setAccessibleName(self.tr("Retry when the call failed"))
        self.retry_failed_check.toggled.connect(self._dvm.set_retry_on_failed)
        form.addRow(self.retry_no_input_check)
        form.addRow(self.retry_failed_check)
        form.addRow(self._hint(self.tr("Naxai allows up to 3 retries, each at most 3 days after the previous call."),
                               group))
        return group

    def _calls_group(self, parent: QWidget) -> QGroupBox:
        group = QGroupBox(self.tr("Key presses and ringing"), parent)
        form = QFormLayout(group)
        self.dtmf_check = QCheckBox(self.tr("Collect &key presses at the end of the message"), group)
        self.dtmf_check.setAccessibleName(self.tr("Collect key presses"))
        self.dtmf_check.toggled.connect(self._on_dtmf_changed)
        form.addRow(self.dtmf_check)
        self.dtmf_wait_spin = QSpinBox(group)
        self.dtmf_wait_spin.setRange(0, sch.DTMF_WAIT_MAX)
        self.dtmf_wait_spin.setSpecialValueText(self.tr("Routee's default"))
        self.dtmf_wait_spin.setSuffix(self.tr(" seconds"))
        self.dtmf_wait_spin.setAccessibleName(self.tr("Seconds to wait for key presses"))
        self.dtmf_wait_spin.valueChanged.connect(self._on_dtmf_changed)
        self.dtmf_wait_spin.setMaximumWidth(220)
        form.addRow(self.tr("&Wait for key presses:"), self.dtmf_wait_spin)
        form.addRow(self._error_label("delivery.dtmf_wait_seconds", group))
        self.hangup_spin = QSpinBox(group)
        self.hangup_spin.setRange(0, sch.HANGUP_DELAY_MAX)
        self.hangup_spin.setSpecialValueText(self.tr("Until the network gives up"))
        self.hangup_spin.setSuffix(self.tr(" seconds"))
        self.hangup_spin.setAccessibleName(self.tr("How long to let the phone ring"))
        self.hangup_spin.valueChanged.connect(lambda v: self._dvm.set_hangup_delay(v or None))
        self.hangup_spin.setMaximumWidth(220)
        form.addRow(self.tr("Let the phone &ring for:"), self.hangup_spin)
        form.addRow(self._error_label("delivery.hangup_delay", group))
        return group

    def _distribution_group(self, parent: QWidget) -> QGroupBox:
        group = QGroupBox(self.tr("Call pace"), parent)
        form = QFormLayout(group)
        self.distribution_combo = CodeCombo(group)
        self.distribution_combo.addItem(self.tr("As fast as Naxai can call"), "none")
        self.distribution_combo.addItem(self.tr("Spread out by a load distribution set up in Naxai"), "dynamic")
        self.distribution_combo.setAccessibleName(self.tr("Call pace"))
        self.distribution_combo.currentIndexChanged.connect(self._on_distribution_changed)
        form.addRow(self.tr("&Pace:"), self.distribution_combo)
        self.dynamic_name_edit = QLineEdit(group)
        self.dynamic_name_edit.setAccessibleName(self.tr("Name of the load distribution"))
        self.dynamic_name_edit.textEdited.connect(self._on_distribution_changed)
        form.addRow(self.tr("Load distribution &name:"), self.dynamic_name_edit)
        form.addRow(self._error_label("delivery.dynamic_name", group))
        return group

    def _callbacks_group(self, parent: QWidget) -> QGroupBox:
        group = QGroupBox(self.tr("Status notifications to your web server (optional)"), parent)
        form = QFormLayout(group)
        self.callback_edits: dict[str, tuple[QLineEdit, CodeCombo]] = {}
        for kind, label, name in (
            ("message", self.tr("For each &call:"), self.tr("Notification address for each call")),
            ("campaign", self.tr("For the whole ca&mpaign:"), self.tr("Notification address for the campaign")),
        ):
            row = QHBoxLayout()
            edit = QLineEdit(group)
            edit.setPlaceholderText("https://example.org/voicedesk/status")
            edit.setAccessibleName(name)
            strategy = CodeCombo(group)
            strategy.addItem(self.tr("at every change"), "OnChange")
            strategy.addItem(self.tr("on completion only"), "OnCompletion")
            strategy.setCurrentIndex(1)
            strategy.setAccessibleName(self.tr("When to notify: %1").replace("%1", name))
            edit.textEdited.connect(lambda _t, k=kind: self._on_callback_changed(k))
            strategy.currentIndexChanged.connect(lambda _i, k=kind: self._on_callback_changed(k))
            row.addWidget(edit, 2)
            row.addWidget(strategy, 1)
            row_label = QLabel(label, group)
            row_label.setBuddy(edit)
            form.addRow(row_label, row)
            form.addRow(self._error_label(f"delivery.{kind}_callback.url", group))
            self.callback_edits[kind] = (edit, strategy)
        form.addRow(self._hint(self.tr("Routee sends each status to this HTTPS address. Leave empty if you "
                                       "do not run such a server: the Campaigns list follows progress anyway."),
                               group))
        return group

    # --- slots -------------------------------------------------------------------------------
    def _on_when_toggled(self, _checked: bool) -> None:
        if self.now_radio.isChecked():
            self._schedule_error = ""
            self._dvm.set_send_now()
        else:
            if self._vm.draft.delivery.schedule.send_at is None:
                self._set_datetime(self._dvm.suggested_local_time(self.zone_combo.current_code()))
            self._on_datetime_changed()
        self.when_row.setEnabled(self.later_radio.isChecked())
        self._refresh_state()

    def _on_datetime_changed(self, *_args: object) -> None:
        if not self.later_radio.isChecked():
            return
        value = self.datetime_edit.dateTime()
        local = datetime.combine(value.date().toPython(), value.time().toPython()).replace(second=0, microsecond=0)
        self._schedule_error = self._dvm.set_send_at(local, self.zone_combo.current_code() or system_zone())
        self._refresh_state()

    def _on_zone_changed(self, _index: int) -> None:
        self._on_datetime_changed()

    def _on_retries_changed(self, value: int) -> None:
        self._dvm.set_retries(value)
        self._fill_retries()

    def _on_delay_changed(self, index: int) -> None:
        _row, amount, unit = self.delay_rows[index]
        self._dvm.set_retry_delay(index, amount.value(), unit.currentData())

    def _on_dtmf_changed(self, *_args: object) -> None:
        on = self.dtmf_check.isChecked()
        self._dvm.set_collect_dtmf(on, self.dtmf_wait_spin.value() or None)
        self.dtmf_wait_spin.setEnabled(on)

    def _on_distribution_changed(self, *_args: object) -> None:
        code = self.distribution_combo.current_code() or "none"
        self._dvm.set_distribution(code, self.dynamic_name_edit.text())
        self.dynamic_name_edit.setEnabled(code == "dynamic")

    def _show_next_open(self, text: str) -> None:
        self.next_open_label.setText(text)
        self.next_open_label.setVisible(bool(text))

    def _on_calendar_changed(self, _index: int) -> None:
        self._dvm.set_calendar(self.calendar_combo.current_code() or None)

    def _on_callback_changed(self, kind: str) -> None:
        edit, strategy = self.callback_edits[kind]
        self._dvm.set_callback(kind, edit.text(), strategy.current_code() or "OnCompletion")  # type: ignore[arg-type]

    # --- refresh from the view-models --------------------------------------------------------
    def _set_datetime(self, local: datetime) -> None:
        value = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute),
                          QTimeZone(QTimeZone.Initialization.UTC))
        blocked = self.datetime_edit.blockSignals(True)
        self.datetime_edit.setDateTime(value)
        self.datetime_edit.blockSignals(blocked)

    def _fill_calendars(self) -> None:
        current = self._vm.draft.delivery.calendar_id or ""
        items = [(self.tr("No calendar: call at any time"), "")]
        items += [(c.name, c.id) for c in self._dvm.calendars]
        if current and current not in {c.id for c in self._dvm.calendars}:
            items.append((self.tr("Calendar chosen earlier (%1)").replace("%1", current), current))
        self.calendar_combo.fill(items, current)

    def _fill_retries(self) -> None:
        retry = self._vm.draft.delivery.retry
        blocked = self.retries_spin.blockSignals(True)
        self.retries_spin.setValue(retry.retries)
        self.retries_spin.blockSignals(blocked)
        for i, (row, amount, unit) in enumerate(self.delay_rows):
            row.setVisible(i < retry.retries)
            if i < len(retry.delays_minutes):
                plain = sch.from_minutes(retry.delays_minutes[i])
                for widget in (amount, unit):
                    widget.blockSignals(True)
                amount.setValue(plain.amount)
                unit.setCurrentIndex(UNITS.index(plain.unit))
                for widget in (amount, unit):
                    widget.blockSignals(False)
        for check in (self.retry_no_input_check, self.retry_failed_check):
            check.setEnabled(retry.retries > 0)

    @staticmethod
    def _set_checked(check: QCheckBox, on: bool) -> None:
        blocked = check.blockSignals(True)
        check.setChecked(on)
        check.blockSignals(blocked)

    def _refresh_all(self) -> None:
        """Show every field of the (newly loaded) draft."""
        d = self._vm.draft.delivery
        self._schedule_error = ""
        if self.sender_edit.text() != d.sender:
            self.sender_edit.setText(d.sender)
        zone = self._dvm.zone()
        self.zone_combo.set_code(zone)
        for button in (self.now_radio, self.later_radio):
            button.blockSignals(True)
        (self.later_radio if d.schedule.send_at is not None else self.now_radio).setChecked(True)
        for button in (self.now_radio, self.later_radio):
            button.blockSignals(False)
        self.when_row.setEnabled(d.schedule.send_at is not None)
        local = (sch.to_local(d.schedule.send_at, zone).replace(tzinfo=None) if d.schedule.send_at is not None
                 else self._dvm.suggested_local_time(zone))
        self._set_datetime(local)
        self._set_checked(self.quiet_check, d.respect_quiet_hours)
        self._set_checked(self.dtmf_check, d.collect_dtmf)
        for spin, value in ((self.dtmf_wait_spin, d.dtmf_wait_seconds), (self.hangup_spin, d.hangup_delay)):
            blocked = spin.blockSignals(True)
            spin.setValue(value or 0)
            spin.blockSignals(blocked)
        self.dtmf_wait_spin.setEnabled(d.collect_dtmf)
        self._fill_retries()
        self._set_checked(self.retry_no_input_check, d.retry.retry_on_no_input)
        self._set_checked(self.retry_failed_check, d.retry.retry_on_failed)
        self.distribution_combo.set_code(d.distribution)
        if self.dynamic_name_edit.text() != (d.dynamic_name or ""):
            self.dynamic_name_edit.setText(d.dynamic_name or "")
        self.dynamic_name_edit.setEnabled(d.distribution == "dynamic")
        for kind, cb in (("message", d.message_callback), ("campaign", d.campaign_callback)):
            edit, strategy = self.callback_edits[kind]
            if edit.text() != (cb.url if cb else ""):
                edit.setText(cb.url if cb else "")
            strategy.set_code(cb.strategy if isinstance(cb, Callback) else "OnCompletion")
        self._fill_calendars()
        self._provider = None  # force the provider-specific part to refresh
        self._refresh_state()
        self._dvm.refresh_next_open()

    def _refresh_state(self) -> None:
        """Provider groups, the schedule sentence and the inline problems after any change."""
        provider = self._vm.draft.provider
        if provider != self._provider:
            self._provider = provider
            routee = provider is ProviderId.ROUTEE
            for group in self.routee_groups:
                group.setVisible(routee)
            for group in self.naxai_groups:
                group.setVisible(not routee)
            caps = self._vm.caps
            self.sender_edit.setPlaceholderText("+306912345678" if routee else "3225550100")
            self.sender_hint.setText(
                self.tr("Digits only, up to %1 characters (a leading + is allowed). Routee shows a name as "
                        "“Unknown”.").replace("%1", str(caps.sender_max_length)) if routee else
                self.tr("The full international number without +, %1 to %2 digits.").replace(
                    "%1", str(caps.sender_min_length)).replace("%2", str(caps.sender_max_length)))
            if not routee and not self._dvm.calendars_loaded:
                self._dvm.refresh_calendars()
        self.schedule_sentence.setText(self._dvm.schedule_sentence())
        problems: dict[str, str] = {}
        for p in self._dvm.problems():
            problems.setdefault(p.field, problem_text(p))
        if self._schedule_error:
            problems["delivery.schedule.send_at"] = self._schedule_error
            self.schedule_sentence.setVisible(False)
        else:
            self.schedule_sentence.setVisible(True)
        for field, label in self.errors.items():
            text = problems.get(field, "")
            label.setText("⚠ " + text if text else "")
            label.setVisible(bool(text))
