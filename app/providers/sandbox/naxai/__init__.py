"""A faithful simulator of Naxai Voice Broadcasts (naxai-voice-broadcast.md): OAuth2 token,
X-Version, validation with `{error: {code, message, details}}`, the broadcast lifecycle over
simulated time, recipients and call attempts, metrics, segments, calendars and rate limits.

Deterministic from `seed`. Special numbers: ending in `0009` always busy, in `0008` never
answered; numbers starting with `0` (no country code) are `invalid`. Calendars postpone the start
of a broadcast to the next open time (not each call). Unconfirmed names follow `names`.

One job a module: constants, errors, model (what is kept), auth, validation, lifecycle, progress,
listing, segments, calendars; simulator joins them and routes requests; gateway is the Sandbox
account.
"""

from __future__ import annotations

from app.providers.sandbox.naxai.constants import (
    CALENDAR_ALWAYS,
    CALENDAR_OFFICE,
    INPUT_KEYS,
    KEYS,
    KNOWN_VERSIONS,
    LANGUAGES,
    SANDBOX_CLIENT_ID,
    SANDBOX_CLIENT_SECRET,
    SANDBOX_SENDER,
    SEGMENT_BUILDING,
    SEGMENT_LARGE,
    SEGMENT_MEDIUM,
    SEGMENT_SMALL,
    STARTUP_SECONDS,
    TRANSITION_SECONDS,
    UUID_RE,
    VERSION_RE,
)
from app.providers.sandbox.naxai.errors import ApiError
from app.providers.sandbox.naxai.gateway import naxai_sandbox_gateway
from app.providers.sandbox.naxai.model import SimAttempt, SimBroadcast, SimRecipient
from app.providers.sandbox.naxai.simulator import NaxaiSimulator, RateLimit

__all__ = [
    "CALENDAR_ALWAYS",
    "CALENDAR_OFFICE",
    "INPUT_KEYS",
    "KEYS",
    "KNOWN_VERSIONS",
    "LANGUAGES",
    "SANDBOX_CLIENT_ID",
    "SANDBOX_CLIENT_SECRET",
    "SANDBOX_SENDER",
    "SEGMENT_BUILDING",
    "SEGMENT_LARGE",
    "SEGMENT_MEDIUM",
    "SEGMENT_SMALL",
    "STARTUP_SECONDS",
    "TRANSITION_SECONDS",
    "UUID_RE",
    "VERSION_RE",
    "ApiError",
    "NaxaiSimulator",
    "RateLimit",
    "SimAttempt",
    "SimBroadcast",
    "SimRecipient",
    "naxai_sandbox_gateway",
]
