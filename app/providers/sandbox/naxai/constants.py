"""The Naxai Sandbox's fixed values: its credentials and sender, the API's versions, languages and keys,
the simulated timings, and the ids of the built-in segments and calendars."""

from __future__ import annotations

import re

SANDBOX_CLIENT_ID = "naxai-sandbox-client"
SANDBOX_CLIENT_SECRET = "naxai-sandbox-secret"
SANDBOX_SENDER = "3225550100"
KNOWN_VERSIONS = ("2023-03-25",)
LANGUAGES = ("fr-FR", "fr-BE", "nl-NL", "nl-BE", "en-GB", "de-DE")
KEYS = tuple("0123456789*#")
INPUT_KEYS = tuple("0123456789") + ("star", "hash")
TRANSITION_SECONDS = 3.0  # pausing / resuming / canceling last this long
STARTUP_SECONDS = 5.0  # from start to the first call
UUID_RE = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
VERSION_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

SEGMENT_SMALL = "5a1d0b00-0000-4000-8000-000000000003"
SEGMENT_MEDIUM = "5a1d0b00-0000-4000-8000-000000000040"
SEGMENT_LARGE = "5a1d0b00-0000-4000-8000-000000000250"
SEGMENT_BUILDING = "5a1d0b00-0000-4000-8000-0000000000b1"
CALENDAR_OFFICE = "ca1e0da0-0000-4000-8000-000000000001"
CALENDAR_ALWAYS = "ca1e0da0-0000-4000-8000-000000000002"
