"""The one interface services use to reach a provider, whatever its API looks like.

Routee creates and starts a campaign in one POST; Naxai creates a draft broadcast, then starts it.
"""

from __future__ import annotations

from typing import Any, Protocol

from app.domain.campaign import CampaignDraft, CampaignStatus
from app.domain.providers import ProviderId


class CampaignGateway(Protocol):
    """A provider account as the services see it."""

    provider: ProviderId

    async def check_credentials(self) -> None:
        """Obtain a token; raises AuthenticationFailed (or another ProviderError) in plain words."""

    def build_requests(self, draft: CampaignDraft, reference: str, numbers: list[str]) -> list[dict[str, Any]]:
        """The JSON bodies that sending would POST (for `python -m app request` and support)."""

    async def create_campaign(self, draft: CampaignDraft, reference: str, numbers: list[str]) -> str:
        """POST the paid campaign once (never retried) and return the provider's id.

        `numbers` are E.164 with `+`; the gateway formats them as its provider wants.
        """

    async def start_campaign(self, provider_id: str) -> None:
        """Start a created campaign (Naxai); a no-op where creating already starts it (Routee)."""

    async def find_campaign(self, reference: str) -> str | None:
        """The provider id of the campaign named `reference`, or None when the provider has none."""

    async def campaign_status(self, provider_id: str) -> CampaignStatus:
        """The campaign's current state and per-status counts."""

    async def aclose(self) -> None:
        """Close the HTTP client."""
