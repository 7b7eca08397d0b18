"""Draft -> provider request, sent at most once.

The intent (a unique campaign name, the reference) is stored before the request leaves. A failure
that proves nothing was created marks the submission failed; an ambiguous one (timeout, reset, 5xx
or 409 after sending, a crash) marks it unconfirmed, and it is reconciled by looking the reference
up at the provider: on the spot, and again at the next start. Nothing is ever resent blindly.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from app.domain.campaign import CampaignDraft, CampaignState, Submission, SubmissionState, new_reference
from app.domain.numbers import NumberReport, clean_numbers
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


@dataclass
class PreparedSend:
    """What sending the draft would do: the clean numbers, what was left out and why, the problems."""

    draft: CampaignDraft
    numbers: list[str]
    report: NumberReport
    blocked: list[str] = field(default_factory=list)  # removed by the do-not-call list
    problems: list[DraftProblem] = field(default_factory=list)

    @property
    def call_count(self) -> int:
        return len(self.numbers) + len(self.draft.audience.contacts)

    @property
    def ready(self) -> bool:
        return not self.problems


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
    ) -> None:
        self._store = store
        self._gateways = gateways
        self._on_update = on_update or (lambda sub: None)

    def _emit(self, sub: Submission) -> Submission:
        self._on_update(sub)
        return sub

    async def prepare(self, draft: CampaignDraft) -> PreparedSend:
        """Clean the numbers, apply the do-not-call list, and check the draft against the provider's rules."""
        report = clean_numbers(draft.audience.typed_numbers(), draft.audience.default_country)
        valid = [n.e164 for n in report.valid if n.e164]
        blocked = await self._store.do_not_call_contains(valid) if valid else set()
        numbers = [n for n in valid if n not in blocked]
        prepared = PreparedSend(draft, numbers, report, sorted(blocked))
        if not numbers and not draft.audience.contacts and not draft.audience.groups and not draft.audience.segment_id:
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
        try:
            provider_id = await gateway.create_campaign(draft, reference, prepared.numbers)
        except errors.ProviderError as exc:
            if _is_definite_refusal(exc):
                self._emit(await self._store.mark_failed(sub.id, exc.support_details()))
                raise
            log.warning("submission %s is unconfirmed: %s", sub.id, exc.support_details())
            sub = self._emit(await self._store.mark_unconfirmed(sub.id, exc.support_details()))
            return await self.reconcile(sub)
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
        """Resolve an unconfirmed (or interrupted) submission by looking its reference up."""
        gateway = await self._gateways.get(sub.account_id, sub.provider)
        try:
            provider_id = await gateway.find_campaign(sub.reference)
        except errors.ProviderError as exc:
            log.info("reconciliation of %s must wait: %s", sub.id, exc.support_details())
            if sub.state is SubmissionState.SENDING:
                sub = await self._store.mark_unconfirmed(sub.id, exc.support_details())
            return self._emit(sub)
        if provider_id is None:
            return self._emit(await self._store.mark_not_sent(sub.id, "The provider has no campaign with this reference."))
        sub = self._emit(await self._store.mark_confirmed(sub.id, provider_id))
        status = None
        try:
            status = await gateway.campaign_status(provider_id)
        except errors.ProviderError:
            return sub
        if status.state is CampaignState.DRAFT:
            return await self._start(sub)
        await self._store.update_status(sub.id, status)
        return self._emit(await self._store.get_submission(sub.id))

    async def reconcile_pending(self) -> list[Submission]:
        """At start: look up every submission a crash or a failure left open."""
        results = []
        for sub in await self._store.pending_reconciliation():
            results.append(await self.reconcile(sub))
        return results
