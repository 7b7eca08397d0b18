"""The recipients table model, tested without any widget."""

from __future__ import annotations

import time

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from app.domain.numbers import ParsedNumber, parse_many
from app.ui.models.recipients_model import (
    COLUMN_COUNT,
    COLUMN_COUNTRY,
    COLUMN_LINE_TYPE,
    COLUMN_NUMBER,
    COLUMN_ORIGINAL,
    COLUMN_PROBLEM,
    PARSED_ROLE,
    RecipientsTableModel,
    country_name,
)


def test_columns_roles_and_headers(qtbot: QtBot) -> None:
    model = RecipientsTableModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.append(parse_many(["0470 12 34 56", "+33 6 12 34 56 78", "04701234ab"], "BE"))
    assert (model.rowCount(), model.columnCount()) == (3, COLUMN_COUNT)

    def cell(row: int, column: int) -> str:
        return model.data(model.index(row, column))

    assert [cell(0, c) for c in range(COLUMN_COUNT)] == [
        "+32470123456", "Belgium", "Mobile", "", "0470 12 34 56"]
    assert cell(1, COLUMN_COUNTRY) == "France"
    assert (cell(2, COLUMN_NUMBER), cell(2, COLUMN_PROBLEM)) == ("", "Contains letters")
    parsed = model.data(model.index(2, 0), PARSED_ROLE)
    assert isinstance(parsed, ParsedNumber) and parsed.original == "04701234ab"
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(COLUMN_COUNT)]
    assert headers == ["Number", "Country", "Line type", "Problem", "As entered"]
    assert model.data(model.index(9, 0)) is None
    assert cell(0, COLUMN_LINE_TYPE) == "Mobile"


def test_country_names() -> None:
    assert country_name("BE") == "Belgium"
    assert country_name("NL") == "Netherlands"
    assert country_name(None) == "" and country_name("XX") == "XX"


def test_country_names_follow_the_ui_language() -> None:
    """In a French or Dutch UI, Belgium is named as the user says it; English is the fallback."""
    from PySide6.QtCore import QLocale

    saved = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
        assert country_name("BE") == "Belgique" and country_name("FR") == "France"
        QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
        assert country_name("BE") == "België"
        QLocale.setDefault(QLocale(QLocale.Language.Greek, QLocale.Country.Greece))
        assert country_name("GR") == "Ελλάδα" and country_name("JP") == "Japan"  # no el_JP: English
    finally:
        QLocale.setDefault(saved)


def test_append_100000_rows_incrementally(qtbot: QtBot) -> None:
    model = RecipientsTableModel()
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    batch = parse_many([f"0470 {i:06d}" for i in range(5000)], "BE")
    start = time.perf_counter()
    for _ in range(20):
        model.append(batch)
    assert time.perf_counter() - start < 1.0
    assert model.rowCount() == 100_000
    assert inserted[0] == (0, 4999) and inserted[-1] == (95_000, 99_999) and len(inserted) == 20
    assert not resets
    assert model.data(model.index(99_999, COLUMN_ORIGINAL)) == "0470 004999"


def test_edits_are_handed_on_and_rows_update_in_place(qtbot: QtBot) -> None:
    model = RecipientsTableModel(editable=True)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_items(parse_many(["04701234ab", "12"], "BE"))
    index = model.index(0, COLUMN_ORIGINAL)
    assert model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(0, COLUMN_NUMBER)) & Qt.ItemFlag.ItemIsEditable
    with qtbot.waitSignal(model.edit_requested) as blocker:
        assert model.setData(index, "0470 12 34 56")
    row, item, text = blocker.args
    assert (row, item.original, text) == (0, "04701234ab", "0470 12 34 56")
    assert not model.setData(index, "04701234ab")  # unchanged text: nothing to do

    changed: list[int] = []
    model.dataChanged.connect(lambda top, _bottom, _roles=(): changed.append(top.row()))
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.set_items(parse_many(["04701234ab", "13"], "BE"))
    assert changed == [1] and not resets
    model.set_items(parse_many(["13"], "BE"))
    assert resets and model.rowCount() == 1
    model.remove(0)
    assert model.rowCount() == 0 and model.rowCount(model.index(0, 0)) == 0
    assert model.columnCount(QModelIndex()) == COLUMN_COUNT


def test_read_only_model_refuses_edits(qtbot: QtBot) -> None:
    model = RecipientsTableModel()
    model.append(parse_many(["12"], "BE"))
    index = model.index(0, COLUMN_ORIGINAL)
    assert not model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(index, "0470 12 34 56")
    model.replace(0, parse_many(["0470 12 34 56"], "BE")[0])
    assert model.data(index) == "0470 12 34 56"
