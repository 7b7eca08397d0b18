"""The do-not-call window on its own (a real store, small batches): Cancel stops an import and adds
nothing; a failing store is explained and what was typed stays in the box."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import pytest_asyncio
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.services.do_not_call import DoNotCallService
from app.services.recipients_import import NumberCleaner, RecipientsImporter
from app.services.store import Store
from app.ui.dialogs import Dialogs
from app.ui.tasks import TaskRunner
from app.ui.viewmodels.do_not_call_vm import DoNotCallViewModel
from app.ui.views.do_not_call_dialog import DoNotCallDialog


@dataclass
class Window:
    store: Store
    vm: DoNotCallViewModel
    dialog: DoNotCallDialog
    tasks: TaskRunner
    dialogs: Dialogs


@pytest_asyncio.fixture
async def window(qtbot: QtBot, tmp_path: Path) -> AsyncIterator[Window]:
    store = Store(tmp_path / "voicedesk.sqlite3")
    tasks = TaskRunner()
    service = DoNotCallService(store, RecipientsImporter(NumberCleaner(batch_size=500, process_threshold=10**9)))
    vm = DoNotCallViewModel(service, tasks, lambda: "BE")
    dialogs = Dialogs()
    dialog = DoNotCallDialog(vm, dialogs)
    qtbot.addWidget(dialog)
    dialog.present()
    await tasks.wait_idle()
    yield Window(store, vm, dialog, tasks, dialogs)
    await tasks.wait_idle()
    service.close()
    store.close()


@pytest.mark.asyncio
async def test_cancel_stops_an_import_and_adds_nothing(window: Window, tmp_path: Path) -> None:
    path = tmp_path / "opt-out.csv"
    path.write_text("phone\n" + "".join(f"+3247{i:07d}\n" for i in range(5_000)))
    dialog = window.dialog
    clicked: list[int] = []

    def click_cancel(done: int, _total: int) -> None:  # the user clicks Cancel as the bar moves
        if not clicked:
            assert dialog.cancel_button.isVisible() and dialog.progress_bar.isVisible()
            clicked.append(done)
            dialog.cancel_button.click()

    window.vm.progress_changed.connect(click_cancel)
    dialog.import_button.click()
    dialog.file_dialog.selectFile(str(path))
    dialog.file_dialog.accept()
    await window.tasks.wait_idle()
    assert clicked and clicked[0] < 5_000
    assert dialog.message_label.text() == "Import cancelled; nothing was added."
    assert await window.store.count_do_not_call() == 0
    assert dialog.table.model().rowCount() == 0
    assert not dialog.cancel_button.isVisible() and dialog.import_button.isEnabled()


@pytest.mark.asyncio
async def test_a_failing_store_is_explained_and_the_typed_numbers_stay(window: Window, qtbot: QtBot) -> None:
    dialog = window.dialog
    qtbot.keyClicks(dialog.add_edit, "0470 12 34 56")
    window.store.close()  # the data file is gone from under the window
    with qtbot.waitSignal(window.dialogs.shown) as shown:
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        await window.tasks.wait_idle()
    box = shown.args[0]
    assert box.windowTitle() == "Do-not-call list"
    assert box.text() == "VoiceDesk's data file is closed."
    assert dialog.add_edit.toPlainText() == "0470 12 34 56"
    assert dialog.add_button.isEnabled()
