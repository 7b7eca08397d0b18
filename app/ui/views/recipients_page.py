"""Step 2, Recipients: type, paste or import numbers; see what was cleaned and why; fix or export."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, SignalInstance
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.numbers import NumberReport
from app.services.recipients_import import Table
from app.ui.dialogs import Dialogs
from app.ui.models.recipients_model import (
    COLUMN_COUNTRY,
    COLUMN_LINE_TYPE,
    COLUMN_NUMBER,
    COLUMN_ORIGINAL,
    COLUMN_PROBLEM,
)
from app.ui.viewmodels.recipients_vm import RecipientsViewModel
from app.ui.views.support import pick_open_file, pick_save_file
from app.ui.widgets.choices import CodeCombo

_APPEND_CHUNK = 32_000  # characters added to the text box per event-loop turn (about 5 ms)


class ColumnPickerDialog(QDialog):
    """Asks which column holds the phone numbers, showing a few cells of each."""

    def __init__(self, table: Table, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self.setWindowTitle(self.tr("Which column has the phone numbers?"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Choose the column that holds the phone numbers:"), self))
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Columns of the file"))
        names = table.column_names()
        for index, name in enumerate(names):
            title = name or self.tr("Column {number}").format(number=index + 1)
            sample = ", ".join(table.sample(index, 3))
            item = QListWidgetItem(f"{title}: {sample}" if sample else title, self.list)
            item.setData(Qt.ItemDataRole.UserRole, index)
        suggested = table.proposal.index if table.proposal.index is not None else 0
        self.list.setCurrentRow(suggested)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Import this column"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen_column(self) -> int:
        """The index of the selected column."""
        item = self.list.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else 0


class RecipientsPage(QWidget):
    """Binds the numbers text, default country, import and the invalid list to the view-model."""

    def __init__(self, vm: RecipientsViewModel, dialogs: Dialogs | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vm = vm
        self._dialogs = dialogs or Dialogs(self)
        self._applying = False
        self._pending: list[str] = []
        self.file_dialog: QFileDialog | None = None
        self.column_dialog: ColumnPickerDialog | None = None
        self._append_timer = QTimer(self)
        self._append_timer.setInterval(0)
        self._append_timer.timeout.connect(self._on_append_tick)
        self._show_progress_timer = QTimer(self)
        self._show_progress_timer.setSingleShot(True)
        self._show_progress_timer.setInterval(300)
        self._show_progress_timer.timeout.connect(self._on_show_progress)
        self._setup_ui()
        self._vm.text_replaced.connect(self._on_text_replaced)
        self._vm.text_appended.connect(self._on_text_appended)
        self._vm.default_country_changed.connect(self.country_combo.set_code)
        self._vm.report_changed.connect(self._on_report_changed)
        self._vm.busy_changed.connect(self._on_busy_changed)
        self._vm.progress_changed.connect(self._on_progress)
        self._vm.column_choice_needed.connect(self._on_column_choice_needed)
        self._vm.error_occurred.connect(self._on_error)
        self._vm.import_cancelled.connect(self._on_import_cancelled)
        self._on_text_replaced(self._vm.text())
        self.country_combo.set_code(self._vm.default_country())
        self._on_report_changed(self._vm.report())

    def _setup_ui(self) -> None:
        outer = QVBoxLayout(self)
        outer.addWidget(QLabel(self.tr("<h2>2. Recipients</h2>"), self))
        self.audience_holder = QVBoxLayout()  # the provider's own recipients (contacts, segments)
        outer.addLayout(self.audience_holder)
        self.numbers_off_label = QLabel(self.tr(
            "The phone numbers typed here are kept in the draft, but not called while a segment is chosen."), self)
        self.numbers_off_label.setWordWrap(True)
        self.numbers_off_label.hide()
        outer.addWidget(self.numbers_off_label)
        self.numbers_panel = QWidget(self)
        outer.addWidget(self.numbers_panel, 1)
        outer.addStretch(0)  # takes the room while the numbers are hidden
        layout = QVBoxLayout(self.numbers_panel)
        layout.setContentsMargins(0, 0, 0, 0)

        form = QFormLayout()
        self.country_combo = CodeCombo(self)
        self.country_combo.setAccessibleName(self.tr("Default country"))
        self.country_combo.setToolTip(self.tr("Numbers written without a country code belong to this country"))
        self.country_combo.fill([(name, code) for code, name in self._vm.countries()],
                                self._vm.default_country())
        self.country_combo.currentIndexChanged.connect(self._on_country_changed)
        form.addRow(self.tr("Numbers without a country code are in:"), self.country_combo)
        layout.addLayout(form)

        self.numbers_edit = QPlainTextEdit(self)
        self.numbers_edit.setAccessibleName(self.tr("Phone numbers"))
        self.numbers_edit.setPlaceholderText(self.tr(
            "Type or paste phone numbers, one per line or separated by commas or semicolons, "
            "for example:\n0470 12 34 56\n+33 6 12 34 56 78"))
        self.numbers_edit.textChanged.connect(self._on_text_changed)
        layout.addWidget(self.numbers_edit, 2)

        actions = QHBoxLayout()
        self.import_button = QPushButton(self.tr("&Import from a file…"), self)
        self.import_button.setAccessibleName(self.tr("Import numbers from a CSV or Excel file"))
        self.import_button.clicked.connect(self._on_import_clicked)
        actions.addWidget(self.import_button)
        self.summary_label = QLabel(self)
        self.summary_label.setAccessibleName(self.tr("Summary of the numbers"))
        self.summary_label.setWordWrap(True)
        actions.addWidget(self.summary_label, 1)
        layout.addLayout(actions)

        progress_row = QHBoxLayout()
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setAccessibleName(self.tr("Progress of the check"))
        self.cancel_button = QPushButton(self.tr("&Cancel"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel the import"))
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        progress_row.addWidget(self.progress_bar, 1)
        progress_row.addWidget(self.cancel_button)
        self.progress_bar.hide()
        self.cancel_button.hide()
        layout.addLayout(progress_row)

        self.invalid_label = QLabel(self.tr("Numbers that cannot be called (double-click to correct):"), self)
        layout.addWidget(self.invalid_label)
        self.invalid_table = QTableView(self)
        self.invalid_table.setAccessibleName(self.tr("Numbers that cannot be called"))
        self.invalid_table.setModel(self._vm.invalid_model)
        for column in (COLUMN_NUMBER, COLUMN_LINE_TYPE):
            self.invalid_table.setColumnHidden(column, True)
        header = self.invalid_table.horizontalHeader()
        header.moveSection(header.visualIndex(COLUMN_ORIGINAL), 0)
        header.setSectionResizeMode(COLUMN_PROBLEM, QHeaderView.ResizeMode.Stretch)
        # fixed widths: ResizeToContents would measure every row (slow with thousands of rows)
        header.resizeSection(COLUMN_ORIGINAL, self.fontMetrics().horizontalAdvance("0" * 22))
        header.resizeSection(COLUMN_COUNTRY, self.fontMetrics().horizontalAdvance("M" * 12))
        self.invalid_table.verticalHeader().setDefaultSectionSize(
            self.invalid_table.fontMetrics().height() + 8)
        self.invalid_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.invalid_table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed)
        layout.addWidget(self.invalid_table, 1)

        export_row = QHBoxLayout()
        export_row.addStretch(1)
        self.export_button = QPushButton(self.tr("&Export invalid numbers…"), self)
        self.export_button.setAccessibleName(self.tr("Export the invalid numbers as a CSV file"))
        self.export_button.clicked.connect(self._on_export_clicked)
        export_row.addWidget(self.export_button)
        layout.addLayout(export_row)

    def add_audience_widget(self, widget: QWidget, numbers_shown: SignalInstance | None = None) -> None:
        """Place the provider's recipients above the numbers; `numbers_shown` hides the numbers
        while they are not sent (a Naxai segment)."""
        self.audience_holder.addWidget(widget)
        if numbers_shown is not None:
            numbers_shown.connect(self.set_numbers_shown)

    def set_numbers_shown(self, shown: bool) -> None:
        """Show the numbers editor, or say that the typed numbers are kept but not called."""
        self.numbers_panel.setVisible(shown)
        self.numbers_off_label.setVisible(not shown)

    # --- text --------------------------------------------------------------------------------
    def _on_text_changed(self) -> None:
        if not self._applying:
            self._vm.set_text(self.numbers_edit.toPlainText())

    def _on_text_replaced(self, text: str) -> None:
        self._append_timer.stop()
        self._pending.clear()
        self.numbers_edit.setReadOnly(self._vm.busy)
        if text == self.numbers_edit.toPlainText():
            return
        self._applying = True
        try:
            self.numbers_edit.setPlainText(text if len(text) <= _APPEND_CHUNK else "")
        finally:
            self._applying = False
        if len(text) > _APPEND_CHUNK:  # a big list goes in a slice per loop turn
            self._on_text_appended(text)

    def _on_text_appended(self, added: str) -> None:
        """Add imported numbers a slice per event-loop turn, so the window never freezes."""
        start = 0
        while start < len(added):
            end = added.find("\n", start + _APPEND_CHUNK)
            end = len(added) if end < 0 else end
            self._pending.append(added[start:end])
            start = end
        self.numbers_edit.setReadOnly(True)
        if not self._append_timer.isActive():
            self._append_timer.start()
        self._on_append_tick()

    def _on_append_tick(self) -> None:
        if not self._pending:
            self._append_timer.stop()
            self.numbers_edit.setReadOnly(self._vm.busy)
            return
        chunk = self._pending.pop(0)
        cursor = QTextCursor(self.numbers_edit.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        self._applying = True
        try:
            cursor.insertText(chunk)
        finally:
            self._applying = False

    @property
    def appending(self) -> bool:
        """True while imported numbers are still being added to the text box."""
        return bool(self._pending)

    def _on_country_changed(self, _index: int) -> None:
        code = self.country_combo.current_code()
        if code:
            self._vm.set_default_country(code)

    # --- results -----------------------------------------------------------------------------
    def _on_report_changed(self, report: NumberReport) -> None:
        self.summary_label.setText(self._vm.summary())
        has_invalid = bool(report.invalid)
        self.export_button.setEnabled(has_invalid)
        self.invalid_label.setVisible(has_invalid)
        self.invalid_table.setVisible(has_invalid)

    def _on_busy_changed(self, busy: bool) -> None:
        self.import_button.setEnabled(not busy)
        self.numbers_edit.setReadOnly(busy or self.appending)
        if busy:
            self.progress_bar.setRange(0, 0)
            self.progress_bar.resetFormat()
            self._show_progress_timer.start()  # quick checks finish before anything flickers
        else:
            self._show_progress_timer.stop()
            self.progress_bar.hide()
            self.cancel_button.hide()

    def _on_show_progress(self) -> None:
        if self._vm.busy:
            self.progress_bar.show()
            self.cancel_button.setVisible(self._vm.cancellable)

    def _on_progress(self, done: int, total: int) -> None:
        if self.progress_bar.isHidden():
            self._on_show_progress()
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)
        self.progress_bar.setFormat(self.tr("{done} of {total} numbers checked").format(
            done=done, total=total))

    def _on_cancel_clicked(self) -> None:
        self._vm.cancel()

    def _on_import_cancelled(self) -> None:
        self.summary_label.setText(self.tr("Import cancelled; nothing was added.") + " " + self._vm.summary())

    def _on_error(self, message: str, details: str) -> None:
        self._dialogs.error(self, self.tr("Recipients"), message, details)

    # --- import ------------------------------------------------------------------------------
    def _on_import_clicked(self) -> None:
        self.file_dialog = pick_open_file(self, self.tr("Import phone numbers"), [
            self.tr("Spreadsheets and lists (*.csv *.txt *.xlsx)"), self.tr("All files (*)")], self._on_import_file_chosen)

    def _on_import_file_chosen(self, path: str) -> None:
        if path:
            self._vm.start_import(path)

    def _on_column_choice_needed(self, table: Table) -> None:
        dialog = ColumnPickerDialog(table, self)
        dialog.accepted.connect(lambda: self._vm.choose_column(table, dialog.chosen_column()))
        self.column_dialog = dialog
        dialog.open()

    # --- export ------------------------------------------------------------------------------
    def _on_export_clicked(self) -> None:
        self.file_dialog = pick_save_file(self, self.tr("Export invalid numbers"), self.tr("CSV files (*.csv)"), "csv",
                                          self._on_export_file_chosen, self.tr("invalid numbers.csv"))

    def _on_export_file_chosen(self, path: str) -> None:
        if path and self._vm.export_invalid(path) is not None:
            self.summary_label.setText(self._vm.summary() + " " + self.tr("Invalid numbers saved."))

