"""Random faults around the paid create: with lookup by name after every ambiguous failure, each
submission ends as exactly one broadcast and none is ever created twice."""

from __future__ import annotations

import pytest

from app.providers import errors
from app.providers.naxai.client import NaxaiGateway
from app.providers.sandbox.faults import Fault, FaultKind, FaultPlan
from app.providers.sandbox.naxai import NaxaiSimulator
from app.providers.sandbox.server import LoopbackServer
from tests.providers.naxai.drafts import spoken_draft

SUBMISSIONS = 120


async def submit(gateway: NaxaiGateway, reference: str) -> tuple[str, bool]:
    """Create once; after an ambiguous failure look the broadcast up by name, resend only if it is absent."""
    draft = spoken_draft()
    for _ in range(10):
        try:
            return await gateway.create_campaign(draft, reference, []), False
        except errors.ProviderError as exc:
            if isinstance(exc, errors.ValidationFailed | errors.AuthenticationFailed):
                raise
            if exc.request_sent is not False and exc.status not in (429,):
                while True:
                    try:
                        found = await gateway.find_campaign(reference)
                        break
                    except errors.ProviderError:
                        continue
                if found is not None:
                    return found, True
    raise AssertionError("gave up")


@pytest.mark.asyncio
async def test_no_duplicates_under_random_faults(gateway: NaxaiGateway, server: LoopbackServer,
                                                 sim: NaxaiSimulator) -> None:
    create = r"^/voice/broadcasts$"
    plan = server.faults = FaultPlan(seed=5)
    for kind in (FaultKind.LOST_RESPONSE, FaultKind.SERVER_ERROR_AFTER, FaultKind.SERVER_ERROR,
                 FaultKind.RESET_BEFORE, FaultKind.RATE_LIMIT):
        plan.add(Fault(kind, method="POST", path=create, times=None, probability=0.08, retry_after=0))
    plan.add(Fault(FaultKind.SERVER_ERROR, method="GET", path=create, times=None, probability=0.1))
    reconciled = 0
    ids = set()
    for i in range(SUBMISSIONS):
        bid, via_lookup = await submit(gateway, f"Fault run VD{i:04d}")
        ids.add(bid)
        reconciled += via_lookup
    plan.clear()
    duplicates = sum(sim.broadcast_count(f"Fault run VD{i:04d}") - 1 for i in range(SUBMISSIONS))
    print(f"duplicates={duplicates} reconciled_by_lookup={reconciled}")
    assert duplicates == 0 and sim.broadcast_count() == SUBMISSIONS == len(ids)
    assert reconciled > 0
