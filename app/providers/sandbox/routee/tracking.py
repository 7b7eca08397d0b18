"""Routee tracking: each message's tracking at the simulated time, the paged and searched lists and
the callbacks Routee would post."""

from __future__ import annotations

import math
from datetime import datetime
from typing import Any

import httpx

from app.providers.sandbox.core import json_response
from app.providers.sandbox.routee.base import RouteeBase
from app.providers.sandbox.routee.constants import (
    BAD_FIELD,
    CAMPAIGN_NOT_FOUND,
    FILTER_FIELDS,
    FINAL,
    MAX_PAGE_SIZE,
    OPERATORS,
    SANDBOX_APP_NAME,
    TRACKING_NOT_FOUND,
)
from app.providers.sandbox.routee.errors import Reject, reject_field
from app.providers.sandbox.routee.fields import json_bool, parse_date, to_iso
from app.providers.sandbox.routee.model import SimCampaign, SimMessage


class Tracking(RouteeBase):
    """Reads campaigns and messages at the simulated time; nothing here changes them."""

    def _callback_json(self, campaign: SimCampaign, message: SimMessage, at: datetime,
                       status: str) -> dict[str, Any]:
        data = campaign.request
        app = self.applications.get(campaign.app_id)
        out: dict[str, Any] = {"messageId": message.message_id, "campaignTrackingId": campaign.tracking_id,
                               "to": message.to, "groups": message.groups}
        if campaign.name is not None:
            out["campaignName"] = campaign.name
        out.update({"from": data["from"], "country": message.country,
                    "applicationName": app.name if app else SANDBOX_APP_NAME,
                    "price": message.price if status == "Completed" else 0, "originatingService": "Voice",
                    "status": {"name": status, "updatedDate": to_iso(at)}, "direction": "Outbound"})
        if data.get("message") is not None:
            out["audioMessage"] = data["message"]
        if data.get("fileURL") is not None:
            out["fileURL"] = data["fileURL"]
        if data.get("hangupDelay") is not None:
            out["hangupDelay"] = data["hangupDelay"]
        out.update({"respectQuietHours": bool(json_bool(data.get("respectQuietHours"))),
                    "duration": message.duration if status == "Completed" else 0,
                    "createdAt": to_iso(message.created_at), "chargeInterval": 1})
        return out

    def _tracking_json(self, campaign: SimCampaign, message: SimMessage, now: datetime) -> dict[str, Any]:
        status, since = message.status_at(now)
        data = campaign.request
        app = self.applications.get(campaign.app_id)
        out: dict[str, Any] = {"messageId": message.message_id, "to": message.to, "from": data["from"]}
        if message.groups:
            out["groups"] = message.groups
        out["country"] = message.country
        out["status"] = {"date": to_iso(since), "status": status}
        if campaign.name is not None:
            out["campaign"] = campaign.name
        out["applicationName"] = app.name if app else SANDBOX_APP_NAME
        out["originatingService"] = "Voice"
        out["direction"] = "Outbound"
        final = status in FINAL
        out["duration"] = message.duration if final and status == "Completed" else 0
        if data.get("fileURL") is not None:
            out["fileURL"] = data["fileURL"]
        if data.get("message") is not None:
            out["message"] = data["message"]
        out["price"] = message.price if final and status == "Completed" else 0
        out["chargeInterval"] = 1
        if message.collected_tones is not None and status == "Completed":
            out["collectedTones"] = message.collected_tones
        out["recordings"] = []
        return out

    def _live(self) -> list[tuple[SimCampaign, SimMessage]]:
        return [(c, m) for c in self.campaigns.values() if not c.deleted for m in c.messages]

    @staticmethod
    def _paging(query: dict[str, str]) -> tuple[int, int, str | None]:
        try:
            page = int(query.get("page", "0") or 0)
            size = int(query.get("size", "20") or 20)
        except ValueError:
            raise reject_field("page", "'page' and 'size' must be whole numbers") from None
        if page < 0 or size < 1:
            raise reject_field("page", "'page' must be 0 or more and 'size' 1 or more")
        return page, min(size, MAX_PAGE_SIZE), query.get("sort") or None

    def _page(self, items: list[dict[str, Any]], query: dict[str, str]) -> httpx.Response:
        page, size, sort = self._paging(query)
        if sort:
            key, _, direction = sort.partition(",")
            getters = {"to": lambda i: i["to"], "messageId": lambda i: i["messageId"],
                       "duration": lambda i: i["duration"], "status.date": lambda i: i["status"]["date"],
                       "status.status": lambda i: i["status"]["status"]}
            if key in getters:
                items = sorted(items, key=getters[key], reverse=direction.lower() == "desc")
        total = len(items)
        total_pages = math.ceil(total / size) if total else 0
        content = items[page * size:(page + 1) * size]
        return json_response(200, {"content": content, "first": page == 0,
                                   "last": page >= total_pages - 1, "number": page,
                                   "numberOfElements": len(content), "size": size,
                                   "totalElements": total, "totalPages": total_pages})

    def _campaign_trackings(self, tracking_id: str, query: dict[str, str]) -> httpx.Response:
        campaign = self.campaigns.get(tracking_id)
        if campaign is None or campaign.deleted:
            raise Reject(404, CAMPAIGN_NOT_FOUND, "Campaign with this tracking id does not exist")
        now = self.clock.now()
        return self._page([self._tracking_json(campaign, m, now) for m in campaign.messages], query)

    def _message(self, message_id: str) -> httpx.Response:
        now = self.clock.now()
        for campaign, message in self._live():
            if message.message_id == message_id:
                return json_response(200, self._tracking_json(campaign, message, now))
        raise Reject(404, TRACKING_NOT_FOUND, "Tracking not found")

    def _search(self, data: Any, query: dict[str, str]) -> httpx.Response:
        filters = [data] if isinstance(data, dict) else (data or [])
        if not isinstance(filters, list):
            raise Reject(400, BAD_FIELD, "The filter must be an array of {fieldName, searchTerm}")
        for f in filters:
            if not isinstance(f, dict) or set(f) - {"fieldName", "searchOperator", "searchTerm"}:
                raise Reject(400, BAD_FIELD, "Each filter is an object of fieldName, searchOperator, searchTerm")
            if f.get("fieldName") not in FILTER_FIELDS:
                raise reject_field("fieldName", "'fieldName' is missing or not a filterable field")
            if not isinstance(f.get("searchTerm"), str):
                raise reject_field("searchTerm", "'searchTerm' is required")
            if f.get("searchOperator", "is") not in OPERATORS:
                raise reject_field("searchOperator", "'searchOperator' is not supported")
        bounds: dict[str, datetime] = {}
        for key in ("from", "to"):
            if query.get(key):
                parsed = parse_date(query[key])
                if parsed is None:
                    raise reject_field(key, f"'{key}' must be an ISO-8601 date-time with a time zone")
                bounds[key] = parsed
        now = self.clock.now()
        items = []
        names = {f["searchTerm"] for f in filters
                 if f["fieldName"] == "campaign" and f.get("searchOperator", "is") == "is"}
        for campaign, message in self._live():
            if names and (len(names) > 1 or campaign.name not in names):
                continue  # fast path for the lookup by name; the full match below still applies
            if query.get("trackingId") and campaign.tracking_id != query["trackingId"]:
                continue
            if "from" in bounds and message.created_at < bounds["from"]:
                continue
            if "to" in bounds and message.created_at > bounds["to"]:
                continue
            item = self._tracking_json(campaign, message, now)
            if all(_matches(item, f) for f in filters):
                items.append(item)
        return self._page(items, query)


def _matches(item: dict[str, Any], f: dict[str, Any]) -> bool:
    name = f["fieldName"]
    values: list[str]
    if name == "id":
        values = [item["messageId"]]
    elif name == "recipient":
        values = [item["to"]]
    elif name == "status.status":
        values = [item["status"]["status"]]
    elif name == "groups":
        values = list(item.get("groups") or [])
    else:
        value = item.get(name)
        values = [] if value is None else [str(value)]
    term, op = f["searchTerm"], f.get("searchOperator", "is")
    tests = {"is": lambda v: v == term, "is_not": lambda v: v != term, "contains": lambda v: term in v,
             "starts_with": lambda v: v.startswith(term), "ends_with": lambda v: v.endswith(term)}
    if op == "is_not":
        return all(tests[op](v) for v in values)
    return any(tests[op](v) for v in values)
