"""Routee Voice client (every voice-messaging endpoint of routee-voice.md §3) and the Routee
CampaignGateway services use. All traffic goes through BaseClient: one retry layer, one 401 refresh."""

from __future__ import annotations

import base64
import json
import random
from collections.abc import Awaitable, Callable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar
from urllib.parse import quote

import httpx
from pydantic import BaseModel, ValidationError

from app.domain.campaign import CampaignDraft, CampaignStatus
from app.domain.providers import ProviderId
from app.providers import errors
from app.providers.auth import TokenCache
from app.providers.http import DEFAULT_TIMEOUT, BaseClient, ClientConfig, ErrorBody, RetryConfig
from app.providers.routee import mapping
from app.providers.routee.models import (
    RouteeErrorBody,
    TokenResponse,
    TrackingFilter,
    TrackingPage,
    VoiceAnalysis,
    VoiceAnalysisRequest,
    VoiceCampaign,
    VoiceCampaignRequest,
    VoiceTracking,
)
from app.providers.unconfirmed import DEFAULT_NAMES, UnconfirmedNames

DEFAULT_BASE_URL = "https://connect.routee.net"
DEFAULT_TOKEN_URL = "https://auth.routee.net/oauth/token"
NAME_REF_PREFIX = "name:"  # provider id of a campaign found by name whose tracking id is unknown
MAX_PAGES = 10_000
RECIPIENT_FIELDS = ("to", "contacts", "groups")

M = TypeVar("M", bound=BaseModel)


def parse_routee_error(response: httpx.Response) -> ErrorBody:
    """Read `{code, developerMessage, properties}` or an OAuth `{error, message|error_description}`."""
    try:
        data = response.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        return ErrorBody(message=response.text[:300] or None)
    if not isinstance(data, dict):
        return ErrorBody(message=str(data)[:300])
    if isinstance(data.get("code"), int):
        data["code"] = str(data["code"])
    body = RouteeErrorBody.model_validate(data)
    field = next(iter(body.properties), None) if body.properties else None
    message = body.developer_message or body.error_description or body.message
    if body.properties:
        details = "; ".join(f"{k}: {v}" for k, v in body.properties.items())
        message = f"{message} ({details})" if message else details
    return ErrorBody(code=body.code or body.error, message=message, field=field)


def classify_routee_error(status: int, body: ErrorBody) -> type[errors.ProviderError] | None:
    """Routee codes that deserve a more precise error than the HTTP status gives (§7.3)."""
    code = body.code or ""
    if code == "400001009":
        return errors.InsufficientBalance
    if code == "409009003" or status == 409:
        return errors.Conflict
    if code == "404002001":  # a contact id that does not exist is a recipient problem
        return errors.InvalidNumber
    if status == 400 and body.field in RECIPIENT_FIELDS:
        return errors.InvalidNumber
    return None


def _parse(model: type[M], response: httpx.Response) -> M:
    try:
        return model.model_validate(response.json())
    except (ValueError, ValidationError) as exc:
        raise errors.UnexpectedResponse(status=response.status_code, provider_message=str(exc)[:300]) from exc


class RouteeClient(BaseClient):
    """One Routee application (id and secret): token, campaigns, analysis and tracking."""

    def __init__(
        self,
        app_id: str,
        secret: str,
        config: ClientConfig,
        *,
        names: UnconfirmedNames = DEFAULT_NAMES,
        rng: random.Random | None = None,
        scope: str | None = None,
    ) -> None:
        super().__init__(config, parse_error=parse_routee_error, classify=classify_routee_error, rng=rng)
        self._basic = "Basic " + base64.b64encode(f"{app_id}:{secret}".encode()).decode("ascii")
        self._scope = scope
        self.names = names
        self.tokens = TokenCache(self._fetch_token)

    def __repr__(self) -> str:  # never show the secret
        return f"RouteeClient(base_url={self.config.base_url!r})"

    async def fetch_token(self) -> TokenResponse:
        """POST the token request (Basic auth, form `grant_type=client_credentials`); safe to retry."""
        data = {"grant_type": "client_credentials"}
        if self._scope:
            data["scope"] = self._scope
        response = await self.request(
            "POST", self.config.token_url, data=data, headers={"Authorization": self._basic},
            authenticated=False, retry_safe=True, expected=(200,),
        )
        return _parse(TokenResponse, response)

    async def _fetch_token(self) -> tuple[str, float]:
        token = await self.fetch_token()
        return token.access_token, token.expires_in

    async def check_credentials(self) -> None:
        """Get a fresh token now (the "Test connection" button); raises AuthenticationFailed."""
        assert self.tokens is not None
        self.tokens.invalidate()
        await self.tokens.get()

    async def create_campaign(self, body: VoiceCampaignRequest) -> VoiceCampaign:
        """POST /voice/campaign: paid, never retried; an ambiguous failure keeps request_sent."""
        response = await self.request("POST", "/voice/campaign", json=body.body(), retry_safe=False,
                                      expected=(200, 201))
        return _parse(VoiceCampaign, response)

    async def analyze_campaign(self, body: VoiceAnalysisRequest) -> VoiceAnalysis:
        """POST /voice/analysis: recipients and countries before sending (no side effect, retried)."""
        response = await self.request("POST", "/voice/analysis", json=body.body(), retry_safe=True,
                                      expected=(200,))
        return _parse(VoiceAnalysis, response)

    async def delete_campaign(self, tracking_id: str) -> None:
        """DELETE /voice/campaign/{trackingId}: cancel a Scheduled campaign (retried; after a lost
        answer the retry may report NotFound for a campaign that is in fact deleted)."""
        await self.request("DELETE", f"/voice/campaign/{_seg(tracking_id)}", expected=(200, 202, 204))

    async def campaign_trackings_page(
        self, campaign_id: str, *, page: int = 0, size: int = 100, sort: str | None = None
    ) -> TrackingPage:
        """GET /voice/tracking/campaign/{id}: one page of the campaign's messages."""
        response = await self.request(
            "GET", f"/voice/tracking/campaign/{_seg(campaign_id)}",
            params={"page": page, "size": size, "sort": sort}, expected=(200,),
        )
        return _parse(TrackingPage, response)

    async def campaign_trackings(self, campaign_id: str, *, size: int = 100,
                                 sort: str | None = None) -> list[VoiceTracking]:
        """Every message of a campaign, all pages."""
        return await _all_pages(lambda page: self.campaign_trackings_page(
            campaign_id, page=page, size=size, sort=sort))

    async def message_tracking(self, message_id: str) -> VoiceTracking:
        """GET /voice/tracking/{messageId}: one message's status, duration and collected tones."""
        response = await self.request("GET", f"/voice/tracking/{_seg(message_id)}", expected=(200,))
        return _parse(VoiceTracking, response)

    async def search_trackings_page(
        self,
        filters: Sequence[TrackingFilter] = (),
        *,
        date_from: datetime | None = None,
        date_to: datetime | None = None,
        campaign_tracking_id: str | None = None,
        tagged: bool | None = None,
        page: int = 0,
        size: int = 100,
        sort: str | None = None,
    ) -> TrackingPage:
        """POST /voice/tracking: one page of messages matching the filters (a read: retried)."""
        items = [f.body() for f in filters]
        if self.names.routee_tracking_filter_is_array:
            body: Any = items
        else:  # UNCONFIRMED shape: a single filter object
            body = items[0] if items else {}
        params = {
            "from": mapping.format_date(date_from) if date_from else None,
            "to": mapping.format_date(date_to) if date_to else None,
            "trackingId": campaign_tracking_id, "tagged": tagged,
            "page": page, "size": size, "sort": sort,
        }
        response = await self.request("POST", "/voice/tracking", json=body, params=params,
                                      retry_safe=True, expected=(200,))
        return _parse(TrackingPage, response)

    async def search_trackings(self, filters: Sequence[TrackingFilter] = (), *, size: int = 100,
                               **kwargs: Any) -> list[VoiceTracking]:
        """Every message matching the filters, all pages."""
        return await _all_pages(lambda page: self.search_trackings_page(filters, page=page, size=size, **kwargs))


def _seg(value: str) -> str:
    """A path segment, percent-encoded so an id can never change the path."""
    return quote(value, safe="")


async def _all_pages(fetch: Callable[[int], Awaitable[TrackingPage]]) -> list[VoiceTracking]:
    items: list[VoiceTracking] = []
    for page in range(MAX_PAGES):
        result = await fetch(page)
        items.extend(result.content)
        if result.last is True or not result.content:
            break
        if result.total_pages is not None and page + 1 >= result.total_pages:
            break
    return items


class RouteeGateway:
    """The CampaignGateway for one Routee account.

    Lookup by reference: `POST /voice/tracking` filtered on `campaign` (the unique name we sent).
    Trackings carry the campaign name but no documented campaign id, so a campaign found this way
    is identified as `name:<reference>` unless the tracking holds the (UNCONFIRMED) campaign id
    field; `campaign_status` understands both forms.
    """

    provider = ProviderId.ROUTEE

    def __init__(self, client: RouteeClient, *, lookback: timedelta = timedelta(days=30),
                 now: Callable[[], datetime] | None = None) -> None:
        self.client = client
        self.lookback = lookback
        self._now = now or (lambda: datetime.now(UTC))

    async def check_credentials(self) -> None:
        """Obtain a token; raises AuthenticationFailed (or another ProviderError) in plain words."""
        await self.client.check_credentials()

    def campaign_request(self, draft: CampaignDraft, reference: str, numbers: list[str]) -> VoiceCampaignRequest:
        """The validated request model (raises DraftInvalid)."""
        return mapping.campaign_request(draft, reference, numbers, now=self._now(), names=self.client.names)

    def build_requests(self, draft: CampaignDraft, reference: str, numbers: list[str]) -> list[dict[str, Any]]:
        """The one JSON body `create_campaign` would POST."""
        return [self.campaign_request(draft, reference, numbers).body()]

    async def create_campaign(self, draft: CampaignDraft, reference: str, numbers: list[str]) -> str:
        """POST the paid campaign once (never retried) and return its tracking id."""
        campaign = await self.client.create_campaign(self.campaign_request(draft, reference, numbers))
        return campaign.tracking_id

    async def create_campaign_full(self, draft: CampaignDraft, reference: str,
                                   numbers: list[str]) -> tuple[str, CampaignStatus]:
        """Like create_campaign, plus the status the answer reports (state, cost counters)."""
        campaign = await self.client.create_campaign(self.campaign_request(draft, reference, numbers))
        return campaign.tracking_id, mapping.status_from_campaign(campaign, self.client.names)

    async def analyze(self, draft: CampaignDraft, numbers: list[str]) -> VoiceAnalysis:
        """Routee's pre-send analysis of recipients and countries."""
        return await self.client.analyze_campaign(mapping.analysis_request(draft, numbers))

    async def start_campaign(self, provider_id: str) -> None:
        """Nothing to do: Routee starts (or schedules) a campaign when it is created."""

    async def cancel_campaign(self, provider_id: str) -> None:
        """Delete a Scheduled campaign (Routee allows no other cancellation)."""
        if provider_id.startswith(NAME_REF_PREFIX):
            raise errors.NotFound("This campaign's Routee tracking id is unknown, so it cannot be cancelled here.")
        await self.client.delete_campaign(provider_id)

    def _name_query(self, reference: str) -> tuple[list[TrackingFilter], dict[str, Any]]:
        now = self._now()
        filters = [TrackingFilter(field_name="campaign", search_operator="is", search_term=reference)]
        return filters, {"date_from": now - self.lookback, "date_to": now + timedelta(days=1)}

    async def _by_name(self, reference: str) -> list[VoiceTracking]:
        filters, window = self._name_query(reference)
        trackings = await self.client.search_trackings(filters, **window)
        return [t for t in trackings if t.campaign == reference]

    async def find_campaign(self, reference: str) -> str | None:
        """The id of the campaign named `reference`, or None when Routee has no message of it.

        Reads one page only: one message of the campaign proves it exists."""
        filters, window = self._name_query(reference)
        page = await self.client.search_trackings_page(filters, size=20, **window)
        matching = [t for t in page.content if t.campaign == reference]
        if not matching:
            return None
        id_field = self.client.names.routee_tracking_campaign_id_field
        for t in matching:
            value = (t.model_extra or {}).get(id_field)
            if isinstance(value, str) and value:
                return value
        return NAME_REF_PREFIX + reference

    async def campaign_status(self, provider_id: str) -> CampaignStatus:
        """State and per-status counts, computed from the campaign's messages (all pages)."""
        if provider_id.startswith(NAME_REF_PREFIX):
            trackings = await self._by_name(provider_id[len(NAME_REF_PREFIX):])
        else:
            trackings = await self.client.campaign_trackings(provider_id)
        return mapping.status_from_trackings(trackings, self.client.names)

    async def aclose(self) -> None:
        """Close the HTTP client."""
        await self.client.aclose()


def routee_client(
    app_id: str,
    secret: str,
    *,
    base_url: str = DEFAULT_BASE_URL,
    token_url: str = DEFAULT_TOKEN_URL,
    transport: httpx.AsyncBaseTransport | None = None,
    timeout: httpx.Timeout = DEFAULT_TIMEOUT,
    retry: RetryConfig | None = None,
    sleep: Callable[[float], Any] | None = None,
    names: UnconfirmedNames = DEFAULT_NAMES,
    rng: random.Random | None = None,
) -> RouteeClient:
    """A RouteeClient for one application (https only, loopback excepted)."""
    extra: dict[str, Any] = {}
    if sleep is not None:
        extra["sleep"] = sleep
    config = ClientConfig(base_url=base_url, token_url=token_url, transport=transport, timeout=timeout,
                          retry=retry or RetryConfig(), **extra)
    return RouteeClient(app_id, secret, config, names=names, rng=rng)


def routee_gateway(
    app_id: str,
    secret: str,
    *,
    base_url: str = DEFAULT_BASE_URL,
    token_url: str = DEFAULT_TOKEN_URL,
    transport: httpx.AsyncBaseTransport | None = None,
    timeout: httpx.Timeout = DEFAULT_TIMEOUT,
    retry: RetryConfig | None = None,
    sleep: Callable[[float], Any] | None = None,
    names: UnconfirmedNames = DEFAULT_NAMES,
    rng: random.Random | None = None,
    now: Callable[[], datetime] | None = None,
) -> RouteeGateway:
    """The gateway services use for a Routee account (the Sandbox passes its transport)."""
    client = routee_client(app_id, secret, base_url=base_url, token_url=token_url, transport=transport,
                           timeout=timeout, retry=retry, sleep=sleep, names=names, rng=rng)
    return RouteeGateway(client, now=now)
