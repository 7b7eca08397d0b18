"""Every setting of VoiceDesk, declared once (key, type, default, translatable label), Picard style.

The settings dialog and the storage both read `REGISTRY`; values live in the store's settings table.
"""

from __future__ import annotations

import dataclasses
import logging
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from app.domain.providers import ProviderId
from app.providers.unconfirmed import DEFAULT_NAMES, UnconfirmedNames
from app.services.store import Store

log = logging.getLogger(__name__)

T = TypeVar("T")


def N_(text: str) -> str:
    """Mark `text` for translation; the UI translates it when it shows it."""
    return text


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One declared setting: its key, Python type, default, label and optional rules."""

    key: str
    type: type
    default: T
    label: str
    section: str = "general"
    advanced: bool = False
    choices: tuple[T, ...] | None = None
    minimum: float | None = None
    maximum: float | None = None
    check: Callable[[T], None] | None = None  # raises ValueError in plain words

    def coerce(self, value: Any) -> T:
        """`value` as this setting's type, or ValueError in plain words."""
        if self.type is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if self.type is dict and not isinstance(value, dict):
            raise ValueError(f"{self.label}: a set of names and values is expected.")
        if not isinstance(value, self.type) or (self.type is not bool and isinstance(value, bool)):
            raise ValueError(f"{self.label}: {value!r} is not a valid value.")
        if self.type is float and not math.isfinite(value):
            raise ValueError(f"{self.label}: a finite number is expected.")
        if self.choices is not None and value not in self.choices:
            raise ValueError(f"{self.label}: {value!r} is not one of the choices.")
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"{self.label}: at least {self.minimum} is expected.")
        if self.maximum is not None and value > self.maximum:
            raise ValueError(f"{self.label}: at most {self.maximum} is expected.")
        if self.check is not None:
            self.check(value)
        return value  # type: ignore[no-any-return]


REGISTRY: dict[str, Setting[Any]] = {}


def declare(setting: Setting[T]) -> Setting[T]:
    """Add a setting to the registry (each key once); its default must pass its own rules."""
    if setting.key in REGISTRY:
        raise ValueError(f"setting {setting.key} declared twice")
    setting.coerce(setting.default)
    REGISTRY[setting.key] = setting
    return setting


def _check_country(value: str) -> None:
    if len(value) != 2 or not value.isascii() or not value.isalpha() or not value.isupper():
        raise ValueError("Default country: a two-letter country code such as BE is expected.")


def _check_unconfirmed(value: dict[str, Any]) -> None:
    fields = {f.name: f for f in dataclasses.fields(UnconfirmedNames)}
    for key, item in value.items():
        if key not in fields:
            raise ValueError(f"Provider name overrides: {key!r} is not a known name.")
        expected = type(getattr(DEFAULT_NAMES, key))
        if not isinstance(item, expected) or (expected is not bool and isinstance(item, bool)):
            raise ValueError(
                f"Provider name overrides: {key!r} must be a {expected.__name__}, not {item!r}."
            )


DEFAULT_COUNTRY = declare(
    Setting(
        "recipients.default_country",
        str,
        "BE",
        N_("Country of numbers typed without a country code"),
        section="recipients",
        check=_check_country,
    )
)
DEFAULT_PROVIDER = declare(
    Setting(
        "compose.default_provider",
        str,
        ProviderId.ROUTEE.value,
        N_("Provider for new drafts"),
        section="compose",
        choices=tuple(p.value for p in ProviderId),
    )
)
def _check_last_accounts(value: dict[str, Any]) -> None:
    providers = {p.value for p in ProviderId}
    for key, item in value.items():
        if key not in providers:
            raise ValueError(f"Accounts new drafts use: {key!r} is not a provider.")
        if not isinstance(item, str) or not item:
            raise ValueError(f"Accounts new drafts use: {item!r} is not an account.")


LAST_ACCOUNTS = declare(
    Setting(
        "accounts.last_used_by_provider",
        dict,
        {},
        N_("Account new drafts use, for each provider (the last one chosen)"),
        section="accounts",
        check=_check_last_accounts,
    )
)
SANDBOX_SPEED = declare(
    Setting(
        "sandbox.speed",
        float,
        1.0,
        N_("Speed of the Sandbox's simulated campaigns (1 = real time)"),
        section="sandbox",
        advanced=True,
        minimum=0.01,
        maximum=10_000.0,
    )
)
UNCONFIRMED_OVERRIDES = declare(
    Setting(
        "providers.unconfirmed_overrides",
        dict,
        {},
        N_("Overrides for provider field names the documents do not confirm"),
        section="providers",
        advanced=True,
        check=_check_unconfirmed,
    )
)
AUTOSAVE_DELAY = declare(
    Setting(
        "drafts.autosave_delay",
        float,
        0.5,
        N_("Seconds of quiet before a draft is saved"),
        section="drafts",
        advanced=True,
        minimum=0.1,
        maximum=1.5,
    )
)
AUTOSAVE_MAX_DELAY = declare(
    Setting(
        "drafts.autosave_max_delay",
        float,
        1.5,
        N_("Longest time a change waits before it is saved, in seconds"),
        section="drafts",
        advanced=True,
        minimum=0.1,
        maximum=1.5,
    )
)
UI_LANGUAGE = declare(
    Setting(
        "ui.language",
        str,
        "",
        N_("Language of the application (empty: the system's)"),
        section="general",
    )
)


class Settings:
    """The declared settings' current values: read synchronously, written through the store."""

    def __init__(self, store: Store, registry: dict[str, Setting[Any]] | None = None) -> None:
        """Call `await load()` before reading stored values; until then defaults are returned."""
        self._store = store
        self._registry = REGISTRY if registry is None else registry
        self._values: dict[str, Any] = {}
        self._listeners: list[Callable[[str, Any], None]] = []

    def _declared(self, setting: Setting[T] | str) -> Setting[T]:
        key = setting if isinstance(setting, str) else setting.key
        try:
            return self._registry[key]
        except KeyError:
            raise KeyError(f"undeclared setting {key}") from None

    async def load(self) -> None:
        """Read every stored value; one that no longer fits its declaration is ignored."""
        stored = await self._store.all_settings()
        values: dict[str, Any] = {}
        for key, raw in stored.items():
            setting = self._registry.get(key)
            if setting is None:
                continue  # a setting from another version: kept in the store, ignored here
            try:
                values[key] = setting.coerce(raw)
            except ValueError as exc:
                log.warning("stored setting %s ignored: %s", key, exc)
        self._values = values

    def get(self, setting: Setting[T] | str) -> T:
        """The current value (the default when never set)."""
        declared = self._declared(setting)
        return self._values.get(declared.key, declared.default)  # type: ignore[no-any-return]

    def is_default(self, setting: Setting[Any] | str) -> bool:
        """True when the setting has never been changed."""
        return self._declared(setting).key not in self._values

    async def set(self, setting: Setting[T] | str, value: T) -> None:
        """Check, store a value; raises ValueError (plain words) or StoreError, changing nothing."""
        declared = self._declared(setting)
        checked = declared.coerce(value)
        await self._store.set_setting(declared.key, checked)
        self._values[declared.key] = checked
        self._notify(declared.key, checked)

    async def reset(self, setting: Setting[Any] | str) -> None:
        """Return a setting to its default."""
        declared = self._declared(setting)
        await self._store.delete_setting(declared.key)
        self._values.pop(declared.key, None)
        self._notify(declared.key, declared.default)

    def subscribe(self, listener: Callable[[str, Any], None]) -> Callable[[], None]:
        """Call `listener(key, value)` after each change; returns a function that unsubscribes."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def _notify(self, key: str, value: Any) -> None:
        for listener in list(self._listeners):
            listener(key, value)

    def declared(self) -> list[Setting[Any]]:
        """Every declared setting, in declaration order (for the settings dialog)."""
        return list(self._registry.values())

    def unconfirmed_names(self) -> UnconfirmedNames:
        """The provider names with the advanced overrides applied."""
        return DEFAULT_NAMES.with_overrides(self.get(UNCONFIRMED_OVERRIDES))
