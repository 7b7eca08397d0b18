"""Check the public address of a recorded message: download it, check it is a WAV, and confirm it
holds the same recording as the local file (same length and the same sound data). No Qt."""

from __future__ import annotations

import asyncio
import hashlib
import struct
import tempfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import httpx

from app.providers.http import check_base_url
from app.services.wav_info import WavInfo, WavProblem, inspect_wav

MAX_BYTES = 50 * 1024 * 1024
TIMEOUT_SECONDS = 20.0
DURATION_TOLERANCE = 0.05
MAX_REDIRECTS = 5


@dataclass(frozen=True)
class AddressCheck:
    """The outcome of "Check address": `ok`, a plain-words `message`, and the remote WAV's facts."""

    ok: bool
    message: str
    remote: WavInfo | None = None


class _TooLarge(Exception):
    pass


async def check_address(
    url: str,
    local: WavInfo | None,
    *,
    client: httpx.AsyncClient | None = None,
    max_bytes: int = MAX_BYTES,
    timeout: float = TIMEOUT_SECONDS,
) -> AddressCheck:
    """Download `url` and compare it with `local` (when given); never raises for bad input."""
    url = url.strip()
    if not url:
        return AddressCheck(False, "Enter the public address of the WAV file first.")
    try:
        check_base_url(url)
    except ValueError:
        return AddressCheck(False, f"The address must start with https:// ({url}).")
    except httpx.InvalidURL:
        return AddressCheck(False, f"This is not a valid address: {url}")
    own = client is None
    http = client if client is not None else httpx.AsyncClient(timeout=timeout)
    try:
        async with asyncio.timeout(timeout):
            status, body = await _download(http, url, max_bytes, timeout)
    except TimeoutError:
        return AddressCheck(False, f"The server did not answer within {timeout:g} seconds.")
    except httpx.TimeoutException:
        return AddressCheck(False, f"The server did not answer within {timeout:g} seconds.")
    except _TooLarge:
        return AddressCheck(
            False,
            f"The file at this address is too big: the limit is {max_bytes / 1_048_576:.0f} MB.",
        )
    except ValueError as exc:  # a redirect to a plain-http address
        return AddressCheck(False, str(exc))
    except (httpx.InvalidURL, httpx.UnsupportedProtocol):
        return AddressCheck(False, f"This is not a valid address: {url}")
    except httpx.HTTPError:
        return AddressCheck(
            False,
            "The server at this address could not be reached. "
            "Check the address and the network.",
        )
    finally:
        if own:
            await http.aclose()
    if status != 200:
        return AddressCheck(False, _status_message(status))
    name = PurePosixPath(httpx.URL(url).path).name or "download.wav"
    try:
        remote = await asyncio.to_thread(_inspect_bytes, body, name, max_bytes)
    except WavProblem as exc:
        return AddressCheck(False, f"The address does not hold a usable WAV file. {exc.message}")
    if local is None:
        return AddressCheck(
            True, f"The address holds a valid WAV file ({remote.duration_seconds:.1f} s).", remote
        )
    if abs(remote.duration_seconds - local.duration_seconds) > DURATION_TOLERANCE:
        return AddressCheck(
            False,
            f"The address holds a different recording: {remote.duration_seconds:.1f} s "
            f"instead of {local.duration_seconds:.1f} s.",
            remote,
        )
    try:
        local_bytes = await asyncio.to_thread(Path(local.path).read_bytes)
    except OSError as exc:
        return AddressCheck(
            False,
            f"The chosen file {Path(local.path).name} can no longer be read: {exc.strerror}.",
            remote,
        )
    if _sound_digest(local_bytes) != _sound_digest(body):
        return AddressCheck(
            False,
            f"The address holds a different recording of the same length "
            f"({remote.duration_seconds:.1f} s): the sound is not the same.",
            remote,
        )
    return AddressCheck(True, "This is the same recording.", remote)


async def _download(
    http: httpx.AsyncClient, url: str, max_bytes: int, timeout: float
) -> tuple[int, bytes]:
    """GET `url` (following at most a few redirects, each to an allowed address) with a size cap."""
    for _ in range(MAX_REDIRECTS + 1):
        async with http.stream("GET", url, timeout=timeout, follow_redirects=False) as response:
            if response.is_redirect and "location" in response.headers:
                url = str(response.url.join(response.headers["location"]))
                check_base_url(url)
                continue
            if response.status_code != 200:
                return response.status_code, b""
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise _TooLarge
            chunks: list[bytes] = []
            total = 0
            async for chunk in response.aiter_bytes():
                total += len(chunk)
                if total > max_bytes:
                    raise _TooLarge
                chunks.append(chunk)
            return 200, b"".join(chunks)
    raise httpx.TooManyRedirects("too many redirects")


def _status_message(status: int) -> str:
    if status in (404, 410):
        return (
            f"Nothing was found at this address ({status}). "
            "Check that the file is published and that the address is exact."
        )
    if status in (401, 403):
        return f"The server refused to give the file ({status}): the address must be public."
    if status >= 500:
        return f"The server at this address had an error ({status}). Try again later."
    return f"The server did not give the file (status {status})."


def _inspect_bytes(body: bytes, name: str, max_bytes: int) -> WavInfo:
    with tempfile.TemporaryDirectory(prefix="voicedesk-check-") as folder:
        path = Path(folder) / name
        path.write_bytes(body)
        return inspect_wav(path, max_bytes=max_bytes)


def _data_chunk(raw: bytes) -> bytes | None:
    """The bytes of the `data` chunk of a RIFF/WAVE file, or None when there is none."""
    pos = 12
    while pos + 8 <= len(raw):
        cid = raw[pos : pos + 4]
        size = struct.unpack("<I", raw[pos + 4 : pos + 8])[0]
        if cid == b"data":
            return raw[pos + 8 : pos + 8 + size]
        pos += 8 + size + (size & 1)
    return None


def _sound_digest(raw: bytes) -> str:
    """sha256 of the sound data (so differing metadata chunks do not count), else of the file."""
    data = _data_chunk(raw)
    return hashlib.sha256(raw if data is None else data).hexdigest()
