"""In-process httpx transport that hands requests to a simulator (the Sandbox account)."""

from __future__ import annotations

import httpx

from app.providers.sandbox.core import ConnectionDropped, Simulator, run_with_faults
from app.providers.sandbox.faults import FaultPlan


class SandboxTransport(httpx.AsyncBaseTransport):
    """Serves every request from `simulator`; dropped connections surface as httpx errors."""

    def __init__(self, simulator: Simulator, faults: FaultPlan | None = None) -> None:
        self.simulator = simulator
        self.faults = faults or FaultPlan()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        try:
            response = await run_with_faults(self.simulator, request, self.faults)
        except ConnectionDropped as exc:
            if exc.processed:
                raise httpx.RemoteProtocolError("Server disconnected without sending a response.", request=request) from exc
            raise httpx.ReadError("Connection reset by peer", request=request) from exc
        await response.aread()
        return httpx.Response(
            response.status_code, headers=response.headers, content=response.content, request=request
        )
