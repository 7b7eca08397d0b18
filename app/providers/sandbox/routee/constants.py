"""The Routee Sandbox's fixed values: its application, scopes, languages, statuses, accepted fields,
limits, error codes and sample contacts, groups and blacklist."""

from __future__ import annotations

import re

SANDBOX_APP_ID = "sandbox-routee"
SANDBOX_SECRET = "sandbox-secret"
SANDBOX_APP_NAME = "VoiceDesk Sandbox"

ALL_SCOPES = ("voice", "lookup", "virtual_number", "contact", "report", "sms", "account")
LANGUAGES = frozenset({"en-US", "de-DE", "fr-FR", "it-IT", "pt-BR", "es-ES", "es-LA", "en-GB",
                       "el-GR", "bg-BG", "pl-PL", "hu-HU", "sv-SE", "ru-RU"})
STATUSES = ("Queued", "Initiated", "Ringing", "InProgress", "Completed", "Busy", "NoAnswer",
            "Failed", "Unknown", "Unsent", "Terminated")
FINAL = frozenset({"Completed", "Busy", "NoAnswer", "Failed", "Unknown", "Unsent", "Terminated"})
CAMPAIGN_FIELDS = frozenset({"from", "to", "contacts", "groups", "name", "fileURL", "message",
                             "respectQuietHours", "ignoreDnd", "scheduledDate", "hangupDelay",
                             "callback", "campaignCallback", "collectDtmfDigits",
                             "collectDtmfAwaitSeconds"})
ANALYSIS_FIELDS = frozenset({"from", "to", "contacts", "groups", "fileURL", "message"})
FILTER_FIELDS = frozenset({"id", "recipient", "from", "collectedTones", "groups", "country",
                           "status.status", "campaign"})
OPERATORS = frozenset({"is", "is_not", "contains", "starts_with", "ends_with"})
NAME_RE = re.compile(r"^[A-Za-z0-9 \-]{2,30}$")
SENDER_RE = re.compile(r"^\+?[A-Za-z0-9]{1,16}$")
MAX_PER_KIND = 1000
MAX_PAGE_SIZE = 2000

# Error codes (§7.3); the generic ones are UNCONFIRMED, see the module docstring.
BAD_FIELD = "400000000"
NO_RECIPIENTS_OR_SENDER = "400005000"
NO_BALANCE = "400001009"
CAMPAIGN_NOT_FOUND = "404009001"
NOT_SCHEDULED = "400009002"
NAME_EXISTS = "409009003"
EMPTY_RECIPIENTS = "400009004"
CONTACT_NOT_FOUND = "404002001"
TRACKING_NOT_FOUND = "404005000"
NO_SCOPE = "403000000"
NO_SUCH_PATH = "404000000"
TOO_MANY = "429000000"

# The Sandbox account's own contacts and groups (Routee has no documented endpoint to list them, so
# the user types them): five contacts, the third blacklisted; groups of 5 (one blacklisted), 30 and 0.
SAMPLE_CONTACTS = {f"sandbox-contact-{i}": f"+3247099000{i}" for i in range(1, 6)}
SAMPLE_BLACKLIST = frozenset({"+32470990003"})
SAMPLE_GROUPS = {
    "Sandbox - 5 people": [f"+3247099000{i}" for i in range(1, 6)],
    "Sandbox - 30 people": [f"+324709910{i:02d}" for i in range(30)],
    "Sandbox - empty": [],
}

