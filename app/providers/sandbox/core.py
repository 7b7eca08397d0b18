"""What every simulator shares: the request handler protocol and fault application.

A simulator is an object with `async handle(request: httpx.Request) -> httpx.Response`; it is
reached through `SandboxTransport` in-process or `LoopbackServer` over a socket, and both apply
the same `FaultPlan` through `run_with_faults`.
"""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass
from typing import Any, Protocol

import httpx

from app.providers.sandbox.faults import FaultKind, FaultPlan


class Simulator(Protocol):
    async def handle(self, request: httpx.Request) -> httpx.Response: ...


# What a simulator reports to its StateSink (the rows of the Sandbox's state file, see snapshot.py).
ROUTEE_CAMPAIGN = "routee.campaign"  # a SimCampaign, with its messages
ROUTEE_ACCOUNT = "routee.account"  # key "balance": the remaining balance
NAXAI_BROADCAST = "naxai.broadcast"  # a broadcast's configuration and lifecycle (small)
NAXAI_PHONES = "naxai.phones"  # its (phone, contactId) pairs, on create/update
NAXAI_RECIPIENTS = "naxai.recipients"  # its planned calls, once on start


class StateSink(Protocol):
    """Where a simulator reports each change it must remember across restarts (the Sandbox account's file)."""

    def changed(self, kind: str, key: str, obj: Any) -> None:
        """`obj` of `kind` was created or changed (None: deleted); called under the simulator's lock."""

    async def answered(self) -> None:
        """Called before each answer leaves: waits until the changes reported so far are stored."""


class ConnectionDropped(Exception):
    """Raised by `run_with_faults` when the connection must be dropped; `processed` says whether
    the simulator did the work first (a lost response)."""

    def __init__(self, processed: bool) -> None:
        super().__init__("connection dropped by fault injection")
        self.processed = processed


def json_response(status: int, body: Any, headers: dict[str, str] | None = None) -> httpx.Response:
    """A JSON response with the given status."""
    return httpx.Response(
        status,
        content=json.dumps(body).encode(),
        headers={"Content-Type": "application/json", **(headers or {})},
    )


@dataclass
class RateLimitHeaders:
    limit: int = 20
    window_seconds: int = 60


async def run_with_faults(
    simulator: Simulator, request: httpx.Request, plan: FaultPlan | None
) -> httpx.Response:
    """Handle a request through the simulator, applying the plan's faults in order."""
    fired = plan.pick(request.method, request.url.path) if plan else []
    for fault in fired:
        if fault.kind is FaultKind.LATENCY:
            await asyncio.sleep(fault.seconds)
    for fault in fired:
        if fault.kind is FaultKind.RESET_BEFORE:
            raise ConnectionDropped(processed=False)
        if fault.kind is FaultKind.SERVER_ERROR:
            return json_response(fault.status, {"message": "Simulated server failure"})
        if fault.kind is FaultKind.RATE_LIMIT:
            return json_response(
                429,
                {"message": "Too many requests"},
                {
                    "Retry-After": str(fault.retry_after),
                    "X-RateLimit-Limit": "20",
                    "X-RateLimit-Remaining": "0",
                    "X-RateLimit-Reset": str(fault.retry_after),
                },
            )
    response = await simulator.handle(request)
    for fault in fired:
        if fault.kind is FaultKind.LOST_RESPONSE:
            raise ConnectionDropped(processed=True)
        if fault.kind is FaultKind.SERVER_ERROR_AFTER:
            return json_response(fault.status, {"message": "Simulated failure after processing"})
    return response
