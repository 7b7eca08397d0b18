"""Simulated time: real time multiplied by a speed factor, and a manual `advance` for tests."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta


class SimClock:
    """Wall-clock time of the simulated provider; `speed=60` makes a minute pass in a second."""

    def __init__(self, speed: float = 1.0, start: datetime | None = None) -> None:
        self.speed = speed
        self._start = start or datetime.now(UTC)
        self._t0 = time.monotonic()
        self._offset = 0.0
        self._lock = threading.Lock()

    def now(self) -> datetime:
        """The simulated current time (aware, UTC)."""
        with self._lock:
            elapsed = (time.monotonic() - self._t0) * self.speed + self._offset
        return self._start + timedelta(seconds=elapsed)

    def advance(self, seconds: float) -> None:
        """Jump simulated time forward."""
        with self._lock:
            self._offset += seconds
