"""Account secrets in the OS keyring (`keyring`, service "VoiceDesk"), and nowhere else.

When no secure store exists (headless Linux, a plain-text backend) this says so plainly and
refuses; it never falls back to a file, and it never logs a secret.
"""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import keyring.backend

# `keyring` is imported where it is used: it takes about 60 ms to import, and only real provider
# accounts need it, so the app's start (which builds the account service) does not pay for it.

log = logging.getLogger(__name__)

SERVICE_NAME = "VoiceDesk"

NO_SECURE_STORE_MESSAGE = (
    "This computer has no secure password store (such as the GNOME Keyring, KWallet, the macOS "
    "Keychain or the Windows Credential Manager), so VoiceDesk cannot keep the account's secret "
    "safely and did not save it. Ask your IT contact to set one up, then enter the secret again."
)

# Backends that keep secrets readable on disk (keyrings.alt) or do nothing: never acceptable.
_INSECURE_MODULE_PREFIXES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


class SecretStoreError(Exception):
    """The keyring failed; the message is plain words and never contains the secret."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NoSecureStore(SecretStoreError):
    """No secure keyring backend exists on this computer."""

    def __init__(self, message: str = NO_SECURE_STORE_MESSAGE) -> None:
        super().__init__(message)


class KeyringLocked(SecretStoreError):
    """The keyring exists but is locked and the user did not unlock it."""


def _is_insecure(backend: keyring.backend.KeyringBackend) -> bool:
    module = type(backend).__module__
    return module.startswith(_INSECURE_MODULE_PREFIXES)


def secure_backends(
    backend: keyring.backend.KeyringBackend,
) -> list[keyring.backend.KeyringBackend]:
    """The secure backends behind `backend` (the chainer's members, or itself)."""
    from keyring.backends import chainer, fail

    members = backend.backends if isinstance(backend, chainer.ChainerBackend) else [backend]
    return [b for b in members if not isinstance(b, fail.Keyring) and not _is_insecure(b)]


class SecretStore:
    """Set, get and delete one secret per account id in the OS keyring."""

    def __init__(
        self,
        backend: keyring.backend.KeyringBackend | None = None,
        service: str = SERVICE_NAME,
    ) -> None:
        """`backend` defaults to the one `keyring` chose for this computer."""
        self._backend = backend
        self.service = service

    def _secure_backend(self) -> keyring.backend.KeyringBackend:
        import keyring

        backend = self._backend if self._backend is not None else keyring.get_keyring()
        usable = secure_backends(backend)
        if not usable:
            log.warning("no secure keyring backend (found %s)", type(backend).__name__)
            raise NoSecureStore()
        # Use the best secure member directly, so a chainer can never reach an insecure one.
        return max(usable, key=lambda b: b.priority)

    def is_available(self) -> bool:
        """True when a secure keyring exists (it may still be locked)."""
        try:
            self._secure_backend()
        except NoSecureStore:
            return False
        return True

    def backend_name(self) -> str:
        """A readable name of the keyring in use, for the Accounts page."""
        try:
            return getattr(self._secure_backend(), "name", type(self._secure_backend()).__name__)
        except NoSecureStore:
            return ""

    def set(self, account_id: str, secret: str) -> None:
        """Store the account's secret; raises NoSecureStore or SecretStoreError; never elsewhere."""
        import keyring.errors

        if not secret:
            raise SecretStoreError("The secret is empty; enter the secret the provider gave you.")
        backend = self._secure_backend()
        try:
            backend.set_password(self.service, account_id, secret)
        except keyring.errors.NoKeyringError as exc:
            raise NoSecureStore() from _scrub(exc)
        except keyring.errors.KeyringLocked as exc:
            raise KeyringLocked(
                "The password store is locked. Unlock it (or allow VoiceDesk when asked) and "
                "save again."
            ) from _scrub(exc)
        except keyring.errors.KeyringError as exc:
            raise SecretStoreError(
                "The password store refused to save the secret. Try again; if it keeps failing, "
                "ask your IT contact to check the system's password store."
            ) from _scrub(exc)
        log.info("secret stored in the keyring for account %s", account_id)

    def get(self, account_id: str) -> str | None:
        """The account's secret, or None when none is stored."""
        import keyring.errors

        backend = self._secure_backend()
        try:
            return backend.get_password(self.service, account_id)
        except keyring.errors.NoKeyringError as exc:
            raise NoSecureStore() from _scrub(exc)
        except keyring.errors.KeyringLocked as exc:
            raise KeyringLocked(
                "The password store is locked. Unlock it to use this account."
            ) from _scrub(exc)
        except keyring.errors.KeyringError as exc:
            raise SecretStoreError(
                "The password store could not be read. Try again, or enter the secret again."
            ) from _scrub(exc)

    def delete(self, account_id: str) -> bool:
        """Forget the account's secret; False when there was none."""
        import keyring.errors

        backend = self._secure_backend()
        try:
            if backend.get_password(self.service, account_id) is None:
                return False
            backend.delete_password(self.service, account_id)
        except keyring.errors.PasswordDeleteError:
            return False
        except keyring.errors.NoKeyringError as exc:
            raise NoSecureStore() from _scrub(exc)
        except keyring.errors.KeyringError as exc:
            raise SecretStoreError(
                "The password store could not remove the secret. Try again."
            ) from _scrub(exc)
        log.info("secret removed from the keyring for account %s", account_id)
        return True

    async def aset(self, account_id: str, secret: str) -> None:
        """`set` off the event loop (the keyring may talk to D-Bus or ask to unlock)."""
        await asyncio.to_thread(self.set, account_id, secret)

    async def aget(self, account_id: str) -> str | None:
        """`get` off the event loop."""
        return await asyncio.to_thread(self.get, account_id)

    async def adelete(self, account_id: str) -> bool:
        """`delete` off the event loop."""
        return await asyncio.to_thread(self.delete, account_id)


def _scrub(exc: BaseException) -> SecretStoreError:
    """A stand-in cause: the backend's error type, without its arguments or traceback."""
    return SecretStoreError(f"{type(exc).__module__}.{type(exc).__name__}")
