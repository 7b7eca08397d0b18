"""The do-not-call list as a user meets it in the composed app: open it from the Tools menu, paste
a messy list, remove with undo, import odd files, export, and send without calling listed numbers."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from app.services.do_not_call import EXPORT_HEADER
from app.ui.models.do_not_call_model import COLUMN_ADDED, COLUMN_COUNTRY, COLUMN_NOTE, COLUMN_NUMBER
from app.ui.views.do_not_call_dialog import DoNotCallDialog
from tests.ui.test_end_to_end import enter_numbers

MESSY = "0470 12 34 56; +32 471 98 76 54\n0032 472 11 22 33, abc | 12\t+33 6 12 34 56 78\n0471987654\n"


def open_from_tools(app: Any, qloop: Any) -> DoNotCallDialog:
    """Tools > Do-not-call list…, as a user picks it; waits until the list is shown."""
    menus = {a.text(): a.menu() for a in app.window.menuBar().actions()}
    action = next(a for a in menus["&Tools"].actions() if a.text() == "&Do-not-call list…")
    action.trigger()
    dialog = app.window.findChild(DoNotCallDialog)
    assert dialog is not None and dialog.isVisible()
    qloop.run_until(lambda: not dialog._vm.busy, message="the list never loaded")
    return dialog


def rows(dialog: DoNotCallDialog) -> list[tuple[str, str, str]]:
    """What the table shows: number, country, note."""
    model = dialog.table.model()
    return [(model.index(r, COLUMN_NUMBER).data(), model.index(r, COLUMN_COUNTRY).data(),
             model.index(r, COLUMN_NOTE).data()) for r in range(model.rowCount())]


def add(dialog: DoNotCallDialog, qtbot: Any, qloop: Any, text: str, note: str = "") -> str:
    """Paste numbers, type a note, click Add; returns the message the window shows."""
    dialog.add_edit.clear()
    QApplication.clipboard().setText(text)
    dialog.add_edit.paste()
    dialog.note_edit.clear()
    qtbot.keyClicks(dialog.note_edit, note)
    dialog.message_label.clear()
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qloop.run_until(lambda: dialog.message_label.text() != "" and not dialog._vm.busy)
    return dialog.message_label.text()


def select(dialog: DoNotCallDialog, *numbers: str) -> None:
    """Ctrl-click the rows of these numbers (shown as the table shows them)."""
    model = dialog.table.model()
    selection = dialog.table.selectionModel()
    selection.clearSelection()
    for row in range(model.rowCount()):
        if model.index(row, COLUMN_NUMBER).data() in numbers:
            selection.select(model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                             | QItemSelectionModel.SelectionFlag.Rows)


def test_paste_a_messy_list_then_remove_with_undo(voicedesk: Any, qloop: Any, qtbot: Any) -> None:
    dialog = open_from_tools(voicedesk, qloop)
    assert dialog.windowTitle() == "Do-not-call list (0 numbers)"
    assert dialog.country_combo.currentText() == "Belgium"  # the open draft's country

    message = add(dialog, qtbot, qloop, MESSY, "asked not to be called")
    assert message == ("4 added, 1 repeated, 2 not phone numbers: “abc” (contains letters), "
                       "“12” (too few digits).")
    assert dialog.add_edit.toPlainText() == "abc\n12"  # what could not be read stays to be fixed
    assert dialog.windowTitle() == "Do-not-call list (4 numbers)"
    note = "asked not to be called"
    assert rows(dialog) == [("+32 470 12 34 56", "Belgium", note), ("+32 471 98 76 54", "Belgium", note),
                            ("+32 472 11 22 33", "Belgium", note), ("+33 6 12 34 56 78", "France", note)]
    assert dialog.table.model().index(0, COLUMN_ADDED).data()  # the date it was added

    assert add(dialog, qtbot, qloop, "+32470123456, 0475 00 00 01") == "1 added, 1 already on the list."
    assert dialog.windowTitle() == "Do-not-call list (5 numbers)"

    qtbot.keyClicks(dialog.search_edit, "0471 98")
    qloop.run_until(lambda: len(rows(dialog)) == 1)
    assert rows(dialog)[0][0] == "+32 471 98 76 54"
    assert dialog.shown_label.text() == "1 of 5 shown"
    dialog.search_edit.clear()
    qloop.run_until(lambda: len(rows(dialog)) == 5)
    assert dialog.shown_label.text() == ""

    select(dialog, "+32 470 12 34 56", "+33 6 12 34 56 78")
    assert dialog.remove_button.isEnabled()
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    qloop.run_until(lambda: len(rows(dialog)) == 3, message="Delete did not remove the selected numbers")
    assert dialog.message_label.text() == "2 numbers removed from the list; they may be called again."
    assert dialog.undo_button.isVisible() and dialog.windowTitle() == "Do-not-call list (3 numbers)"

    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    qloop.run_until(lambda: len(rows(dialog)) == 5, message="Undo did not put the numbers back")
    assert dialog.message_label.text() == "2 numbers put back on the list."
    assert ("+33 6 12 34 56 78", "France", note) in rows(dialog)  # with its note
    assert not dialog.undo_button.isVisible()


def test_removing_many_numbers_asks_first(voicedesk: Any, qloop: Any, qtbot: Any) -> None:
    app = voicedesk
    dialog = open_from_tools(app, qloop)
    add(dialog, qtbot, qloop, "\n".join(f"+3247000{i:04d}" for i in range(12)))
    dialog.table.selectAll()
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    box = app.dialogs.current
    assert isinstance(box, QMessageBox) and box.text() == "Remove 12 numbers from the do-not-call list?"
    box.reject()  # changed my mind: nothing removed
    qloop.idle(0.2)
    assert len(rows(dialog)) == 12

    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(app.dialogs.current.findChild(QPushButton, "acceptButton"), Qt.MouseButton.LeftButton)
    qloop.run_until(lambda: len(rows(dialog)) == 0)
    dialog.activateWindow()
    dialog.table.setFocus()
    qloop.run_until(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Edit > Undo's shortcut
    qloop.run_until(lambda: len(rows(dialog)) == 12, message="Ctrl+Z did not undo the removal")


def choose_file(dialog: DoNotCallDialog, button: QPushButton, path: Path) -> None:
    """Click the button and pick `path` in the file dialog it opens."""
    button.click()
    assert dialog.file_dialog is not None and dialog.file_dialog.isVisible()
    dialog.file_dialog.selectFile(str(path))
    dialog.file_dialog.accept()


def test_import_odd_files_then_export_and_read_back(voicedesk: Any, qloop: Any, qtbot: Any, tmp_path: Path) -> None:
    app = voicedesk
    dialog = open_from_tools(app, qloop)
    odd = tmp_path / "désinscrits.csv"
    odd.write_bytes("Naam|GSM-nummer|Opmerking\r\nJosé Müller|0470 12 34 56|à la demande\r\n"
                    "Zoë|+33 6 12 34 56 78|\r\nAndré|pas de numéro|\r\n".encode("cp1252"))
    choose_file(dialog, dialog.import_button, odd)
    qloop.run_until(lambda: dialog.message_label.text().startswith("2 added"), message="the import never ended")
    assert dialog.message_label.text() == "2 added, 1 not a phone number: “pas de numéro” (contains letters)."
    assert rows(dialog) == [("+32 470 12 34 56", "Belgium", "Imported from désinscrits.csv"),
                            ("+33 6 12 34 56 78", "France", "Imported from désinscrits.csv")]

    unclear = tmp_path / "two columns.csv"  # no header, two columns of numbers: the user picks
    unclear.write_text("0470 00 00 01,0471 00 00 01\n0470 00 00 02,0471 00 00 02\n", encoding="utf-8")
    choose_file(dialog, dialog.import_button, unclear)
    qloop.run_until(lambda: dialog.column_dialog is not None and dialog.column_dialog.isVisible())
    dialog.column_dialog.list.setCurrentRow(1)
    dialog.column_dialog.accept()
    qloop.run_until(lambda: dialog.message_label.text() == "2 added.")
    assert {r[0] for r in rows(dialog)} >= {"+32 471 00 00 01", "+32 471 00 00 02"}
    assert "+32 470 00 00 01" not in {r[0] for r in rows(dialog)}

    target = tmp_path / "export" / "list.csv"
    target.parent.mkdir()
    choose_file(dialog, dialog.export_button, target)
    qloop.run_until(lambda: target.exists() and not dialog._vm.busy, message="the export never ended")
    assert dialog.message_label.text() == "4 numbers saved to list.csv."
    with target.open(encoding="utf-8-sig", newline="") as handle:
        saved = list(csv.reader(handle))
    assert saved[0] == list(EXPORT_HEADER)
    assert [(r[0], r[2]) for r in saved[1:]] == [
        ("+32470123456", "Imported from désinscrits.csv"), ("+32471000001", "Imported from two columns.csv"),
        ("+32471000002", "Imported from two columns.csv"), ("+33612345678", "Imported from désinscrits.csv")]


def test_a_failed_export_is_explained(voicedesk: Any, qloop: Any, qtbot: Any, tmp_path: Path) -> None:
    app = voicedesk
    dialog = open_from_tools(app, qloop)
    add(dialog, qtbot, qloop, "0470 12 34 56")
    blocked = tmp_path / "list.csv"
    (tmp_path / ".list.csv.tmp").mkdir()  # the new file cannot be written there
    with qtbot.waitSignal(app.dialogs.shown, timeout=10_000) as shown:
        choose_file(dialog, dialog.export_button, blocked)
    box = shown.args[0]
    assert box.windowTitle() == "Do-not-call list"
    assert box.text() == "This is a folder, not a file. Choose a file name."
    assert not blocked.exists() and len(rows(dialog)) == 1  # nothing half-written, nothing lost


def test_a_bad_file_is_explained_and_changes_nothing(voicedesk: Any, qloop: Any, qtbot: Any, tmp_path: Path) -> None:
    app = voicedesk
    dialog = open_from_tools(app, qloop)
    add(dialog, qtbot, qloop, "0470 12 34 56")
    bad = tmp_path / "names.csv"
    bad.write_text("name,city\nJosé,Liège\nZoë,Namur\n", encoding="utf-8")
    with qtbot.waitSignal(app.dialogs.shown, timeout=10_000) as shown:
        choose_file(dialog, dialog.import_button, bad)
    assert shown.args[0].text() == "No column in this file looks like phone numbers."
    assert len(rows(dialog)) == 1


def test_a_listed_number_is_not_called(voicedesk: Any, qloop: Any, qtbot: Any) -> None:
    app = voicedesk
    qtbot.keyClicks(app.pages["message"].text_edit, "The pool is closed on Monday.")
    app.window.go_to(1)
    enter_numbers(app, qtbot, "+32 470 12 34 56\n0470 12 34 57\n+33 6 12 34 56 78")
    app.window.go_to(3)
    review = app.pages["review"]
    qloop.run_until(lambda: review.send_button.text() == "Send 3 calls…")

    dialog = open_from_tools(app, qloop)
    add(dialog, qtbot, qloop, "0470 12 34 57", "moved away")
    # the open send is re-checked at once, without touching the draft
    qloop.run_until(lambda: review.send_button.text() == "Send 2 calls…", message="Review never updated")
    assert review.left_out_label.text() == 'Left out: <a href="do-not-call">1 on the do-not-call list</a>.'
    dialog.close()
    review.left_out_label.linkActivated.emit("do-not-call")  # the user follows the link
    assert dialog.isVisible()

    qtbot.mouseClick(review.send_button, Qt.MouseButton.LeftButton)
    box = app.dialogs.current
    assert box.text() == "Send 2 calls? This is a paid service."
    qtbot.mouseClick(box.findChild(QPushButton, "acceptButton"), Qt.MouseButton.LeftButton)
    qloop.run_until(lambda: len(app.sandbox.routee.campaigns) == 1, message="nothing reached the Sandbox")
    campaign = next(iter(app.sandbox.routee.campaigns.values()))
    called = sorted(message.to for message in campaign.messages)
    assert called == ["+32470123456", "+33612345678"]


@pytest.mark.parametrize("count", [100_000])
def test_a_hundred_thousand_numbers_load_and_filter(voicedesk: Any, qloop: Any, qtbot: Any, count: int) -> None:
    app = voicedesk
    qloop.run(app.store.add_do_not_call(f"+3247{i:07d}" for i in range(count)))
    dialog = open_from_tools(app, qloop)
    qloop.run_until(lambda: dialog.windowTitle() == "Do-not-call list (100,000 numbers)", timeout=60)
    assert dialog.table.model().rowCount() == count
    qtbot.keyClicks(dialog.search_edit, "0470 099 99")
    qloop.run_until(lambda: dialog.table.model().rowCount() == 10, timeout=30)
    assert rows(dialog)[0][0] == "+32 470 09 99 90"
    select(dialog, "+32 470 09 99 90")
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    qloop.run_until(lambda: dialog.windowTitle() == "Do-not-call list (99,999 numbers)", timeout=60)
    assert dialog.table.model().rowCount() == 9  # the search stays in force
