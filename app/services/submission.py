"""Draft -> provider request, sent at most once.

The intent (a unique campaign name, the reference) is stored before the request leaves. A failure
that proves nothing was created marks the submission failed; an ambiguous one (timeout, reset, 5xx
or 409 after sending, a crash) marks it unconfirmed, and it is reconciled by looking the reference
up at the provider: on the spot, and again at the next start. Nothing is ever resent blindly.

"Not found" is only believed once the request can no longer be in flight: a request that timed out
at the client may still be processed by the provider a moment later. Until `settle_seconds` have
passed since it left, a lookup that finds nothing leaves the submission unconfirmed (on the spot,
the service waits out the rest of that time and looks again).

An audience larger than the provider takes in one campaign (Routee: 1,000 of each kind) goes out
as a batch of parts (app/domain/split.py). The intent of EVERY part is recorded, with what it
sends, before the first request leaves; parts go one after the other; a definite refusal of one
stops the batch and the parts after it are marked not sent (they never left), so they can be sent
later with `send_remaining` while the parts that went out, or may have, are never sent again.
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
from app.domain.providers import ProviderId, capabilities
from app.domain.split import SplitPart, SplitPlan, new_token, part_reference, plan_split
from app.domain.validation import QT_TRANSLATE_NOOP, DraftInvalid, DraftProblem
from app.providers import errors
from app.providers.gateway import CampaignGateway
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
    plan: SplitPlan | None = None  # the campaigns it goes out as (several above the provider's limit)
    audience_count: int | None = None  # people the provider counted in the contacts, groups or segment

    @property
    def campaign_count(self) -> int:
        """How many provider campaigns the send makes (1 unless the audience is split)."""
        return len(self.plan.parts) if self.plan is not None else 1

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


_SETTLED_NOT_CREATED = (SubmissionState.FAILED, SubmissionState.NOT_SENT)
_OPEN = (SubmissionState.INTENT, SubmissionState.SENDING, SubmissionState.UNCONFIRMED)


@dataclass
class SendOutcome:
    """What a send did: every part in its resulting state (one for a single campaign), and the
    refusal that stopped a batch, if one did."""

    batch_id: str | None
    parts: list[Submission]
    refusal: BaseException | None = None

    @property
    def went_out(self) -> list[Submission]:
        """Parts the provider created, or may have (never to be sent again)."""
        return [p for p in self.parts if p.state not in (*_SETTLED_NOT_CREATED, SubmissionState.INTENT)]

    @property
    def not_sent(self) -> list[Submission]:
        """Parts that certainly were not created: these may be sent later."""
        return [p for p in self.parts if p.state in _SETTLED_NOT_CREATED]

    @property
    def complete(self) -> bool:
        """True when every part went out (or may have)."""
        return len(self.went_out) == len(self.parts)


def part_draft(draft: CampaignDraft, part: SplitPart) -> CampaignDraft:
    """The draft of one part: the same message and delivery, only this part's recipients."""
    audience = draft.audience.model_copy(
        update={"numbers_text": "\n".join(part.numbers), "contacts": part.contacts, "groups": part.groups})
    return draft.model_copy(update={"audience": audience})
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
        self._batch_locks: dict[str, asyncio.Lock] = {}  # one "send the remaining parts" per batch at a time

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
            prepared.problems.append(DraftProblem("audience", QT_TRANSLATE_NOOP(
                "DraftProblem", "Add at least one valid phone number.")))
        gateway = await self._gateways.get(draft.account_id, draft.provider)
        prepared.plan = self._plan(draft, numbers)
        for part in prepared.plan.parts:
            try:
                gateway.build_requests(part_draft(draft, part), part.reference, part.numbers)
            except DraftInvalid as exc:
                known = {p.field for p in prepared.problems}
                prepared.problems.extend(p for p in exc.problems if p.field not in known)
        return prepared

    @staticmethod
    def _plan(draft: CampaignDraft, numbers: list[str]) -> SplitPlan:
        """The campaigns this draft goes out as, with fresh references (and batch id when split)."""
        audience = draft.audience
        return plan_split(draft.name, numbers, list(audience.contacts), list(audience.groups),
                          capabilities(draft.provider).max_recipients_per_kind,
                          single_reference=new_reference(draft.name or "Campaign"))

    async def send(self, prepared: PreparedSend) -> SendOutcome:
        """Send the prepared draft: one campaign, or a batch of parts when the audience is split.

        A single campaign raises definite refusals as `submit` does; a batch reports them in the
        outcome (with the parts that went out and those that did not).
        """
        if not prepared.ready:
            raise DraftInvalid(prepared.problems)
        plan = self._plan(prepared.draft, prepared.numbers)  # fresh references for every send
        if not plan.is_split:
            return SendOutcome(None, [await self.submit(prepared)])
        draft = prepared.draft
        items = [
            (Submission(draft_id=draft.id, name=part.display_name, reference=part.reference, provider=draft.provider,
                        account_id=draft.account_id, recipient_count=part.recipient_count, batch_id=plan.batch_id,
                        part_index=part.index, part_count=part.count),
             part_draft(draft, part), part.numbers)
            for part in plan.parts
        ]
        return await self._send_parts(plan.batch_id, items)

    async def send_remaining(self, batch_id: str) -> SendOutcome:
        """Send again the parts of a batch that certainly were not created (refused, or proved not
        sent), each under a new reference; parts that went out, or may have, are never resent
        (an open one is looked up first). Two requests for the same batch run one after the other,
        so the second finds the parts already sent."""
        async with self._batch_locks.setdefault(batch_id, asyncio.Lock()):
            return await self._send_remaining(batch_id)

    async def _send_remaining(self, batch_id: str) -> SendOutcome:
        latest: dict[int, Submission] = {}
        for sub in await self._store.list_batch(batch_id):  # oldest attempt first: the last wins
            latest[sub.part_index or 0] = sub
        for index, sub in list(latest.items()):
            if sub.state in _OPEN:
                latest[index] = await self.reconcile(sub)
        remaining = [sub for sub in latest.values() if sub.state in _SETTLED_NOT_CREATED]
        if not remaining:
            return SendOutcome(batch_id, sorted(latest.values(), key=lambda s: s.part_index or 0))
        token = new_token()
        items = []
        for old in remaining:
            draft, numbers = await self._store.part_request(old.id)
            index, count = old.part_index or 0, old.part_count or 0
            retry = Submission(draft_id=old.draft_id, name=old.name, provider=old.provider, account_id=old.account_id,
                               reference=part_reference(draft.name or "Campaign", index, count, token),
                               recipient_count=old.recipient_count, batch_id=batch_id, part_index=index,
                               part_count=count)
            items.append((retry, draft, numbers))
        outcome = await self._send_parts(batch_id, items)
        for sub in outcome.parts:
            latest[sub.part_index or 0] = sub
        return SendOutcome(batch_id, sorted(latest.values(), key=lambda s: s.part_index or 0), outcome.refusal)

    async def _send_parts(
        self, batch_id: str | None, items: list[tuple[Submission, CampaignDraft, list[str]]]
    ) -> SendOutcome:
        """Record every part's intent first, then send the parts one after the other; a definite
        refusal stops the batch and the parts not started are marked not sent."""
        first = items[0][0]
        gateway = await self._gateways.get(first.account_id, first.provider)
        recorded = await self._store.record_intents(items)
        for sub in recorded:
            self._emit(sub)
        results = list(recorded)
        refusal: BaseException | None = None
        reason = ""
        for i, (sub, (_, draft, numbers)) in enumerate(zip(recorded, items, strict=True)):
            if refusal is not None:
                results[i] = self._emit(await self._store.mark_not_sent(sub.id, reason))
                continue
            try:
                results[i] = await self._send_part(gateway, sub, draft, numbers)
            except (errors.ProviderError, DraftInvalid) as exc:  # a definite refusal: stop here
                refusal = exc
                reason = f"Not sent: VoiceDesk stopped after part {sub.part_index} was refused."
                results[i] = await self._store.get_submission(sub.id)
            except asyncio.CancelledError:
                raise  # the parts not started stay intents: the next start proves them not sent
            except Exception:
                for later in recorded[i + 1:]:
                    self._emit(await self._store.mark_not_sent(later.id, "Not sent: sending stopped on an error."))
                raise
        return SendOutcome(batch_id, results, refusal)

    async def submit(self, prepared: PreparedSend) -> Submission:
        """Send once as one campaign. Returns the submission in its resulting state; raises only
        definite refusals."""
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
        return await self._send_part(gateway, sub, draft, prepared.numbers)

    async def _send_part(
        self, gateway: CampaignGateway, sub: Submission, draft: CampaignDraft, numbers: list[str]
    ) -> Submission:
        """Send one recorded intent once; settles it, reconciling an ambiguous failure by lookup.
        Raises only definite refusals (after recording them)."""
        reference = sub.reference
        sub = self._emit(await self._store.mark_sending(sub.id))
        sent_at = time.monotonic()
        try:
            provider_id = await gateway.create_campaign(draft, reference, numbers)
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
        return (self._now() - (sub.sent_at or sub.created_at)).total_seconds()

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
