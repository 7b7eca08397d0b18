"""The open draft as the pages see it: one CampaignDraft, changed only through these setters,
each change announced and handed to the autosaver."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.domain.campaign import CampaignDraft
from app.domain.message import AudioFile, CallScript, SpokenText, Welcome
from app.domain.providers import Gender, ProviderId, capabilities
from app.domain.recipients import Audience


class DraftViewModel(QObject):
    """Holds the open draft; pages call setters, listen to `changed`, and never edit the model directly."""

    changed = Signal()
    loaded = Signal()  # a different draft was opened: pages refresh every field

    def __init__(self, on_change: Callable[[CampaignDraft], None] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._draft = CampaignDraft()
        self._on_change = on_change

    @property
    def draft(self) -> CampaignDraft:
        return self._draft

    @property
    def caps(self) -> Any:
        return capabilities(self._draft.provider)

    def set_autosave(self, on_change: Callable[[CampaignDraft], None] | None) -> None:
        self._on_change = on_change

    def load(self, draft: CampaignDraft) -> None:
        """Show another draft (opened, imported, recovered) without counting it as an edit."""
        self._draft = draft
        self.loaded.emit()
        self.changed.emit()

    def _commit(self, draft: CampaignDraft) -> None:
        draft.updated_at = datetime.now(UTC)
        self._draft = draft
        if self._on_change is not None:
            self._on_change(draft)
        self.changed.emit()

    def _edit(self, **fields: Any) -> None:
        self._commit(self._draft.model_copy(update=fields, deep=True))

    # --- setters used by the pages -----------------------------------------------------------
    def set_name(self, name: str) -> None:
        if name != self._draft.name:
            self._edit(name=name)

    def set_provider(self, provider: ProviderId) -> None:
        """Switch provider, keeping the message: language and voice move to what it offers."""
        provider = ProviderId(provider)
        if provider == self._draft.provider:
            return
        caps = capabilities(provider)
        message = self._draft.message
        if isinstance(message, CallScript) and not caps.supports_call_script:
            message = SpokenText(text=message.welcome.say or "", language=message.language, gender=message.gender)
        if isinstance(message, (SpokenText, CallScript)):
            message = message.model_copy(update={"language": caps.closest_language(message.language)})
        self._edit(provider=provider, message=message)

    def set_account(self, account_id: str, sender: str | None = None) -> None:
        """Send through another account; `sender` (when given) replaces the sender number too."""
        delivery = self._draft.delivery
        if sender is not None and sender != delivery.sender:
            delivery = delivery.model_copy(update={"sender": sender})
        if account_id != self._draft.account_id or delivery != self._draft.delivery:
            self._edit(account_id=account_id, delivery=delivery)

    def set_message_kind(self, kind: str) -> None:
        """Switch between spoken text, a recorded WAV and a call script, carrying the text over."""
        current = self._draft.message
        if current.kind == kind:
            return
        caps = self.caps
        language = getattr(current, "language", caps.default_language)
        gender = getattr(current, "gender", caps.default_gender)
        text = current.text if isinstance(current, SpokenText) else (
            current.welcome.say or "" if isinstance(current, CallScript) else "")
        if kind == "text":
            message: Any = SpokenText(text=text, language=language, gender=gender)
        elif kind == "audio":
            message = AudioFile()
        else:
            message = CallScript(language=language, gender=gender, welcome=Welcome(say=text or None))
        self._edit(message=message)

    def set_message(self, message: SpokenText | AudioFile | CallScript) -> None:
        if message != self._draft.message:
            self._edit(message=message)

    def set_text(self, text: str) -> None:
        message = self._draft.message
        if isinstance(message, SpokenText) and message.text != text:
            self._edit(message=message.model_copy(update={"text": text}))

    def set_language(self, code: str) -> None:
        message = self._draft.message
        if isinstance(message, (SpokenText, CallScript)) and message.language != code:
            self._edit(message=message.model_copy(update={"language": code}))

    def set_gender(self, gender: Gender) -> None:
        message = self._draft.message
        if isinstance(message, (SpokenText, CallScript)) and message.gender != gender:
            self._edit(message=message.model_copy(update={"gender": Gender(gender)}))

    def set_audio_url(self, url: str) -> None:
        message = self._draft.message
        if isinstance(message, AudioFile) and message.url != url:
            self._edit(message=message.model_copy(update={"url": url}))

    def set_audience(self, audience: Audience) -> None:
        if audience != self._draft.audience:
            self._edit(audience=audience)

    def set_delivery(self, **fields: Any) -> None:
        delivery = self._draft.delivery.model_copy(update=fields)
        if delivery != self._draft.delivery:
            self._edit(delivery=delivery)
