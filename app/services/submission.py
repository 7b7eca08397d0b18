"""Draft -> provider request, sent at most once.

The intent (a unique campaign name, the reference) is stored before the request leaves. A failure
that proves nothing was created marks the submission failed; an ambiguous one (timeout, reset, 5xx
or 409 after sending, a crash) marks it unconfirmed, and it is reconciled by looking the reference
up at the provider: on the spot, and again at the next start. Nothing is ever resent blindly.

"Not found" is only believed once the request can no longer be in flight: a request that timed out
at the client may still be processed by the provider a moment later. Until `settle_seconds` have
passed since it left, a lookup that finds nothing leaves the submission unconfirmed (on the spot,
the service waits out the rest of that time and looks again).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Protocol

from app.domain.campaign import (
    CampaignDraft,
    CampaignState,
    CampaignStatus,
    Submission,
    SubmissionState,
    new_reference,
)
from app.domain.numbers import NumberReport, clean_numbers
from app.domain.providers import ProviderId
from app.domain.validation import DraftInvalid, DraftProblem
from app.providers import errors
from app.services.gateways import GatewayRegistry
from app.services.store import Store

log = logging.getLogger(__name__)

# Errors after which the provider certainly created nothing (it refused the request itself).
_DEFINITE_REFUSALS = (
    errors.AuthenticationFailed,
    errors.PermissionDenied,
    errors.ValidationFailed,
    errors.NotFound,
    errors.RateLimited,
)

# How long after sending a "not found" answer is believed: longer than any read timeout, so a
# request the client gave up on has certainly been processed (or dropped) by then.
DEFAULT_SETTLE_SECONDS = 60.0
NOT_YET_SEEN = "The provider does not show this campaign yet; VoiceDesk will look again before deciding."


@dataclass
class PreparedSend:
    """What sending the draft would do: the clean numbers, what was left out and why, the problems."""

    draft: CampaignDraft
    numbers: list[str]
    report: NumberReport
    blocked: list[str] = field(default_factory=list)  # removed by the do-not-call list
    problems: list[DraftProblem] = field(default_factory=list)
    audience_count: int | None = None  # people the provider counted in the contacts, groups or segment

    @property
    def call_count(self) -> int:
        """The calls the send makes, as far as known (see `uncounted`)."""
        audience = self.draft.audience
        if self.audience_count is not None:
            return len(self.numbers) + self.audience_count
        contacts = len(audience.contacts) if self.draft.provider is ProviderId.ROUTEE else 0
        return len(self.numbers) + contacts

    @property
    def uncounted(self) -> bool:
        """True when groups or a segment add people the provider has not counted yet."""
        audience, provider = self.draft.audience, self.draft.provider
        if self.audience_count is not None or not audience.provider_recipients(provider):
            return False
        return provider is ProviderId.NAXAI or bool(audience.groups)

    @property
    def ready(self) -> bool:
        return not self.problems


class AudienceFacts(Protocol):
    """What is known about the provider's part of an audience (see app/services/audiences.py)."""

    def known_count(self, draft: CampaignDraft) -> int | None: ...

    def problems(self, draft: CampaignDraft) -> list[DraftProblem]: ...


def _is_definite_refusal(exc: errors.ProviderError) -> bool:
    if exc.request_sent is False:
        return True
    return isinstance(exc, _DEFINITE_REFUSALS)


class SubmissionService:
    """Prepares, sends and reconciles paid campaigns; `on_update` hears every change of a submission."""

    def __init__(
        self,
        store: Store,
        gateways: GatewayRegistry,
        on_update: Callable[[Submission], None] | None = None,
        *,
        settle_seconds: float = DEFAULT_SETTLE_SECONDS,
        sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        audiences: AudienceFacts | None = None,
    ) -> None:
        self._audiences = audiences
        self._store = store
        self._gateways = gateways
        self._on_update = on_update or (lambda sub: None)
        self.settle_seconds = settle_seconds
        self._sleep = sleep
        self._now = now

    def _emit(self, sub: Submission) -> Submission:
        self._on_update(sub)
        return sub

    async def prepare(self, draft: CampaignDraft) -> PreparedSend:
        """Clean the numbers, apply the do-not-call list, and check the draft against the provider's rules."""
        audience = draft.audience
        typed = audience.typed_numbers() if audience.sends_typed_numbers(draft.provider) else []
        report = clean_numbers(typed, audience.default_country)
        valid = [n.e164 for n in report.valid if n.e164]
        blocked = await self._store.do_not_call_contains(valid) if valid else set()
        numbers = [n for n in valid if n not in blocked]
        prepared = PreparedSend(draft, numbers, report, sorted(blocked))
        if self._audiences is not None:
            prepared.audience_count = self._audiences.known_count(draft)
            prepared.problems.extend(self._audiences.problems(draft))
        if not numbers and audience.sends_typed_numbers(draft.provider) and not audience.provider_recipients(draft.provider):
            prepared.problems.append(DraftProblem("audience", "Add at least one valid phone number."))
        gateway = await self._gateways.get(draft.account_id, draft.provider)
        try:
            gateway.build_requests(draft, new_reference(draft.name or "Campaign"), numbers)
        except DraftInvalid as exc:
            known = {p.field for p in prepared.problems}
            prepared.problems.extend(p for p in exc.problems if p.field not in known)
        return prepared

    async def submit(self, prepared: PreparedSend) -> Submission:
        """Send once. Returns the submission in its resulting state; raises only definite refusals."""
        if not prepared.ready:
            raise DraftInvalid(prepared.problems)
        draft = prepared.draft
        reference = new_reference(draft.name or "Campaign")
        sub = Submission(
            draft_id=draft.id,
            name=draft.name or reference,
            reference=reference,
            provider=draft.provider,
            account_id=draft.account_id,
            recipient_count=prepared.call_count,
        )
        gateway = await self._gateways.get(draft.account_id, draft.provider)
        sub = self._emit(await self._store.record_intent(sub))
        sub = self._emit(await self._store.mark_sending(sub.id))
        sent_at = time.monotonic()
        try:
            provider_id = await gateway.create_campaign(draft, reference, prepared.numbers)
        except errors.ProviderError as exc:
            if _is_definite_refusal(exc):
                self._emit(await self._store.mark_failed(sub.id, exc.support_details()))
                raise
            log.warning("submission %s is unconfirmed: %s", sub.id, exc.support_details())
            sub = self._emit(await self._store.mark_unconfirmed(sub.id, exc.support_details()))
            return await self._reconcile(sub, sent_at=sent_at)
        except DraftInvalid as exc:  # the mapping refused the draft: nothing left
            self._emit(await self._store.mark_failed(sub.id, "; ".join(p.message for p in exc.problems)))
            raise
        except asyncio.CancelledError:
            # Quitting mid-request: the campaign may exist. Say so on the record (best effort); the
            # next start looks it up either way.
            await asyncio.shield(self._store.mark_unconfirmed(sub.id, "Sending was interrupted."))
            raise
        except Exception as exc:
            log.exception("submission %s failed unexpectedly while sending", sub.id)
            self._emit(await self._store.mark_unconfirmed(sub.id, f"{type(exc).__name__}: {exc}"[:300]))
            raise
        sub = self._emit(await self._store.mark_confirmed(sub.id, provider_id))
        return await self._start(sub)

    async def _start(self, sub: Submission) -> Submission:
        """Start a confirmed campaign where the provider needs it (Naxai); errors stay on the record."""
        assert sub.provider_id is not None
        gateway = await self._gateways.get(sub.account_id, sub.provider)
        try:
            await gateway.start_campaign(sub.provider_id)
            status = await gateway.campaign_status(sub.provider_id)
        except errors.ProviderError as exc:
            log.warning("starting %s failed: %s", sub.provider_id, exc.support_details())
            return sub
        await self._store.update_status(sub.id, status)
        return self._emit(await self._store.get_submission(sub.id))

    async def reconcile(self, sub: Submission) -> Submission:
        """Resolve an unconfirmed (or interrupted) submission by looking its reference up.

        Works on the stored record (the caller's copy may be stale); a submission that is already
        settled (confirmed, failed, not sent) is returned as it is.
        """
        sub = await self._store.get_submission(sub.id)
        if sub.state not in (SubmissionState.INTENT, SubmissionState.SENDING, SubmissionState.UNCONFIRMED):
            return sub
        return await self._reconcile(sub, sent_at=None)

    def _age(self, sub: Submission, sent_at: float | None) -> float:
        """Seconds since the request left (at least): from the clock of this run, or the record."""
        if sent_at is not None:
            return time.monotonic() - sent_at
        return (self._now() - sub.created_at).total_seconds()

    async def _reconcile(self, sub: Submission, *, sent_at: float | None) -> Submission:
        """Look the reference up; on the spot (`sent_at` given) wait out the settle time once."""
        gateway = await self._gateways.get(sub.account_id, sub.provider)
        while True:
            try:
                provider_id = await gateway.find_campaign(sub.reference)
            except errors.ProviderError as exc:
                log.info("reconciliation of %s must wait: %s", sub.id, exc.support_details())
                if sub.state in (SubmissionState.SENDING, SubmissionState.UNCONFIRMED):
                    sub = await self._store.mark_unconfirmed(sub.id, exc.support_details())
                return self._emit(sub)
            if provider_id is not None:
                break
            if sub.state is SubmissionState.INTENT:  # the request never left
                return self._emit(await self._store.mark_not_sent(sub.id, "Sending never started."))
            remaining = self.settle_seconds - self._age(sub, sent_at)
            if remaining <= 0:
                return self._emit(await self._store.mark_not_sent(
                    sub.id, "The provider has no campaign with this reference."))
            sub = self._emit(await self._store.mark_unconfirmed(sub.id, NOT_YET_SEEN))
            if sent_at is None:  # a later look (the user, or the next start) decides
                return sub
            await self._sleep(remaining)
            sent_at = None  # look once more, then leave it to the next look
        sub = self._emit(await self._store.mark_confirmed(sub.id, provider_id))
        status: CampaignStatus | None = None
        try:
            status = await gateway.campaign_status(provider_id)
        except errors.ProviderError:
            return sub
        if status.state is CampaignState.DRAFT:
            return await self._start(sub)
        await self._store.update_status(sub.id, status)
        return self._emit(await self._store.get_submission(sub.id))

    async def reconcile_pending(self) -> list[Submission]:
        """At start: look up every submission a crash or a failure left open, and start any
        confirmed campaign that a failure left unstarted (a Naxai draft)."""
        results = []
        for sub in await self._store.pending_reconciliation():
            results.append(await self.reconcile(sub))
        for sub in await self._store.list_submissions(states=[SubmissionState.CONFIRMED]):
            never_started = sub.status.state is CampaignState.DRAFT or (
                sub.status.state is CampaignState.UNKNOWN and not sub.status.provider_state)
            if sub.provider_id and never_started:
                await self._start(sub)
        return results
