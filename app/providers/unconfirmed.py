"""Every provider name or value that ../shared/api/ marks UNCONFIRMED, INFERRED or NOT FOUND, in
one place. An advanced setting (`providers.unconfirmed_overrides`, a JSON object) can override any
field here without a code change, once a live check tells the real value.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class UnconfirmedNames:
    """Names and values the documents do not confirm; the defaults are the best evidence we have."""

    # --- Naxai (naxai-voice-broadcast.md §2.1, §7) ---
    naxai_type_field: str = "type"  # INFERRED name of the broadcast type
    naxai_type_default: str = "default"  # the only known value
    naxai_unsubscribed_field: str = "inclubeUnsubscribed"  # SDK spelling, still in 0.0.49
    naxai_scheduled_at_unit: str = "seconds"  # "unix time": seconds or milliseconds is unknown
    naxai_file_numbers_field: str = "phones"  # NOT FOUND: inner field of `file` for source=file
    naxai_actions_status_key: str = "actions"  # SDK alias; may really be `status`
    naxai_recipients_page_size_param: str = "pageSize"  # SDK spells it `pagesize` on recipients
    naxai_version: str = "2023-03-25"  # X-Version default (CONFIRMED value; header name SDK)
    # --- Routee (routee-voice.md §3.2, §3.7, §5.3) ---
    routee_campaign_type: str = "Voice"  # value of `type` in a campaign response
    routee_tracking_filter_is_array: bool = True  # POST /voice/tracking body: array of filters
    routee_unknown_is_final: bool = True  # status `Unknown` is final in one copy of §5.2
    routee_tracking_campaign_id_field: str = "campaignTrackingId"  # not in §3.5; callback name (§4.1)
    routee_hangup_delay_max: int = 60  # §6.3: seconds, 1 to 60, from the conversation API

    def with_overrides(self, overrides: dict[str, Any] | None) -> UnconfirmedNames:
        """A copy with the known keys of `overrides` applied (unknown keys are ignored)."""
        if not overrides:
            return self
        known = {f.name for f in dataclasses.fields(self)}
        return dataclasses.replace(self, **{k: v for k, v in overrides.items() if k in known})


DEFAULT_NAMES = UnconfirmedNames()
