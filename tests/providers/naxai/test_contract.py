"""Contract tests over a loopback socket: every endpoint, its field names and limits
(naxai-voice-broadcast.md), and each documented invalid request rejected with the documented error."""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from app.providers import errors
from app.providers.naxai import mapping
from app.providers.naxai import models as m
from app.providers.naxai.client import NaxaiClient, NaxaiGateway
from app.providers.sandbox.clock import SimClock
from app.providers.sandbox.naxai import (
    CALENDAR_ALWAYS,
    CALENDAR_OFFICE,
    SANDBOX_CLIENT_ID,
    SANDBOX_CLIENT_SECRET,
    SEGMENT_BUILDING,
    SEGMENT_LARGE,
    SEGMENT_MEDIUM,
    SEGMENT_SMALL,
    NaxaiSimulator,
)
from app.providers.sandbox.server import LoopbackServer
from app.providers.unconfirmed import DEFAULT_NAMES
from tests.providers.naxai.drafts import script_draft, spoken_draft

N = DEFAULT_NAMES
BROADCAST_FIELDS = {"name", N.naxai_type_field, "from", "source", "segmentIds", N.naxai_unsubscribed_field,
                    "scheduledAt", "retries", "retryOnNoInput", "retryOnFailed", "retryDelays", "distribution",
                    "language", "voice", "voiceFlow", "broadcastId", "state", "totalCount", "completedCount",
                    "createdAt", "modifiedBy"}
LIST_ITEM_FIELDS = {"broadcastId", "name", "source", "state", "startedAt", "pausedAt", "canceledAt", "completedAt",
                    "distribution", "totalCount", "completedCount", "createdAt"}
PAGINATION_FIELDS = {"page", "pageSize", "totalRecord", "returnedRecord", "remainingRecord"}
METRICS_FIELDS = {"total", "completed", "delivered", "failed", "canceled", "paused", "invalid", "inProgress",
                  "transferred", "calls"}
RECIPIENT_FIELDS = {"recipientId", "phone", "contactId", "voiceFlow", "calls", "completed", "status", "input",
                    "transferred", "lastUpdatedAt"}
CALL_FIELDS = {"callId", "status", "reason", "attemptOrder", "duration", "callAt"}
SEGMENT_FIELDS = {"id", "name", "description", "state", "predefined", "condition", "modifiedBy", "modifiedAt", "type"}


def full_body() -> dict[str, Any]:
    """The reference example (§2.4) as our mapping builds it, with actions."""
    actions = m.Actions(status=m.StatusActions(delivered=[m.AttributeUpdate(attribute="called", value=True)]),
                        inputs={"2": m.SendSms(sms=m.SmsAction(message="Merci", senderServiceId="svc-1"))})
    draft = script_draft()
    draft.delivery.calendar_id = CALENDAR_ALWAYS
    return mapping.build_create_body(draft, "Water outage VD1", [], actions=actions)


def file_body() -> dict[str, Any]:
    draft = spoken_draft()
    draft.audience.source = "numbers"  # the segment is kept, not sent
    return mapping.build_create_body(draft, "Typed VD2", ["+32470000001", "+32470000002"])


def error_of(response: httpx.Response) -> dict[str, Any]:
    body = response.json()
    assert set(body) == {"error"} and {"code", "message", "details"} <= set(body["error"])
    return body["error"]


def assert_fields(obj: dict[str, Any], expected: set[str]) -> None:
    missing = expected - set(obj)
    assert not missing, f"missing fields {missing}"


# --- token and headers ----------------------------------------------------------------------------

@pytest.mark.asyncio
async def test_token_endpoint_takes_form_credentials(server: LoopbackServer) -> None:
    async with httpx.AsyncClient(base_url=server.url) as http:
        ok = await http.post("/oauth2/token", data={"client_id": SANDBOX_CLIENT_ID,
                                                    "client_secret": SANDBOX_CLIENT_SECRET,
                                                    "grant_type": "client_credentials"})
        assert ok.status_code == 200 and set(ok.json()) == {"access_token", "expires_in", "token_type"}
        assert isinstance(ok.json()["expires_in"], int)
        wrong = await http.post("/oauth2/token", data={"client_id": SANDBOX_CLIENT_ID, "client_secret": "nope",
                                                       "grant_type": "client_credentials"})
        assert wrong.status_code == 401 and error_of(wrong)["code"] == "invalid_client"
        missing = await http.post("/oauth2/token", data={"client_id": SANDBOX_CLIENT_ID,
                                                         "client_secret": SANDBOX_CLIENT_SECRET})
        assert missing.status_code == 400 and error_of(missing)["details"][0]["field"] == "grant_type"
        as_json = await http.post("/oauth2/token", json={"client_id": SANDBOX_CLIENT_ID})
        assert as_json.status_code == 400
        no_token = await http.get("/voice/broadcasts")
        assert no_token.status_code == 401 and error_of(no_token)["code"] == "unauthorized"


@pytest.mark.asyncio
async def test_every_call_carries_x_version_and_bearer(client: NaxaiClient, sim: NaxaiSimulator) -> None:
    await client.list_broadcasts()
    await client.list_segments()
    await client.list_calendars()
    api_calls = [h for _, path, h in sim.requests if not path.endswith("/oauth2/token")]
    assert api_calls and all(h.get("x-version") == "2023-03-25" for _, _, h in sim.requests)
    assert all(h["authorization"].startswith("Bearer ") for h in api_calls)
    token_calls = [(p, h) for _, p, h in sim.requests if p.endswith("/oauth2/token")]
    assert len(token_calls) == 1
    assert token_calls[0][1]["content-type"] == "application/x-www-form-urlencoded"


@pytest.mark.asyncio
async def test_bad_version_header_is_rejected(raw: httpx.AsyncClient) -> None:
    response = await raw.get("/voice/broadcasts", headers={"X-Version": "latest"})
    assert response.status_code == 400 and error_of(response)["code"] == "invalid_version"


@pytest.mark.asyncio
async def test_wrong_credentials_become_authentication_failed(server: LoopbackServer) -> None:
    from app.providers.naxai.client import naxai_gateway
    gw = naxai_gateway(SANDBOX_CLIENT_ID, "wrong", base_url=server.url, token_url=f"{server.url}/oauth2/token")
    try:
        with pytest.raises(errors.AuthenticationFailed) as info:
            await gw.check_credentials()
        assert info.value.provider_code == "invalid_client" and "credentials" in info.value.user_message
    finally:
        await gw.aclose()


# --- create, get, list, update, delete ------------------------------------------------------------

@pytest.mark.asyncio
async def test_create_echoes_the_body_and_adds_id_state_counts(client: NaxaiClient, raw: httpx.AsyncClient) -> None:
    body = full_body()
    response = await raw.post("/voice/broadcasts", json=body)
    assert response.status_code in (200, 201)
    data = response.json()
    assert_fields(data, BROADCAST_FIELDS | {"calendarId", "actions"})
    assert data["state"] == "draft" and data["totalCount"] == 3 and data["completedCount"] == 0
    assert isinstance(data["createdAt"], int) and data["createdAt"] > 10**12  # epoch ms
    for key, value in body.items():
        assert data[key] == value
    got = await client.get_broadcast(data["broadcastId"])
    assert got.state is m.BroadcastState.DRAFT and got.name == body["name"]
    assert got.model_extra and got.model_extra["voiceFlow"] == body["voiceFlow"]


@pytest.mark.asyncio
async def test_create_from_typed_numbers(client: NaxaiClient) -> None:
    created = await client.create_broadcast(file_body())
    assert created.source == "file" and created.total_count == 2
    assert created.model_extra["file"] == {N.naxai_file_numbers_field: ["32470000001", "32470000002"]}


@pytest.mark.asyncio
async def test_list_is_paginated_and_the_client_reads_every_page(
    client: NaxaiClient, raw: httpx.AsyncClient, sim: NaxaiSimulator
) -> None:
    ids = [(await client.create_broadcast({**file_body(), "name": f"B{i}"})).broadcast_id for i in range(5)]
    page = (await raw.get("/voice/broadcasts", params={"page": 2, "pageSize": 2})).json()
    assert set(page) == {"items", "pagination"} and len(page["items"]) == 2
    assert_fields(page["items"][0], LIST_ITEM_FIELDS)
    p = page["pagination"]
    assert_fields(p, PAGINATION_FIELDS)
    assert (p["page"], p["pageSize"], p["totalRecord"], p["returnedRecord"], p["remainingRecord"]) == (2, 2, 5, 2, 1)
    assert "page=3" in p["next"] and "page=1" in p["previous"]
    for bad in ({"pageSize": 101}, {"pageSize": 0}, {"page": 0}, {"page": "x"}):
        response = await raw.get("/voice/broadcasts", params=bad)
        assert response.status_code == 400 and error_of(response)["code"] == "validation_error"
    assert [b.broadcast_id for b in await client.list_broadcasts()] == ids


@pytest.mark.asyncio
async def test_list_reads_all_pages_past_the_page_size(client: NaxaiClient, sim: NaxaiSimulator,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    import app.providers.naxai.client as module
    monkeypatch.setattr(module, "PAGE_SIZE", 2)
    for i in range(5):
        await client.create_broadcast({**file_body(), "name": f"B{i}"})
    sim.requests.clear()
    assert len(await client.list_broadcasts()) == 5
    assert sum(1 for method, path, _ in sim.requests if path == "/voice/broadcasts") == 3


@pytest.mark.asyncio
async def test_update_and_delete_a_draft(client: NaxaiClient, clock: SimClock) -> None:
    created = await client.create_broadcast(file_body())
    updated = await client.update_broadcast(created.broadcast_id, {**file_body(), "name": "Renamed"})
    assert updated.name == "Renamed" and updated.broadcast_id == created.broadcast_id
    await client.delete_broadcast(created.broadcast_id)
    with pytest.raises(errors.NotFound):
        await client.get_broadcast(created.broadcast_id)
    other = await client.create_broadcast(file_body())
    await client.start_broadcast(other.broadcast_id)
    with pytest.raises(errors.ValidationFailed) as info:
        await client.update_broadcast(other.broadcast_id, file_body())
    assert info.value.status == 422 and info.value.provider_code == "invalid_state"
    with pytest.raises(errors.ValidationFailed):
        await client.delete_broadcast(other.broadcast_id)


# --- each documented invalid request --------------------------------------------------------------

Mutation = Callable[[dict[str, Any]], None]


def _set(key: str, value: Any) -> Mutation:
    return lambda b: b.__setitem__(key, value)


def _drop(key: str) -> Mutation:
    return lambda b: b.pop(key)


def _flow(path: list[Any], value: Any) -> Mutation:
    def change(body: dict[str, Any]) -> None:
        target = body["voiceFlow"]
        for step in path[:-1]:
            target = target[step]
        target[path[-1]] = value
    return change


FILE_SOURCE = lambda b: (b.pop("segmentIds"), b.pop(N.naxai_unsubscribed_field), b.__setitem__("source", "file"))  # noqa: E731

INVALID: list[tuple[str, Mutation, str]] = [
    ("name missing", _drop("name"), "name"),
    ("name empty", _set("name", ""), "name"),
    ("unknown type", _set(N.naxai_type_field, "urgent"), N.naxai_type_field),
    ("from too short", _set("from", "3225501"), "from"),
    ("from too long", _set("from", "3225550100123456"), "from"),
    ("from with plus", _set("from", "+3225550100"), "from"),
    ("unknown source", _set("source", "sms"), "source"),
    ("two segments", _set("segmentIds", [SEGMENT_SMALL, SEGMENT_MEDIUM]), "segmentIds"),
    ("no segment", _set("segmentIds", []), "segmentIds"),
    ("segment not a uuid", _set("segmentIds", ["abc"]), "segmentIds"),
    ("unsubscribed flag missing", _drop(N.naxai_unsubscribed_field), N.naxai_unsubscribed_field),
    ("file without file", FILE_SOURCE, "file"),
    ("file and segments", lambda b: (b.__setitem__("source", "file"),
                                     b.__setitem__("file", {N.naxai_file_numbers_field: ["32470000001"]})),
     "segmentIds"),
    ("file number with plus", lambda b: (FILE_SOURCE(b), b.__setitem__("file", {N.naxai_file_numbers_field: ["+32470000001"]})),
     f"file.{N.naxai_file_numbers_field}[0]"),
    ("file empty", lambda b: (FILE_SOURCE(b), b.__setitem__("file", {N.naxai_file_numbers_field: []})),
     f"file.{N.naxai_file_numbers_field}"),
    ("scheduledAt text", _set("scheduledAt", "tomorrow"), "scheduledAt"),
    ("scheduledAt in the wrong unit", _set("scheduledAt", int(datetime(2027, 1, 1, tzinfo=UTC).timestamp() * 1000)),
     "scheduledAt"),
    ("retries 4", lambda b: (b.__setitem__("retries", 4), b.__setitem__("retryDelays", [1, 1, 1, 1])), "retries"),
    ("retries negative", _set("retries", -1), "retries"),
    ("delays do not match retries", _set("retryDelays", [30]), "retryDelays"),
    ("delay over 4320", _set("retryDelays", [4321, 10]), "retryDelays[0]"),
    ("delays missing", _drop("retryDelays"), "retryDelays"),
    ("retryOnFailed not boolean", _set("retryOnFailed", "yes"), "retryOnFailed"),
    ("retryOnNoInput not boolean", _set("retryOnNoInput", 1), "retryOnNoInput"),
    ("calendar not a uuid", _set("calendarId", "office"), "calendarId"),
    ("unknown distribution", _set("distribution", "fast"), "distribution"),
    ("dynamic without name", _set("distribution", "dynamic"), "dynamicName"),
    ("unknown language", _set("language", "es-ES"), "language"),
    ("unknown voice", _set("voice", "female"), "voice"),
    ("unknown field", _set("allowDuplicates", True), "allowDuplicates"),
    ("no voiceFlow", _drop("voiceFlow"), "voiceFlow"),
    ("no welcome", lambda b: b["voiceFlow"].pop("welcome"), "voiceFlow.welcome"),
    ("welcome say and prompt", _flow(["welcome", "prompt"], "https://x.org/a.wav"), "voiceFlow.welcome"),
    ("welcome empty", _flow(["welcome"], {}), "voiceFlow.welcome"),
    ("machineDetection not boolean", _flow(["machineDetection"], "on"), "voiceFlow.machineDetection"),
    ("unknown flow node", _flow(["gather"], {"say": "x"}), "voiceFlow.gather"),
    ("menu without choices", _flow(["menu", "choices"], []), "voiceFlow.menu.choices"),
    ("menu key A", _flow(["menu", "choices", 0, "key"], "A"), "voiceFlow.menu.choices[0].key"),
    ("menu key twice", _flow(["menu", "choices", 1, "key"], "1"), "voiceFlow.menu.choices[1].key"),
    ("transfer attempts 4", _flow(["menu", "choices", 1, "transfer", "attempts"], 4),
     "voiceFlow.menu.choices[1].transfer.attempts"),
    ("transfer attempts 0", _flow(["menu", "choices", 1, "transfer", "attempts"], 0),
     "voiceFlow.menu.choices[1].transfer.attempts"),
    ("transfer timeout 31", _flow(["menu", "choices", 1, "transfer", "timeout"], 31),
     "voiceFlow.menu.choices[1].transfer.timeout"),
    ("transfer timeout 4", _flow(["menu", "choices", 1, "transfer", "timeout"], 4),
     "voiceFlow.menu.choices[1].transfer.timeout"),
    ("transfer without destination", lambda b: b["voiceFlow"]["menu"]["choices"][1]["transfer"].pop("destination"),
     "voiceFlow.menu.choices[1].transfer.destination"),
    ("actions unknown input key", lambda b: b["actions"]["inputs"].__setitem__("*", []), "actions.inputs.*"),
    ("actions sms without sender", lambda b: b["actions"]["inputs"]["2"]["sms"].pop("senderServiceId"),
     "actions.inputs.2.sms"),
    ("actions bad attribute update", lambda b: b["actions"][N.naxai_actions_status_key].__setitem__(
        "delivered", [{"attribute": "x"}]), f"actions.{N.naxai_actions_status_key}.delivered[0]"),
]


@pytest.mark.asyncio
@pytest.mark.parametrize(("label", "mutate", "field"), INVALID, ids=[case[0] for case in INVALID])
async def test_invalid_create_is_rejected_with_400_and_the_field(
    raw: httpx.AsyncClient, sim: NaxaiSimulator, label: str, mutate: Mutation, field: str
) -> None:
    body = copy.deepcopy(full_body())
    mutate(body)
    response = await raw.post("/voice/broadcasts", json=body)
    assert response.status_code == 400, response.text
    error = error_of(response)
    assert error["code"] == "validation_error"
    assert field in [d["field"] for d in error["details"]]
    assert sim.broadcast_count() == 0


@pytest.mark.asyncio
@pytest.mark.parametrize(("change", "code"), [
    ({"segmentIds": ["00000000-0000-4000-8000-000000000000"]}, "segment_not_found"),
    ({"segmentIds": [SEGMENT_BUILDING]}, "segment_not_ready"),
    ({"calendarId": "00000000-0000-4000-8000-000000000000"}, "calendar_not_found"),
])
async def test_unknown_references_are_422(raw: httpx.AsyncClient, client: NaxaiClient, change: dict, code: str) -> None:
    response = await raw.post("/voice/broadcasts", json={**full_body(), **change})
    assert response.status_code == 422 and error_of(response)["code"] == code
    with pytest.raises(errors.ValidationFailed) as info:
        await client.create_broadcast({**full_body(), **change})
    assert info.value.status == 422 and info.value.provider_code == code and info.value.field


@pytest.mark.asyncio
async def test_non_json_body_is_rejected(raw: httpx.AsyncClient) -> None:
    response = await raw.post("/voice/broadcasts", content=b"{not json", headers={"Content-Type": "application/json"})
    assert response.status_code == 400 and error_of(response)["code"] == "invalid_json"


@pytest.mark.asyncio
async def test_client_maps_rejections_to_typed_errors(client: NaxaiClient) -> None:
    with pytest.raises(errors.InvalidNumber) as info:
        await client.create_broadcast({**full_body(), "from": "123"})
    assert info.value.field == "from" and info.value.status == 400 and info.value.request_sent
    with pytest.raises(errors.ValidationFailed) as info2:
        await client.create_broadcast({**full_body(), "retryDelays": [1]})
    assert info2.value.field == "retryDelays" and info2.value.provider_message
    with pytest.raises(errors.NotFound):
        await client.get_broadcast("no-such-id")


# --- lifecycle endpoints --------------------------------------------------------------------------

@pytest.mark.asyncio
async def test_start_pause_resume_cancel_answer_transitional_states(client: NaxaiClient, clock: SimClock) -> None:
    body = {**full_body(), "segmentIds": [SEGMENT_LARGE]}
    bid = (await client.create_broadcast(body)).broadcast_id
    with pytest.raises(errors.ValidationFailed):
        await client.pause_broadcast(bid)  # a draft cannot be paused
    assert (await client.start_broadcast(bid)).state is m.BroadcastState.STARTING
    assert (await client.get_broadcast(bid)).state is m.BroadcastState.STARTED
    clock.advance(60)
    assert (await client.get_broadcast(bid)).state is m.BroadcastState.PROCESSING
    assert (await client.pause_broadcast(bid)).state is m.BroadcastState.PAUSING
    assert (await client.get_broadcast(bid)).state is m.BroadcastState.PAUSING
    clock.advance(5)
    assert (await client.get_broadcast(bid)).state is m.BroadcastState.PAUSED
    frozen = await client.metrics(bid)
    assert frozen.paused > 0 and frozen.in_progress == 0
    clock.advance(600)
    assert (await client.metrics(bid)).calls == frozen.calls  # no calls while paused
    assert (await client.resume_broadcast(bid)).state is m.BroadcastState.RESUMING
    clock.advance(5)
    assert (await client.get_broadcast(bid)).state is m.BroadcastState.PROCESSING
    clock.advance(30)
    assert (await client.metrics(bid)).calls > frozen.calls
    assert (await client.cancel_broadcast(bid)).state is m.BroadcastState.CANCELING
    clock.advance(5)
    broadcast = await client.get_broadcast(bid)
    assert broadcast.state is m.BroadcastState.CANCELED
    metrics = await client.metrics(bid)
    assert metrics.canceled > 0 and metrics.completed == metrics.total
    with pytest.raises(errors.ValidationFailed) as info:
        await client.resume_broadcast(bid)
    assert info.value.provider_code == "invalid_state"
    items = {i.broadcast_id: i for i in await client.list_broadcasts()}
    assert items[bid].started_at and items[bid].paused_at and items[bid].canceled_at


@pytest.mark.asyncio
async def test_metrics_recipients_calls_and_input(client: NaxaiClient, raw: httpx.AsyncClient,
                                                  clock: SimClock) -> None:
    body = {**full_body(), "segmentIds": [SEGMENT_LARGE]}
    bid = (await client.create_broadcast(body)).broadcast_id
    await client.start_broadcast(bid)
    clock.advance(3 * 86400)
    metrics = (await raw.get(f"/voice/broadcasts/{bid}/metrics")).json()
    assert set(metrics) == METRICS_FIELDS
    assert metrics["total"] == 225 and metrics["completed"] == 225 and metrics["invalid"] == 2
    assert metrics["delivered"] + metrics["failed"] + metrics["invalid"] == 225
    assert metrics["calls"] > 223  # retries were made (retryOnFailed, 2 retries)
    inputs = (await raw.get(f"/voice/broadcasts/{bid}/metrics/input")).json()
    assert set(inputs) == {*map(str, range(10)), "star", "hash", "total"}
    assert inputs["total"] == inputs["1"] + inputs["2"] > 0
    assert metrics["transferred"] == inputs["2"]

    page = (await raw.get(f"/voice/broadcasts/{bid}/recipients", params={"page": 1, "pagesize": 100})).json()
    assert page["pagination"]["totalRecord"] == 225 and page["pagination"]["returnedRecord"] == 100
    assert_fields(page["items"][0], RECIPIENT_FIELDS)
    recipients = await client.list_recipients(bid)
    assert len(recipients) == 225 and len({r.recipient_id for r in recipients}) == 225
    assert {r.status for r in recipients} <= {m.RecipientStatus.DELIVERED, m.RecipientStatus.FAILED,
                                              m.RecipientStatus.INVALID}
    failed = await client.list_recipients(bid, status="failed")
    assert failed and all(r.status is m.RecipientStatus.FAILED for r in failed)
    one = await client.list_recipients(bid, phone=recipients[0].phone)
    assert [r.recipient_id for r in one] == [recipients[0].recipient_id]
    retried = next(r for r in recipients if r.calls > 1)
    calls = (await raw.get(f"/voice/broadcasts/{bid}/recipients/{retried.recipient_id}/calls")).json()
    assert isinstance(calls, list) and set(calls[0]) == CALL_FIELDS
    attempts = await client.recipient_calls(bid, retried.recipient_id)
    assert [a.attempt_order for a in attempts] == list(range(1, len(attempts) + 1))
    assert attempts[0].status is m.CallStatus.FAILED and attempts[0].reason is not m.CallReason.UNKNOWN
    gap_ms = attempts[1].call_at - attempts[0].call_at
    assert gap_ms >= 30 * 60 * 1000  # the first retry waited retryDelays[0] = 30 minutes
    delivered = next(r for r in recipients if r.status is m.RecipientStatus.DELIVERED)
    last = (await client.recipient_calls(bid, delivered.recipient_id))[-1]
    assert last.status is m.CallStatus.DELIVERED and last.duration > 0 and last.reason in (
        m.CallReason.SUCCESS, m.CallReason.VOICEMAIL)
    fetched = await client.get_recipient(bid, delivered.recipient_id)
    assert fetched.phone == delivered.phone
    invalid = [r for r in recipients if r.status is m.RecipientStatus.INVALID]
    assert len(invalid) == 2 and all(r.calls == 0 for r in invalid)


@pytest.mark.asyncio
async def test_scheduled_retry_is_visible_before_it_is_made(client: NaxaiClient, clock: SimClock) -> None:
    body = {**file_body(), "retries": 1, "retryDelays": [60], "retryOnFailed": True}
    body["file"] = {N.naxai_file_numbers_field: ["32470000009"]}  # always busy
    bid = (await client.create_broadcast(body)).broadcast_id
    await client.start_broadcast(bid)
    clock.advance(120)
    [recipient] = await client.list_recipients(bid)
    assert recipient.status is m.RecipientStatus.IN_PROGRESS and not recipient.completed
    calls = await client.recipient_calls(bid, recipient.recipient_id)
    assert [(c.status, c.reason) for c in calls] == [(m.CallStatus.FAILED, m.CallReason.BUSY),
                                                      (m.CallStatus.SCHEDULED, m.CallReason.SCHEDULED)]
    clock.advance(3600)
    [recipient] = await client.list_recipients(bid)
    assert recipient.status is m.RecipientStatus.FAILED and recipient.completed and recipient.calls == 2
    assert (await client.get_broadcast(bid)).state is m.BroadcastState.COMPLETED


@pytest.mark.asyncio
async def test_scheduled_broadcast_waits_for_its_time(client: NaxaiClient, clock: SimClock) -> None:
    at = clock.now().timestamp() + 7200
    bid = (await client.create_broadcast({**file_body(), "scheduledAt": int(at)})).broadcast_id
    await client.start_broadcast(bid)
    assert (await client.get_broadcast(bid)).state is m.BroadcastState.SCHEDULED
    clock.advance(3600)
    assert (await client.metrics(bid)).calls == 0
    clock.advance(3 * 3600)
    assert (await client.get_broadcast(bid)).state is m.BroadcastState.COMPLETED


# --- segments and calendars -----------------------------------------------------------------------

@pytest.mark.asyncio
async def test_segments(client: NaxaiClient, raw: httpx.AsyncClient) -> None:
    data = (await raw.get("/people/segments")).json()
    assert isinstance(data, list) and len(data) >= 3
    assert all(set(s) == SEGMENT_FIELDS for s in data)
    assert {s["state"] for s in data} <= {"ready", "building"} and {s["type"] for s in data} <= {"manual", "dynamic"}
    manual = await client.list_segments(type="manual", exclude_predefined=True)
    assert manual and all(s.type == "manual" for s in manual)
    assert (await raw.get("/people/segments", params={"type": "static"})).status_code == 400
    assert (await client.get_segment(SEGMENT_SMALL)).name
    assert await client.count_contacts(SEGMENT_SMALL) == 3
    assert await client.count_contacts(SEGMENT_LARGE) == 250
    usage = (await raw.get(f"/people/segments/{SEGMENT_SMALL}/usage")).json()
    assert usage == {"campaignIds": [], "broadcastIds": []}
    with pytest.raises(errors.NotFound):
        await client.count_contacts("00000000-0000-4000-8000-000000000000")


@pytest.mark.asyncio
async def test_calendars_and_open_time_check(client: NaxaiClient, raw: httpx.AsyncClient) -> None:
    calendars = await client.list_calendars()
    assert {c.id for c in calendars} >= {CALENDAR_OFFICE, CALENDAR_ALWAYS}
    office = await client.get_calendar(CALENDAR_OFFICE)
    assert office.timezone == "Europe/Brussels" and len(office.schedule) == 7
    assert [d.day for d in office.schedule] == list(range(1, 8))
    assert {"open", "start", "stop", "extended", "extensionStart", "extensionStop"} <= set(
        (await raw.get(f"/calendars/{CALENDAR_OFFICE}")).json()["schedule"][0])
    saturday_noon = int(datetime(2027, 3, 6, 11, 0, tzinfo=UTC).timestamp() * 1000)
    check = await client.check_calendar(CALENDAR_OFFICE, saturday_noon)
    assert check.match is False
    assert check.next == int(datetime(2027, 3, 8, 8, 0, tzinfo=UTC).timestamp() * 1000)  # Monday 09:00 Brussels
    monday_ten = int(datetime(2027, 3, 8, 9, 0, tzinfo=UTC).timestamp() * 1000)
    assert (await client.check_calendar(CALENDAR_OFFICE, monday_ten)).match is True
    christmas = int(datetime(2026, 12, 25, 10, 0, tzinfo=UTC).timestamp() * 1000)
    assert (await client.check_calendar(CALENDAR_OFFICE, christmas)).match is False  # excluded date
    assert (await raw.get(f"/calendars/{CALENDAR_OFFICE}/check", params={"timestamp": "noon"})).status_code == 400


@pytest.mark.asyncio
async def test_calendar_postpones_the_start(client: NaxaiClient, sim: NaxaiSimulator) -> None:
    sim.clock = SimClock(speed=0, start=datetime(2027, 3, 6, 11, 0, tzinfo=UTC))  # a Saturday
    bid = (await client.create_broadcast({**file_body(), "calendarId": CALENDAR_OFFICE})).broadcast_id
    await client.start_broadcast(bid)
    assert (await client.get_broadcast(bid)).state is m.BroadcastState.SCHEDULED
    sim.clock.advance(2 * 86400)  # Monday 11:00 UTC
    assert (await client.get_broadcast(bid)).state is m.BroadcastState.COMPLETED
    [first, *_] = await client.list_recipients(bid)
    call = (await client.recipient_calls(bid, first.recipient_id))[0]
    assert call.call_at >= int(datetime(2027, 3, 8, 8, 0, tzinfo=UTC).timestamp() * 1000)


@pytest.mark.asyncio
async def test_unknown_path_and_method(raw: httpx.AsyncClient) -> None:
    assert (await raw.get("/voice/nothing")).status_code == 404
    response = await raw.delete("/calendars")
    assert response.status_code == 405 and error_of(response)["code"] == "method_not_allowed"


def test_gateway_satisfies_the_protocol() -> None:
    from app.providers.gateway import CampaignGateway
    for name in ("check_credentials", "build_requests", "create_campaign", "start_campaign", "find_campaign",
                 "campaign_status", "aclose"):
        assert callable(getattr(NaxaiGateway, name)) and hasattr(CampaignGateway, name)
