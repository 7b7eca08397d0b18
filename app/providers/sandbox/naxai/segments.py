"""The Naxai simulator's built-in People segments: their contacts and the segment endpoints."""

from __future__ import annotations

from typing import Any

import httpx

from app.providers.sandbox.core import json_response
from app.providers.sandbox.naxai.base import NaxaiBase
from app.providers.sandbox.naxai.constants import SEGMENT_BUILDING, SEGMENT_LARGE, SEGMENT_MEDIUM, SEGMENT_SMALL
from app.providers.sandbox.naxai.errors import ApiError


class Segments(NaxaiBase):
    """Three ready segments (3, 40 and 250 contacts) and one still building; list and look up."""

    @staticmethod
    def _builtin_segments() -> dict[str, dict[str, Any]]:
        def seg(sid: str, name: str, typ: str, state: str = "ready", desc: str = "") -> dict[str, Any]:
            return {"id": sid, "name": name, "description": desc, "state": state, "predefined": False,
                    "condition": None if typ == "manual" else {"all": [{"attribute": "city", "operator": "eq",
                                                                        "value": "Brussels"}]},
                    "modifiedBy": "sandbox", "modifiedAt": 1767225600000, "type": typ}

        return {s["id"]: s for s in (
            seg(SEGMENT_SMALL, "Sandbox - 3 contacts", "manual", desc="Three test contacts"),
            seg(SEGMENT_MEDIUM, "Sandbox - 40 contacts", "dynamic", desc="Every 10th contact is unsubscribed"),
            seg(SEGMENT_LARGE, "Sandbox - 250 contacts", "dynamic", desc="Includes 2 invalid numbers"),
            seg(SEGMENT_BUILDING, "Sandbox - still building", "dynamic", state="building"),
        )}

    def _segment_phones(self, segment_id: str, *, include_unsubscribed: bool) -> list[tuple[str, str | None]]:
        size = {SEGMENT_SMALL: 3, SEGMENT_MEDIUM: 40, SEGMENT_LARGE: 250, SEGMENT_BUILDING: 10}[segment_id]
        tag = segment_id[-3:]
        out = []
        for i in range(size):
            if not include_unsubscribed and i % 10 == 9:
                continue
            phone = f"0470{tag}{i:04d}" if segment_id == SEGMENT_LARGE and i in (17, 171) else f"32470{tag}{i:04d}"
            out.append((phone, f"contact-{tag}-{i:04d}"))
        return out

    def _segment_json(self, seg: dict[str, Any]) -> dict[str, Any]:
        return dict(seg)

    def _list_segments(self, query: dict[str, str]) -> httpx.Response:
        typ = query.get("type")
        if typ is not None and typ not in ("manual", "dynamic"):
            raise ApiError(400, "validation_error", "type must be manual or dynamic.",
                           [{"field": "type", "message": "manual | dynamic"}])
        exclude = query.get("exclude-predefined")
        if exclude is not None and exclude not in ("true", "false"):
            raise ApiError(400, "validation_error", "exclude-predefined must be true or false.",
                           [{"field": "exclude-predefined", "message": "true | false"}])
        items = [s for s in self.segments.values() if typ is None or s["type"] == typ]
        if exclude == "true":
            items = [s for s in items if not s["predefined"]]
        return json_response(200, items)
