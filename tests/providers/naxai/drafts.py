"""Draft builders shared by the Naxai tests."""

from __future__ import annotations

from app.domain.campaign import CampaignDraft
from app.domain.message import CallScript, Menu, MenuChoice, Prompt, SpokenText, Transfer, Welcome
from app.domain.providers import ProviderId
from app.providers.sandbox.naxai import SANDBOX_SENDER, SEGMENT_SMALL


def spoken_draft(text: str = "Bonjour, ceci est un message de votre commune.") -> CampaignDraft:
    """A Naxai draft reading text to the small sandbox segment."""
    draft = CampaignDraft(provider=ProviderId.NAXAI, name="Water outage")
    draft.message = SpokenText(text=text, language="fr-BE")
    draft.delivery.sender = SANDBOX_SENDER
    draft.audience.segment_id = SEGMENT_SMALL
    draft.audience.source = "segment"
    return draft


def script_draft() -> CampaignDraft:
    """A Naxai draft with the full call script of the reference example (§2.4)."""
    draft = spoken_draft()
    draft.message = CallScript(
        language="fr-BE", machine_detection=True,
        voicemail=Prompt(say="Message de service: coupure d'eau demain de 8h a 12h."),
        welcome=Welcome(say="Bonjour, ceci est un message de votre commune."),
        menu=Menu(say="Appuyez sur 1 pour reecouter, sur 2 pour parler a un agent.", replay=1, choices=[
            MenuChoice(key="1", say="Coupure d'eau demain de 8h a 12h."),
            MenuChoice(key="2", transfer=Transfer(destination="3225550199", attempts=1, timeout=15,
                                                  whisper=Prompt(say="Appel issu de la diffusion coupure d'eau"))),
        ]),
        end=Prompt(say="Merci, au revoir."),
    )
    draft.delivery.retry.retries = 2
    draft.delivery.retry.delays_minutes = [30, 240]
    draft.delivery.retry.retry_on_failed = True
    return draft
