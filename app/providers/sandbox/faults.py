"""Fault injection for the simulators: latency, 5xx, 429, connection resets and lost responses.

A fault is matched on method and path; it fires for the next `times` matching requests, or with a
probability drawn from a seeded random generator, so fault tests are repeatable.
"""

from __future__ import annotations

import random
import re
import threading
from dataclasses import dataclass, field
from enum import StrEnum


class FaultKind(StrEnum):
    LATENCY = "latency"  # delay the answer by `seconds` (a real timeout over sockets)
    SERVER_ERROR = "server_error"  # answer 5xx without processing
    SERVER_ERROR_AFTER = "server_error_after"  # process, then answer 5xx (ambiguous for the client)
    RATE_LIMIT = "rate_limit"  # answer 429 with Retry-After and X-RateLimit-* headers
    RESET_BEFORE = "reset_before"  # drop the connection before processing
    LOST_RESPONSE = "lost_response"  # process the request, then drop the connection


@dataclass
class Fault:
    """One injected fault; `times=None` means every match (subject to `probability`)."""

    kind: FaultKind
    method: str | None = None
    path: str | None = None  # a regular expression matched against the URL path
    times: int | None = 1
    probability: float = 1.0
    seconds: float = 0.0
    status: int = 503
    retry_after: int = 1

    def matches(self, method: str, path: str) -> bool:
        if self.method and self.method.upper() != method.upper():
            return False
        return not self.path or re.search(self.path, path) is not None


@dataclass
class FaultPlan:
    """The faults a simulator applies; thread-safe, so a loopback server thread can use it."""

    seed: int = 0
    faults: list[Fault] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._rng = random.Random(self.seed)
        self._lock = threading.Lock()

    def add(self, fault: Fault) -> Fault:
        with self._lock:
            self.faults.append(fault)
        return fault

    def clear(self) -> None:
        with self._lock:
            self.faults.clear()

    def pick(self, method: str, path: str) -> list[Fault]:
        """The faults that fire for this request (consuming their counts)."""
        fired: list[Fault] = []
        with self._lock:
            for fault in list(self.faults):
                if not fault.matches(method, path):
                    continue
                if fault.probability < 1.0 and self._rng.random() >= fault.probability:
                    continue
                fired.append(fault)
                if fault.times is not None:
                    fault.times -= 1
                    if fault.times <= 0:
                        self.faults.remove(fault)
        return fired
