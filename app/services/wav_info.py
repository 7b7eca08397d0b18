"""Inspect a local WAV file (RIFF/WAVE header, format, channels, rate, duration, size)."""

from __future__ import annotations

import struct
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

MAX_BYTES = 50 * 1024 * 1024
MAX_SECONDS = 30 * 60

FORMAT_NAMES: dict[int, str] = {
    0x0001: "PCM",
    0x0003: "IEEE float",
    0x0006: "A-law",
    0x0007: "µ-law",
    0x0011: "IMA ADPCM",
    0x0002: "Microsoft ADPCM",
    0x0055: "MP3",
    0xFFFE: "Extensible",
}


class WavProblemKind(StrEnum):
    """What is wrong with a file, for code that must switch on it (never on the message)."""

    NOT_FOUND = "not_found"
    EMPTY = "empty"
    MP3 = "mp3"
    NOT_RIFF = "not_riff"
    NOT_WAVE = "not_wave"
    TRUNCATED = "truncated"
    NO_AUDIO = "no_audio"
    TOO_BIG = "too_big"
    TOO_LONG = "too_long"
    BAD_FORMAT = "bad_format"


class WavProblem(Exception):
    """A file is not a usable WAV; `message` says why in plain words, `kind` says it for code."""

    def __init__(self, message: str, kind: WavProblemKind = WavProblemKind.BAD_FORMAT) -> None:
        super().__init__(message)
        self.message = message
        self.kind = kind


@dataclass(frozen=True)
class WavInfo:
    """The facts of a WAV file, as its header tells them."""

    path: Path
    format_tag: int
    format_name: str
    channels: int
    sample_rate: int
    bits_per_sample: int
    data_bytes: int
    size_bytes: int
    duration_seconds: float

    @property
    def is_pcm(self) -> bool:
        """True for plain PCM audio (also PCM inside a WAVE_FORMAT_EXTENSIBLE header)."""
        return self.format_tag == 0x0001

    @property
    def frames(self) -> int:
        """Number of sample frames in the data chunk."""
        block = max(1, self.channels * max(1, self.bits_per_sample // 8))
        return self.data_bytes // block


def _looks_like_mp3(head: bytes) -> bool:
    frame_sync = len(head) >= 2 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0
    return head.startswith(b"ID3") or frame_sync


def inspect_wav(
    path: Path | str, max_bytes: int = MAX_BYTES, max_seconds: float = MAX_SECONDS
) -> WavInfo:
    """Read the header of a WAV file and return its facts; raise `WavProblem` if unusable."""
    path = Path(path)
    name = path.name
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise WavProblem(f"The file {name} was not found.", WavProblemKind.NOT_FOUND) from None
    except OSError as exc:
        raise WavProblem(f"The file {name} cannot be read: {exc.strerror}.") from None
    if path.is_dir():
        raise WavProblem(f"{name} is a folder, not a sound file.", WavProblemKind.NOT_RIFF)
    if size == 0:
        raise WavProblem(f"The file {name} is empty: it contains no sound.", WavProblemKind.EMPTY)
    if size > max_bytes:
        raise WavProblem(
            f"The file {name} is too big ({size / 1_048_576:.0f} MB); "
            f"the limit is {max_bytes / 1_048_576:.0f} MB.",
            WavProblemKind.TOO_BIG,
        )
    try:
        with path.open("rb") as fh:
            return _parse(fh, path, size, max_seconds)
    except OSError as exc:
        raise WavProblem(f"The file {name} cannot be read: {exc.strerror}.") from None


def _parse(fh, path: Path, size: int, max_seconds: float) -> WavInfo:  # noqa: ANN001
    name = path.name
    head = fh.read(12)
    if _looks_like_mp3(head):
        raise WavProblem(
            f"The file {name} is an MP3 file renamed to .wav, not a real WAV file. "
            "Convert it to WAV with a sound editor first.",
            WavProblemKind.MP3,
        )
    if len(head) < 12:
        if head and b"RIFF".startswith(head[:4]):
            raise WavProblem(
                f"The file {name} is cut short: it ends inside its header.",
                WavProblemKind.TRUNCATED,
            )
        raise WavProblem(f"The file {name} is not a WAV file.", WavProblemKind.NOT_RIFF)
    if head[:4] != b"RIFF":
        raise WavProblem(
            f"The file {name} is not a WAV file (it has no RIFF header).", WavProblemKind.NOT_RIFF
        )
    if head[8:12] != b"WAVE":
        raise WavProblem(
            f"The file {name} is a RIFF file but not WAV audio.", WavProblemKind.NOT_WAVE
        )
    riff_size = struct.unpack("<I", head[4:8])[0]
    fmt: tuple[int, int, int, int] | None = None
    data_bytes: int | None = None
    pos = 12
    while pos + 8 <= size:
        fh.seek(pos)
        chunk = fh.read(8)
        if len(chunk) < 8:
            break
        cid, csize = chunk[:4], struct.unpack("<I", chunk[4:])[0]
        body = pos + 8
        if cid == b"fmt ":
            raw = fh.read(min(csize, 40))
            if len(raw) < 16:
                raise WavProblem(
                    f"The file {name} is cut short: its format description is incomplete.",
                    WavProblemKind.TRUNCATED,
                )
            tag, channels, rate, _, _, bits = struct.unpack("<HHIIHH", raw[:16])
            if tag == 0xFFFE and len(raw) >= 26:
                tag = struct.unpack("<H", raw[24:26])[0]
            fmt = (tag, channels, rate, bits)
        elif cid == b"data":
            if fmt is None:
                raise WavProblem(
                    f"The file {name} is damaged: its sound data comes before its format.",
                    WavProblemKind.BAD_FORMAT,
                )
            if body + csize > size:
                raise WavProblem(
                    f"The file {name} is cut short: it should hold {csize:,} bytes of sound "
                    f"but only {max(0, size - body):,} are there. It was probably not "
                    "copied or downloaded completely.",
                    WavProblemKind.TRUNCATED,
                )
            data_bytes = csize
            break
        pos = body + csize + (csize & 1)
    if fmt is None:
        if riff_size + 8 > size:
            raise WavProblem(
                f"The file {name} is cut short: it ends before its sound data.",
                WavProblemKind.TRUNCATED,
            )
        raise WavProblem(
            f"The file {name} is damaged: it has no format description.", WavProblemKind.BAD_FORMAT
        )
    if data_bytes is None:
        kind = WavProblemKind.TRUNCATED if riff_size + 8 > size else WavProblemKind.NO_AUDIO
        text = (
            "is cut short: it ends before its sound data"
            if kind == WavProblemKind.TRUNCATED
            else "contains no sound data"
        )
        raise WavProblem(f"The file {name} {text}.", kind)
    tag, channels, rate, bits = fmt
    if channels == 0 or rate == 0:
        raise WavProblem(
            f"The file {name} is damaged: it declares {channels} channels at {rate} Hz.",
            WavProblemKind.BAD_FORMAT,
        )
    if data_bytes == 0:
        raise WavProblem(f"The file {name} contains no sound (0 seconds).", WavProblemKind.NO_AUDIO)
    if tag == 0x0001 and bits:
        duration = data_bytes / (channels * rate * (bits / 8))
    else:
        duration = _compressed_duration(fh, size, rate, data_bytes)
    if duration > max_seconds:
        raise WavProblem(
            f"The file {name} is too long ({duration / 60:.0f} minutes); "
            f"the limit is {max_seconds / 60:.0f} minutes.",
            WavProblemKind.TOO_LONG,
        )
    return WavInfo(
        path=path,
        format_tag=tag,
        format_name=FORMAT_NAMES.get(tag, f"unknown format 0x{tag:04X}"),
        channels=channels,
        sample_rate=rate,
        bits_per_sample=bits,
        data_bytes=data_bytes,
        size_bytes=size,
        duration_seconds=duration,
    )


def _compressed_duration(fh, size: int, rate: int, data_bytes: int) -> float:  # noqa: ANN001
    """Duration of non-PCM audio from the `fact` chunk (sample count), or from the byte rate."""
    fallback = 0.0
    pos = 12
    while pos + 8 <= size:
        fh.seek(pos)
        chunk = fh.read(8)
        if len(chunk) < 8:
            break
        cid, csize = chunk[:4], struct.unpack("<I", chunk[4:])[0]
        if cid == b"fact" and csize >= 4:
            return struct.unpack("<I", fh.read(4))[0] / rate
        if cid == b"fmt ":
            raw = fh.read(16)
            byte_rate = struct.unpack("<I", raw[8:12])[0] if len(raw) >= 12 else 0
            if byte_rate:
                fallback = data_bytes / byte_rate
        pos += 8 + csize + (csize & 1)
    return fallback
