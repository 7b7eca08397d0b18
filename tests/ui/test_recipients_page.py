"""The Recipients step: paste a messy list, import odd files, fix, export, cancel."""

from __future__ import annotations

import asyncio
import csv
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import pytest_asyncio
from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from app.domain.numbers import Problem
from app.domain.recipients import Audience
from app.services.recipients_import import NumberCleaner, RecipientsImporter
from app.ui.dialogs import Dialogs
from app.ui.models.recipients_model import COLUMN_ORIGINAL, COLUMN_PROBLEM
from app.ui.tasks import TaskRunner
from app.ui.viewmodels.recipients_vm import RecipientsViewModel
from app.ui.views.recipients_page import RecipientsPage

MESSY = """0470 12 34 56
+32 470 12.34.56, 0032470123456; 02/511.45.67
+33 6 12 34 56 78\t06 12 34 56 78
0471-98-76-54

(02) 555 12 34
+44 20 7946 0958
04701234ab
12
+999 1234567
0470 12 34 567 8
+32 (0)470 12 34 56
"""


@dataclass
class Step:
    vm: RecipientsViewModel
    page: RecipientsPage
    tasks: TaskRunner
    dialogs: Dialogs
    audiences: list[Audience]


@pytest_asyncio.fixture
async def step(qtbot: QtBot) -> AsyncIterator[Step]:
    tasks = TaskRunner()
    importer = RecipientsImporter(NumberCleaner(batch_size=500))
    vm = RecipientsViewModel(importer, tasks, debounce_ms=50)
    dialogs = Dialogs()
    page = RecipientsPage(vm, dialogs)
    qtbot.addWidget(page)
    audiences: list[Audience] = []
    vm.audience_changed.connect(audiences.append)
    page.show()
    yield Step(vm, page, tasks, dialogs, audiences)
    await tasks.wait_idle()
    importer.close()


def invalid_rows(vm: RecipientsViewModel) -> list[tuple[str, str]]:
    model = vm.invalid_model
    return [(model.data(model.index(r, COLUMN_ORIGINAL)), model.data(model.index(r, COLUMN_PROBLEM)))
            for r in range(model.rowCount())]


@pytest.mark.asyncio
async def test_paste_a_messy_list(step: Step) -> None:
    QApplication.clipboard().setText(MESSY)
    step.page.numbers_edit.paste()
    assert step.vm.text() == MESSY
    assert step.audiences[-1] == Audience(numbers_text=MESSY, default_country="BE")
    assert step.vm.validation_pending  # debounced, nothing parsed on the keystroke
    report = await step.vm.validate()
    assert report is step.vm.report()
    assert step.page.summary_label.text() == (
        "6 valid, 5 invalid, 3 duplicates removed; Belgium 4, France 1, United Kingdom 1")
    assert invalid_rows(step.vm) == [
        ("06 12 34 56 78", "Not a valid number in this country's numbering plan"),
        ("04701234ab", "Contains letters"),
        ("12", "Too few digits"),
        ("+999 1234567", "Unknown country code"),
        ("0470 12 34 567 8", "Too many digits"),
    ]
    assert [p.e164 for p in report.valid] == [
        "+32470123456", "+3225114567", "+33612345678", "+32471987654", "+3225551234",
        "+442079460958"]
    assert step.page.export_button.isEnabled() and step.page.invalid_table.isVisibleTo(step.page)


@pytest.mark.asyncio
async def test_typing_is_debounced_and_validated(step: Step, qtbot: QtBot) -> None:
    qtbot.keyClicks(step.page.numbers_edit, "0470 12 34 56, 0470123456")
    assert step.vm.validation_pending and step.vm.report().total == 0
    await step.vm.validate()
    assert step.page.summary_label.text() == "1 valid, 0 invalid, 1 duplicate removed; Belgium 1"
    assert not step.page.export_button.isEnabled()


@pytest.mark.asyncio
async def test_default_country_changes_the_reading(step: Step) -> None:
    step.page.numbers_edit.setPlainText("06 12 34 56 78")
    await step.vm.validate()
    assert step.vm.report().invalid_count == 1
    combo = step.page.country_combo
    assert combo.currentText() == "Belgium"
    combo.setCurrentIndex(combo.findData("FR"))
    await step.tasks.wait_idle()
    assert step.vm.default_country() == "FR" and step.audiences[-1].default_country == "FR"
    assert step.page.summary_label.text() == "1 valid, 0 invalid, 0 duplicates removed; France 1"


@pytest.mark.asyncio
async def test_fix_an_invalid_number_in_place(step: Step) -> None:
    step.page.numbers_edit.setPlainText("0470 12 34 56\n04701234ab\n12; 12")
    await step.vm.validate()
    assert [r[0] for r in invalid_rows(step.vm)] == ["04701234ab", "12", "12"]
    model = step.vm.invalid_model
    assert model.setData(model.index(2, COLUMN_ORIGINAL), "0471 98 76 54")  # the second "12"
    await step.tasks.wait_idle()
    assert step.vm.text() == "0470 12 34 56\n04701234ab\n12; 0471 98 76 54"
    assert step.page.numbers_edit.toPlainText() == step.vm.text()
    assert model.setData(model.index(0, COLUMN_ORIGINAL), "")  # an empty fix removes the entry
    await step.tasks.wait_idle()
    assert step.vm.text() == "0470 12 34 56\n12; 0471 98 76 54"
    assert invalid_rows(step.vm) == [("12", "Too few digits")]
    assert step.audiences[-1].numbers_text == step.vm.text()


@pytest.mark.asyncio
async def test_set_audience_from_a_draft_is_not_an_edit(step: Step) -> None:
    step.vm.set_audience(Audience(numbers_text="06 12 34 56 78\n0612345678", default_country="FR"))
    await step.tasks.wait_idle()
    assert step.audiences == []
    assert step.page.numbers_edit.toPlainText() == "06 12 34 56 78\n0612345678"
    assert step.page.country_combo.current_code() == "FR"
    assert step.page.summary_label.text() == "1 valid, 0 invalid, 1 duplicate removed; France 1"


@pytest.mark.parametrize(
    ("encoding", "delimiter"), [("cp1252", ";"), ("utf-16", "\t"), ("utf-8-sig", ",")])
@pytest.mark.asyncio
async def test_import_csv_with_odd_encodings(step: Step, tmp_path: Path, encoding: str,
                                             delimiter: str) -> None:
    lines = ["Nom;Téléphone;Ville", "Benoît;0470 12 34 56;Liège", "Zoë;+33 6 12 34 56 78;Besançon",
             "Anaïs;04701234ab;Namur", "Hélène;;Mons", "Sven;0032 470 12 34 56;Gent"]
    path = tmp_path / "list.csv"
    path.write_bytes("\r\n".join(line.replace(";", delimiter) for line in lines).encode(encoding))
    step.page.numbers_edit.setPlainText("02 555 12 34")
    result = await step.vm.import_file(path)
    assert result is not None and result.table.delimiter == delimiter
    assert step.vm.text() == "02 555 12 34\n0470 12 34 56\n+33 6 12 34 56 78\n04701234ab\n0032 470 12 34 56"
    assert step.page.numbers_edit.toPlainText() == step.vm.text()
    assert step.page.summary_label.text() == (
        "3 valid, 1 invalid, 1 duplicate removed; Belgium 2, France 1")
    assert invalid_rows(step.vm) == [("04701234ab", "Contains letters")]

    target = tmp_path / "invalid.csv"
    step.page._on_export_file_chosen(str(target))
    with target.open(encoding="utf-8-sig", newline="") as handle:
        assert list(csv.reader(handle)) == [
            ["number as entered", "problem", "country", "row in file"],
            ["04701234ab", Problem.LETTERS.value, "", "4"]]


@pytest.mark.asyncio
async def test_import_xlsx_asks_for_the_column_when_unclear(step: Step, tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Name", "Phone", "Telephone"])
    sheet.append(["Ann", "0470 12 34 56", "02 555 12 34"])
    sheet.append(["Bob", 32471987654, "02 555 12 35"])
    path = tmp_path / "people.xlsx"
    workbook.save(path)

    assert await step.vm.import_file(path) is None
    dialog = step.page.column_dialog
    assert dialog is not None and dialog.isVisible()
    assert [dialog.list.item(i).text() for i in range(dialog.list.count())] == [
        "Name: Ann, Bob", "Phone: 0470 12 34 56, 32471987654", "Telephone: 02 555 12 34, 02 555 12 35"]
    dialog.list.setCurrentRow(2)
    dialog.accept()
    await step.tasks.wait_idle()
    assert step.vm.text() == "02 555 12 34\n02 555 12 35"
    assert step.page.summary_label.text() == "2 valid, 0 invalid, 0 duplicates removed; Belgium 2"


@pytest.mark.asyncio
async def test_a_bad_file_says_why_and_loses_nothing(step: Step, tmp_path: Path) -> None:
    step.page.numbers_edit.setPlainText("0470 12 34 56")
    await step.vm.validate()
    path = tmp_path / "names.csv"
    path.write_text("Name;City\nAnn;Gent\n", encoding="utf-8")
    shown: list[QMessageBox] = []
    step.dialogs.shown.connect(shown.append)
    assert await step.vm.import_file(path) is None
    assert shown and "No column in this file looks like phone numbers." in shown[0].text()
    shown[0].close()
    assert step.vm.text() == "0470 12 34 56" and step.vm.report().valid_count == 1


@pytest.mark.asyncio
async def test_large_import_shows_progress_and_can_be_cancelled(step: Step, tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_text("phone\n" + "\n".join(f"0470 {i:06d}" for i in range(3000)), encoding="utf-8")
    progress: list[tuple[int, int]] = []
    step.vm.progress_changed.connect(lambda done, total: progress.append((done, total)))
    step.vm.progress_changed.connect(lambda done, _total: step.page._on_cancel_clicked())
    busy: list[bool] = []
    step.vm.busy_changed.connect(busy.append)
    cancelled: list[bool] = []
    step.vm.import_cancelled.connect(lambda: cancelled.append(True))
    assert await step.vm.import_file(path) is None
    assert progress == [(500, 3000)] and cancelled == [True]
    assert step.page.progress_bar.value() == 500
    assert busy[0] is True and busy[-1] is False
    assert step.vm.text() == "" and "cancelled" in step.page.summary_label.text()
    assert step.page.numbers_edit.toPlainText() == "" and not step.page.numbers_edit.isReadOnly()
    assert step.audiences == []  # nothing was added to the draft


@pytest.mark.asyncio
async def test_large_import_appends_without_one_big_freeze(step: Step, tmp_path: Path,
                                                           qtbot: QtBot) -> None:
    path = tmp_path / "big.csv"
    path.write_text("\n".join(f"0470 {i:06d}" for i in range(20000)), encoding="utf-8")
    result = await step.vm.import_file(path)
    assert result is not None and step.page.appending
    qtbot.waitUntil(lambda: not step.page.appending)
    assert step.page.numbers_edit.toPlainText() == step.vm.text()
    assert step.vm.report().valid_count == 20000
    assert step.page.summary_label.text().startswith("20000 valid, 0 invalid")


@pytest.mark.asyncio
async def test_the_same_audience_again_changes_nothing(step: Step) -> None:
    step.vm.set_audience(Audience(numbers_text="0470 12 34 56", default_country="BE"))
    await step.tasks.wait_idle()
    report = step.vm.report()
    step.vm.set_audience(step.vm.audience().model_copy(update={"contacts": ["c-1"]}))
    assert not step.tasks.busy and step.vm.report() is report
    assert step.vm.audience().contacts == ["c-1"]  # other pages' fields are kept


@pytest.mark.asyncio
async def test_a_big_paste_is_checked_off_the_gui_thread(step: Step, qtbot: QtBot) -> None:
    text = "\n".join(f"0470 {i:06d}" for i in range(25_000)) + "\n0470 000000\nabc"
    progress: list[tuple[int, int]] = []
    step.vm.progress_changed.connect(lambda done, total: progress.append((done, total)))
    step.vm.set_audience(Audience(numbers_text=text))
    qtbot.waitUntil(lambda: not step.page.appending)
    assert step.page.numbers_edit.toPlainText() == text
    await step.tasks.wait_idle()
    report = step.vm.report()
    assert progress[-1] == (25_001, 25_001)  # distinct entries, each parsed once
    assert (report.valid_count, report.invalid_count, report.duplicates) == (25_000, 1, 1)
    assert invalid_rows(step.vm) == [("abc", "Contains letters")]


@pytest.mark.asyncio
async def test_changing_country_during_a_check_keeps_the_newest(step: Step) -> None:
    step.page.numbers_edit.setPlainText("06 12 34 56 78")
    running = asyncio.ensure_future(step.vm.validate())
    await asyncio.sleep(0)
    step.vm.set_default_country("FR")
    assert await running is None  # the Belgian reading is stale
    await step.tasks.wait_idle()
    assert step.vm.report().valid_count == 1 and step.vm.report().valid[0].country == "FR"


@pytest.mark.asyncio
async def test_fix_through_the_table_like_a_user(step: Step, qtbot: QtBot) -> None:
    step.page.numbers_edit.setPlainText("0470 12 34 56\n04701234ab")
    await step.vm.validate()
    table = step.page.invalid_table
    index = step.vm.invalid_model.index(0, COLUMN_ORIGINAL)
    table.setCurrentIndex(index)
    table.edit(index)
    editors = table.viewport().findChildren(QLineEdit)
    assert len(editors) == 1 and editors[0].text() == "04701234ab"
    editor = editors[0]
    editor.selectAll()
    qtbot.keyClicks(editor, "0471 98 76 54")
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # moving on commits the correction
    await step.tasks.wait_idle()
    assert step.vm.text() == "0470 12 34 56\n0471 98 76 54"
    assert step.page.summary_label.text() == "2 valid, 0 invalid, 0 duplicates removed; Belgium 2"
    assert not step.page.invalid_table.isVisibleTo(step.page)
