"""An error answer of the Naxai simulator, in the API's `{error: {code, message, details}}` shape."""

from __future__ import annotations

from typing import Any

import httpx

from app.providers.sandbox.core import json_response


class ApiError(Exception):
    """An error answer: status, code, message and details (a list of `{field, message}`)."""

    def __init__(self, status: int, code: str, message: str, details: Any = None,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.details, self.headers = status, code, message, details, headers

    def response(self) -> httpx.Response:
        """This error as the HTTP answer the real API gives."""
        body = {"error": {"code": self.code, "message": self.message, "details": self.details}}
        return json_response(self.status, body, self.headers)
