"""Plain, translated words for every failure the user can meet; switches on the error class."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.providers import errors


def _tr(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


def describe(exc: BaseException) -> tuple[str, str]:
    """(what happened and what to do, support details) for an exception."""
    details = exc.support_details() if isinstance(exc, errors.ProviderError) else f"{type(exc).__name__}: {exc}"
    if isinstance(exc, errors.RateLimited):
        if exc.retry_at is not None:
            when = exc.retry_at.astimezone().strftime("%H:%M")
            return _tr(QT_TRANSLATE_NOOP("Errors", "The provider is busy with too many requests. Try again after %1.")).replace("%1", when), details
        return _tr(QT_TRANSLATE_NOOP("Errors", "The provider is busy with too many requests. Try again in a minute.")), details
    table: list[tuple[type[BaseException], str]] = [
        (errors.AuthenticationFailed, QT_TRANSLATE_NOOP("Errors", "The provider refused the account's credentials. Check them in Accounts.")),
        (errors.PermissionDenied, QT_TRANSLATE_NOOP("Errors", "This account is not allowed to send voice campaigns. Ask the provider to enable them.")),
        (errors.InsufficientBalance, QT_TRANSLATE_NOOP("Errors", "The account does not have enough balance for these calls. Top it up and try again.")),
        (errors.InvalidNumber, QT_TRANSLATE_NOOP("Errors", "The provider rejected one or more phone numbers. Check the recipients.")),
        (errors.ValidationFailed, QT_TRANSLATE_NOOP("Errors", "The provider rejected the campaign: a field is not valid.")),
        (errors.NotFound, QT_TRANSLATE_NOOP("Errors", "The provider does not know this campaign any more.")),
        (errors.Conflict, QT_TRANSLATE_NOOP("Errors", "The provider already has a campaign with this name, or it cannot change now.")),
        (errors.ServerError, QT_TRANSLATE_NOOP("Errors", "The provider's service is failing right now. Try again in a few minutes.")),
        (errors.RequestTimeout, QT_TRANSLATE_NOOP("Errors", "The provider took too long to answer.")),
        (errors.ConnectionFailed, QT_TRANSLATE_NOOP("Errors", "Could not reach the provider. Check the internet connection and try again.")),
        (errors.ProviderError, QT_TRANSLATE_NOOP("Errors", "The provider could not complete the request.")),
    ]
    for cls, text in table:
        if isinstance(exc, cls):
            message = _tr(text)
            if isinstance(exc, errors.ValidationFailed) and exc.provider_message:
                message += "\n" + _tr(QT_TRANSLATE_NOOP("Errors", "The provider says: %1")).replace("%1", exc.provider_message)
            return message, details
    user_message = getattr(exc, "user_message", None) or getattr(exc, "message", None)
    if isinstance(user_message, str) and user_message:
        return user_message, details
    return _tr(QT_TRANSLATE_NOOP("Errors", "Something went wrong. Nothing was lost; please try again.")), details
