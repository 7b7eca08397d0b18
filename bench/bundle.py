"""Bundle size and start-up time of the frozen VoiceDesk against a minimal frozen Qt window.

    .venv/bin/python bench/bundle.py              # builds both (about 1.5 min), then measures
    .venv/bin/python bench/bundle.py --runs 9     # more start-up samples
    .venv/bin/python bench/bundle.py --reuse DIR  # measure DIR/VoiceDesk and DIR/Minimal as built

Both are frozen in this run with the same spec (packaging/voicedesk.spec; the minimal one is
bench/minimal_app.py, a QtWidgets + QtMultimedia window, via `-- --minimal`) and measured the
same way:

- size: bytes of all files in the one-folder app;
- start: wall time from launching `<exe> --self-test` (offscreen) until its first top-level
  window has been shown and the event loop has run (written to a file, with the time the
  bootloader handed over to Python, by the runtime hook
  packaging/rthook_bench.py, the same in both apps); median of --runs, after one warm-up run each,
  runs interleaved. The full self-test time (VoiceDesk also gets two Sandbox tokens) is shown too,
  and the same start-up measured unfrozen (from the source tree), to tell the bundle's share of a
  gap from the app's own start-up work;
- ready: wall time from launch until VoiceDesk has loaded the open draft into its pages and they
  are usable (the window is shown first, greyed out with "Opening your draft…", and filled
  afterwards; app/main.py writes this second marker, VOICEDESK_REPORT_READY, once composition is
  done and Qt has painted the pages). The minimal window has nothing more to load, so its ready
  time is its shown time. Reported beside the start ratio, frozen and unfrozen, with no goal of
  its own: it says honestly what the early window leaves for later.

Goals (issue 6): size at most 1.3x, start at most 1.5x the minimal window.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZE_GOAL = 1.3
START_GOAL = 1.5


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def build(dist: Path, work: Path, minimal: bool) -> float:
    started = time.perf_counter()
    cmd = [sys.executable, str(ROOT / "packaging" / "build.py"), "--dist", str(dist),
           "--work", str(work)] + (["--minimal"] if minimal else [])
    result = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"build failed:\n{result.stdout[-3000:]}\n{result.stderr[-6000:]}")
    return time.perf_counter() - started


# The same measurement without freezing: the runtime hook's code, then the app, in one Python.
_UNFROZEN = (
    "import runpy, sys; exec(open(sys.argv.pop(1)).read()); target = sys.argv[1]; "
    "sys.argv = [target, '--self-test']; "
    "runpy.run_module(target, run_name='__main__', alter_sys=True) if target == 'app' "
    "else runpy.run_path(target, run_name='__main__')"
)


def unfrozen_command(name: str) -> list[str]:
    target = "app" if name == "VoiceDesk" else str(ROOT / "bench" / "minimal_app.py")
    return [sys.executable, "-c", _UNFROZEN, str(ROOT / "packaging" / "rthook_bench.py"), target]


def start_once(exe: Path | list[str], scratch: Path) -> tuple[float, float, float, float]:
    """Seconds from launch until (the window was shown, the self-test exited, Python code ran,
    the app was ready: its draft loaded and pages usable; the shown time if it never says)."""
    cmd = [str(exe), "--self-test"] if isinstance(exe, Path) else exe
    marker = scratch / "shown.txt"
    marker.unlink(missing_ok=True)
    ready_marker = scratch / "ready.txt"
    ready_marker.unlink(missing_ok=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update({
        "QT_QPA_PLATFORM": "offscreen",
        "QT_LOGGING_RULES": "qt.multimedia.*=false",
        "VOICEDESK_REPORT_SHOWN": str(marker),
        "VOICEDESK_REPORT_READY": str(ready_marker),
    })
    for name in ("DATA", "CACHE", "LOG"):
        env[f"VOICEDESK_{name}_DIR"] = str(scratch / name.lower())
    launched = time.time()
    if not isinstance(exe, Path):
        env["PYTHONPATH"] = str(ROOT)
    result = subprocess.run(cmd, cwd=scratch, env=env, capture_output=True, text=True, timeout=120)
    finished = time.time()
    if result.returncode != 0 or "self-test ok" not in result.stdout:
        raise SystemExit(f"{cmd} failed ({result.returncode}):\n{result.stderr[-3000:]}")
    if not marker.exists():
        raise SystemExit(f"{exe} never reported a shown window (runtime hook missing?)")
    shown_at, hook_at = (float(x) for x in marker.read_text().split())
    ready_at = float(ready_marker.read_text()) if ready_marker.exists() else shown_at
    return shown_at - launched, finished - launched, hook_at - launched, ready_at - launched


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="start-up samples per app")
    parser.add_argument("--reuse", type=Path, help="folder holding VoiceDesk/ and Minimal/")
    parser.add_argument("--json", type=Path, default=ROOT / "bench" / "results" / "bundle.json",
                        help="also write the results here (default: bench/results/bundle.json)")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="voicedesk-bench-") as tmp_name:
        tmp = Path(tmp_name)
        builds: dict[str, float] = {}
        if args.reuse:
            dist = args.reuse.resolve()
        else:
            dist = tmp / "dist"
            builds["VoiceDesk"] = build(dist, tmp / "build", minimal=False)
            builds["Minimal"] = build(dist, tmp / "build-minimal", minimal=True)
        apps = {"VoiceDesk": dist / "VoiceDesk", "Minimal": dist / "Minimal"}
        sizes = {name: folder_size(path) for name, path in apps.items()}

        shown: dict[str, list[float]] = {name: [] for name in apps}
        total: dict[str, list[float]] = {name: [] for name in apps}
        boot: dict[str, list[float]] = {name: [] for name in apps}
        ready: dict[str, list[float]] = {name: [] for name in apps}
        for run in range(args.runs + 1):  # run 0 warms the page cache
            for name, path in apps.items():
                scratch = tmp / f"run-{name}-{run}"
                scratch.mkdir()
                to_window, to_exit, to_python, to_ready = start_once(path / name, scratch)
                if run:
                    shown[name].append(to_window)
                    total[name].append(to_exit)
                    boot[name].append(to_python)
                    ready[name].append(to_ready)

        # Unfrozen, for comparison: is a gap the bundle's or the app's own start-up work?
        source: dict[str, list[float]] = {name: [] for name in apps}
        source_ready: dict[str, list[float]] = {name: [] for name in apps}
        for run in range(args.runs + 1):
            for name in apps:
                scratch = tmp / f"src-{name}-{run}"
                scratch.mkdir()
                to_window, _, _, to_ready = start_once(unfrozen_command(name), scratch)
                if run:
                    source[name].append(to_window)
                    source_ready[name].append(to_ready)

    med = {name: statistics.median(v) for name, v in shown.items()}
    med_source = {name: statistics.median(v) for name, v in source.items()}
    med_total = {name: statistics.median(v) for name, v in total.items()}
    med_boot = {name: statistics.median(v) for name, v in boot.items()}
    med_ready = {name: statistics.median(v) for name, v in ready.items()}
    med_source_ready = {name: statistics.median(v) for name, v in source_ready.items()}
    size_ratio = sizes["VoiceDesk"] / sizes["Minimal"]
    start_ratio = med["VoiceDesk"] / med["Minimal"]
    ready_ratio = med_ready["VoiceDesk"] / med["Minimal"]

    print(f"bundle benchmark ({sys.platform}, Python {sys.version.split()[0]}, {args.runs} runs)")
    for name in apps:
        built = f", built in {builds[name]:.0f} s" if name in builds else ""
        print(f"  {name:<10} size {sizes[name] / 1e6:7.1f} MB   window shown {med[name]:6.3f} s "
              f"(min {min(shown[name]):.3f}; bootloader to Python {med_boot[name]:.3f})   "
              f"self-test total {med_total[name]:6.3f} s{built}")
    print(f"  size ratio   {size_ratio:5.2f}x  (goal <= {SIZE_GOAL}x)  "
          f"{'OK' if size_ratio <= SIZE_GOAL else 'OVER'}")
    print(f"  start ratio  {start_ratio:5.2f}x  (goal <= {START_GOAL}x)  "
          f"{'OK' if start_ratio <= START_GOAL else 'OVER'}")
    print(f"  unfrozen (python -m app / bench/minimal_app.py): window shown "
          f"{med_source['VoiceDesk']:.3f} s / {med_source['Minimal']:.3f} s, "
          f"ratio {med_source['VoiceDesk'] / med_source['Minimal']:.2f}x")
    print(f"  ready (draft loaded, pages usable) {med_ready['VoiceDesk']:.3f} s "
          f"(min {min(ready['VoiceDesk']):.3f}) against the minimal window shown "
          f"{med['Minimal']:.3f} s: {ready_ratio:.2f}x; unfrozen {med_source_ready['VoiceDesk']:.3f} s "
          f"against {med_source['Minimal']:.3f} s: "
          f"{med_source_ready['VoiceDesk'] / med_source['Minimal']:.2f}x")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({
            "sizes": sizes, "shown_median": med, "self_test_median": med_total,
            "boot_median": med_boot, "shown": shown, "unfrozen_shown_median": med_source,
            "size_ratio": size_ratio, "start_ratio": start_ratio,
            "ready_median": med_ready, "ready": ready, "ready_ratio": ready_ratio,
            "unfrozen_ready_median": med_source_ready,
            "build_seconds": builds,
        }, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
