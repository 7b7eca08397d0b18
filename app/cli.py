"""Command-line entry points that need no window: `request` (the exact JSON sending would POST)."""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path

from app.domain.campaign import CampaignDraft, new_reference
from app.domain.numbers import clean_numbers
from app.domain.validation import DraftInvalid
from app.providers.sandbox.account import SandboxAccount
from app.services.draft_files import DraftFileError, import_draft


def request_bodies(draft: CampaignDraft, reference: str) -> list[dict]:
    """The request bodies sending `draft` would POST, built by the provider's own mapping."""
    report = clean_numbers(draft.audience.typed_numbers(), draft.audience.default_country)
    numbers = [n.e164 for n in report.valid if n.e164]

    async def build() -> list[dict]:
        gateway = SandboxAccount().gateway(draft.provider)  # mapping only: nothing is sent
        try:
            return gateway.build_requests(draft, reference, numbers)
        finally:
            await gateway.aclose()

    return asyncio.run(build())


def request_command(draft_file: Path, reference: str | None = None) -> int:
    """Print the request body or bodies as JSON; plain-words message and exit 2 on a bad draft."""
    try:
        draft = import_draft(draft_file)
    except DraftFileError as exc:
        print(exc.message, file=sys.stderr)
        return 2
    try:
        bodies = request_bodies(draft, reference or new_reference(draft.name or "Campaign"))
    except DraftInvalid as exc:
        print("This draft cannot be sent yet:", file=sys.stderr)
        for problem in exc.problems:
            print(f"  - {problem.field}: {problem.message}", file=sys.stderr)
        return 2
    print(json.dumps(bodies if len(bodies) != 1 else bodies[0], indent=2, ensure_ascii=False))
    return 0
