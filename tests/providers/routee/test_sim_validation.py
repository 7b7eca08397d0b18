"""The simulator rejects each documented invalid request with the documented error body, over a
real socket; and our client turns those answers into the right typed, plain-words errors."""

from __future__ import annotations

import base64
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from app.providers import errors
from app.providers.routee import mapping
from app.providers.routee.client import RouteeGateway
from app.providers.sandbox.routee import SANDBOX_APP_ID, SANDBOX_SECRET, RouteeSimulator
from tests.providers.routee.conftest import NUMBERS, bearer, make_draft

pytestmark = pytest.mark.asyncio

Body = dict[str, Any]


def valid() -> Body:
    return {"from": "+306912345678", "to": ["+306977663127"], "name": "Valid one",
            "message": {"text": "Hello", "language": "en-US", "gender": "female"}}


def change(**kwargs: Any) -> Callable[[Body], None]:
    def apply(body: Body) -> None:
        for key, value in kwargs.items():
            if value is ...:
                body.pop(key, None)
            else:
                body[key] = value
    return apply


INVALID: list[tuple[str, Callable[[Body], None], int, str, str | None]] = [
    ("missing from", change(**{"from": ...}), 400, "400005000", "from"),
    ("from too long", change(**{"from": "1" * 17}), 400, "400005000", "from"),
    ("no recipients", change(to=...), 400, "400005000", "to"),
    ("empty to", change(to=[]), 400, "400005000", "to"),
    ("to not an array", change(to="+306977663127"), 400, "400000000", "to"),
    ("1001 numbers", change(to=[f"+3069{i:08d}" for i in range(1001)]), 400, "400000000", "to"),
    ("invalid number", change(to=["+306977663127", "12"]), 400, "400005000", "to"),
    ("1001 groups", change(to=..., groups=[f"g{i}" for i in range(1001)]), 400, "400000000", "groups"),
    ("unknown contact", change(to=..., contacts=["nobody"]), 404, "404002001", "contacts"),
    ("empty group", change(to=..., groups=["Empty"]), 400, "400009004", None),
    ("name too short", change(name="A"), 400, "400000000", "name"),
    ("name too long", change(name="x" * 31), 400, "400000000", "name"),
    ("name with underscore", change(name="a_b"), 400, "400000000", "name"),
    ("file and message", change(fileURL="https://x.example/a.wav"), 400, "400000000", "fileURL"),
    ("neither file nor message", change(message=...), 400, "400000000", "message"),
    ("mp3 file", change(message=..., fileURL="https://x.example/a.mp3"), 400, "400000000", "fileURL"),
    ("text too long", change(message={"text": "x" * 1001, "language": "en-US"}), 400, "400000000", "message.text"),
    ("no text", change(message={"language": "en-US"}), 400, "400000000", "message.text"),
    ("bad language", change(message={"text": "Hi", "language": "nl-BE"}), 400, "400000000", "message.language"),
    ("bad gender", change(message={"text": "Hi", "language": "en-US", "gender": "woman"}), 400, "400000000",
     "message.gender"),
    ("unknown message field", change(message={"text": "Hi", "language": "en-US", "voice": "x"}), 400,
     "400000000", "message.voice"),
    ("unknown field", change(sender="x"), 400, "400000000", "sender"),
    ("file url in wrong case", change(message=..., fileUrl="https://x.example/a.wav"), 400, "400000000", "fileUrl"),
    ("hangupDelay 0", change(hangupDelay=0), 400, "400000000", "hangupDelay"),
    ("hangupDelay 61", change(hangupDelay=61), 400, "400000000", "hangupDelay"),
    ("hangupDelay string", change(hangupDelay="19"), 400, "400000000", "hangupDelay"),
    ("await negative", change(collectDtmfAwaitSeconds=-1), 400, "400000000", "collectDtmfAwaitSeconds"),
    ("quiet hours not boolean", change(respectQuietHours="yes"), 400, "400000000", "respectQuietHours"),
    ("callback strategy", change(callback={"url": "https://x.example", "strategy": "Always"}), 400,
     "400000000", "callback.strategy"),
    ("callback without url", change(campaignCallback={"strategy": "OnChange"}), 400, "400000000",
     "campaignCallback.url"),
    ("scheduledDate without zone", change(scheduledDate="2030-01-01T10:00:00"), 400, "400000000",
     "scheduledDate"),
]


@pytest.mark.parametrize(("label", "mutate", "status", "code", "prop"), INVALID, ids=[i[0] for i in INVALID])
async def test_invalid_campaign_is_rejected_with_documented_error(
    raw: httpx.AsyncClient, sim: RouteeSimulator, label: str, mutate: Callable[[Body], None],
    status: int, code: str, prop: str | None,
) -> None:
    sim.groups["Empty"] = []
    body = valid()
    mutate(body)
    response = await raw.post("/voice/campaign", json=body, headers=await bearer(raw))
    assert response.status_code == status, response.text
    data = response.json()
    assert data["code"] == code and len(data["code"]) == 9 and data["developerMessage"]
    if prop:
        assert prop in data["properties"]
    assert sim.campaigns == {}


async def test_valid_body_and_documented_string_boolean_are_accepted(raw: httpx.AsyncClient) -> None:
    body = valid() | {"collectDtmfDigits": "true", "hangupDelay": 19, "scheduledDate": "2030-01-01T10:00:00+02:00"}
    response = await raw.post("/voice/campaign", json=body, headers=await bearer(raw))
    assert response.status_code == 200, response.text
    assert response.json()["state"] == "Scheduled" and response.json()["collectDtmfDigits"] is True


async def test_duplicate_name_and_balance(raw: httpx.AsyncClient, sim: RouteeSimulator) -> None:
    headers = await bearer(raw)
    assert (await raw.post("/voice/campaign", json=valid(), headers=headers)).status_code == 200
    dup = await raw.post("/voice/campaign", json=valid(), headers=headers)
    assert dup.status_code == 409 and dup.json()["code"] == "409009003"
    sim.balance = 0.01
    poor = await raw.post("/voice/campaign", json=valid() | {"name": "Other"}, headers=headers)
    assert poor.status_code == 400 and poor.json()["code"] == "400001009"


async def test_malformed_json_and_non_object(raw: httpx.AsyncClient) -> None:
    headers = await bearer(raw) | {"Content-Type": "application/json"}
    for content in (b"{not json", b"[1, 2]"):
        response = await raw.post("/voice/campaign", content=content, headers=headers)
        assert response.status_code == 400 and response.json()["code"] == "400000000"


async def test_analysis_validates_like_the_reference(raw: httpx.AsyncClient) -> None:
    headers = await bearer(raw)
    missing = await raw.post("/voice/analysis", json={"to": ["+306977663127"]}, headers=headers)
    assert missing.status_code == 400 and missing.json()["code"] == "400005000"
    extra = await raw.post("/voice/analysis", json={"from": "123", "to": ["+306977663127"], "name": "x"},
                           headers=headers)
    assert extra.status_code == 400 and "name" in extra.json()["properties"]
    ok = await raw.post("/voice/analysis", json={"from": "123", "to": ["+306977663127"]}, headers=headers)
    assert ok.status_code == 200 and ok.json()["numberOfRecipients"] == 1


async def test_tracking_errors(raw: httpx.AsyncClient) -> None:
    headers = await bearer(raw)
    missing = await raw.get("/voice/tracking/nope", headers=headers)
    assert missing.status_code == 404 and missing.json()["code"] == "404005000"
    no_campaign = await raw.get("/voice/tracking/campaign/nope", headers=headers)
    assert no_campaign.status_code == 404 and no_campaign.json()["code"] == "404009001"
    bad_page = await raw.post("/voice/tracking", params={"page": "-1"}, json=[], headers=headers)
    assert bad_page.status_code == 400
    for bad in ([{"fieldName": "nope", "searchTerm": "x"}], [{"fieldName": "campaign"}],
                [{"fieldName": "campaign", "searchTerm": "x", "searchOperator": "like"}]):
        response = await raw.post("/voice/tracking", json=bad, headers=headers)
        assert response.status_code == 400 and len(response.json()["code"]) == 9
    bad_date = await raw.post("/voice/tracking", params={"from": "yesterday"}, json=[], headers=headers)
    assert bad_date.status_code == 400
    delete = await raw.delete("/voice/campaign/nope", headers=headers)
    assert delete.status_code == 404 and delete.json()["code"] == "404009001"


def basic(app_id: str, secret: str) -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(f"{app_id}:{secret}".encode()).decode()}


async def test_token_server_errors(raw: httpx.AsyncClient) -> None:
    form = {"grant_type": "client_credentials"}
    no_auth = await raw.post("/oauth/token", data=form)
    assert no_auth.status_code == 401 and set(no_auth.json()) == {"error", "message"}
    wrong = await raw.post("/oauth/token", data=form, headers=basic(SANDBOX_APP_ID, "nope"))
    assert wrong.status_code == 401 and wrong.json()["error"]
    good = basic(SANDBOX_APP_ID, SANDBOX_SECRET)
    no_grant = await raw.post("/oauth/token", data={}, headers=good | {"Content-Type": "application/x-www-form-urlencoded"})
    assert no_grant.status_code == 400 and set(no_grant.json()) == {"error", "error_description"}
    other = await raw.post("/oauth/token", data={"grant_type": "password"}, headers=good)
    assert other.status_code == 400 and other.json()["error"] == "unsupported_grant_type"
    as_json = await raw.post("/oauth/token", json=form, headers=good)
    assert as_json.status_code == 400
    ok = await raw.post("/oauth/token", data=form, headers=good)
    token = ok.json()
    assert set(token) == {"access_token", "token_type", "expires_in", "scope", "permissions"}
    assert token["token_type"] == "bearer" and token["expires_in"] == 3600
    assert "voice" in token["scope"].split(" ") and "MT_ROLE_VOICE" in token["permissions"]


async def test_bearer_checks(raw: httpx.AsyncClient, sim: RouteeSimulator) -> None:
    none = await raw.get("/voice/tracking/x")
    assert none.status_code == 401 and "error" in none.json()
    bogus = await raw.get("/voice/tracking/x", headers={"Authorization": "Bearer bogus"})
    assert bogus.status_code == 401 and bogus.json()["error"] == "invalid_token"
    headers = await bearer(raw)
    sim.expire_tokens()
    assert (await raw.get("/voice/tracking/x", headers=headers)).status_code == 401
    headers = await bearer(raw)
    sim.revoke_tokens()
    assert (await raw.get("/voice/tracking/x", headers=headers)).status_code == 401
    sms_only = await bearer(raw, scope="sms")
    forbidden = await raw.get("/voice/tracking/x", headers=sms_only)
    assert forbidden.status_code == 403 and len(forbidden.json()["code"]) == 9
    bad_scope = await raw.post("/oauth/token", data={"grant_type": "client_credentials", "scope": "nope"},
                               auth=(SANDBOX_APP_ID, SANDBOX_SECRET))
    assert bad_scope.status_code == 400 and bad_scope.json()["error"] == "invalid_scope"


async def test_any_host_serves_both_auth_and_resources(sim: RouteeSimulator) -> None:
    from app.providers.sandbox.transport import SandboxTransport

    async with httpx.AsyncClient(transport=SandboxTransport(sim)) as client:
        token = await client.post("https://auth.routee.net/oauth/token", data={"grant_type": "client_credentials"},
                                  auth=(SANDBOX_APP_ID, SANDBOX_SECRET))
        headers = {"Authorization": f"Bearer {token.json()['access_token']}"}
        response = await client.post("https://connect.routee.net/voice/analysis", headers=headers,
                                     json={"from": "123", "to": ["+306977663127"]})
    assert response.status_code == 200


@pytest.mark.parametrize(
    ("setup", "numbers", "expected", "words"),
    [
        (lambda sim: None, ["+306977663127", "+999"], errors.InvalidNumber, "phone numbers"),
        (lambda sim: setattr(sim, "balance", 0.0), NUMBERS, errors.InsufficientBalance, "Top up"),
    ],
)
async def test_client_maps_provider_errors_to_plain_words(
    sim: RouteeSimulator, gateway: RouteeGateway, setup: Callable[[RouteeSimulator], None],
    numbers: list[str], expected: type[errors.ProviderError], words: str,
) -> None:
    setup(sim)
    body = mapping.campaign_request(make_draft(), "Mapped", NUMBERS)
    body.to = numbers
    with pytest.raises(expected) as info:
        await gateway.client.create_campaign(body)
    assert words in info.value.user_message and info.value.provider_code
    assert info.value.provider_message and info.value.provider_code in info.value.support_details()


async def test_unknown_contact_is_an_invalid_number(sim: RouteeSimulator, gateway: RouteeGateway) -> None:
    draft = make_draft()
    draft.audience.contacts = ["ghost"]
    with pytest.raises(errors.InvalidNumber) as info:
        await gateway.create_campaign(draft, "Ghost", [])
    assert info.value.field == "contacts" and info.value.provider_code == "404002001"
