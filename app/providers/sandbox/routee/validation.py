"""Validation of Routee campaign and analysis bodies: recipients (to, contacts, groups), message
fields, unknown fields and campaign options, refused with the API's codes."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit


from app.providers.sandbox.routee.base import RouteeBase
from app.providers.sandbox.routee.constants import (
    BAD_FIELD,
    CONTACT_NOT_FOUND,
    EMPTY_RECIPIENTS,
    LANGUAGES,
    MAX_PER_KIND,
    NAME_RE,
    NO_RECIPIENTS_OR_SENDER,
    SENDER_RE,
)
from app.providers.sandbox.routee.errors import Reject, reject_field
from app.providers.sandbox.routee.fields import country_of, json_bool, parse_date


class CampaignValidation(RouteeBase):
    """Reads a campaign body as Routee does and refuses what Routee refuses."""

    @staticmethod
    def _json(body: bytes) -> Any:
        try:
            return json.loads(body.decode("utf-8")) if body else None
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise Reject(400, BAD_FIELD, "Malformed JSON request body") from None

    def _recipients(self, data: dict[str, Any]) -> tuple[list[tuple[str, list[str]]], int]:
        """Validate `from`, `to`, `contacts`, `groups`; the unique numbers (with their groups)."""
        sender = data.get("from")
        if not isinstance(sender, str) or not SENDER_RE.match(sender):
            raise reject_field("from", "Sender is missing or invalid (numeric, up to 16 characters)",
                       NO_RECIPIENTS_OR_SENDER)
        kinds: dict[str, list[str]] = {}
        for kind in ("to", "contacts", "groups"):
            value = data.get(kind)
            if value is None:
                continue
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise reject_field(kind, f"'{kind}' must be an array of strings")
            if len(value) > MAX_PER_KIND:
                raise reject_field(kind, f"'{kind}' accepts at most {MAX_PER_KIND} entries")
            kinds[kind] = value
        if not any(kinds.values()):
            raise reject_field("to", "No recipients: give 'to', 'contacts' or 'groups'", NO_RECIPIENTS_OR_SENDER)
        invalid = [n for n in kinds.get("to", []) if country_of(n) is None]
        if invalid:
            raise reject_field("to", "Invalid recipients: " + ", ".join(invalid), NO_RECIPIENTS_OR_SENDER)
        seen: dict[str, list[str]] = {}
        for number in kinds.get("to", []):
            seen.setdefault(number, [])
        for contact in kinds.get("contacts", []):
            if contact not in self.contacts:
                raise Reject(404, CONTACT_NOT_FOUND, f"Contact {contact} does not exist",
                              {"contacts": f"Contact {contact} does not exist"})
            if self.contacts[contact] not in self.blacklist:
                seen.setdefault(self.contacts[contact], [])
        for group in kinds.get("groups", []):
            for number in self.groups.get(group, []):
                if country_of(number) is not None and number not in self.blacklist:
                    seen.setdefault(number, []).append(group)
        if not seen:
            raise Reject(400, EMPTY_RECIPIENTS, "Campaign has no recipients")
        return list(seen.items()), len(seen)

    @staticmethod
    def _message_fields(data: dict[str, Any], required: bool) -> None:
        has_file, has_msg = data.get("fileURL") is not None, data.get("message") is not None
        if has_file and has_msg:
            raise reject_field("fileURL", "Give either 'fileURL' or 'message', not both")
        if required and not (has_file or has_msg):
            raise reject_field("message", "Give 'fileURL' or 'message'")
        if has_file:
            url = data["fileURL"]
            parts = urlsplit(url) if isinstance(url, str) else None
            if parts is None or parts.scheme not in ("http", "https") or not parts.path.lower().endswith(".wav"):
                raise reject_field("fileURL", "'fileURL' must be the address of a .wav file")
        if has_msg:
            msg = data["message"]
            if not isinstance(msg, dict):
                raise reject_field("message", "'message' must be an object")
            extra = set(msg) - {"text", "language", "gender"}
            if extra:
                raise reject_field(f"message.{sorted(extra)[0]}", f"Unknown field 'message.{sorted(extra)[0]}'")
            text = msg.get("text")
            if not isinstance(text, str) or not text.strip():
                raise reject_field("message.text", "'message.text' is required")
            if len(text) > 1000:
                raise reject_field("message.text", "'message.text' must be at most 1000 characters")
            if msg.get("language") not in LANGUAGES:
                raise reject_field("message.language", "'message.language' is missing or not supported")
            if msg.get("gender") is not None and msg["gender"] not in ("male", "female"):
                raise reject_field("message.gender", "'message.gender' must be 'male' or 'female'")

    @staticmethod
    def _unknown_fields(data: Any, allowed: frozenset[str]) -> dict[str, Any]:
        if not isinstance(data, dict):
            raise Reject(400, BAD_FIELD, "The request body must be a JSON object")
        extra = sorted(set(data) - allowed)
        if extra:
            raise reject_field(extra[0], f"Unknown field '{extra[0]}'")
        return data

    def _campaign_options(self, data: dict[str, Any]) -> datetime | None:
        name = data.get("name")
        if name is not None and (not isinstance(name, str) or not NAME_RE.match(name)):
            raise reject_field("name", "'name' must be 2 to 30 Latin letters, digits, spaces or '-'")
        for key in ("respectQuietHours", "ignoreDnd", "collectDtmfDigits"):
            if key in data and json_bool(data[key]) is None:
                raise reject_field(key, f"'{key}' must be a boolean")
        delay = data.get("hangupDelay")
        if delay is not None and (isinstance(delay, bool) or not isinstance(delay, int | float) or not 1 <= delay <= 60):
            raise reject_field("hangupDelay", "'hangupDelay' must be a number of seconds from 1 to 60")
        wait = data.get("collectDtmfAwaitSeconds")
        if wait is not None and (isinstance(wait, bool) or not isinstance(wait, int | float) or not 0 <= wait <= 60):
            raise reject_field("collectDtmfAwaitSeconds", "'collectDtmfAwaitSeconds' must be a number from 0 to 60")
        for key in ("callback", "campaignCallback"):
            cb = data.get(key)
            if cb is None:
                continue
            if not isinstance(cb, dict) or set(cb) - {"url", "strategy"}:
                raise reject_field(key, f"'{key}' must be an object with 'url' and 'strategy'")
            url = cb.get("url")
            if not isinstance(url, str) or urlsplit(url).scheme not in ("http", "https") or not urlsplit(url).netloc:
                raise reject_field(f"{key}.url", f"'{key}.url' must be an http(s) address")
            if cb.get("strategy") not in ("OnChange", "OnCompletion"):
                raise reject_field(f"{key}.strategy", f"'{key}.strategy' must be OnChange or OnCompletion")
        scheduled = data.get("scheduledDate")
        if scheduled is None:
            return None
        parsed = parse_date(scheduled) if isinstance(scheduled, str) else None
        if parsed is None:
            raise reject_field("scheduledDate", "'scheduledDate' must be ISO-8601 with a time zone (YYYY-MM-DDThh:mm:ssZ)")
        return parsed if parsed > self.clock.now() else None
