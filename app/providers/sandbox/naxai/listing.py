"""Paged lists of the Naxai simulator: broadcasts and a broadcast's recipients (with filters)."""

from __future__ import annotations

import math
from typing import Any

import httpx

from app.providers.sandbox.core import json_response
from app.providers.sandbox.naxai.errors import ApiError
from app.providers.sandbox.naxai.model import SimBroadcast
from app.providers.sandbox.naxai.progress import BroadcastProgress


class Listing(BroadcastProgress):
    """page/pageSize checks and the API's pagination block with first/next/previous/last links."""

    @staticmethod
    def _paging(query: dict[str, str], size_names: tuple[str, ...] = ("pageSize",)) -> tuple[int, int]:
        try:
            page = int(query.get("page", "1"))
            size_raw = next((query[k] for k in size_names if k in query), "25")
            size = int(size_raw)
        except ValueError as exc:
            raise ApiError(400, "validation_error", "page and pageSize must be integers.",
                           [{"field": "page", "message": "an integer"}]) from exc
        if page < 1:
            raise ApiError(400, "validation_error", "page must be 1 or more.", [{"field": "page", "message": ">= 1"}])
        if not 1 <= size <= 100:
            raise ApiError(400, "validation_error", "pageSize must be from 1 to 100.",
                           [{"field": "pageSize", "message": "1..100"}])
        return page, size

    @staticmethod
    def _page(items: list[Any], page: int, size: int, request: httpx.Request) -> dict[str, Any]:
        total = len(items)
        chunk = items[(page - 1) * size: page * size]
        pages = max(1, math.ceil(total / size))

        def link(p: int) -> str:
            return str(request.url.copy_merge_params({}).copy_set_param("page", p))

        remaining = max(0, total - (page - 1) * size - len(chunk))
        return {"items": chunk, "pagination": {
            "page": page, "pageSize": size, "totalRecord": total, "returnedRecord": len(chunk),
            "remainingRecord": remaining, "totalPage": pages, "first": link(1),
            "next": link(page + 1) if remaining else None, "last": link(pages),
            "previous": link(page - 1) if page > 1 else None}}

    def _list_broadcasts(self, query: dict[str, str], request: httpx.Request) -> httpx.Response:
        page, size = self._paging(query)
        items = [self._list_item(b) for b in sorted(self.broadcasts.values(), key=lambda b: b.created_at)]
        return json_response(200, self._page(items, page, size, request))

    def _list_recipients(self, b: SimBroadcast, query: dict[str, str], request: httpx.Request) -> httpx.Response:
        page, size = self._paging(query, ("pageSize", "pagesize", "page_size"))
        items = []
        for r, v in self._views(b):
            item = self._recipient_json(b, r, v)
            if query.get("phone") and item["phone"] != query["phone"]:
                continue
            if query.get("completed") in ("true", "false") and item["completed"] != (query["completed"] == "true"):
                continue
            if query.get("status") and item["status"] != query["status"]:
                continue
            items.append(item)
        return json_response(200, self._page(items, page, size, request))
