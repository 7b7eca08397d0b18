"""The provider part of the Recipients step: Routee contacts and groups (and Routee's count of them),
or the Naxai choice between typed numbers and one segment of the account's contacts."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any

from PySide6.QtCore import QObject, QT_TRANSLATE_NOOP, Signal

from app.domain.providers import ProviderId
from app.domain.recipients import Audience, NaxaiSource, clean_entries
from app.providers import errors
from app.services.audiences import AudienceService, RouteeCount, Segment
from app.ui.error_text import describe
from app.ui.plural import plural
from app.ui.tasks import TaskRunner
from app.ui.viewmodels.draft_vm import DraftViewModel

EMPTY_RECIPIENTS = "400009004"  # Routee: the groups are empty or everyone in them is blacklisted
UNKNOWN_CONTACT = "404002001"  # Routee: a contact id that does not exist


def people(n: int) -> str:
    """"1 person", "1,234 people"."""
    return plural("AudienceViewModel", n, QT_TRANSLATE_NOOP("AudienceViewModel", "%n person"), QT_TRANSLATE_NOOP("AudienceViewModel", "%n people"))


class AudienceViewModel(QObject):
    """Edits the draft's contacts, groups, Naxai source, segment and unsubscribed choice; asks the
    account (in the background, never blocking) for segments and counts."""

    changed = Signal()  # the draft's provider or audience changed: redraw the fields
    segments_changed = Signal()  # the segment list, its loading state or the chosen segment's size
    routee_count_changed = Signal()  # counting started, ended, failed or became stale
    counted = Signal()  # the provider counted the audience: the Review step can say how many

    def __init__(self, draft_vm: DraftViewModel, service: AudienceService, tasks: TaskRunner,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._draft_vm = draft_vm
        self._service = service
        self._tasks = tasks
        self.segments: list[Segment] = []
        self.segments_state = "idle"  # idle, loading, loaded, failed
        self.segments_message = ""
        self.segment_size_text = ""
        self._segments_account: str | None = None
        self._size_for: str | None = None  # segment id the size text is about
        self.counting = False
        self.count_result: RouteeCount | None = None
        self.count_message = ""
        self._count_task: asyncio.Task[Any] | None = None
        self._counting_key: tuple[str, tuple[str, ...], tuple[str, ...]] | None = None
        self._examples: dict[str, tuple[list[str], list[str]]] = {}
        draft_vm.changed.connect(self._on_draft_changed)

    # --- what the page shows -------------------------------------------------------------------
    @property
    def provider(self) -> ProviderId:
        return self._draft_vm.draft.provider

    @property
    def audience(self) -> Audience:
        return self._draft_vm.draft.audience

    def set_examples(self, account_id: str, contacts: list[str], groups: list[str]) -> None:
        """Contacts and groups an account is known to have (the Sandbox's), offered as a hint."""
        self._examples[account_id] = (contacts, groups)
        self.changed.emit()

    def examples_hint(self) -> str:
        """'In the Sandbox, try …' for an account with known examples, else empty."""
        contacts, groups = self._examples.get(self._draft_vm.draft.account_id, ([], []))
        if not contacts and not groups:
            return ""
        return self.tr("To practise in the Sandbox, try the contacts %1 and the groups %2.").replace(
            "%1", ", ".join(contacts)).replace("%2", ", ".join(f"“{g}”" for g in groups))

    def segment(self) -> Segment | None:
        """The chosen segment as last loaded from the account (None when unknown)."""
        return next((s for s in self.segments if s.id == self.audience.segment_id), None)

    # --- edits (each one autosaved through the draft) ------------------------------------------
    def _update(self, **fields: Any) -> None:
        self._draft_vm.set_audience(self.audience.model_copy(update=fields))

    def set_contacts(self, contacts: list[str]) -> None:
        """Routee contact ids, cleaned and without duplicates."""
        self._update(contacts=clean_entries(contacts))

    def set_groups(self, groups: list[str]) -> None:
        """Routee group names, cleaned and without duplicates."""
        self._update(groups=clean_entries(groups))

    def set_source(self, source: NaxaiSource) -> None:
        """Naxai calls either the typed numbers or one segment; the other stays in the draft unsent."""
        if source != self.audience.source:
            self._update(source=source)
        if source == "segment":
            self.ensure_segments()

    def choose_segment(self, segment_id: str | None) -> None:
        """Use this segment (exactly one) and ask Naxai how many people it holds."""
        chosen = next((s for s in self.segments if s.id == segment_id), None)
        self._update(segment_id=segment_id or None, segment_name=chosen.name if chosen else "")
        self._size_segment()

    def set_include_unsubscribed(self, include: bool) -> None:
        self._update(include_unsubscribed=include)

    # --- Naxai segments ------------------------------------------------------------------------
    def ensure_segments(self) -> None:
        """Load the segments once per account (Refresh loads them again)."""
        account = self._draft_vm.draft.account_id
        if self.segments_state == "idle" or (self._segments_account != account and self.segments_state != "loading"):
            self.refresh_segments()

    def refresh_segments(self) -> None:
        """Ask the account for its segments again."""
        self._segments_account = self._draft_vm.draft.account_id
        self.segments_state = "loading"
        self.segments_message = self.tr("Loading the segments of your Naxai account…")
        self.segments_changed.emit()
        self._run(self._load_segments(self._segments_account), "segments")

    async def _load_segments(self, account: str) -> None:
        try:
            found = await self._service.segments(account)
        except Exception as exc:  # noqa: BLE001 - shown in plain words, never a crash
            if account == self._segments_account:
                self.segments_state = "failed"
                self.segments_message = self.tr("The segments could not be loaded. %1").replace("%1", describe(exc)[0])
                self.segments_changed.emit()
            return
        if account != self._segments_account:
            return
        self.segments = found
        self.segments_state = "loaded"
        self.segments_message = "" if found else self.tr("This Naxai account has no segments yet.")
        self._size_for = None
        self.segments_changed.emit()
        self._size_segment()

    def _size_segment(self) -> None:
        """Show the chosen segment's size (asked once per choice), or why it cannot be called."""
        segment_id = self.audience.segment_id
        chosen = self.segment()
        if not segment_id or self.segments_state != "loaded":
            self._size_for, self.segment_size_text = None, ""
        elif chosen is None:
            self._size_for = segment_id
            self.segment_size_text = self.tr("This segment is no longer in the account. Choose another one.")
        elif not chosen.ready:
            self._size_for = segment_id
            self.segment_size_text = self.tr(
                "Naxai is still preparing this segment: it cannot be called until it is ready. "
                "Press Refresh later to check again.")
        elif self._size_for != segment_id:
            self._size_for = segment_id
            self.segment_size_text = self.tr("Counting the people in this segment…")
            self._run(self._count_segment(self._draft_vm.draft.account_id, segment_id), "segment size")
        self.segments_changed.emit()

    async def _count_segment(self, account: str, segment_id: str) -> None:
        try:
            size = await self._service.segment_size(account, segment_id)
            text = people(size)
        except Exception as exc:  # noqa: BLE001
            text = self.tr("The size of this segment could not be read. %1").replace("%1", describe(exc)[0])
            size = None
        if self._size_for == segment_id:
            self.segment_size_text = text
            self.segments_changed.emit()
        if size is not None:
            self.counted.emit()

    # --- Routee count --------------------------------------------------------------------------
    def count_recipients(self) -> None:
        """Ask Routee who the contacts and groups would reach (nothing is sent or charged)."""
        audience, draft = self.audience, self._draft_vm.draft
        key = (draft.account_id, tuple(audience.contacts), tuple(audience.groups))
        self._counting_key = key  # what the answer shown is about
        if not audience.contacts and not audience.groups:
            self._show_count(None, self.tr("Add contacts or groups first."))
            return
        if not draft.delivery.sender.strip():
            self._show_count(None, self.tr("Routee needs the calling number to count: enter it in step 3, Delivery."))
            return
        self.cancel_count()
        self.counting = True
        self.count_message = self.tr("Asking Routee…")
        self.routee_count_changed.emit()
        self._count_task = self._run(self._count(key, draft.delivery.sender), "count recipients")

    def cancel_count(self) -> None:
        """Stop waiting for Routee's answer."""
        task, self._count_task = self._count_task, None
        if task is not None and not task.done() and self.counting:
            task.cancel()
            self._show_count(None, self.tr("Counting stopped."))

    async def _count(self, key: tuple[str, tuple[str, ...], tuple[str, ...]], sender: str) -> None:
        account, contacts, groups = key
        try:
            result = await self._service.count_routee(account, sender, list(contacts), list(groups))
        except Exception as exc:  # noqa: BLE001
            self._count_task = None
            self._show_count(None, self._count_error(exc))
            return
        self._count_task = None
        self._show_count(result, "")
        self.counted.emit()

    def _count_error(self, exc: Exception) -> str:
        if not isinstance(exc, errors.ProviderError):
            return describe(exc)[0]
        if exc.provider_code == UNKNOWN_CONTACT:
            text = self.tr("Routee has no contact with one of these ids. Check the contact ids.")
            return text + (" " + self.tr("Routee says: %1").replace("%1", exc.provider_message)
                           if exc.provider_message else "")
        if exc.provider_code == EMPTY_RECIPIENTS:
            return self.tr("Nobody would be called: the groups are empty or unknown, "
                           "or everyone in them is blacklisted.")
        return describe(exc)[0]

    def _show_count(self, result: RouteeCount | None, message: str) -> None:
        self.counting = False
        self.count_result = result
        self.count_message = message
        self.routee_count_changed.emit()

    def count_lines(self) -> list[str]:
        """Routee's answer in plain words, one sentence per line."""
        result = self.count_result
        if result is None:
            return [self.count_message] if self.count_message else []
        lines = [self.tr("Routee would call %1 in all.").replace("%1", people(result.total))]
        for group in self.audience.groups:
            if group in result.per_group:
                n = result.per_group[group]
                lines.append(self.tr("Group “%1”: %2.").replace("%1", group).replace(
                    "%2", people(n) if n else self.tr("nobody (empty or unknown)")))
        if self.audience.groups:
            lines.append(self.tr("In the groups, %1 besides the contacts named above.").replace(
                "%1", people(result.in_groups)))
        if result.blacklisted:
            lines.append(plural("AudienceViewModel", len(result.blacklisted),
                                QT_TRANSLATE_NOOP("AudienceViewModel", "%n contact is blacklisted and will not be called: %1."),
                                QT_TRANSLATE_NOOP("AudienceViewModel", "%n contacts are blacklisted and will not be called: %1."))
                         .replace("%1", ", ".join(result.blacklisted)))
        return lines

    # --- keeping up with the draft -------------------------------------------------------------
    def _on_draft_changed(self) -> None:
        draft = self._draft_vm.draft
        key = (draft.account_id, tuple(draft.audience.contacts), tuple(draft.audience.groups))
        if key != self._counting_key and (self.counting or self.count_result is not None or self.count_message):
            self.cancel_count()  # an answer about another list would mislead
            listed = draft.audience.contacts or draft.audience.groups
            self._show_count(None, self.tr("The list changed: press Count recipients to ask Routee again.")
                             if listed else "")
        if self.segments_state == "loaded" and self._size_for != draft.audience.segment_id:
            self._size_segment()
        self.changed.emit()

    def _run(self, coro: Coroutine[Any, Any, Any], name: str) -> asyncio.Task[Any] | None:
        try:
            asyncio.get_running_loop()
        except RuntimeError:  # no loop (a synchronous test): nothing runs in the background
            coro.close()
            return None
        return self._tasks.run(coro, name=name)
