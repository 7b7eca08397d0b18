"""A request the simulated Routee refuses, as the API's `{code, developerMessage, properties}` answer."""

from __future__ import annotations

from app.providers.sandbox.core import json_response
from app.providers.sandbox.routee.constants import BAD_FIELD


class Reject(Exception):
    """A request the simulated Routee refuses: status, 9-digit code, message, field at fault."""

    def __init__(self, status: int, code: str, message: str, properties: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.response = json_response(status, {"code": code, "developerMessage": message,
                                               **({"properties": properties} if properties else {})})


def reject_field(field_name: str, message: str, code: str = BAD_FIELD) -> Reject:
    """A 400 refusal naming the field at fault."""
    return Reject(400, code, message, {field_name: message})
