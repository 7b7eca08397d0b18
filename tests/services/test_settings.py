"""Declared settings: defaults, checks, storage, reload, overrides of provider names."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.services.settings import (
    AUTOSAVE_DELAY,
    DEFAULT_COUNTRY,
    DEFAULT_PROVIDER,
    REGISTRY,
    SANDBOX_SPEED,
    UNCONFIRMED_OVERRIDES,
    Setting,
    Settings,
    declare,
)
from app.services.store import Store, StoreError


@pytest.fixture
def store(tmp_path: Path):
    s = Store(tmp_path / "voicedesk.sqlite3")
    yield s
    s.close()


@pytest.mark.asyncio
async def test_defaults(store: Store) -> None:
    settings = Settings(store)
    await settings.load()
    assert settings.get(DEFAULT_COUNTRY) == "BE"
    assert settings.get(DEFAULT_PROVIDER) == "routee"
    assert settings.get(SANDBOX_SPEED) == 1.0
    assert settings.get(UNCONFIRMED_OVERRIDES) == {}
    assert settings.get(AUTOSAVE_DELAY) == 0.5
    assert settings.is_default(DEFAULT_COUNTRY)
    for setting in settings.declared():
        assert setting.label and setting.key in REGISTRY


@pytest.mark.asyncio
async def test_set_persists_and_reloads(store: Store) -> None:
    settings = Settings(store)
    await settings.load()
    seen: list[tuple[str, object]] = []
    unsubscribe = settings.subscribe(lambda k, v: seen.append((k, v)))
    await settings.set(DEFAULT_COUNTRY, "FR")
    await settings.set("sandbox.speed", 50)  # int accepted for a float
    assert settings.get(SANDBOX_SPEED) == 50.0
    assert seen == [("recipients.default_country", "FR"), ("sandbox.speed", 50.0)]
    unsubscribe()

    again = Settings(store)
    await again.load()
    assert again.get(DEFAULT_COUNTRY) == "FR" and again.get(SANDBOX_SPEED) == 50.0
    await again.reset(DEFAULT_COUNTRY)
    assert again.get(DEFAULT_COUNTRY) == "BE" and again.is_default(DEFAULT_COUNTRY)
    assert len(seen) == 2


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("setting", "value", "words"),
    [
        (DEFAULT_COUNTRY, "Belgium", "two-letter"),
        (DEFAULT_PROVIDER, "carrier-pigeon", "not one of the choices"),
        (SANDBOX_SPEED, 0, "at least"),
        (SANDBOX_SPEED, "fast", "not a valid value"),
        (SANDBOX_SPEED, float("nan"), "finite"),
        (UNCONFIRMED_OVERRIDES, ["x"], "names and values"),
        (UNCONFIRMED_OVERRIDES, {"no_such_name": "x"}, "not a known name"),
        (UNCONFIRMED_OVERRIDES, {"naxai_type_field": 3}, "must be a str"),
        (AUTOSAVE_DELAY, 5.0, "at most"),
    ],
)
async def test_invalid_values_refused_in_plain_words(
    store: Store, setting: Setting, value: object, words: str
) -> None:
    settings = Settings(store)
    await settings.load()
    with pytest.raises(ValueError, match=words):
        await settings.set(setting, value)
    assert settings.is_default(setting)
    assert await store.get_setting(setting.key) is None


@pytest.mark.asyncio
async def test_unconfirmed_overrides_apply(store: Store) -> None:
    settings = Settings(store)
    await settings.load()
    await settings.set(UNCONFIRMED_OVERRIDES, {"naxai_type_field": "broadcastType"})
    names = settings.unconfirmed_names()
    assert names.naxai_type_field == "broadcastType"
    assert names.naxai_version == "2023-03-25"


@pytest.mark.asyncio
async def test_bad_stored_values_fall_back_to_default(store: Store) -> None:
    await store.set_settings(
        {"sandbox.speed": "oops", "old.removed": 1, "recipients.default_country": "NL"}
    )
    settings = Settings(store)
    await settings.load()
    assert settings.get(SANDBOX_SPEED) == 1.0
    assert settings.get(DEFAULT_COUNTRY) == "NL"


@pytest.mark.asyncio
async def test_store_failure_changes_nothing(store: Store) -> None:
    settings = Settings(store)
    await settings.load()
    store.run_sync(lambda: store._connection().execute("PRAGMA query_only = 1"))
    with pytest.raises(StoreError):
        await settings.set(DEFAULT_COUNTRY, "FR")
    assert settings.get(DEFAULT_COUNTRY) == "BE"


def test_declared_once_and_undeclared_refused(store: Store) -> None:
    with pytest.raises(ValueError, match="twice"):
        declare(Setting("recipients.default_country", str, "BE", "x"))
    with pytest.raises(KeyError):
        Settings(store).get("no.such.setting")
