"""Benchmark the local preview against the `espeak-ng -w` command line, same text, one run.

Prints ratios: time-to-audio-ready of PreviewService.render (warm and cold worker) over the command
line (goal: warm <= 1.5), and the cached replay time (goal: < 50 ms).
Run: .venv/bin/python bench/preview.py [--runs N]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

TEXT = (
    "Bonjour, ceci est un message important de la mairie de Namur. La collecte des déchets "
    "aura lieu mardi matin à partir de sept heures. Merci de sortir vos poubelles la veille "
    "au soir, et de rappeler le service au besoin. Bonne journée à tous."
)
LANGUAGE = "fr-BE"
WARM_GOAL = 1.5
CACHED_GOAL = 0.050


def cli_seconds(voice: str, rate: int, out: Path) -> float:
    """Wall time of the espeak-ng command line writing the WAV."""
    start = time.perf_counter()
    subprocess.run(
        ["espeak-ng", "-v", voice, "-s", str(rate), "-w", str(out), TEXT],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return time.perf_counter() - start


async def measure(runs: int, folder: Path) -> dict[str, float]:
    """Median times (seconds) of CLI, cold render, warm render and cached replay."""
    from app.domain.providers import Gender
    from app.services.preview import PreviewService

    gender = Gender.FEMALE
    cold: list[float] = []
    warm: list[float] = []
    cached: list[float] = []
    cli: list[float] = []
    voice = ""
    for i in range(max(1, runs // 3)):
        service = PreviewService(cache=folder / f"cold{i}")
        start = time.perf_counter()
        rendered = await service.render(TEXT, LANGUAGE, gender)
        cold.append(time.perf_counter() - start)
        voice = rendered.voice_id
        await service.aclose()
    service = PreviewService(cache=folder / "warm")
    try:
        await service.engine_info()
        for i in range(runs):
            cli.append(cli_seconds(voice, service.rate, folder / f"cli{i}.wav"))
            start = time.perf_counter()
            rendered = await service.render(TEXT, LANGUAGE, gender)
            warm.append(time.perf_counter() - start)
            assert not rendered.cached
            start = time.perf_counter()
            again = await service.render(TEXT, LANGUAGE, gender)
            cached.append(time.perf_counter() - start)
            assert again.cached
            rendered.path.unlink()
    finally:
        await service.aclose()
    return {
        "cli": statistics.median(cli),
        "cold": statistics.median(cold),
        "warm": statistics.median(warm),
        "cached": statistics.median(cached),
        "audio": rendered.duration_seconds,
    }


def main() -> int:
    """Run the benchmark and print the ratios; exit 1 when a goal is missed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    if shutil.which("espeak-ng") is None:
        print("espeak-ng is not installed: no baseline to compare with.", file=sys.stderr)
        return 2
    folder = Path(tempfile.mkdtemp(prefix="voicedesk-bench-"))
    os.environ["VOICEDESK_CACHE_DIR"] = str(folder / "cache")
    try:
        m = asyncio.run(measure(args.runs, folder))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    warm_ratio = m["warm"] / m["cli"]
    cold_ratio = m["cold"] / m["cli"]
    cached_ratio = m["cached"] / CACHED_GOAL
    print(f"text: {len(TEXT.split())} words, {m['audio']:.1f} s of audio, {LANGUAGE} female")
    print(f"medians over {args.runs} runs (seconds):")
    print(f"  espeak-ng -w (baseline)      {m['cli']:.4f}")
    print(f"  render, worker warm          {m['warm']:.4f}")
    print(f"  render, worker cold          {m['cold']:.4f}")
    print(f"  cached replay                {m['cached']:.4f}")
    print("ratios:")
    ok_warm = warm_ratio <= WARM_GOAL
    ok_cached = m["cached"] < CACHED_GOAL
    print(f"  warm / espeak-ng   = {warm_ratio:5.2f}  (goal <= {WARM_GOAL})  "
          f"{'OK' if ok_warm else 'MISSED'}")
    print(f"  cold / espeak-ng   = {cold_ratio:5.2f}  (no goal: includes starting the worker)")
    print(f"  cached / 50 ms     = {cached_ratio:5.3f}  (goal < 1)  "
          f"{'OK' if ok_cached else 'MISSED'}")
    print(f"  cached / espeak-ng = {m['cached'] / m['cli']:5.3f}")
    return 0 if ok_warm and ok_cached else 1


if __name__ == "__main__":
    raise SystemExit(main())
