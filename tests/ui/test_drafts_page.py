"""The Drafts page, driven like a user over a real store: list, new, open, duplicate, delete with
undo, export and import (damaged and newer files change nothing). Async tests await the runner."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester

from app.domain.campaign import DRAFT_FORMAT_VERSION, CampaignDraft
from app.domain.message import SpokenText
from app.domain.providers import ProviderId
from app.services.store import DraftSummary, Store
from app.ui.dialogs import Dialogs
from app.ui.models.drafts_model import COL_CHANGED, COL_NAME, COL_PROVIDER, DraftSummaryRole, DraftsTableModel
from app.ui.tasks import TaskRunner
from app.ui.viewmodels.draft_vm import DraftViewModel
from app.ui.viewmodels.drafts_vm import DraftsViewModel
from app.ui.views.drafts_page import DraftsPage

# --- the item model, without widgets ----------------------------------------------------------


def _summary(i: int, name: str = "", provider: ProviderId = ProviderId.ROUTEE) -> DraftSummary:
    return DraftSummary(f"id{i}", name or f"Draft {i}", provider, datetime(2025, 3, 12, 9, 30, tzinfo=UTC) - timedelta(days=i))


def test_model_columns_roles_and_updates(qtbot) -> None:
    model = DraftsTableModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_drafts([_summary(1, "Water cut"), _summary(2, " ", ProviderId.NAXAI)])
    assert model.rowCount() == 2 and model.columnCount() == 3
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == ["Name", "Provider", "Last change"]
    assert model.index(0, COL_NAME).data() == "Water cut"
    assert model.index(1, COL_NAME).data() == "Untitled draft"
    assert model.index(1, COL_PROVIDER).data() == "Naxai"
    assert "2025" in model.index(0, COL_CHANGED).data()
    assert model.index(0, COL_NAME).data(DraftSummaryRole) == _summary(1, "Water cut")
    with qtbot.waitSignal(model.dataChanged) as changed:
        assert model.upsert(_summary(2, "Renamed", ProviderId.NAXAI)) == 1
    assert changed.args[0].row() == 1 and model.index(1, COL_NAME).data() == "Renamed"
    with qtbot.waitSignal(model.rowsInserted):
        assert model.upsert(_summary(3, "New")) == 0
    assert model.remove("id1") == _summary(1, "Water cut")
    assert model.remove("missing") is None
    assert [model.summary(r).id for r in range(model.rowCount())] == ["id3", "id2"]
    assert model.rowCount(model.index(0, 0)) == 0 and not model.data(QModelIndex())


# --- the page over a real store ----------------------------------------------------------------


@pytest.fixture
def store(tmp_path: Path):
    s = Store(tmp_path / "voicedesk.sqlite3")
    yield s
    s.close()


class Setup:
    def __init__(self, qtbot, store: Store) -> None:
        self.store = store
        self.draft_vm = DraftViewModel()
        self.runner = TaskRunner()
        self.dialogs = Dialogs()
        self.vm = DraftsViewModel(store, self.draft_vm, self.runner)
        self.page = DraftsPage(self.vm, self.dialogs)
        qtbot.addWidget(self.page)
        self.page.resize(800, 500)

    async def show(self) -> None:
        self.page.show()
        await self.runner.wait_idle()

    def select(self, name: str) -> None:
        model = self.vm.model
        row = next(r for r in range(model.rowCount()) if model.summary(r).name == name)
        self.page.table.selectRow(row)

    def names(self) -> list[str]:
        return [self.vm.model.summary(r).name for r in range(self.vm.model.rowCount())]


def _draft(name: str, text: str = "Water cut tomorrow", provider: ProviderId = ProviderId.ROUTEE) -> CampaignDraft:
    return CampaignDraft(name=name, provider=provider, message=SpokenText(text=text, language="fr-FR"))


@pytest.mark.asyncio
async def test_list_and_open(qtbot, store: Store) -> None:
    older = _draft("School closed")
    older.updated_at = datetime.now(UTC) - timedelta(hours=2)
    await store.save_draft(older)
    await store.save_draft(_draft("Water cut", provider=ProviderId.NAXAI))
    s = Setup(qtbot, store)
    await s.show()
    assert s.names() == ["Water cut", "School closed"]
    assert not s.page.open_button.isEnabled() and not s.page.empty_label.isVisible()
    s.select("School closed")
    assert s.page.open_button.isEnabled()
    with qtbot.waitSignal(s.vm.open_requested):
        qtbot.mouseClick(s.page.open_button, Qt.MouseButton.LeftButton)
        await s.runner.wait_idle()
    assert s.draft_vm.draft.id == older.id and s.draft_vm.draft.name == "School closed"
    assert await store.current_draft_id() == older.id
    # an edit of the open draft shows in its line at once
    s.draft_vm.set_name("School closed Friday")
    assert "School closed Friday" in s.names()


@pytest.mark.asyncio
async def test_new_and_keyboard_open(qtbot, store: Store) -> None:
    s = Setup(qtbot, store)
    await s.show()
    assert s.page.empty_label.isVisible()
    with qtbot.waitSignal(s.vm.open_requested):
        qtbot.mouseClick(s.page.new_button, Qt.MouseButton.LeftButton)
        await s.runner.wait_idle()
    new_id = s.draft_vm.draft.id
    assert [d.id for d in await store.list_drafts()] == [new_id]
    assert await store.current_draft_id() == new_id
    assert s.page.selected() is not None and s.page.selected().id == new_id
    other = _draft("Other")
    await store.save_draft(other)
    await s.vm.refresh()
    s.select("Other")
    s.page.table.setFocus()
    with qtbot.waitSignal(s.vm.open_requested):
        qtbot.keyClick(s.page.table, Qt.Key.Key_Return)
        await s.runner.wait_idle()
    assert s.draft_vm.draft.id == other.id


@pytest.mark.asyncio
async def test_duplicate(qtbot, store: Store) -> None:
    original = _draft("Water cut")
    await store.save_draft(original)
    s = Setup(qtbot, store)
    await s.show()
    s.select("Water cut")
    qtbot.mouseClick(s.page.duplicate_button, Qt.MouseButton.LeftButton)
    await s.runner.wait_idle()
    assert sorted(s.names()) == ["Water cut", "Water cut (copy)"]
    assert s.page.selected().name == "Water cut (copy)"
    copy = await store.load_draft(s.page.selected().id)
    assert copy is not None and copy.id != original.id and copy.message == original.message


@pytest.mark.asyncio
async def test_delete_then_undo(qtbot, store: Store) -> None:
    draft = _draft("Water cut")
    await store.save_draft(draft)
    await store.save_draft(_draft("Keep me"))
    s = Setup(qtbot, store)
    await s.show()
    s.draft_vm.load(draft)  # deleting the open draft leaves an empty new one open
    s.select("Water cut")
    s.page.table.setFocus()
    qtbot.keyClick(s.page.table, Qt.Key.Key_Delete)
    await s.runner.wait_idle()
    assert s.names() == ["Keep me"]
    assert [d.name for d in await store.list_drafts()] == ["Keep me"]
    assert s.page.undo_bar.isVisible() and "Water cut" in s.page.undo_label.text()
    assert s.draft_vm.draft.id != draft.id and s.draft_vm.draft.name == ""
    qtbot.mouseClick(s.page.undo_button, Qt.MouseButton.LeftButton)
    await s.runner.wait_idle()
    assert sorted(s.names()) == ["Keep me", "Water cut"]
    restored = await store.load_draft(draft.id)
    assert restored is not None and restored.message == draft.message
    assert not s.page.undo_bar.isVisible()
    assert s.vm.last_deleted is None


@pytest.mark.asyncio
async def test_export_then_import_through_the_file_dialog(qtbot, store: Store, tmp_path: Path) -> None:
    draft = _draft("Water cut", "Coupure d'eau demain", ProviderId.NAXAI)
    await store.save_draft(draft)
    s = Setup(qtbot, store)
    await s.show()
    s.select("Water cut")
    qtbot.mouseClick(s.page.export_button, Qt.MouseButton.LeftButton)
    dialog = s.page.file_dialog
    assert dialog is not None and dialog.isVisible()
    target = tmp_path / "shared" / "water.voicedraft"
    target.parent.mkdir()
    dialog.selectFile(str(target))
    dialog.accept()
    await s.runner.wait_idle()
    assert target.exists() and json.loads(target.read_text())["draft"]["name"] == "Water cut"
    assert "water.voicedraft" in s.page.status_label.text()

    qtbot.mouseClick(s.page.import_button, Qt.MouseButton.LeftButton)
    dialog = s.page.file_dialog
    dialog.selectFile(str(target))
    with qtbot.waitSignal(s.vm.open_requested):
        dialog.accept()
        await s.runner.wait_idle()
    imported = s.draft_vm.draft
    assert imported.id != draft.id and imported.name == "Water cut" and imported.message == draft.message
    assert len(await store.list_drafts()) == 2
    assert await store.current_draft_id() == imported.id


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ('{"format": "voicedesk-draft", "version": 1, "draft": {"name": "Cut', "damaged"),
        (json.dumps({"format": "voicedesk-draft", "version": DRAFT_FORMAT_VERSION + 1, "draft": {}}), "newer version"),
        ("", "empty"),
    ],
)
@pytest.mark.asyncio
async def test_a_bad_file_is_explained_and_changes_nothing(qtbot, store: Store, tmp_path: Path, content: str, words: str) -> None:
    await store.save_draft(_draft("Water cut"))
    s = Setup(qtbot, store)
    await s.show()
    s.draft_vm.load(_draft("Open one"))
    before_draft = s.draft_vm.draft
    before = await store.list_drafts()
    bad = tmp_path / "bad.voicedraft"
    bad.write_text(content)
    qtbot.mouseClick(s.page.import_button, Qt.MouseButton.LeftButton)
    s.page.file_dialog.selectFile(str(bad))
    with qtbot.waitSignal(s.dialogs.shown) as shown:
        s.page.file_dialog.accept()
        await s.runner.wait_idle()
    box = shown.args[0]
    assert box.windowTitle() == "Could not open the draft file"
    assert words in box.text()
    assert await store.list_drafts() == before
    assert s.draft_vm.draft is before_draft
    assert s.names() == ["Water cut"]
    box.close()


@pytest.mark.asyncio
async def test_opening_a_draft_deleted_elsewhere_says_so(qtbot, store: Store) -> None:
    draft = _draft("Gone")
    await store.save_draft(draft)
    s = Setup(qtbot, store)
    await s.show()
    await store.delete_draft(draft.id)
    with qtbot.waitSignal(s.dialogs.shown) as shown:
        await s.vm.open_draft(draft.id)
    assert "no longer exists" in shown.args[0].text()
    assert s.names() == []
    shown.args[0].close()
