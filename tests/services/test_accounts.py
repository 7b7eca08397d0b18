"""Accounts: the built-in Sandbox, Routee and Naxai accounts with secrets in a real keyring, checks
in plain words, and a secret that appears nowhere but the keyring."""

from __future__ import annotations

import logging
import uuid
from pathlib import Path
from typing import Any

import keyring.backend
import pytest
from keyring.backends import fail

from app.domain.providers import ProviderId
from app.services.accounts import (
    SANDBOX_ACCOUNT_ID,
    SANDBOX_SECRET,
    Account,
    AccountError,
    AccountService,
    Credentials,
)
from app.services.paths import data_dir, log_dir
from app.services.secrets import NoSecureStore, SecretStore
from app.services.settings import LAST_ACCOUNTS, Settings
from app.services.store import Store, StoreError, default_store_path
from tests.services.test_secrets import secret_service  # noqa: F401 - the real keyring fixture


class MemoryKeyring:
    """A stand-in keyring for checks that do not need a real one (a plain class: not registered)."""

    priority = 5

    def __init__(self) -> None:
        self.items: dict[tuple[str, str], str] = {}

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


@pytest.fixture
def store():
    s = Store(default_store_path())
    yield s
    s.close()


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def service(store: Store, memory_keyring: MemoryKeyring) -> AccountService:
    return AccountService(store, SecretStore(memory_keyring))  # type: ignore[arg-type]


@pytest.mark.asyncio
async def test_sandbox_is_built_in_default_and_permanent(service: AccountService) -> None:
    accounts = await service.list_accounts()
    assert [a.id for a in accounts] == [SANDBOX_ACCOUNT_ID]
    sandbox = accounts[0]
    assert sandbox.is_sandbox and sandbox.provider is None
    assert sandbox.supports(ProviderId.ROUTEE) and sandbox.supports(ProviderId.NAXAI)
    creds = await service.credentials(SANDBOX_ACCOUNT_ID)
    assert creds.secret == SANDBOX_SECRET
    with pytest.raises(AccountError, match="cannot be removed"):
        await service.remove(SANDBOX_ACCOUNT_ID)
    with pytest.raises(AccountError, match="cannot be changed"):
        await service.edit(SANDBOX_ACCOUNT_ID, secret="x")
    renamed = await service.edit(SANDBOX_ACCOUNT_ID, display_name="Practice")
    assert renamed.display_name == "Practice" and renamed.is_sandbox


@pytest.mark.asyncio
async def test_sandbox_needs_no_keyring(store: Store) -> None:
    service = AccountService(store, SecretStore(fail.Keyring()))
    assert (await service.credentials(SANDBOX_ACCOUNT_ID)).client_id
    with pytest.raises(NoSecureStore):
        await service.add(ProviderId.ROUTEE, "Town hall", "app-id", "secret")
    assert [a.id for a in await service.list_accounts()] == [SANDBOX_ACCOUNT_ID]  # nothing saved


@pytest.mark.asyncio
async def test_add_edit_remove(
    service: AccountService, memory_keyring: MemoryKeyring, store: Store
) -> None:
    routee = await service.add(
        ProviderId.ROUTEE,
        "  Town   hall ",
        "app-id",
        "routee-secret",
        sender="+3222",
        api_base_url="https://connect.routee.net/",
        auth_base_url="https://auth.routee.net",
    )
    assert (
        routee.display_name == "Town hall" and routee.api_base_url == "https://connect.routee.net"
    )
    assert not routee.supports(ProviderId.NAXAI)
    naxai = await service.add(
        ProviderId.NAXAI, "School", "client", "naxai-secret", api_base_url="http://127.0.0.1:8123"
    )
    assert [a.id for a in await service.list_accounts()] == [
        SANDBOX_ACCOUNT_ID,
        naxai.id,
        routee.id,
    ]
    assert (await service.credentials(routee.id)) == Credentials("app-id", "routee-secret")
    assert "routee-secret" not in repr(await service.credentials(routee.id))

    edited = await service.edit(
        routee.id, display_name="Town hall 2", secret="new-secret", api_base_url=None
    )
    assert edited.display_name == "Town hall 2" and edited.api_base_url is None
    assert edited.auth_base_url == "https://auth.routee.net"
    assert (await service.credentials(routee.id)).secret == "new-secret"
    assert await store.get_account(routee.id) == edited

    settings = Settings(store)
    await settings.load()
    await settings.set(LAST_ACCOUNTS, {"routee": routee.id})
    with_settings = AccountService(store, SecretStore(memory_keyring), settings=settings)  # type: ignore[arg-type]
    await with_settings.remove(routee.id)
    assert settings.get(LAST_ACCOUNTS) == {}  # new drafts no longer start on the removed account
    assert ("VoiceDesk", routee.id) not in memory_keyring.items
    with pytest.raises(AccountError, match="no longer exists"):
        await service.get(routee.id)


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("kwargs", "field", "words"),
    [
        ({"display_name": " "}, "display_name", "Give the account a name"),
        ({"client_id": ""}, "client_id", "application or client id"),
        ({"secret": "  "}, "secret", "secret"),
        ({"sender": "abc"}, "sender", "digits"),
        ({"sender": "1" * 17}, "sender", "1 to 16 digits"),
        ({"api_base_url": "http://connect.routee.net"}, "api_base_url", "https://"),
        ({"auth_base_url": "ftp://x"}, "auth_base_url", "https://"),
    ],
)
async def test_invalid_input_names_the_field(
    service: AccountService,
    memory_keyring: MemoryKeyring,
    kwargs: dict[str, Any],
    field: str,
    words: str,
) -> None:
    base: dict[str, Any] = {"display_name": "Town hall", "client_id": "app", "secret": "s"}
    base.update(kwargs)
    with pytest.raises(AccountError, match=words) as info:
        await service.add(ProviderId.ROUTEE, **base)
    assert info.value.field == field
    assert memory_keyring.items == {}
    assert len(await service.list_accounts()) == 1


@pytest.mark.asyncio
async def test_naxai_sender_rule(service: AccountService) -> None:
    with pytest.raises(AccountError, match="8 to 15 digits"):
        await service.add(ProviderId.NAXAI, "N", "c", "s", sender="1234")
    assert (
        await service.add(ProviderId.NAXAI, "N", "c", "s", sender="3225551234")
    ).sender == "3225551234"


@pytest.mark.asyncio
async def test_missing_secret_says_enter_it_again(
    service: AccountService, memory_keyring: MemoryKeyring
) -> None:
    acc = await service.add(ProviderId.ROUTEE, "Town hall", "app", "s")
    memory_keyring.items.clear()
    with pytest.raises(AccountError, match="enter it again"):
        await service.credentials(acc.id)


@pytest.mark.asyncio
async def test_store_failure_on_add_removes_the_secret(
    service: AccountService, memory_keyring: MemoryKeyring, store: Store
) -> None:
    await service.ensure_sandbox()
    store.run_sync(lambda: store._connection().execute("PRAGMA query_only = 1"))
    with pytest.raises(StoreError):
        await service.add(ProviderId.ROUTEE, "Town hall", "app", "orphan")
    assert memory_keyring.items == {}


class FakeGateway:
    def __init__(self, account: Account, creds: Credentials, provider: ProviderId) -> None:
        self.account, self.creds, self.provider = account, creds, provider
        self.closed = self.checked = False

    async def check_credentials(self) -> None:
        self.checked = True
        if self.creds.secret not in ("good", SANDBOX_SECRET):
            raise PermissionError("Wrong credentials")

    async def aclose(self) -> None:
        self.closed = True


@pytest.mark.asyncio
async def test_test_connection_uses_the_factory(
    store: Store, memory_keyring: MemoryKeyring
) -> None:
    made: list[FakeGateway] = []

    def factory(account: Account, creds: Credentials, provider: ProviderId) -> FakeGateway:
        made.append(FakeGateway(account, creds, provider))
        return made[-1]

    service = AccountService(store, SecretStore(memory_keyring), gateway_factory=factory)  # type: ignore[arg-type]
    good = await service.add(ProviderId.ROUTEE, "Good", "app", "good")
    bad = await service.add(ProviderId.ROUTEE, "Bad", "app", "bad")
    await service.test_connection(good.id)
    with pytest.raises(PermissionError):
        await service.test_connection(bad.id)
    assert all(g.checked and g.closed for g in made)
    assert [g.provider for g in made] == [ProviderId.ROUTEE, ProviderId.ROUTEE]
    made.clear()
    await service.test_connection(SANDBOX_ACCOUNT_ID)  # the Sandbox speaks both APIs
    assert [g.provider for g in made] == [ProviderId.ROUTEE, ProviderId.NAXAI]
    assert all(g.creds.secret == SANDBOX_SECRET and g.closed for g in made)
    with pytest.raises(AccountError, match="Choose Routee or Naxai"):
        await service.gateway(SANDBOX_ACCOUNT_ID)
    with pytest.raises(AccountError, match="cannot send Naxai"):
        await service.gateway(good.id, ProviderId.NAXAI)
    gateway = await service.gateway(SANDBOX_ACCOUNT_ID, ProviderId.NAXAI)
    assert gateway.provider is ProviderId.NAXAI


@pytest.mark.asyncio
async def test_real_keyring_round_trip(
    store: Store,
    secret_service: keyring.backend.KeyringBackend,  # noqa: F811
) -> None:
    service = AccountService(store, SecretStore(secret_service))
    acc = await service.add(ProviderId.NAXAI, "School", "client", "real-keyring-secret")
    assert secret_service.get_password("VoiceDesk", acc.id) == "real-keyring-secret"
    assert (await service.credentials(acc.id)).secret == "real-keyring-secret"
    await service.remove(acc.id)
    assert secret_service.get_password("VoiceDesk", acc.id) is None


@pytest.mark.asyncio
async def test_secret_is_nowhere_but_the_keyring(
    store: Store,
    secret_service: keyring.backend.KeyringBackend,  # noqa: F811
    caplog: pytest.LogCaptureFixture,
    user_folders: Path,
) -> None:
    caplog.set_level(logging.DEBUG)
    log_file = log_dir() / "voicedesk.log"
    handler = logging.FileHandler(log_file)
    handler.setLevel(logging.DEBUG)
    logging.getLogger().addHandler(handler)
    secret = f"S3cret-{uuid.uuid4().hex}"
    try:
        service = AccountService(store, SecretStore(secret_service))
        acc = await service.add(ProviderId.ROUTEE, "Town hall", "app-id", secret, sender="3222")
        await service.edit(acc.id, secret=secret + "-2", display_name="Town hall B")
        await service.edit(acc.id, secret=secret)
        assert (await service.credentials(acc.id)).secret == secret
        with pytest.raises(AccountError) as info:  # an error after entry shows no secret either
            await service.add(ProviderId.ROUTEE, "", "app-id", secret)
        assert secret not in str(info.value)
        await Settings(store).load()
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
    store.close()  # checkpoint the WAL so every byte is in the files we search

    files = [p for p in user_folders.rglob("*") if p.is_file()]
    assert default_store_path() in files and log_file in files
    assert any(p.parent == data_dir() for p in files)
    for path in files:
        data = path.read_bytes()
        assert secret.encode() not in data, f"secret found in {path}"
        assert secret.encode("utf-16-le") not in data, f"secret found in {path} (UTF-16)"
    assert secret not in caplog.text
    # The search is not vacuous: what was saved in plain sight is found in the same files.
    assert b"Town hall B" in default_store_path().read_bytes()
    assert acc.id.encode() in log_file.read_bytes()
    assert secret_service.get_password("VoiceDesk", acc.id) == secret  # it is in the keyring
