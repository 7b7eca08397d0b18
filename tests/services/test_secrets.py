"""Secrets in the OS keyring: a real Secret Service (D-Bus + gnome-keyring) when available, and a
plain refusal, never a plain-text fallback, when no secure store exists."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import keyring.backend
import pytest
from keyring.backends import chainer, fail

from app.services.secrets import (
    NO_SECURE_STORE_MESSAGE,
    NoSecureStore,
    SecretStore,
    SecretStoreError,
    secure_backends,
)


def _name_has_owner(address: str, name: str) -> bool:
    from jeepney import DBusAddress, new_method_call
    from jeepney.io.blocking import open_dbus_connection

    bus = DBusAddress(
        "/org/freedesktop/DBus", bus_name="org.freedesktop.DBus", interface="org.freedesktop.DBus"
    )
    conn = open_dbus_connection(bus=address)
    try:
        reply = conn.send_and_get_reply(
            new_method_call(bus, "NameHasOwner", "s", (name,)), timeout=2
        )
        return bool(reply.body[0])
    finally:
        conn.close()


@pytest.fixture(scope="module")
def secret_service(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[keyring.backend.KeyringBackend]:
    """A private D-Bus session with an unlocked gnome-keyring; yields its Secret Service backend.

    Skips (with the reason) when dbus-daemon or gnome-keyring-daemon is missing or will not start.
    """
    for program in ("dbus-daemon", "gnome-keyring-daemon"):
        if shutil.which(program) is None:
            pytest.skip(f"{program} is not installed: no real Secret Service to test against")
    home = tmp_path_factory.mktemp("keyring-home")
    runtime = home / "run"
    runtime.mkdir(mode=0o700)
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_RUNTIME_DIR": str(runtime),
    }
    bus = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--nopidfile", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert bus.stdout is not None
    address = bus.stdout.readline().strip()
    if not address:
        bus.kill()
        pytest.skip(f"dbus-daemon would not start: {bus.communicate()[1].strip()}")
    env["DBUS_SESSION_BUS_ADDRESS"] = address
    daemon = subprocess.Popen(
        ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    assert daemon.stdin is not None
    daemon.stdin.write(b"test-keyring-password")
    daemon.stdin.close()
    previous = os.environ.get("DBUS_SESSION_BUS_ADDRESS")
    os.environ["DBUS_SESSION_BUS_ADDRESS"] = address
    try:
        deadline = time.monotonic() + 10
        while not _name_has_owner(address, "org.freedesktop.secrets"):
            if daemon.poll() is not None or time.monotonic() > deadline:
                pytest.skip("gnome-keyring-daemon did not offer a Secret Service")
            time.sleep(0.05)
        from keyring.backends import SecretService

        backend = SecretService.Keyring()
        yield backend
    finally:
        if previous is None:
            os.environ.pop("DBUS_SESSION_BUS_ADDRESS", None)
        else:
            os.environ["DBUS_SESSION_BUS_ADDRESS"] = previous
        daemon.terminate()
        try:
            daemon.wait(timeout=5)
        except subprocess.TimeoutExpired:
            daemon.kill()
        bus.terminate()
        bus.wait(timeout=5)


def test_set_get_delete_in_real_keyring(secret_service: keyring.backend.KeyringBackend) -> None:
    secrets = SecretStore(secret_service)
    assert secrets.is_available()
    assert secrets.get("acc-1") is None
    secrets.set("acc-1", "first-secret")
    secrets.set("acc-2", "other-secret")
    assert secrets.get("acc-1") == "first-secret"
    secrets.set("acc-1", "replaced")
    assert secrets.get("acc-1") == "replaced"
    assert secret_service.get_password("VoiceDesk", "acc-1") == "replaced"  # service name
    assert secrets.delete("acc-1") is True
    assert secrets.delete("acc-1") is False
    assert secrets.get("acc-1") is None
    assert secrets.get("acc-2") == "other-secret"
    with pytest.raises(SecretStoreError, match="empty"):
        secrets.set("acc-3", "")


@pytest.mark.asyncio
async def test_async_wrappers(secret_service: keyring.backend.KeyringBackend) -> None:
    secrets = SecretStore(secret_service)
    await secrets.aset("acc-async", "s")
    assert await secrets.aget("acc-async") == "s"
    assert await secrets.adelete("acc-async") is True


def test_fail_backend_refused_in_plain_words() -> None:
    secrets = SecretStore(fail.Keyring())
    assert not secrets.is_available()
    with pytest.raises(NoSecureStore) as info:
        secrets.set("acc", "never-written")
    assert "no secure password store" in info.value.message
    assert "never-written" not in str(info.value)
    with pytest.raises(NoSecureStore):
        secrets.get("acc")


def test_empty_chainer_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [])
    empty = chainer.ChainerBackend.__new__(chainer.ChainerBackend)
    with pytest.raises(NoSecureStore):
        SecretStore(empty).set("acc", "x")


# Test doubles are plain classes: subclassing KeyringBackend would register them with keyring.
class PlaintextKeyring:
    """Looks like keyrings.alt's plain-text file backend."""

    priority = 1

    def __init__(self) -> None:
        self.written: list[str] = []

    def set_password(self, service: str, username: str, password: str) -> None:
        self.written.append(password)

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def delete_password(self, service: str, username: str) -> None:
        pass


PlaintextKeyring.__module__ = "keyrings.alt.file"


class RefusingKeyring:
    """A secure-looking backend whose store refuses, with the secret in the error text."""

    priority = 1

    def set_password(self, service: str, username: str, password: str) -> None:
        import keyring.errors

        raise keyring.errors.NoKeyringError(f"refused {password}")

    def get_password(self, service: str, username: str) -> str | None:
        import keyring.errors

        raise keyring.errors.KeyringLocked("locked")

    def delete_password(self, service: str, username: str) -> None:
        pass


def test_plain_text_backend_refused_and_nothing_written() -> None:
    backend = PlaintextKeyring()
    assert secure_backends(backend) == []  # type: ignore[arg-type]
    with pytest.raises(NoSecureStore):
        SecretStore(backend).set("acc", "leaky")  # type: ignore[arg-type]
    assert backend.written == []


def test_no_keyring_error_from_backend_becomes_no_secure_store() -> None:
    secrets = SecretStore(RefusingKeyring())  # type: ignore[arg-type]
    with pytest.raises(NoSecureStore) as info:
        secrets.set("acc", "topsecret")
    assert "topsecret" not in str(info.value) and "topsecret" not in repr(info.value.__cause__)
    with pytest.raises(SecretStoreError, match="locked"):
        secrets.get("acc")


HEADLESS_PROBE = """
import os, sys
from app.services.secrets import NoSecureStore, SecretStore
store = SecretStore()
if store.is_available():
    print("available")
    sys.exit(0)
try:
    store.set("acc", "nowhere-written")
except NoSecureStore as exc:
    print("refused:", exc.message)
"""


def test_default_backend_without_session_bus_refuses(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """With no session bus (headless Linux), keyring's own choice is refused, never a plain file."""
    home = tmp_path_factory.mktemp("headless-home")
    env = {k: v for k, v in os.environ.items() if k != "DBUS_SESSION_BUS_ADDRESS"}
    env.update(
        HOME=str(home), XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config")
    )
    root = Path(__file__).resolve().parents[2]
    env["PYTHONPATH"] = str(root)
    result = subprocess.run(
        [sys.executable, "-c", HEADLESS_PROBE],
        capture_output=True,
        text=True,
        env=env,
        cwd=root,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    if result.stdout.startswith("available"):
        pytest.skip("this machine offers a secure keyring without a session bus")
    assert result.stdout.strip() == f"refused: {NO_SECURE_STORE_MESSAGE}"
    leaked = [p for p in home.rglob("*") if p.is_file() and b"nowhere-written" in p.read_bytes()]
    assert leaked == []
