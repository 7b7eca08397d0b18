"""Import and validate 100,000 numbers with the app's code, against a plain phonenumbers loop.

Prints, in one run: the plain loop (phonenumbers.parse + is_valid_number over the same numbers),
the app's import through the real Recipients page and view-model (read the CSV, parse, type,
de-duplicate, fill the table and the text box) with the ratio, the single-core domain code alone,
and the longest stall of the GUI thread during the import, measured by a 1 ms timer probe.
The two sides alternate for three rounds and the best of each is compared, because the machine is
shared; the stall reported is the worst of all rounds.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/recipients.py [COUNT]
"""

from __future__ import annotations

import asyncio
import os
import random
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import phonenumbers  # noqa: E402
from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

import qasync  # noqa: E402  (after PySide6, qasync #23)
from app.domain.numbers import clean_numbers  # noqa: E402
from app.services.recipients_import import NumberCleaner, RecipientsImporter  # noqa: E402
from app.ui.tasks import TaskRunner  # noqa: E402
from app.ui.viewmodels.recipients_vm import RecipientsViewModel  # noqa: E402
from app.ui.views.recipients_page import RecipientsPage  # noqa: E402


def make_numbers(count: int, seed: int = 2026) -> list[str]:
    """A realistic office list: Belgian local and international forms, some French and Dutch,
    about 2% duplicates and 1% typos."""
    rng = random.Random(seed)
    numbers: list[str] = []
    for _ in range(count):
        roll = rng.random()
        if roll < 0.45:
            n = f"04{rng.randint(70, 99)} {rng.randint(0, 99):02d} {rng.randint(0, 99):02d} {rng.randint(0, 99):02d}"
        elif roll < 0.65:
            n = f"+32 {rng.choice('2349')} {rng.randint(100, 999)} {rng.randint(0, 99):02d} {rng.randint(0, 99):02d}"
        elif roll < 0.75:
            n = f"0032.4{rng.randint(70, 99)}.{rng.randint(0, 999999):06d}"
        elif roll < 0.85:
            n = f"+33 6 {rng.randint(0, 99999999):08d}"
        elif roll < 0.95:
            n = f"+31 (0)6-{rng.randint(10000000, 99999999)}"
        elif roll < 0.97 and numbers:
            n = rng.choice(numbers)
        elif roll < 0.98:
            n = f"04{rng.randint(70, 99)} {rng.randint(0, 9999):04d}x"
        else:
            n = f"({rng.choice(['02', '09', '03'])}) {rng.randint(100, 999)}-{rng.randint(1000, 9999)}"
        numbers.append(n)
    return numbers


def plain_loop(numbers: list[str], region: str) -> tuple[float, int]:
    """The baseline: phonenumbers.parse + is_valid_number, one number after the other."""
    start = time.perf_counter()
    valid = 0
    for raw in numbers:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(raw, region)):
                valid += 1
        except phonenumbers.NumberParseException:
            pass
    return time.perf_counter() - start, valid


class StallProbe:
    """A 1 ms timer on the GUI thread; the longest gap between ticks is the longest stall."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(1)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.longest = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def start(self) -> None:
        self.last = time.perf_counter()
        self.longest = 0.0
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        return self.longest


async def app_import(path: Path, page: RecipientsPage, vm: RecipientsViewModel,
                     probe: StallProbe) -> tuple[float, float, int]:
    """Import through the page's view-model; time until the report and the text box are done."""
    probe.start()
    start = time.perf_counter()
    result = await vm.import_file(path)
    while page.appending:
        await asyncio.sleep(0.001)
    elapsed = time.perf_counter() - start
    await asyncio.sleep(0.05)
    stall = probe.stop()
    assert result is not None
    return elapsed, stall, vm.report().valid_count


async def main(count: int, rounds: int = 3) -> None:
    numbers = make_numbers(count)
    region = "BE"
    start = time.perf_counter()
    report = clean_numbers(numbers, region)
    single = time.perf_counter() - start

    cleaner = NumberCleaner()
    start = time.perf_counter()
    await cleaner.warm_up()
    warm = time.perf_counter() - start
    probe = StallProbe()
    baselines: list[float] = []
    imports: list[float] = []
    stalls: list[float] = []
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "recipients.csv"
        path.write_text("Name;Phone\n" + "\n".join(f"Person {i};{n}" for i, n in enumerate(numbers)),
                        encoding="cp1252")
        for _ in range(rounds):  # alternate, so both sides see the same machine load
            baseline, baseline_valid = plain_loop(numbers, region)
            baselines.append(baseline)
            vm = RecipientsViewModel(RecipientsImporter(cleaner), TaskRunner())
            page = RecipientsPage(vm)
            page.resize(900, 700)
            page.show()
            elapsed, stall, valid = await app_import(path, page, vm, probe)
            assert valid == report.valid_count
            imports.append(elapsed)
            stalls.append(stall)
            page.close()
            page.deleteLater()
            await asyncio.sleep(0.05)
    cleaner.close()

    ratio = min(baselines) / min(imports)
    print(f"numbers: {count:,} ({report.valid_count:,} valid unique, {report.duplicates:,} duplicates, "
          f"{report.invalid_count:,} invalid; the plain loop counted {baseline_valid:,} valid)")
    print(f"rounds: {rounds}, alternating; best of each side compared (load avg {os.getloadavg()[0]:.1f})")
    print(f"plain loop, parse + is_valid_number:  {min(baselines):6.2f} s   "
          f"(each round: {', '.join(f'{b:.2f}' for b in baselines)})")
    print(f"app import, CSV file -> Recipients page ({cleaner._workers} worker processes): "
          f"{min(imports):6.2f} s   (each round: {', '.join(f'{t:.2f}' for t in imports)})")
    print(f"ratio: {ratio:4.1f}x   (goal >= 2x)  {'OK' if ratio >= 2 else 'MISSED'}")
    print(f"app domain code alone, in-process, one core: {single:6.2f} s   "
          f"ratio {min(baselines) / single:4.1f}x")
    print(f"worker start-up (once, before the first import; not counted): {warm:4.2f} s")
    print(f"longest GUI-thread stall during the imports (1 ms timer probe): {max(stalls) * 1000:5.1f} ms"
          f"   (goal < 50 ms)  {'OK' if max(stalls) < 0.05 else 'MISSED'}")


if __name__ == "__main__":
    application = QApplication.instance() or QApplication(sys.argv)
    application.setQuitOnLastWindowClosed(False)  # closing a round's page must not stop the loop
    loop = qasync.QEventLoop(application)
    asyncio.set_event_loop(loop)
    with loop:
        loop.run_until_complete(main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000))
