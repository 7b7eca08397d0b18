"""The do-not-call list window: add typed or pasted numbers, search, remove with undo, import a
CSV/Excel file, export to CSV. A non-modal window (show it with `present()`; never exec())."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.do_not_call import AddOutcome
from app.services.recipients_import import Table
from app.ui.dialogs import Dialogs
from app.ui.models.do_not_call_model import COLUMN_ADDED, COLUMN_COUNTRY, COLUMN_NOTE, COLUMN_NUMBER
from app.ui.numbers_text import count_text
from app.ui.plural import plural
from app.ui.views.support import pick_open_file, pick_save_file
from app.ui.viewmodels.do_not_call_vm import DoNotCallViewModel
from app.ui.views.recipients_page import ColumnPickerDialog
from app.ui.widgets.choices import CodeCombo

CONFIRM_REMOVING = 10  # removing this many numbers or more asks first


class DoNotCallDialog(QDialog):
    """Binds the list, the add box, search, remove/undo, import and export to the view-model."""

    def __init__(self, vm: DoNotCallViewModel, dialogs: Dialogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vm = vm
        self._dialogs = dialogs
        self.file_dialog: QFileDialog | None = None
        self.column_dialog: ColumnPickerDialog | None = None
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(lambda: self._vm.set_filter(self.search_edit.text()))
        self._setup_ui()
        vm.count_changed.connect(self._on_count_changed)
        vm.message_changed.connect(self._on_message)
        vm.added.connect(self._on_added)
        vm.busy_changed.connect(self._on_busy_changed)
        vm.progress_changed.connect(self._on_progress)
        vm.column_choice_needed.connect(self._on_column_choice_needed)
        vm.error_occurred.connect(self._on_error)
        vm.model.modelReset.connect(self._on_rows_changed)
        self._on_count_changed(vm.model.total)

    # --- building ----------------------------------------------------------------------------
    def _setup_ui(self) -> None:
        self.setObjectName("doNotCallDialog")
        self.setModal(False)
        self.resize(760, 620)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Numbers on this list are never called, in any campaign: they are "
                               "left out before every send."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        self.country_combo = CodeCombo(self)
        self.country_combo.setAccessibleName(self.tr("Default country"))
        self.country_combo.fill([(name, code) for code, name in self._vm.countries()], self._vm.default_country())
        self.country_combo.currentIndexChanged.connect(self._on_country_changed)
        form.addRow(self.tr("Numbers without a country code are in:"), self.country_combo)
        layout.addLayout(form)
        self.add_edit = QPlainTextEdit(self)
        self.add_edit.setAccessibleName(self.tr("Numbers to add"))
        self.add_edit.setPlaceholderText(self.tr("Type or paste numbers to add, one per line or separated "
                                                 "by commas or semicolons"))
        self.add_edit.setMaximumHeight(90)
        layout.addWidget(self.add_edit)
        add_row = QHBoxLayout()
        self.note_edit = QLineEdit(self)
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.setPlaceholderText(self.tr("Note or reason (optional), for example: asked not to be called"))
        add_row.addWidget(self.note_edit, 1)
        self.add_button = QPushButton(self.tr("&Add to the list"), self)
        self.add_button.clicked.connect(self._on_add_clicked)
        add_row.addWidget(self.add_button)
        layout.addLayout(add_row)

        bar = QHBoxLayout()
        self.message_label = QLabel(self)
        self.message_label.setObjectName("doNotCallMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("What just happened"))
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        bar.addWidget(self.message_label, 1)
        self.undo_button = QPushButton(self.tr("&Undo"), self)
        self.undo_button.setAccessibleName(self.tr("Put the removed numbers back"))
        self.undo_button.clicked.connect(self._vm.undo)
        self.undo_button.hide()
        bar.addWidget(self.undo_button)
        layout.addLayout(bar)
        self.undo_action = QAction(self.tr("Undo"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)  # text boxes keep their own
        self.undo_action.setEnabled(False)
        self.undo_action.triggered.connect(self._vm.undo)
        self.addAction(self.undo_action)

        self.search_edit = QLineEdit(self)
        self.search_edit.setAccessibleName(self.tr("Search the list"))
        self.search_edit.setPlaceholderText(self.tr("Search by number or note"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_edit, 1)
        self.shown_label = QLabel(self)
        self.shown_label.setAccessibleName(self.tr("How many numbers the search shows"))
        search_row.addWidget(self.shown_label)
        layout.addLayout(search_row)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Numbers on the do-not-call list"))
        self.table.setModel(self._vm.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COLUMN_NUMBER, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        # fixed widths: ResizeToContents would measure every row (slow with 100,000 rows)
        metrics = self.fontMetrics()
        header.resizeSection(COLUMN_NUMBER, metrics.horizontalAdvance("+000 000 00 00 00 0"))
        header.resizeSection(COLUMN_COUNTRY, metrics.horizontalAdvance("M" * 11))
        header.resizeSection(COLUMN_ADDED, metrics.horizontalAdvance("0000-00-00 00:00  "))
        header.setSectionResizeMode(COLUMN_NOTE, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(metrics.height() + 8)
        self.table.verticalHeader().hide()
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.table, 1)
        delete = QAction(self.tr("Remove the selected numbers"), self.table)
        delete.setShortcuts([QKeySequence(QKeySequence.StandardKey.Delete), QKeySequence(Qt.Key.Key_Backspace)])
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self._on_remove_clicked)
        self.table.addAction(delete)

        progress = QHBoxLayout()
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setAccessibleName(self.tr("Progress of the import"))
        self.cancel_button = QPushButton(self.tr("&Cancel"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel the import"))
        self.cancel_button.clicked.connect(self._vm.cancel)
        progress.addWidget(self.progress_bar, 1)
        progress.addWidget(self.cancel_button)
        self.progress_bar.hide()
        self.cancel_button.hide()
        layout.addLayout(progress)

        buttons = QHBoxLayout()
        self.remove_button = QPushButton(self.tr("&Remove selected"), self)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.import_button = QPushButton(self.tr("&Import from a file…"), self)
        self.import_button.clicked.connect(self._on_import_clicked)
        buttons.addWidget(self.import_button)
        self.export_button = QPushButton(self.tr("&Export to CSV…"), self)
        self.export_button.clicked.connect(self._on_export_clicked)
        buttons.addWidget(self.export_button)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.close)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self._update_buttons()

    def present(self) -> None:
        """Show (non-modal), bring to front and reload the list."""
        self._vm.follow_draft_country()
        self.country_combo.set_code(self._vm.default_country())
        self.show()
        self.raise_()
        self.activateWindow()
        self._vm.load()

    # --- state -------------------------------------------------------------------------------
    def _on_count_changed(self, count: int) -> None:
        self.setWindowTitle(plural("DoNotCallDialog", count, QT_TRANSLATE_NOOP("DoNotCallDialog", "Do-not-call list (%n number)"),
                                   QT_TRANSLATE_NOOP("DoNotCallDialog", "Do-not-call list (%n numbers)")))
        self._update_buttons()

    def _on_rows_changed(self) -> None:
        model = self._vm.model
        shown = model.rowCount()
        self.shown_label.setText(
            plural("DoNotCallDialog", shown, QT_TRANSLATE_NOOP("DoNotCallDialog", "%n of %1 shown"), QT_TRANSLATE_NOOP("DoNotCallDialog", "%n of %1 shown")).replace("%1", count_text(model.total))
            if model.filter_text.strip() else "")
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self._vm.busy
        selected = bool(self.table.selectionModel().selectedRows()) if self.table.selectionModel() else False
        self.remove_button.setEnabled(selected and not busy)
        self.add_button.setEnabled(not busy)
        self.import_button.setEnabled(not busy)
        self.export_button.setEnabled(not busy and self._vm.model.total > 0)
        self.undo_button.setEnabled(not busy)
        self.undo_action.setEnabled(self._vm.can_undo and not busy)

    def _on_message(self, text: str, undoable: bool) -> None:
        self.message_label.setText(text)
        self.undo_button.setVisible(undoable)
        self._update_buttons()

    def _on_busy_changed(self, busy: bool) -> None:
        if not busy:
            self.progress_bar.hide()
            self.cancel_button.hide()
        self._update_buttons()

    def _on_progress(self, done: int, total: int) -> None:
        self.progress_bar.show()
        self.cancel_button.setVisible(self._vm.cancellable)
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)
        self.progress_bar.setFormat(self.tr("{done} of {total} numbers checked").format(done=done, total=total))

    def _on_error(self, message: str, details: str) -> None:
        self._dialogs.error(self, self.tr("Do-not-call list"), message, details)

    def _on_country_changed(self, _index: int) -> None:
        code = self.country_combo.current_code()
        if code:
            self._vm.set_default_country(code)

    # --- adding and removing -----------------------------------------------------------------
    def _on_add_clicked(self) -> None:
        self._vm.add_text(self.add_edit.toPlainText(), self.note_edit.text())

    def _on_added(self, outcome: AddOutcome) -> None:
        """Keep only what could not be read in the box, so nothing typed is lost."""
        self.add_edit.setPlainText("\n".join(item.original.strip() for item in outcome.invalid))

    def selected_numbers(self) -> list[str]:
        """The E.164 numbers of the selected rows."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return self._vm.model.numbers_at(rows)

    def _on_remove_clicked(self) -> None:
        numbers = self.selected_numbers()
        if not numbers or self._vm.busy:
            return
        if len(numbers) < CONFIRM_REMOVING:
            self._vm.remove(numbers)
            return
        self._dialogs.confirm(
            self, self.tr("Remove numbers"),
            plural("DoNotCallDialog", len(numbers), QT_TRANSLATE_NOOP("DoNotCallDialog", "Remove %n number from the do-not-call list?"),
                   QT_TRANSLATE_NOOP("DoNotCallDialog", "Remove %n numbers from the do-not-call list?")),
            plural("DoNotCallDialog", len(numbers), QT_TRANSLATE_NOOP("DoNotCallDialog", "Remove %n number"), QT_TRANSLATE_NOOP("DoNotCallDialog", "Remove %n numbers")),
            lambda: self._vm.remove(numbers),
            informative=self.tr("Removed numbers may be called by the next campaign."))

    # --- files -------------------------------------------------------------------------------
    def _on_import_clicked(self) -> None:
        self.file_dialog = pick_open_file(self, self.tr("Import numbers not to call"), [
            self.tr("Spreadsheets and lists (*.csv *.txt *.xlsx)"), self.tr("All files (*)")],
            lambda path: path and self._vm.start_import(path, self.note_edit.text()))

    def _on_column_choice_needed(self, table: Table) -> None:
        dialog = ColumnPickerDialog(table, self)
        dialog.accepted.connect(lambda: self._vm.choose_column(table, dialog.chosen_column(), self.note_edit.text()))
        self.column_dialog = dialog
        dialog.open()

    def _on_export_clicked(self) -> None:
        self.file_dialog = pick_save_file(self, self.tr("Export the do-not-call list"), self.tr("CSV files (*.csv)"), "csv",
                                          lambda path: path and self._vm.export(path), self.tr("do-not-call list.csv"))
