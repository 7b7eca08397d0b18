"""Rebuild the example `.voicedraft` files in this folder: `python resources/examples/make_examples.py`.

Each example is written by app.services.draft_files.export_draft, so it is a valid draft file, and
is checked against its provider's pre-send rules before it is written. Together they cover both
providers and every field family: spoken text, a WAV address, a Naxai call script with a key-press
menu and a transfer with whisper, voicemail with machine detection, schedule, retries, quiet hours,
a calendar, key presses (DTMF), callbacks, hang-up delay and dynamic distribution.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # run from anywhere in the source tree

from app.domain.campaign import CampaignDraft  # noqa: E402
from app.domain.delivery import Callback, DeliverySettings, RetryPolicy, Schedule  # noqa: E402
from app.domain.message import (  # noqa: E402
    AudioFile,
    CallScript,
    Menu,
    MenuChoice,
    Prompt,
    SpokenText,
    Transfer,
    Welcome,
)
from app.domain.numbers import clean_numbers  # noqa: E402
from app.domain.providers import ProviderId  # noqa: E402
from app.domain.recipients import Audience  # noqa: E402
from app.providers.sandbox.naxai import CALENDAR_OFFICE  # noqa: E402
from app.services.draft_files import export_draft  # noqa: E402

BRUSSELS = "Europe/Brussels"
# A fixed date well in the future, so the examples stay sendable (schedules must not be in the past).
LATER = datetime(2030, 6, 17, 9, 30, tzinfo=ZoneInfo(BRUSSELS))
EDITED = datetime(2025, 1, 6, 9, 0, tzinfo=UTC)


def routee_spoken_text() -> CampaignDraft:
    """Routee, text read aloud, sent now, the simplest campaign."""
    return CampaignDraft(
        name="Water outage", provider=ProviderId.ROUTEE,
        message=SpokenText(text="Hello. This is your town hall. Water will be cut tomorrow from 8 to 12. "
                                "Thank you for your understanding.", language="en-GB", gender="female"),
        audience=Audience(numbers_text="+32470123456\n+32 471 23 45 67\n0472 34 56 78", default_country="BE"),
        delivery=DeliverySettings(sender="3225550100"),
    )


def routee_wav_dtmf_callbacks() -> CampaignDraft:
    """Routee, a recorded WAV by address, key presses collected, both callbacks, quiet hours,
    hang-up delay and a schedule."""
    return CampaignDraft(
        name="Key press survey", provider=ProviderId.ROUTEE,
        message=AudioFile(url="https://cdn.example.com/voicedesk/survey-question.wav"),
        audience=Audience(numbers_text="+306977663127\n+447123123456\n+32470123456", default_country="BE"),
        delivery=DeliverySettings(
            sender="3225550100",
            respect_quiet_hours=True,
            collect_dtmf=True,
            dtmf_wait_seconds=10,
            hangup_delay=5,
            schedule=Schedule(send_at=LATER, timezone=BRUSSELS),
            message_callback=Callback(url="https://hooks.example.com/voicedesk/message", strategy="OnChange"),
            campaign_callback=Callback(url="https://hooks.example.com/voicedesk/campaign", strategy="OnCompletion"),
        ),
    )


def naxai_spoken_text_retries_calendar() -> CampaignDraft:
    """Naxai, text read aloud, two retries with their waiting times, calls only in calendar hours."""
    return CampaignDraft(
        name="Collecte dechets", provider=ProviderId.NAXAI,
        message=SpokenText(text="Bonjour, ceci est un message de votre commune. La collecte des dechets "
                                "est deplacee a jeudi.", language="fr-BE", gender="female"),
        audience=Audience(numbers_text="+32470123456\n+32471234567", default_country="BE"),
        delivery=DeliverySettings(
            sender="3225550100",
            retry=RetryPolicy(retries=2, delays_minutes=[30, 240], retry_on_no_input=True, retry_on_failed=True),
            calendar_id=CALENDAR_OFFICE,
        ),
    )


def naxai_call_script_menu_transfer() -> CampaignDraft:
    """Naxai, a call script: welcome, key-press menu (replay, transfer with whisper), end,
    voicemail with machine detection, a schedule and dynamic distribution."""
    script = CallScript(
        language="fr-BE", gender="female", machine_detection=True,
        voicemail=Prompt(say="Message de service de votre commune: coupure d'eau demain de 8h a 12h."),
        welcome=Welcome(say="Bonjour, ceci est un message de votre commune."),
        menu=Menu(say="Appuyez sur 1 pour reecouter le message, sur 2 pour parler a un agent.", replay=1, choices=[
            MenuChoice(key="1", say="Coupure d'eau demain de 8h a 12h."),
            MenuChoice(key="2", transfer=Transfer(
                destination="3225550199", attempts=2, timeout=20,
                whisper=Prompt(say="Appel issu de la diffusion coupure d'eau."))),
        ]),
        end=Prompt(say="Merci, au revoir."),
    )
    return CampaignDraft(
        name="Coupure eau agent", provider=ProviderId.NAXAI, message=script,
        audience=Audience(numbers_text="+32470123456\n+32471234567\n+32472345678", default_country="BE"),
        delivery=DeliverySettings(
            sender="3225550100",
            retry=RetryPolicy(retries=1, delays_minutes=[60], retry_on_failed=True),
            schedule=Schedule(send_at=LATER, timezone=BRUSSELS),
            distribution="dynamic", dynamic_name="agents-brussels",
        ),
    )


EXAMPLES = {
    "routee-spoken-text": routee_spoken_text,
    "routee-wav-dtmf-callbacks": routee_wav_dtmf_callbacks,
    "naxai-spoken-text-retries-calendar": naxai_spoken_text_retries_calendar,
    "naxai-call-script-menu-transfer": naxai_call_script_menu_transfer,
}


def check(draft: CampaignDraft) -> None:
    """Raise DraftInvalid when the provider's pre-send checks refuse the draft."""
    from app.cli import request_bodies

    report = clean_numbers(draft.audience.typed_numbers(), draft.audience.default_country)
    assert not report.invalid, f"{draft.name}: invalid numbers {report.invalid}"
    request_bodies(draft, "Example VD00000000")


def main(folder: Path = HERE) -> list[Path]:
    """Write every example into `folder`; returns the paths written."""
    written = []
    for stem, build in EXAMPLES.items():
        draft = build()
        # Stable id and edit time, so rebuilding changes nothing but `exported_at`.
        draft.id = stem.replace("-", "")[:32]
        draft.updated_at = EDITED
        check(draft)
        written.append(export_draft(draft, folder / f"{stem}.voicedraft"))
    return written


if __name__ == "__main__":
    for path in main():
        print(path.relative_to(HERE.parents[1]))
