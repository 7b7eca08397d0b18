""""Check address" downloads the recorded message from a real loopback server and compares it."""

from __future__ import annotations

import io
import math
import struct
import wave
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from app.providers.sandbox.server import LoopbackServer
from app.services.audio_check import check_address
from app.services.wav_info import inspect_wav


def wav_bytes(seconds: float, freq: float = 440.0, rate: int = 8000) -> bytes:
    frames = b"".join(
        struct.pack("<h", int(12000 * math.sin(2 * math.pi * freq * i / rate)))
        for i in range(int(seconds * rate))
    )
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(frames)
    return buffer.getvalue()


class Files:
    """A tiny simulator: serves the bytes stored under each path, 404 otherwise."""

    def __init__(self) -> None:
        self.files: dict[str, bytes] = {}

    async def handle(self, request: httpx.Request) -> httpx.Response:
        body = self.files.get(request.url.path)
        if body is None:
            return httpx.Response(404, content=b"not found")
        return httpx.Response(200, content=body, headers={"Content-Type": "audio/wav"})


@pytest.fixture
def files() -> Files:
    return Files()


@pytest.fixture
def server(files: Files) -> Iterator[LoopbackServer]:
    with LoopbackServer(files) as running:
        yield running


@pytest.fixture
def local(tmp_path: Path):  # noqa: ANN201
    path = tmp_path / "message.wav"
    path.write_bytes(wav_bytes(1.5))
    return inspect_wav(path)


@pytest.mark.asyncio
async def test_the_same_file_is_confirmed(server: LoopbackServer, files: Files, local) -> None:
    files.files["/audio/message.wav"] = local.path.read_bytes()
    result = await check_address(f"{server.url}/audio/message.wav", local)
    assert result.ok and result.message == "This is the same recording."
    assert result.remote is not None and abs(result.remote.duration_seconds - 1.5) < 0.01


@pytest.mark.asyncio
async def test_a_different_length_is_a_different_recording(server, files, local) -> None:
    files.files["/other.wav"] = wav_bytes(3.0)
    result = await check_address(f"{server.url}/other.wav", local)
    assert not result.ok
    assert result.message == "The address holds a different recording: 3.0 s instead of 1.5 s."


@pytest.mark.asyncio
async def test_the_same_length_with_other_sound_is_a_different_recording(
    server, files, local
) -> None:
    files.files["/other.wav"] = wav_bytes(1.5, freq=880.0)
    result = await check_address(f"{server.url}/other.wav", local)
    assert not result.ok and "different recording" in result.message


@pytest.mark.asyncio
async def test_a_missing_file_is_not_found(server, local) -> None:  # noqa: ANN001
    result = await check_address(f"{server.url}/missing.wav", local)
    assert not result.ok and result.message.startswith("Nothing was found at this address (404)")


@pytest.mark.asyncio
async def test_mp3_bytes_are_not_a_wav(server, files, local) -> None:  # noqa: ANN001
    files.files["/message.wav"] = b"ID3\x04\x00\x00\x00\x00\x00\x00" + b"\xff\xfb\x90\x00" * 200
    result = await check_address(f"{server.url}/message.wav", local)
    assert not result.ok and result.remote is None
    assert "not a real WAV file" in result.message and "MP3" in result.message


@pytest.mark.asyncio
async def test_a_file_over_the_size_cap_is_refused(server, files, local) -> None:  # noqa: ANN001
    files.files["/big.wav"] = wav_bytes(3.0)
    result = await check_address(f"{server.url}/big.wav", local, max_bytes=10_000)
    assert not result.ok and "too big" in result.message


@pytest.mark.asyncio
async def test_without_a_local_file_a_valid_wav_is_enough(server, files) -> None:  # noqa: ANN001
    files.files["/message.wav"] = wav_bytes(2.0)
    result = await check_address(f"{server.url}/message.wav", None)
    assert result.ok and "valid WAV" in result.message


@pytest.mark.asyncio
async def test_plain_http_is_refused_without_a_request(local) -> None:  # noqa: ANN001
    result = await check_address("http://example.org/message.wav", local)
    assert not result.ok and "https://" in result.message and result.remote is None


@pytest.mark.asyncio
async def test_an_unreachable_server_is_said_plainly(local) -> None:  # noqa: ANN001
    with LoopbackServer(Files()) as gone:
        url = f"{gone.url}/message.wav"
    result = await check_address(url, local, timeout=5)
    assert not result.ok
    assert "could not be reached" in result.message or "did not answer" in result.message
