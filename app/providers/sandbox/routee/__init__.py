"""A faithful simulator of Routee's token server and Voice API (../shared/api/routee-voice.md).

It serves `/oauth/token` and the `/voice/...` resources on any host, so one simulator works behind
one SandboxTransport or one LoopbackServer port. Campaign progress is a deterministic timeline
(from `seed`) read against a SimClock, so no background task is needed.

Choices where the document is UNCONFIRMED (kept here, in one place):
- error codes with no documented value use the generic module: 400000000 (bad field),
  403000000 (scope), 404000000 (path), 429000000 (rate limit); voice module 013 is never used;
- a message tracking that does not exist answers 404005000 (the SMS tracking code);
- unknown body fields, and `fileURL` together with `message`, are rejected with 400;
- any invalid number in `to` rejects the whole campaign (400005000 with `properties.to`);
- a deleted campaign disappears (404009001 afterwards) and its name stays taken;
- message trackings exist from creation (status `Queued`), scheduled campaigns included;
- `Sent` is reported once every message has a final status; `collectedTones` is a string;
- a past `scheduledDate` sends at once; `POST /voice/tracking` accepts an array or one filter.

One job a module: constants, errors, model (what is kept), fields (value formats), access (tokens,
scopes, rate limit), validation, campaigns, tracking; simulator joins them and routes requests.
"""

from __future__ import annotations

from app.providers.sandbox.routee.constants import (
    ALL_SCOPES,
    ANALYSIS_FIELDS,
    BAD_FIELD,
    CAMPAIGN_FIELDS,
    CAMPAIGN_NOT_FOUND,
    CONTACT_NOT_FOUND,
    EMPTY_RECIPIENTS,
    FILTER_FIELDS,
    FINAL,
    LANGUAGES,
    MAX_PAGE_SIZE,
    MAX_PER_KIND,
    NAME_EXISTS,
    NAME_RE,
    NO_BALANCE,
    NO_RECIPIENTS_OR_SENDER,
    NO_SCOPE,
    NO_SUCH_PATH,
    NOT_SCHEDULED,
    OPERATORS,
    SAMPLE_BLACKLIST,
    SAMPLE_CONTACTS,
    SAMPLE_GROUPS,
    SANDBOX_APP_ID,
    SANDBOX_APP_NAME,
    SANDBOX_SECRET,
    SENDER_RE,
    STATUSES,
    TOO_MANY,
    TRACKING_NOT_FOUND,
)
from app.providers.sandbox.routee.model import RateLimit, SimApplication, SimCampaign, SimMessage, SimToken
from app.providers.sandbox.routee.simulator import RouteeSimulator, sandbox_transport

__all__ = [
    "ALL_SCOPES", "ANALYSIS_FIELDS", "BAD_FIELD", "CAMPAIGN_FIELDS", "CAMPAIGN_NOT_FOUND", "CONTACT_NOT_FOUND",
    "EMPTY_RECIPIENTS", "FILTER_FIELDS", "FINAL", "LANGUAGES", "MAX_PAGE_SIZE", "MAX_PER_KIND", "NAME_EXISTS",
    "NAME_RE", "NO_BALANCE", "NO_RECIPIENTS_OR_SENDER", "NO_SCOPE", "NO_SUCH_PATH", "NOT_SCHEDULED", "OPERATORS",
    "SAMPLE_BLACKLIST", "SAMPLE_CONTACTS", "SAMPLE_GROUPS", "SANDBOX_APP_ID", "SANDBOX_APP_NAME", "SANDBOX_SECRET",
    "SENDER_RE", "STATUSES", "TOO_MANY", "TRACKING_NOT_FOUND",
    "RateLimit", "RouteeSimulator", "SimApplication", "SimCampaign", "SimMessage", "SimToken", "sandbox_transport",
]
