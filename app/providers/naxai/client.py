"""Naxai Voice Broadcasts client (naxai-voice-broadcast.md) and its CampaignGateway.

Thin over BaseClient: every call carries `X-Version`; only the paid create is never retried.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, datetime
from typing import Any, TypeVar

import httpx
from pydantic import BaseModel, ValidationError

from app.domain.campaign import CampaignDraft, CampaignStatus
from app.domain.providers import ProviderId
from app.providers import errors
from app.providers.auth import TokenCache
from app.providers.http import DEFAULT_TIMEOUT, BaseClient, ClientConfig, ErrorBody, RetryConfig
from app.providers.naxai import mapping
from app.providers.naxai import models as m
from app.providers.unconfirmed import DEFAULT_NAMES, UnconfirmedNames

log = logging.getLogger(__name__)

DEFAULT_BASE_URL = "https://api.naxai.com"
DEFAULT_TOKEN_URL = "https://auth.naxai.com/oauth2/token"
PAGE_SIZE = 100  # the documented maximum (§3)
MAX_PAGES = 1000  # guards against a server that never says "no more"

T = TypeVar("T", bound=BaseModel)


def parse_error(response: httpx.Response) -> ErrorBody:
    """Read `{error: {code, message, details}}` (§4), falling back to the raw text."""
    try:
        data = response.json()
    except ValueError:
        return ErrorBody(message=response.text[:300] or None)
    err = data.get("error") if isinstance(data, dict) else None
    if isinstance(err, dict):
        details = err.get("details")
        field = None
        if isinstance(details, list) and details and isinstance(details[0], dict):
            field = details[0].get("field")
        elif isinstance(details, dict):
            field = details.get("field")
        return ErrorBody(code=_str(err.get("code")), message=_str(err.get("message")), field=_str(field))
    if isinstance(data, dict):
        return ErrorBody(message=_str(data.get("message") or (err if isinstance(err, str) else None)))
    return ErrorBody(message=response.text[:300] or None)


def _str(value: Any) -> str | None:
    return None if value is None else str(value)


def classify(names: UnconfirmedNames) -> Callable[[int, ErrorBody], type[errors.ProviderError] | None]:
    """Map a rejected phone number onto InvalidNumber; everything else by status family."""

    def _classify(status: int, body: ErrorBody) -> type[errors.ProviderError] | None:
        if status in (400, 422) and body.field:
            root = body.field.split(".")[0].split("[")[0]
            if root in ("from", "file") or body.field.endswith(names.naxai_file_numbers_field):
                return errors.InvalidNumber
        return None

    return _classify


class NaxaiClient(BaseClient):
    """One Naxai account: token, broadcasts, recipients, segments and calendars."""

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        config: ClientConfig,
        *,
        names: UnconfirmedNames = DEFAULT_NAMES,
    ) -> None:
        headers = {"X-Version": names.naxai_version, "Accept": "application/json", **dict(config.headers)}
        config = dataclasses.replace(config, headers=headers)
        super().__init__(config, parse_error=parse_error, classify=classify(names))
        self.names = names
        self._client_id = client_id
        self._client_secret = client_secret
        self.tokens = TokenCache(self._fetch_token)

    async def _fetch_token(self) -> tuple[str, float]:
        """POST the form credentials (§1); retried like any idempotent call."""
        response = await self.request(
            "POST", self.config.token_url, authenticated=False, retry_safe=True,
            data={"client_id": self._client_id, "client_secret": self._client_secret,
                  "grant_type": "client_credentials"},
        )
        token = self._parse(m.TokenResponse, response)
        return token.access_token, token.expires_in

    # --- helpers -------------------------------------------------------------------------------

    @staticmethod
    def _parse(model: type[T], response: httpx.Response) -> T:
        try:
            return model.model_validate(response.json())
        except (ValueError, ValidationError) as exc:
            raise errors.UnexpectedResponse(status=response.status_code, provider_message=str(exc)[:300]) from exc

    @staticmethod
    def _json(response: httpx.Response) -> Any:
        try:
            return response.json()
        except ValueError as exc:
            raise errors.UnexpectedResponse(status=response.status_code, provider_message=response.text[:300]) from exc

    async def _pages(
        self, url: str, params: dict[str, Any], size_param: str = "pageSize"
    ) -> AsyncIterator[list[dict[str, Any]]]:
        """Yield the items of every page of a paginated list (§3.1), page 1 onwards."""
        page = 1
        while page <= MAX_PAGES:
            data = self._json(await self.request("GET", url, params={**params, "page": page, size_param: PAGE_SIZE}))
            if not isinstance(data, dict) or not isinstance(data.get("items"), list):
                raise errors.UnexpectedResponse(provider_message="a list without items")
            items = data["items"]
            yield items
            pagination = m.Pagination.model_validate(data.get("pagination") or {})
            if not items or pagination.remaining_record <= 0:
                return
            page += 1

    async def _all(self, model: type[T], url: str, params: dict[str, Any] | None = None,
                   size_param: str = "pageSize") -> list[T]:
        out: list[T] = []
        async for items in self._pages(url, params or {}, size_param):
            try:
                out.extend(model.model_validate(item) for item in items)
            except ValidationError as exc:
                raise errors.UnexpectedResponse(provider_message=str(exc)[:300]) from exc
        return out

    # --- broadcasts ----------------------------------------------------------------------------

    async def create_broadcast(self, body: dict[str, Any]) -> m.Broadcast:
        """POST /voice/broadcasts once: a paid action, never retried; makes a draft to start."""
        return self._parse(m.Broadcast, await self.request("POST", "/voice/broadcasts", json=body, retry_safe=False))

    async def list_broadcasts(self) -> list[m.BroadcastListItem]:
        """Every broadcast of the account (all pages)."""
        return await self._all(m.BroadcastListItem, "/voice/broadcasts")

    async def get_broadcast(self, broadcast_id: str) -> m.Broadcast:
        """Full configuration, state and counts of one broadcast."""
        return self._parse(m.Broadcast, await self.request("GET", f"/voice/broadcasts/{broadcast_id}"))

    async def update_broadcast(self, broadcast_id: str, body: dict[str, Any]) -> m.Broadcast:
        """PUT the same body as create (idempotent, so retried)."""
        return self._parse(m.Broadcast, await self.request("PUT", f"/voice/broadcasts/{broadcast_id}", json=body))

    async def delete_broadcast(self, broadcast_id: str) -> None:
        """DELETE a broadcast (204 or an empty body)."""
        await self.request("DELETE", f"/voice/broadcasts/{broadcast_id}")

    async def _change(self, broadcast_id: str, action: str) -> m.StateChange:
        # Retried: a repeated start/pause/resume/cancel cannot create a second paid broadcast.
        response = await self.request("POST", f"/voice/broadcasts/{broadcast_id}/{action}", retry_safe=True)
        return self._parse(m.StateChange, response)

    async def start_broadcast(self, broadcast_id: str) -> m.StateChange:
        """Start a draft broadcast (-> `starting`)."""
        return await self._change(broadcast_id, "start")

    async def pause_broadcast(self, broadcast_id: str) -> m.StateChange:
        """Pause a running broadcast (-> `pausing`)."""
        return await self._change(broadcast_id, "pause")

    async def resume_broadcast(self, broadcast_id: str) -> m.StateChange:
        """Resume a paused broadcast (-> `resuming`)."""
        return await self._change(broadcast_id, "resume")

    async def cancel_broadcast(self, broadcast_id: str) -> m.StateChange:
        """Cancel a broadcast (-> `canceling`)."""
        return await self._change(broadcast_id, "cancel")

    async def metrics(self, broadcast_id: str) -> m.Metrics:
        """Per-status counts of a broadcast."""
        return self._parse(m.Metrics, await self.request("GET", f"/voice/broadcasts/{broadcast_id}/metrics"))

    async def input_metrics(self, broadcast_id: str) -> m.InputMetrics:
        """DTMF key counts of a broadcast's menu."""
        return self._parse(m.InputMetrics, await self.request("GET", f"/voice/broadcasts/{broadcast_id}/metrics/input"))

    async def list_recipients(
        self, broadcast_id: str, *, phone: str | None = None, completed: bool | None = None,
        status: str | None = None,
    ) -> list[m.Recipient]:
        """Every recipient of a broadcast (all pages), optionally filtered."""
        return await self._all(
            m.Recipient, f"/voice/broadcasts/{broadcast_id}/recipients",
            {"phone": phone, "completed": completed, "status": status},
            size_param=self.names.naxai_recipients_page_size_param,
        )

    async def get_recipient(self, broadcast_id: str, recipient_id: str) -> m.Recipient:
        """One recipient."""
        url = f"/voice/broadcasts/{broadcast_id}/recipients/{recipient_id}"
        return self._parse(m.Recipient, await self.request("GET", url))

    async def recipient_calls(self, broadcast_id: str, recipient_id: str) -> list[m.CallAttempt]:
        """The call attempts made to one recipient."""
        url = f"/voice/broadcasts/{broadcast_id}/recipients/{recipient_id}/calls"
        return self._list(m.CallAttempt, await self.request("GET", url))

    def _list(self, model: type[T], response: httpx.Response) -> list[T]:
        data = self._json(response)
        if not isinstance(data, list):
            raise errors.UnexpectedResponse(status=response.status_code, provider_message="expected a JSON array")
        try:
            return [model.model_validate(item) for item in data]
        except ValidationError as exc:
            raise errors.UnexpectedResponse(provider_message=str(exc)[:300]) from exc

    # --- segments and calendars -------------------------------------------------------------------

    async def list_segments(
        self, *, type: str | None = None, exclude_predefined: bool | None = None, attribute: str | None = None
    ) -> list[m.Segment]:
        """People segments (a JSON array)."""
        params = {"type": type, "exclude-predefined": exclude_predefined, "attribute": attribute}
        return self._list(m.Segment, await self.request("GET", "/people/segments", params=params))

    async def get_segment(self, segment_id: str) -> m.Segment:
        """One segment."""
        return self._parse(m.Segment, await self.request("GET", f"/people/segments/{segment_id}"))

    async def count_contacts(self, segment_id: str) -> int:
        """How many contacts a segment holds (audience size preview)."""
        data = self._json(await self.request("GET", f"/people/segments/{segment_id}/countContacts"))
        if not isinstance(data, dict) or not isinstance(data.get("count"), int):
            raise errors.UnexpectedResponse(provider_message="countContacts without a count")
        return data["count"]

    async def list_calendars(self) -> list[m.Calendar]:
        """Calendars of open calling windows."""
        return self._list(m.Calendar, await self.request("GET", "/calendars"))

    async def get_calendar(self, calendar_id: str) -> m.Calendar:
        """One calendar."""
        return self._parse(m.Calendar, await self.request("GET", f"/calendars/{calendar_id}"))

    async def check_calendar(self, calendar_id: str, timestamp_ms: int) -> m.CalendarCheck:
        """Is `timestamp_ms` (epoch ms) inside an open window, and when is the next open time."""
        response = await self.request("GET", f"/calendars/{calendar_id}/check", params={"timestamp": timestamp_ms})
        return self._parse(m.CalendarCheck, response)


class NaxaiGateway:
    """CampaignGateway for a Naxai account: create a draft broadcast, then start it."""

    provider = ProviderId.NAXAI

    def __init__(self, client: NaxaiClient, names: UnconfirmedNames | None = None) -> None:
        self.client = client
        self.names = names or client.names

    async def check_credentials(self) -> None:
        """Fetch a fresh token; raises AuthenticationFailed on wrong credentials."""
        assert self.client.tokens is not None
        self.client.tokens.invalidate()
        await self.client.tokens.get()

    def build_requests(self, draft: CampaignDraft, reference: str, numbers: list[str]) -> list[dict[str, Any]]:
        """The one create body (raises DraftInvalid with plain-words problems)."""
        return [mapping.build_create_body(draft, reference, numbers, self.names)]

    async def create_campaign(self, draft: CampaignDraft, reference: str, numbers: list[str]) -> str:
        """POST the broadcast once and return its broadcastId (a draft until started).

        Raises DraftInvalid, before anything is sent, when the draft has problems (a start time that passed)."""
        body = mapping.build_create_body(draft, reference, numbers, self.names, now=datetime.now(UTC))
        return (await self.client.create_broadcast(body)).broadcast_id

    async def start_campaign(self, provider_id: str) -> None:
        """Start the draft; a broadcast that is already past draft counts as started."""
        try:
            await self.client.start_broadcast(provider_id)
        except (errors.ValidationFailed, errors.Conflict):
            current = await self.client.get_broadcast(provider_id)
            if current.state in (m.BroadcastState.DRAFT, m.BroadcastState.UNKNOWN):
                raise
            log.info("broadcast %s already %s; start not needed", provider_id, current.state)

    async def find_campaign(self, reference: str) -> str | None:
        """The broadcastId named `reference` (the oldest if, against the odds, there are several)."""
        matches = [b for b in await self.client.list_broadcasts() if b.name == reference]
        if len(matches) > 1:
            log.warning("%d broadcasts share the reference %r", len(matches), reference)
        matches.sort(key=lambda b: b.created_at or 0)
        return matches[0].broadcast_id if matches else None

    async def campaign_status(self, provider_id: str) -> CampaignStatus:
        """State from GET broadcast, counts from its metrics."""
        broadcast = await self.client.get_broadcast(provider_id)
        metrics = None if broadcast.state is m.BroadcastState.DRAFT else await self.client.metrics(provider_id)
        return mapping.to_campaign_status(broadcast, metrics)

    async def aclose(self) -> None:
        """Close the HTTP client."""
        await self.client.aclose()


def naxai_gateway(
    client_id: str,
    client_secret: str,
    *,
    base_url: str = DEFAULT_BASE_URL,
    token_url: str = DEFAULT_TOKEN_URL,
    transport: httpx.AsyncBaseTransport | None = None,
    names: UnconfirmedNames = DEFAULT_NAMES,
    timeout: httpx.Timeout = DEFAULT_TIMEOUT,
    retry: RetryConfig | None = None,
    sleep: Callable[[float], Awaitable[Any]] | None = None,
) -> NaxaiGateway:
    """A ready gateway for one Naxai account (inject `transport` for the Sandbox)."""
    config = ClientConfig(base_url=base_url, token_url=token_url, transport=transport, timeout=timeout,
                          retry=retry or RetryConfig(), **({"sleep": sleep} if sleep else {}))
    return NaxaiGateway(NaxaiClient(client_id, client_secret, config, names=names))
