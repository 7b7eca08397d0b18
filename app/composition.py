"""What the running app is made of (built by app/main.py), so tests can hold exactly what users get."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

log = logging.getLogger("app")


@dataclass
class Composition:
    """Everything the running app is made of, so tests can build exactly what users get."""

    store: Any
    gateways: Any
    sandbox: Any
    submissions: Any
    tracking: Any
    autosaver: Any
    tasks: Any
    dialogs: Any
    draft_vm: Any
    send_vm: Any
    campaigns_vm: Any
    window: Any
    pages: dict[str, Any] = field(default_factory=dict)
    preview_vm: Any = None
    closers: list[Any] = field(default_factory=list)
    audiences: Any = None
    accounts: Any = None  # AccountService
    account_choice: Any = None  # DraftAccountViewModel: the account the open draft sends through
    accounts_dialog: Any = None

    async def aclose(self) -> None:
        """Persist what is in flight, stop tasks, close clients and the database (on quit)."""
        self.tasks.close()
        self.send_vm.close()
        await self.tracking.aclose()
        try:
            await self.autosaver.aclose()
        except Exception:
            log.exception("could not save the open draft on quit")
        for closer in reversed(self.closers):
            try:
                await closer()
            except Exception:
                log.exception("closing failed")
        await self.gateways.aclose()
        await self.store.aclose()
