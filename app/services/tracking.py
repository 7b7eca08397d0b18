"""Follows confirmed campaigns until they end: polls each provider, backs off when nothing changes
or the provider asks to slow down, and reports every change; cancellable at any moment."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from datetime import UTC, datetime

from app.domain.campaign import Submission, SubmissionState
from app.providers import errors
from app.services.accounts import AccountError
from app.services.gateways import GatewayRegistry
from app.services.store import Store

log = logging.getLogger(__name__)


class TrackingService:
    """One polling task for all open campaigns; `on_update` hears each submission whose status changed."""

    def __init__(
        self,
        store: Store,
        gateways: GatewayRegistry,
        on_update: Callable[[Submission], None] | None = None,
        *,
        interval: float = 3.0,
        max_interval: float = 60.0,
    ) -> None:
        self._store = store
        self._gateways = gateways
        self._on_update = on_update or (lambda sub: None)
        self.interval = interval
        self.max_interval = max_interval
        self._delays: dict[str, float] = {}
        self._due: dict[str, float] = {}
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._closed = False

    def start(self) -> None:
        """Start polling on the running loop (idempotent)."""
        if self._task is None or self._task.done():
            self._task = asyncio.ensure_future(self._run())

    def poke(self) -> None:
        """Poll now (a new campaign was sent, or the user asked to refresh)."""
        self._due.clear()
        self._wake.set()

    async def aclose(self) -> None:
        # The flag too: on Python 3.11 wait_for() swallows a cancel that lands as its wait ends.
        self._closed = True
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    async def _run(self) -> None:
        while not self._closed:
            try:
                await self.poll_once()
            except asyncio.CancelledError:
                raise
            except Exception:  # one bad poll must not end tracking; it is logged and retried
                log.exception("tracking poll failed")
            self._wake.clear()
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=self.interval)

    async def poll_once(self) -> list[Submission]:
        """Ask the provider about every open campaign that is due; returns the ones that changed."""
        loop = asyncio.get_running_loop()
        changed: list[Submission] = []
        for sub in await self._store.list_submissions(states=[SubmissionState.CONFIRMED]):
            if sub.status.state.is_final or sub.provider_id is None:
                continue
            if self._due.get(sub.id, 0.0) > loop.time():
                continue
            delay = self._delays.get(sub.id, self.interval)
            try:
                gateway = await self._gateways.get(sub.account_id, sub.provider)
                status = await gateway.campaign_status(sub.provider_id)
            except errors.RateLimited as exc:
                wait = (exc.retry_at - datetime.now(UTC)).total_seconds() if exc.retry_at else delay * 2
                self._due[sub.id] = loop.time() + max(wait, self.interval)
                continue
            except AccountError as exc:  # its account was removed: wait long, keep following the others
                log.info("tracking %s paused: %s", sub.id, exc.message)
                self._due[sub.id] = loop.time() + self.max_interval
                continue
            except errors.ProviderError as exc:
                log.info("tracking %s: %s", sub.id, exc.support_details())
                self._delays[sub.id] = min(delay * 2, self.max_interval)
                self._due[sub.id] = loop.time() + self._delays[sub.id]
                continue
            if await self._store.update_status(sub.id, status):
                self._delays[sub.id] = self.interval
                updated = await self._store.get_submission(sub.id)
                changed.append(updated)
                self._on_update(updated)
            else:
                self._delays[sub.id] = min(delay * 1.5, self.max_interval)
            self._due[sub.id] = loop.time() + self._delays[sub.id]
        return changed
