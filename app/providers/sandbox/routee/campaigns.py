"""Routee campaigns: analysis (price, counts), creation with every call planned from the seed, and
deletion of a scheduled campaign."""

from __future__ import annotations

import math
import random
import uuid
from datetime import datetime, timedelta
from typing import Any

import httpx

from app.providers.sandbox.core import ROUTEE_ACCOUNT, ROUTEE_CAMPAIGN, json_response
from app.providers.sandbox.routee.constants import (
    ANALYSIS_FIELDS,
    CAMPAIGN_FIELDS,
    CAMPAIGN_NOT_FOUND,
    NAME_EXISTS,
    NOT_SCHEDULED,
    NO_BALANCE,
)
from app.providers.sandbox.routee.errors import Reject
from app.providers.sandbox.routee.fields import country_of, json_bool, to_iso
from app.providers.sandbox.routee.model import SimCampaign, SimMessage, SimToken
from app.providers.sandbox.routee.validation import CampaignValidation


class Campaigns(CampaignValidation):
    """Creates, prices and deletes campaigns; each message's whole timeline is decided at creation."""

    def _analysis(self, data: Any) -> dict[str, Any]:
        data = self._unknown_fields(data, ANALYSIS_FIELDS)
        self._message_fields(data, required=False)
        recipients, total = self._recipients(data)
        countries = {n: country_of(n) for n, _ in recipients}
        per_country: dict[str, int] = {}
        for c in countries.values():
            per_country[c or "ZZ"] = per_country.get(c or "ZZ", 0) + 1
        explicit = set(data.get("to") or []) | {self.contacts[c] for c in data.get("contacts") or []}
        callable_in = {g: {n for n in self.groups.get(g, []) if country_of(n) is not None and n not in self.blacklist}
                       for g in data.get("groups") or []}
        in_groups = set().union(*callable_in.values()) - explicit if callable_in else set()
        return {"contacts": {c: {"recipient": self.contacts[c], "recipientCountry": country_of(self.contacts[c]),
                                 "blacklisted": self.contacts[c] in self.blacklist}
                             for c in data.get("contacts") or []},
                "numberOfRecipients": total, "recipientCountries": countries,
                "recipientsPerCountry": per_country,
                "recipientsPerGroup": {g: len(numbers) for g, numbers in callable_in.items()},
                "totalInGroups": len(in_groups)}

    def _create(self, data: Any, token: SimToken) -> httpx.Response:
        data = self._unknown_fields(data, CAMPAIGN_FIELDS)
        self._message_fields(data, required=True)
        recipients, total = self._recipients(data)
        scheduled_at = self._campaign_options(data)
        name = data.get("name")
        if name is not None and self.find_by_name(name):
            raise Reject(409, NAME_EXISTS, f"Campaign name '{name}' already exists", {"name": "already exists"})
        cost = round(total * self.price_per_call, 4)
        if self.balance is not None:
            if cost > self.balance:
                raise Reject(400, NO_BALANCE, "Not enough balance")
            self.balance = round(self.balance - cost, 4)
            self._changed(ROUTEE_ACCOUNT, "balance", self.balance)
        now = self.clock.now()
        tracking_id = str(uuid.UUID(int=self._rng.getrandbits(128), version=4))
        while tracking_id in self.campaigns:  # campaigns remembered from an earlier run
            tracking_id = str(uuid.UUID(int=self._rng.getrandbits(128), version=4))
        rng = random.Random(f"{self.seed}:{tracking_id}")
        start = scheduled_at or now
        messages = [self._plan_message(rng, data, number, groups, now, start + timedelta(
            seconds=1 + i * self.pacing_seconds)) for i, (number, groups) in enumerate(recipients)]
        campaign = SimCampaign(tracking_id, data, token.app_id, now, scheduled_at, messages, cost)
        self.campaigns[tracking_id] = campaign
        self._changed(ROUTEE_CAMPAIGN, tracking_id, campaign)
        return json_response(200, self._campaign_json(campaign, data))

    def _plan_message(self, rng: random.Random, data: dict[str, Any], number: str, groups: list[str],
                      created: datetime, start: datetime) -> SimMessage:
        outcome = rng.choices(list(self.outcomes), weights=list(self.outcomes.values()))[0]
        s = lambda seconds: start + timedelta(seconds=seconds)  # noqa: E731
        steps: list[tuple[datetime, str]] = [(created, "Queued"), (s(0), "Initiated")]
        duration, tones = 0, None
        if outcome == "Failed":
            steps.append((s(1), "Failed"))
        else:
            steps.append((s(2), "Ringing"))
            if outcome == "Busy":
                steps.append((s(3), "Busy"))
            elif outcome == "NoAnswer":
                steps.append((s(2 + float(data.get("hangupDelay") or 30)), "NoAnswer"))
            else:
                answered = 2 + rng.uniform(1, 6)
                text = (data.get("message") or {}).get("text") or ""
                duration = max(3, math.ceil(len(text) / 15)) if text else 20
                if json_bool(data.get("collectDtmfDigits")):
                    duration += int(data.get("collectDtmfAwaitSeconds") or 5)
                    tones = rng.choice(["1", "2", "3", "9", "", "12"])
                steps.append((s(answered), "InProgress"))
                steps.append((s(answered + duration), "Completed"))
        return SimMessage(
            message_id=str(uuid.UUID(int=rng.getrandbits(128), version=4)), to=number,
            country=country_of(number) or "ZZ", groups=groups, created_at=created, timeline=steps,
            duration=duration, collected_tones=tones, price=round(duration * self.price_per_second, 4),
        )

    def _campaign_json(self, campaign: SimCampaign, data: dict[str, Any]) -> dict[str, Any]:
        now = self.clock.now()
        out: dict[str, Any] = {"trackingId": campaign.tracking_id, "type": "Voice",
                               "state": campaign.state_at(now), "createdAt": to_iso(campaign.created_at)}
        if campaign.scheduled_at is not None:
            out["scheduledDate"] = to_iso(campaign.scheduled_at)
        if campaign.name is not None:
            out["campaignName"] = campaign.name
        for key in ("from", "to", "contacts", "groups", "fileURL", "message", "hangupDelay",
                    "callback", "campaignCallback", "collectDtmfAwaitSeconds"):
            if data.get(key) is not None:
                out[key] = data[key]
        out["respectQuietHours"] = bool(json_bool(data.get("respectQuietHours")))
        if data.get("collectDtmfDigits") is not None:
            out["collectDtmfDigits"] = bool(json_bool(data["collectDtmfDigits"]))
        out["cost"] = campaign.cost
        out["statuses"] = campaign.statuses_at(now)
        analysis = {k: v for k, v in self._analysis({k: data[k] for k in ANALYSIS_FIELDS if k in data}).items()}
        out["voiceAnalysis"] = analysis
        return out

    def _delete(self, tracking_id: str) -> httpx.Response:
        campaign = self.campaigns.get(tracking_id)
        if campaign is None or campaign.deleted:
            raise Reject(404, CAMPAIGN_NOT_FOUND, "Campaign with this tracking id does not exist")
        if campaign.state_at(self.clock.now()) != "Scheduled":
            raise Reject(400, NOT_SCHEDULED, "Campaign status is not Scheduled")
        campaign.deleted = True
        self._changed(ROUTEE_CAMPAIGN, tracking_id, campaign)
        return httpx.Response(204)
