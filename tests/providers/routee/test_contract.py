"""Contract tests: every documented Routee Voice request, sent by our client over a real loopback
socket to the simulator, with field names, types and limits checked against routee-voice.md."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.domain.campaign import CampaignState, new_reference
from app.domain.delivery import Schedule
from app.domain.message import AudioFile
from app.domain.recipients import Audience
from app.providers import errors
from app.providers.routee import mapping
from app.providers.routee.client import NAME_REF_PREFIX, RouteeGateway, routee_gateway
from app.providers.routee.models import ALL_MESSAGE_STATUSES, TrackingFilter
from app.providers.sandbox.routee import SANDBOX_APP_ID, SANDBOX_SECRET, RouteeSimulator
from app.providers.sandbox.server import LoopbackServer
from app.providers.sandbox.transport import SandboxTransport
from tests.providers.routee.conftest import NUMBERS, Sleeps, make_draft, make_gateway
from tests.providers.routee.test_mapping import DOC_CAMPAIGN_FIELDS, full_draft

TRACKING_FIELDS = {"messageId", "conversationTrackingId", "to", "from", "groups", "country", "status",
                   "campaign", "applicationName", "originatingService", "direction", "duration",
                   "fileURL", "message", "price", "chargeInterval", "collectedTones", "recordings"}
CAMPAIGN_RESPONSE_FIELDS = {"trackingId", "type", "state", "createdAt", "scheduledDate", "campaignName",
                            "from", "to", "contacts", "groups", "fileURL", "message", "hangupDelay",
                            "respectQuietHours", "callback", "campaignCallback", "collectDtmfDigits",
                            "collectDtmfAwaitSeconds", "cost", "statuses", "voiceAnalysis", "errors"}
PAGE_FIELDS = {"content", "first", "last", "number", "numberOfElements", "size", "totalElements", "totalPages"}
pytestmark = pytest.mark.asyncio

PROGRESS = ["Queued", "Initiated", "Ringing", "InProgress", "Completed"]


async def test_token_then_every_field_of_a_campaign_arrives_as_documented(
    sim: RouteeSimulator, gateway: RouteeGateway
) -> None:
    sim.contacts["c1"] = "+306900000001"
    sim.groups["VIP"] = ["+306900000002", "+306977663127"]
    draft = full_draft()
    draft.delivery.schedule = Schedule(send_at=datetime.now(UTC) + timedelta(hours=2))
    ref = new_reference("Spring sale")
    tracking_id, status = await gateway.create_campaign_full(draft, ref, NUMBERS)

    sent = sim.campaigns[tracking_id].request
    assert sent == gateway.build_requests(draft, ref, NUMBERS)[0]
    for key, value in sent.items():
        assert isinstance(value, DOC_CAMPAIGN_FIELDS[key]), key
    assert sim.token_requests() == 1
    assert status.state is CampaignState.SCHEDULED
    assert status.total == 5  # 3 typed + 1 contact + 1 group member not typed
    assert set(status.counts) == set(ALL_MESSAGE_STATUSES)


async def test_campaign_response_uses_only_documented_fields(sim: RouteeSimulator, gateway: RouteeGateway) -> None:
    campaign = await gateway.client.create_campaign(
        mapping.campaign_request(make_draft(collect_dtmf=True, dtmf_wait_seconds=3), "Resp", NUMBERS))
    extra = set(campaign.model_dump(by_alias=True, exclude_none=True)) - CAMPAIGN_RESPONSE_FIELDS
    assert not extra and not campaign.model_extra
    assert campaign.type == "Voice" and campaign.campaign_name == "Resp" and campaign.state == "Queued"
    assert campaign.collect_dtmf_digits is True and campaign.cost and campaign.cost > 0
    assert campaign.voice_analysis and campaign.voice_analysis.number_of_recipients == 3


async def test_analysis_reports_recipients_and_countries(sim: RouteeSimulator, gateway: RouteeGateway) -> None:
    sim.groups["VIP"] = ["+306900000002", "+306977663127"]
    draft = make_draft()
    draft.audience = Audience(groups=["VIP"])
    analysis = await gateway.analyze(draft, NUMBERS)
    assert analysis.number_of_recipients == 4
    assert analysis.recipient_countries == {"+306977663127": "GR", "+447123123456": "GB",
                                            "+32470123456": "BE", "+306900000002": "GR"}
    assert analysis.recipients_per_country == {"GR": 2, "GB": 1, "BE": 1}
    # per group: everyone callable in it (§3.3); the total leaves out numbers given in `to`
    assert analysis.recipients_per_group == {"VIP": 2} and analysis.total_in_groups == 1
    assert sim.campaigns == {}  # analysis creates nothing


async def test_analysis_leaves_blacklisted_contacts_out(sim: RouteeSimulator, gateway: RouteeGateway) -> None:
    draft = make_draft()
    draft.audience = Audience(contacts=["sandbox-contact-1", "sandbox-contact-3"],
                              groups=["Sandbox - 5 people", "Sandbox - 30 people"])
    analysis = await gateway.analyze(draft, [])
    assert analysis.contacts is not None
    assert analysis.contacts["sandbox-contact-3"]["blacklisted"] is True
    assert analysis.contacts["sandbox-contact-1"]["blacklisted"] is False
    assert analysis.recipients_per_group == {"Sandbox - 5 people": 4, "Sandbox - 30 people": 30}
    assert analysis.total_in_groups == 33  # contact 1 is given explicitly, contact 3 is blacklisted
    assert analysis.number_of_recipients == 34


async def test_a_campaign_to_blacklisted_contacts_only_has_no_recipients(sim: RouteeSimulator,
                                                                      gateway: RouteeGateway) -> None:
    draft = make_draft()
    draft.audience = Audience(contacts=["sandbox-contact-3"], groups=["Sandbox - empty"])
    with pytest.raises(errors.ValidationFailed) as info:
        await gateway.analyze(draft, [])
    assert info.value.provider_code == "400009004"


async def test_delete_only_scheduled_campaigns(sim: RouteeSimulator, gateway: RouteeGateway) -> None:
    later = make_draft(schedule=Schedule(send_at=datetime.now(UTC) + timedelta(days=1)))
    scheduled = await gateway.create_campaign(later, "Later", NUMBERS)
    await gateway.cancel_campaign(scheduled)
    assert sim.campaigns[scheduled].deleted
    with pytest.raises(errors.NotFound) as gone:
        await gateway.campaign_status(scheduled)
    assert gone.value.provider_code == "404009001"

    now = await gateway.create_campaign(make_draft(), "Now", NUMBERS)
    with pytest.raises(errors.ValidationFailed) as running:
        await gateway.cancel_campaign(now)
    assert running.value.provider_code == "400009002" and not sim.campaigns[now].deleted
    with pytest.raises(errors.NotFound):
        await gateway.client.delete_campaign("00000000-0000-4000-8000-000000000000")


async def test_campaign_trackings_are_read_across_all_pages(sim: RouteeSimulator, gateway: RouteeGateway) -> None:
    numbers = [f"+3069{i:08d}" for i in range(45)]
    tracking_id = await gateway.create_campaign(make_draft(), "Paged", numbers)
    first = await gateway.client.campaign_trackings_page(tracking_id, page=0, size=20)
    assert first.total_elements == 45 and first.total_pages == 3 and first.first and not first.last
    assert set(first.model_dump(by_alias=True)) >= PAGE_FIELDS
    before = len(sim.requests)
    trackings = await gateway.client.campaign_trackings(tracking_id, size=20)
    assert len(sim.requests) - before == 3
    assert sorted(t.to for t in trackings) == sorted(numbers)
    assert len({t.message_id for t in trackings}) == 45
    for t in trackings:
        assert set(t.model_dump(by_alias=True, exclude_none=True)) <= TRACKING_FIELDS and not t.model_extra
    ordered = await gateway.client.campaign_trackings_page(tracking_id, size=5, sort="to,desc")
    assert [t.to for t in ordered.content] == sorted(numbers, reverse=True)[:5]


async def test_progress_over_time_with_durations_and_dtmf(sim: RouteeSimulator, gateway: RouteeGateway) -> None:
    sim.outcomes = {"Completed": 1.0}
    numbers = [f"+3069{i:08d}" for i in range(10)]
    tracking_id = await gateway.create_campaign(make_draft(collect_dtmf=True, dtmf_wait_seconds=4), "Dtmf", numbers)
    assert (await gateway.campaign_status(tracking_id)).state is CampaignState.QUEUED
    seen: dict[str, list[str]] = {}
    states = []
    for _ in range(40):
        status = await gateway.campaign_status(tracking_id)
        states.append(status.state)
        for t in await gateway.client.campaign_trackings(tracking_id):
            history = seen.setdefault(t.message_id or "", [])
            if not history or history[-1] != t.status.status:  # type: ignore[union-attr]
                history.append(t.status.status)  # type: ignore[union-attr]
        sim.clock.advance(1.0)
    assert states[0] is CampaignState.QUEUED and CampaignState.RUNNING in states
    assert states[-1] is CampaignState.COMPLETED
    for history in seen.values():
        assert [PROGRESS.index(s) for s in history] == sorted(PROGRESS.index(s) for s in history)
        assert history[-1] == "Completed"
    one = await gateway.client.message_tracking(next(iter(seen)))
    assert one.status and one.status.status == "Completed"
    assert one.duration and one.duration >= 4 and one.price and one.price > 0
    assert isinstance(one.collected_tones, str)


async def test_outcomes_are_deterministic_from_the_seed() -> None:
    results = []
    for _ in range(2):
        sim = RouteeSimulator(seed=42)
        gw = routee_gateway(SANDBOX_APP_ID, SANDBOX_SECRET, transport=SandboxTransport(sim))
        tid = await gw.create_campaign(make_draft(), "Seeded", [f"+3069{i:08d}" for i in range(30)])
        sim.clock.advance(600)
        results.append((tid, (await gw.campaign_status(tid)).counts))
        await gw.aclose()
    assert results[0] == results[1]
    assert {"Completed", "NoAnswer"} <= set(results[0][1])


async def test_filtered_tracking_search(sim: RouteeSimulator, gateway: RouteeGateway) -> None:
    sim.outcomes = {"Busy": 1.0}
    busy = await gateway.create_campaign(make_draft(), "Busy ones", NUMBERS)
    sim.outcomes = {"Completed": 1.0}
    await gateway.create_campaign(make_draft(), "Good ones", NUMBERS[:2])
    sim.clock.advance(300)
    search = gateway.client.search_trackings
    by_status = await search([TrackingFilter(field_name="status.status", search_term="Busy")])
    assert len(by_status) == 3 and {t.campaign for t in by_status} == {"Busy ones"}
    by_recipient = await search([TrackingFilter(field_name="recipient", search_operator="starts_with",
                                                search_term="+30")])
    assert len(by_recipient) == 2
    in_campaign = await search([TrackingFilter(field_name="country", search_term="GB")], campaign_tracking_id=busy)
    assert [t.to for t in in_campaign] == ["+447123123456"]
    future = datetime.now(UTC) + timedelta(days=2)
    assert await search(date_from=future, date_to=future + timedelta(days=1)) == []
    assert len(await search(size=2)) == 5  # all pages


async def test_find_campaign_by_reference(sim: RouteeSimulator, gateway: RouteeGateway) -> None:
    ref = new_reference("Lookup")
    assert await gateway.find_campaign(ref) is None
    await gateway.create_campaign(make_draft(), ref, NUMBERS)
    await gateway.create_campaign(make_draft(), new_reference("Lookup"), NUMBERS)
    found = await gateway.find_campaign(ref)
    assert found == NAME_REF_PREFIX + ref
    sim.clock.advance(600)
    status = await gateway.campaign_status(found)
    assert status.total == 3 and status.state is CampaignState.COMPLETED


async def test_audio_campaign_and_sandbox_account_in_process() -> None:
    sim = RouteeSimulator(seed=3)
    gw = routee_gateway(SANDBOX_APP_ID, SANDBOX_SECRET, transport=SandboxTransport(sim))
    await gw.check_credentials()
    draft = make_draft()
    draft.message = AudioFile(url="https://cdn.example.com/hello.wav")
    tid = await gw.create_campaign(draft, "Audio", NUMBERS[:1])
    assert sim.campaigns[tid].request["fileURL"] == "https://cdn.example.com/hello.wav"
    tracking = (await gw.client.campaign_trackings(tid))[0]
    assert tracking.file_url == "https://cdn.example.com/hello.wav" and tracking.message is None
    await gw.aclose()


async def test_wrong_credentials_say_check_your_credentials(server: LoopbackServer, sleeps: Sleeps) -> None:
    gw = make_gateway(server, sleeps, secret="wrong")
    with pytest.raises(errors.AuthenticationFailed) as info:
        await gw.check_credentials()
    assert "Check the application id and secret" in info.value.user_message
    assert info.value.provider_code == "unauthorized" and "wrong" not in info.value.support_details()
    await gw.aclose()


@pytest.mark.parametrize("reason", ["revoke", "expire"])
async def test_401_mid_session_refreshes_once_silently(
    sim: RouteeSimulator, gateway: RouteeGateway, reason: str
) -> None:
    tid = await gateway.create_campaign(make_draft(), "Refresh", NUMBERS)
    sim.revoke_tokens() if reason == "revoke" else sim.expire_tokens()
    status = await gateway.campaign_status(tid)
    assert status.total == 3
    assert sim.token_requests() == 2


async def test_second_401_becomes_authentication_failed(sim: RouteeSimulator, gateway: RouteeGateway) -> None:
    sim.token_lifetime = 0  # every token the server issues is already expired
    with pytest.raises(errors.AuthenticationFailed) as info:
        await gateway.find_campaign("Anything")
    assert sim.token_requests() == 2
    assert info.value.status == 401 and info.value.provider_code == "invalid_token"


async def test_documented_limits_at_the_boundary_pass_client_and_simulator(
    sim: RouteeSimulator, gateway: RouteeGateway
) -> None:
    from app.domain.message import SpokenText

    draft = make_draft(sender="+" + "3" * 15, hangup_delay=60)
    draft.message = SpokenText(text="a" * 1000, language="el-GR", gender="male")
    name = "Boundary-" + "x" * 21
    numbers = [f"+3069{i:08d}" for i in range(1000)]
    tid = await gateway.create_campaign(draft, name, numbers)
    sent = sim.campaigns[tid].request
    assert len(sent["from"]) == 16 and len(sent["to"]) == 1000 and len(sent["name"]) == 30
    assert len(sent["message"]["text"]) == 1000 and sent["message"]["gender"] == "male"


async def test_message_callbacks_follow_the_strategy(sim: RouteeSimulator, gateway: RouteeGateway) -> None:
    from app.domain.delivery import Callback

    sim.outcomes = {"Completed": 1.0}
    every = make_draft(message_callback=Callback(url="https://hooks.example/a", strategy="OnChange"))
    final = make_draft(message_callback=Callback(url="https://hooks.example/b", strategy="OnCompletion"))
    await gateway.create_campaign(every, "Every change", NUMBERS[:1])
    await gateway.create_campaign(final, "Only final", NUMBERS[:1])
    sim.clock.advance(300)
    calls = sim.message_callbacks()
    on_change = [p["status"]["name"] for url, p in calls if url.endswith("/a")]
    assert on_change == PROGRESS
    on_completion = [p for url, p in calls if url.endswith("/b")]
    assert [p["status"]["name"] for p in on_completion] == ["Completed"]
    documented = {"messageId", "campaignTrackingId", "to", "groups", "campaignName", "from", "country",
                  "applicationName", "price", "originatingService", "status", "direction", "audioMessage",
                  "fileURL", "hangupDelay", "respectQuietHours", "duration", "createdAt", "chargeInterval"}
    assert set(on_completion[0]) <= documented and on_completion[0]["audioMessage"]["language"] == "en-US"


async def test_sandbox_account_transport() -> None:
    from app.providers.sandbox.routee import sandbox_transport

    transport = sandbox_transport(speed=60)
    gw = routee_gateway(SANDBOX_APP_ID, SANDBOX_SECRET, transport=transport)
    tid = await gw.create_campaign(make_draft(), "Sandbox", NUMBERS)
    assert tid in transport.simulator.campaigns  # type: ignore[attr-defined]
    await gw.aclose()


async def test_single_object_filter_override(sim: RouteeSimulator, server: LoopbackServer, sleeps: Sleeps) -> None:
    from app.providers.unconfirmed import DEFAULT_NAMES

    names = DEFAULT_NAMES.with_overrides({"routee_tracking_filter_is_array": False})
    gw = make_gateway(server, sleeps, names=names)
    ref = new_reference("Single")
    await gw.create_campaign(make_draft(), ref, NUMBERS)
    assert await gw.find_campaign(ref) == NAME_REF_PREFIX + ref
    await gw.aclose()
