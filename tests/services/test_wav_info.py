"""WAV inspection: the facts of good files, and a plain message for each kind of bad file."""

from __future__ import annotations

import struct
import wave
from pathlib import Path

import pytest

from app.services.wav_info import WavProblem, WavProblemKind, inspect_wav


def make_wav(path: Path, seconds: float = 1.0, rate: int = 8000, channels: int = 1) -> Path:
    """A silent 16-bit PCM WAV of the given length."""
    with wave.open(str(path), "wb") as w:
        w.setnchannels(channels)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(b"\0\0" * channels * int(rate * seconds))
    return path


def test_reads_the_facts_of_a_pcm_wav(tmp_path: Path) -> None:
    info = inspect_wav(make_wav(tmp_path / "ok.wav", seconds=2.5, rate=16000, channels=2))
    assert info.is_pcm and info.format_name == "PCM"
    assert (info.channels, info.sample_rate, info.bits_per_sample) == (2, 16000, 16)
    assert info.duration_seconds == pytest.approx(2.5)
    assert info.frames == 40000
    assert info.size_bytes == (tmp_path / "ok.wav").stat().st_size


def test_non_pcm_wav_is_reported_not_rejected(tmp_path: Path) -> None:
    fmt = struct.pack("<HHIIHH", 0x0006, 1, 8000, 8000, 1, 8)  # A-law
    data = b"\xd5" * 8000
    body = b"WAVE" + b"fmt " + struct.pack("<I", 16) + fmt
    body += b"data" + struct.pack("<I", 8000) + data
    path = tmp_path / "alaw.wav"
    path.write_bytes(b"RIFF" + struct.pack("<I", len(body)) + body)
    info = inspect_wav(path)
    assert not info.is_pcm and info.format_name == "A-law"
    assert info.duration_seconds == pytest.approx(1.0)


def _problem(path: Path, **kw: float) -> WavProblem:
    with pytest.raises(WavProblem) as caught:
        inspect_wav(path, **kw)
    assert caught.value.message == str(caught.value)
    assert path.name in caught.value.message
    return caught.value


def test_truncated_file(tmp_path: Path) -> None:
    whole = make_wav(tmp_path / "whole.wav", seconds=1.0).read_bytes()
    cut = tmp_path / "cut.wav"
    cut.write_bytes(whole[: len(whole) // 2])
    problem = _problem(cut)
    assert problem.kind is WavProblemKind.TRUNCATED
    assert "cut short" in problem.message


def test_header_only_fragment_is_truncated(tmp_path: Path) -> None:
    path = tmp_path / "stub.wav"
    path.write_bytes(b"RIFF\x00")
    assert _problem(path).kind is WavProblemKind.TRUNCATED


def test_mp3_renamed_to_wav(tmp_path: Path) -> None:
    for head in (b"ID3\x04\x00\x00\x00\x00\x00\x00", b"\xff\xfb\x90\x64\x00\x00\x00\x00"):
        path = tmp_path / "song.wav"
        path.write_bytes(head + b"\x00" * 4000)
        problem = _problem(path)
        assert problem.kind is WavProblemKind.MP3
        assert "MP3 file renamed to .wav" in problem.message


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.wav"
    path.write_bytes(b"")
    problem = _problem(path)
    assert problem.kind is WavProblemKind.EMPTY and "is empty" in problem.message


def test_huge_file_by_size(tmp_path: Path) -> None:
    path = make_wav(tmp_path / "big.wav", seconds=2.0, rate=8000)
    problem = _problem(path, max_bytes=10_000)
    assert problem.kind is WavProblemKind.TOO_BIG and "too big" in problem.message


def test_huge_file_by_length(tmp_path: Path) -> None:
    path = make_wav(tmp_path / "long.wav", seconds=3.0, rate=8000)
    problem = _problem(path, max_seconds=2.0)
    assert problem.kind is WavProblemKind.TOO_LONG and "too long" in problem.message


def test_default_size_limit_is_50_mb(tmp_path: Path) -> None:
    path = tmp_path / "sparse.wav"
    with path.open("wb") as fh:
        fh.write(b"RIFF")
        fh.truncate(51 * 1024 * 1024)
    assert _problem(path).kind is WavProblemKind.TOO_BIG


def test_not_riff(tmp_path: Path) -> None:
    path = tmp_path / "notes.wav"
    path.write_text("hello, this is plain text and not sound at all")
    problem = _problem(path)
    assert problem.kind is WavProblemKind.NOT_RIFF and "not a WAV file" in problem.message


def test_riff_but_not_wave(tmp_path: Path) -> None:
    path = tmp_path / "movie.wav"
    path.write_bytes(b"RIFF" + struct.pack("<I", 100) + b"AVI " + b"\x00" * 100)
    assert _problem(path).kind is WavProblemKind.NOT_WAVE


def test_missing_file(tmp_path: Path) -> None:
    assert _problem(tmp_path / "gone.wav").kind is WavProblemKind.NOT_FOUND


def test_no_sound_data(tmp_path: Path) -> None:
    path = make_wav(tmp_path / "silent0.wav", seconds=0.0)
    assert _problem(path).kind is WavProblemKind.NO_AUDIO
