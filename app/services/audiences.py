"""Provider audiences: the Naxai account's segments and their sizes, and Routee's count of the
contacts and groups a campaign names (POST /voice/analysis). Counts are remembered so the Review
step can say how many calls a send makes without asking the provider again."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.domain.campaign import CampaignDraft
from app.domain.providers import ProviderId
from app.domain.validation import QT_TRANSLATE_NOOP, DraftProblem
from app.providers.routee.models import VoiceAnalysisRequest
from app.services.gateways import GatewayRegistry


@dataclass(frozen=True)
class Segment:
    """A Naxai segment as the picker shows it."""

    id: str
    name: str
    state: str  # "ready", "building", or what the provider says

    @property
    def ready(self) -> bool:
        """Only a ready segment can be called (Naxai refuses one that is still building)."""
        return self.state in ("ready", "")


@dataclass(frozen=True)
class RouteeCount:
    """Routee's answer for a list of contacts and groups: who would be called."""

    total: int  # numberOfRecipients: everyone, each once, blacklisted contacts left out
    per_group: dict[str, int] = field(default_factory=dict)  # recipientsPerGroup
    in_groups: int = 0  # totalInGroups: people in the groups who were not named as contacts
    blacklisted: list[str] = field(default_factory=list)  # contact ids that will not be called


def _routee_key(account_id: str, contacts: list[str], groups: list[str]) -> tuple[Any, ...]:
    return ("routee", account_id, tuple(contacts), tuple(groups))


class AudienceService:
    """Asks the draft's account about segments, contacts and groups; remembers the answers."""

    def __init__(self, gateways: GatewayRegistry) -> None:
        self._gateways = gateways
        self._counts: dict[tuple[Any, ...], int] = {}
        self._segments: dict[tuple[str, str], Segment] = {}  # (account, segment id) -> last seen

    async def segments(self, account_id: str) -> list[Segment]:
        """The Naxai account's segments, in the provider's order."""
        client = (await self._gateways.get(account_id, ProviderId.NAXAI)).client  # type: ignore[attr-defined]
        found = [Segment(s.id, s.name or s.id, (s.state or "").lower()) for s in await client.list_segments()]
        for segment in found:
            self._segments[(account_id, segment.id)] = segment
        return found

    async def segment_size(self, account_id: str, segment_id: str) -> int:
        """How many people a Naxai segment holds (countContacts)."""
        client = (await self._gateways.get(account_id, ProviderId.NAXAI)).client  # type: ignore[attr-defined]
        count = int(await client.count_contacts(segment_id))
        self._counts[("naxai", account_id, segment_id)] = count
        return count

    async def count_routee(self, account_id: str, sender: str, contacts: list[str], groups: list[str]) -> RouteeCount:
        """Routee's analysis of these contacts and groups (nothing is sent or charged)."""
        client = (await self._gateways.get(account_id, ProviderId.ROUTEE)).client  # type: ignore[attr-defined]
        body = VoiceAnalysisRequest(from_=sender.strip(), contacts=list(contacts) or None,
                                    groups=list(groups) or None)
        analysis = await client.analyze_campaign(body)
        details = analysis.contacts or {}
        blacklisted = [c for c in contacts if isinstance(details.get(c), dict) and details[c].get("blacklisted")]
        count = RouteeCount(
            total=analysis.number_of_recipients or 0,
            per_group=dict(analysis.recipients_per_group or {}),
            in_groups=analysis.total_in_groups or 0,
            blacklisted=blacklisted,
        )
        self._counts[_routee_key(account_id, contacts, groups)] = count.total
        return count

    def known_count(self, draft: CampaignDraft) -> int | None:
        """People the provider counted for the draft's contacts and groups, or its segment (None: not counted)."""
        audience = draft.audience
        if not audience.provider_recipients(draft.provider):
            return None
        if draft.provider is ProviderId.ROUTEE:
            return self._counts.get(_routee_key(draft.account_id, audience.contacts, audience.groups))
        return self._counts.get(("naxai", draft.account_id, audience.segment_id))

    def problems(self, draft: CampaignDraft) -> list[DraftProblem]:
        """What the account is known to refuse: a Naxai segment that is still being built."""
        audience = draft.audience
        if draft.provider is not ProviderId.NAXAI or not audience.provider_recipients(draft.provider):
            return []
        segment = self._segments.get((draft.account_id, audience.segment_id or ""))
        if segment is not None and not segment.ready:
            return [DraftProblem("audience.segment_id", QT_TRANSLATE_NOOP(
                "DraftProblem", "The segment “{name}” is still being prepared by Naxai. "
                "Wait until it is ready, or choose another segment."), {"name": segment.name})]
        return []
