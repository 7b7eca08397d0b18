"""The typed error tree of provider calls; the UI switches on the class, never on message text.

Each error keeps the raw provider code and message for support, and a plain-words English
`user_message` (the UI shows its own translated text per class).
"""

from __future__ import annotations

from datetime import datetime


class ProviderError(Exception):
    """Any failure of a provider call.

    `request_sent` is False only when the request certainly never reached the provider (so a paid
    POST certainly did not create anything); True or None means it may have been processed.
    """

    default_message = "The voice provider could not complete the request."

    def __init__(
        self,
        user_message: str | None = None,
        *,
        status: int | None = None,
        provider_code: str | None = None,
        provider_message: str | None = None,
        field: str | None = None,
        request_sent: bool | None = True,
    ) -> None:
        self.user_message = user_message or self.default_message
        self.status = status
        self.provider_code = provider_code
        self.provider_message = provider_message
        self.field = field
        self.request_sent = request_sent
        super().__init__(self.user_message)

    def support_details(self) -> str:
        """The raw facts for a support ticket (never contains credentials)."""
        parts = [type(self).__name__]
        if self.status is not None:
            parts.append(f"HTTP {self.status}")
        if self.provider_code:
            parts.append(f"code {self.provider_code}")
        if self.provider_message:
            parts.append(self.provider_message)
        return " · ".join(parts)


class ConnectionFailed(ProviderError):
    default_message = "Could not reach the voice provider. Check the internet connection and try again."


class RequestTimeout(ProviderError):
    default_message = "The voice provider took too long to answer."


class AuthenticationFailed(ProviderError):
    default_message = "The provider refused the account's credentials. Check the application id and secret in Accounts."


class PermissionDenied(ProviderError):
    default_message = "This account is not allowed to use voice campaigns. Ask the provider to enable them."


class ValidationFailed(ProviderError):
    default_message = "The provider rejected the campaign because a field is not valid."


class InsufficientBalance(ValidationFailed):
    default_message = "The account does not have enough balance for these calls. Top up the account and try again."


class InvalidNumber(ValidationFailed):
    default_message = "The provider rejected one or more phone numbers."


class NotFound(ProviderError):
    default_message = "The provider does not know this campaign any more."


class Conflict(ProviderError):
    default_message = "The provider already has a campaign with this name, or the campaign cannot change now."


class RateLimited(ProviderError):
    """Too many requests; `retry_at` says when the provider accepts requests again."""

    default_message = "The provider is busy with too many requests."

    def __init__(self, *args: object, retry_at: datetime | None = None, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.retry_at = retry_at
        if retry_at is not None and self.user_message == self.default_message:
            self.user_message = (
                f"The provider is busy with too many requests. Try again after "
                f"{retry_at.astimezone().strftime('%H:%M')}."
            )


class ServerError(ProviderError):
    default_message = "The voice provider's service is down or failing. Try again in a few minutes."


class UnexpectedResponse(ProviderError):
    default_message = "The voice provider answered in a way VoiceDesk does not understand."
