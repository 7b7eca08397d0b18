"""The provider's own recipients in the Recipients step: Routee contacts and groups with their count,
or the Naxai choice between typed numbers and one segment (with its size and the unsubscribed choice)."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.domain.providers import ProviderId
from app.ui.plural import plural
from app.ui.viewmodels.audience_vm import AudienceViewModel
from app.ui.widgets.choices import CodeCombo
from app.ui.widgets.entry_list import EntryListEditor


class ProviderAudienceBox(QWidget):
    """Shows the fields of the draft's provider only; every edit goes through the view-model."""

    numbers_shown = Signal(bool)  # False while Naxai calls a segment: the typed numbers are not sent

    def __init__(self, vm: AudienceViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vm = vm
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.routee_panel = self._routee_panel()
        self.naxai_panel = self._naxai_panel()
        layout.addWidget(self.routee_panel)
        layout.addWidget(self.naxai_panel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        vm.changed.connect(self.refresh)
        vm.segments_changed.connect(self._show_segments)
        vm.routee_count_changed.connect(self._show_count)
        self.refresh()
        self._show_segments()
        self._show_count()

    # --- Routee --------------------------------------------------------------------------------
    def _routee_panel(self) -> QGroupBox:
        box = QGroupBox(self.tr("Routee contacts and groups (optional)"), self)
        layout = QVBoxLayout(box)
        hint = QLabel(self.tr("Besides the phone numbers below, Routee can call contacts and groups of "
                              "your Routee account. Type or paste their ids and names as they appear "
                              "in Routee."), box)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.examples_label = QLabel(box)
        self.examples_label.setWordWrap(True)
        layout.addWidget(self.examples_label)
        lists = QHBoxLayout()
        self.contacts_editor = EntryListEditor(
            self.tr("Contacts"), self.tr("Contact id, then Enter"),
            lambda n: plural("ProviderAudienceBox", n, QT_TRANSLATE_NOOP("ProviderAudienceBox", "%n contact (at most 1,000)"), QT_TRANSLATE_NOOP("ProviderAudienceBox", "%n contacts (at most 1,000)")),
            parent=box)
        self.contacts_editor.entries_edited.connect(self._vm.set_contacts)
        self.groups_editor = EntryListEditor(
            self.tr("Groups"), self.tr("Group name, then Enter"),
            lambda n: plural("ProviderAudienceBox", n, QT_TRANSLATE_NOOP("ProviderAudienceBox", "%n group (at most 1,000)"), QT_TRANSLATE_NOOP("ProviderAudienceBox", "%n groups (at most 1,000)")),
            separators=";\t", parent=box)
        self.groups_editor.entries_edited.connect(self._vm.set_groups)
        lists.addWidget(self.contacts_editor, 1)
        lists.addWidget(self.groups_editor, 1)
        layout.addLayout(lists)
        row = QHBoxLayout()
        self.count_button = QPushButton(self.tr("C&ount recipients"), box)
        self.count_button.setAccessibleName(self.tr("Ask Routee how many people the contacts and groups reach"))
        self.count_button.clicked.connect(self._vm.count_recipients)
        row.addWidget(self.count_button)
        self.count_cancel = QPushButton(self.tr("Stop"), box)
        self.count_cancel.setAccessibleName(self.tr("Stop counting"))
        self.count_cancel.clicked.connect(self._vm.cancel_count)
        row.addWidget(self.count_cancel)
        row.addStretch(1)
        layout.addLayout(row)
        self.count_label = QLabel(box)
        self.count_label.setWordWrap(True)
        self.count_label.setAccessibleName(self.tr("How many people Routee would call"))
        layout.addWidget(self.count_label)
        return box

    def _show_count(self) -> None:
        vm = self._vm
        self.count_button.setEnabled(not vm.counting)
        self.count_cancel.setVisible(vm.counting)
        self.count_label.setText("<br>".join(html.escape(line) for line in vm.count_lines()))

    # --- Naxai ---------------------------------------------------------------------------------
    def _naxai_panel(self) -> QGroupBox:
        box = QGroupBox(self.tr("Who Naxai calls"), self)
        layout = QVBoxLayout(box)
        self.source_numbers = QRadioButton(self.tr("Phone numbers (typed or imported)"), box)
        self.source_segment = QRadioButton(self.tr("A segment of your Naxai contacts"), box)
        self.source_group = QButtonGroup(box)
        self.source_group.addButton(self.source_numbers)
        self.source_group.addButton(self.source_segment)
        self.source_numbers.toggled.connect(lambda on: on and self._vm.set_source("numbers"))
        self.source_segment.toggled.connect(lambda on: on and self._vm.set_source("segment"))
        layout.addWidget(self.source_numbers)
        layout.addWidget(self.source_segment)
        self.segment_area = QWidget(box)
        area = QVBoxLayout(self.segment_area)
        area.setContentsMargins(24, 0, 0, 0)
        row = QHBoxLayout()
        self.segment_combo = CodeCombo(self.segment_area)
        self.segment_combo.setAccessibleName(self.tr("Segment"))
        self.segment_combo.currentIndexChanged.connect(self._on_segment_chosen)
        row.addWidget(self.segment_combo, 1)
        self.segment_refresh = QPushButton(self.tr("&Refresh"), self.segment_area)
        self.segment_refresh.setAccessibleName(self.tr("Load the segments from the account again"))
        self.segment_refresh.clicked.connect(self._vm.refresh_segments)
        row.addWidget(self.segment_refresh)
        area.addLayout(row)
        self.segment_status = QLabel(self.segment_area)
        self.segment_status.setWordWrap(True)
        self.segment_status.setAccessibleName(self.tr("About the segment"))
        area.addWidget(self.segment_status)
        self.unsubscribed_check = QCheckBox(self.tr("Also call people who unsubscribed"), self.segment_area)
        self.unsubscribed_check.toggled.connect(self._vm.set_include_unsubscribed)
        area.addWidget(self.unsubscribed_check)
        note = QLabel(self.tr("Leave this off unless the call is one everyone must get, such as a safety "
                              "alert: people who unsubscribed asked not to be contacted."), self.segment_area)
        note.setWordWrap(True)
        area.addWidget(note)
        layout.addWidget(self.segment_area)
        return box

    def _on_segment_chosen(self, _index: int) -> None:
        self._vm.choose_segment(self.segment_combo.current_code() or None)

    def _show_segments(self) -> None:
        vm = self._vm
        current = vm.audience.segment_id or ""
        items = [(self.tr("Choose a segment…"), "")]
        for segment in vm.segments:
            label = segment.name if segment.ready else self.tr("%1 (not ready yet)").replace("%1", segment.name)
            items.append((label, segment.id))
        if current and current not in {s.id for s in vm.segments}:
            items.append((vm.audience.segment_name or self.tr("The segment chosen earlier"), current))
        self.segment_combo.fill(items, current)
        self.segment_refresh.setEnabled(vm.segments_state != "loading")
        self.segment_status.setText(vm.segments_message if vm.segments_state != "loaded" or not current
                                    else vm.segment_size_text)

    # --- both ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Show the draft's provider and audience (also tells the page whether the numbers are sent)."""
        vm, audience = self._vm, self._vm.audience
        naxai = vm.provider is ProviderId.NAXAI
        self.routee_panel.setVisible(not naxai)
        self.naxai_panel.setVisible(naxai)
        self.examples_label.setText(vm.examples_hint())
        self.examples_label.setVisible(bool(self.examples_label.text()))
        self.contacts_editor.set_entries(audience.contacts)
        self.groups_editor.set_entries(audience.groups)
        segment = audience.source == "segment"
        for button, on in ((self.source_numbers, not segment), (self.source_segment, segment)):
            blocked = button.blockSignals(True)
            button.setChecked(on)
            button.blockSignals(blocked)
        self.segment_area.setEnabled(segment)
        self.segment_area.setVisible(segment)
        blocked = self.unsubscribed_check.blockSignals(True)
        self.unsubscribed_check.setChecked(audience.include_unsubscribed)
        self.unsubscribed_check.blockSignals(blocked)
        if self.segment_combo.current_code() != (audience.segment_id or ""):
            self._show_segments()
        self.numbers_shown.emit(not (naxai and segment))
        if naxai and segment and self.isVisible():
            vm.ensure_segments()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """Load the segments when the step is first shown with a Naxai segment audience."""
        super().showEvent(event)
        if self._vm.provider is ProviderId.NAXAI and self._vm.audience.source == "segment":
            self._vm.ensure_segments()
