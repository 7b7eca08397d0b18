"""Drafts: the saved drafts (name, provider, last change) with New, Open, Duplicate, Delete (with
Undo), and Export/Import of `.voicedraft` files to share with colleagues."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.draft_files import FILE_SUFFIX
from app.services.store import DraftSummary
from app.ui.dialogs import Dialogs
from app.ui.models.drafts_model import COL_CHANGED, COL_NAME, COL_PROVIDER, DraftSummaryRole
from app.ui.viewmodels.drafts_vm import DraftsViewModel


class DraftsPage(QWidget):
    """Shows the DraftsViewModel's list; buttons start its work, errors go through Dialogs."""

    def __init__(self, drafts_vm: DraftsViewModel, dialogs: Dialogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vm = drafts_vm
        self._dialogs = dialogs
        self.file_dialog: QFileDialog | None = None
        self._setup_ui()
        self._vm.failed.connect(self._on_failed)
        self._vm.deleted.connect(self._on_deleted)
        self._vm.restored.connect(self._on_restored)
        self._vm.select_requested.connect(self._select)
        self._vm.notice.connect(self.status_label.setText)
        self._vm.model.modelReset.connect(self._update_buttons)
        self._vm.model.rowsInserted.connect(self._update_buttons)
        self._vm.model.rowsRemoved.connect(self._update_buttons)
        self._update_buttons()

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h2>Drafts</h2>"), self))

        buttons = QHBoxLayout()
        self.new_button = self._button(self.tr("&New"), self.tr("Start a new draft"), self._vm.request_new)
        self.open_button = self._button(self.tr("&Open"), self.tr("Open the selected draft"), self._on_open)
        self.duplicate_button = self._button(self.tr("D&uplicate"), self.tr("Make a copy of the selected draft"), self._on_duplicate)
        self.delete_button = self._button(self.tr("&Delete"), self.tr("Delete the selected draft (you can undo)"), self._on_delete)
        self.export_button = self._button(self.tr("&Export to file…"), self.tr("Save the selected draft as a file to share"), self._on_export)
        self.import_button = self._button(self.tr("&Import from file…"), self.tr("Open a draft file a colleague shared"), self._on_import)
        for button in (self.new_button, self.open_button, self.duplicate_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.import_button)
        layout.addLayout(buttons)

        self.undo_bar = QFrame(self)
        self.undo_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.undo_bar.setAccessibleName(self.tr("Draft deleted"))
        undo_layout = QHBoxLayout(self.undo_bar)
        undo_layout.setContentsMargins(8, 4, 8, 4)
        self.undo_label = QLabel(self.undo_bar)
        undo_layout.addWidget(self.undo_label, 1)
        self.undo_button = QPushButton(self.tr("&Undo"), self.undo_bar)
        self.undo_button.setAccessibleName(self.tr("Undo the delete"))
        self.undo_button.clicked.connect(self._vm.request_undo)
        undo_layout.addWidget(self.undo_button)
        self.undo_close = QPushButton(self.tr("Dismiss"), self.undo_bar)
        self.undo_close.setAccessibleName(self.tr("Hide this note"))
        self.undo_close.clicked.connect(self.undo_bar.hide)
        undo_layout.addWidget(self.undo_close)
        self.undo_bar.hide()
        layout.addWidget(self.undo_bar)

        self.table = QTableView(self)
        self.table.setModel(self._vm.model)
        self.table.setAccessibleName(self.tr("Saved drafts"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_PROVIDER, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_CHANGED, QHeaderView.ResizeMode.ResizeToContents)
        self.table.activated.connect(self._on_activated)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)

        self.empty_label = QLabel(self.tr("No saved drafts yet. Press New to start one, or Import a draft file a colleague sent you."), self)
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)
        self.status_label = QLabel(self)
        self.status_label.setAccessibleName(self.tr("Last action"))
        layout.addWidget(self.status_label)

        self.table.installEventFilter(self)  # the Delete key deletes the selected draft
        undo_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self)
        undo_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo_key.activated.connect(self._on_undo_key)

    def _button(self, text: str, accessible: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(accessible)
        button.setToolTip(accessible)
        button.clicked.connect(slot)
        return button

    # --- selection ----------------------------------------------------------------------------
    def selected(self) -> DraftSummary | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        summary = rows[0].data(DraftSummaryRole)
        return summary if isinstance(summary, DraftSummary) else None

    def _select(self, draft_id: str) -> None:
        row = self._vm.model.row_of(draft_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.setCurrentIndex(self._vm.model.index(row, COL_NAME))
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        has = self.selected() is not None
        for button in (self.open_button, self.duplicate_button, self.delete_button, self.export_button):
            button.setEnabled(has)
        empty = self._vm.model.rowCount() == 0
        self.empty_label.setVisible(empty)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.matches(QKeySequence.StandardKey.Delete)):
            self._on_delete()
            return True
        return super().eventFilter(watched, event)

    # --- slots: one line each into the view-model ----------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._vm.request_refresh()

    def _on_activated(self, index: QModelIndex) -> None:
        summary = index.data(DraftSummaryRole)
        if isinstance(summary, DraftSummary):
            self._vm.request_open(summary.id)

    def _on_open(self) -> None:
        if (summary := self.selected()) is not None:
            self._vm.request_open(summary.id)

    def _on_duplicate(self) -> None:
        if (summary := self.selected()) is not None:
            self._vm.request_duplicate(summary.id)

    def _on_delete(self) -> None:
        if (summary := self.selected()) is not None:
            self._vm.request_delete(summary.id)

    def _on_undo_key(self) -> None:
        if self.undo_bar.isVisible():
            self._vm.request_undo()

    def _on_export(self) -> None:
        summary = self.selected()
        if summary is None:
            return
        name = "".join(ch for ch in (summary.name or self.tr("draft")) if ch not in '\\/:*?"<>|').strip() or "draft"
        dialog = self._file_dialog(self.tr("Export the draft"), QFileDialog.AcceptMode.AcceptSave)
        dialog.selectFile(name + FILE_SUFFIX)
        dialog.fileSelected.connect(lambda path: self._vm.request_export(summary.id, path))
        dialog.open()

    @property
    def vm(self) -> DraftsViewModel:
        """The view-model this page shows (the File menu starts its actions too)."""
        return self._vm

    def ask_import(self) -> None:
        """Ask for a .voicedraft file to import (the page's button and File > Import)."""
        self._on_import()

    def _on_import(self) -> None:
        dialog = self._file_dialog(self.tr("Import a draft"), QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self._vm.request_import)
        dialog.open()

    def _file_dialog(self, title: str, mode: QFileDialog.AcceptMode) -> QFileDialog:
        """A window-modal file dialog shown with open(), never a blocking exec()."""
        if self.file_dialog is not None:
            self.file_dialog.deleteLater()
        dialog = QFileDialog(self, title)
        dialog.setAcceptMode(mode)
        dialog.setNameFilters([self.tr("VoiceDesk drafts (*%1)").replace("%1", FILE_SUFFIX), self.tr("All files (*)")])
        dialog.setDefaultSuffix(FILE_SUFFIX.lstrip("."))
        self.file_dialog = dialog
        return dialog

    # --- answers from the view-model -----------------------------------------------------------
    def _on_failed(self, title: str, message: str, details: str) -> None:
        self._dialogs.error(self, title, message, details)

    def _on_deleted(self, summary: DraftSummary) -> None:
        name = summary.name.strip() or self.tr("Untitled draft")
        self.undo_label.setText(self.tr("“%1” was deleted.").replace("%1", name))
        self.undo_bar.show()
        self.undo_button.setFocus()
        self.status_label.clear()

    def _on_restored(self, summary: DraftSummary) -> None:
        self.undo_bar.hide()
        name = summary.name.strip() or self.tr("Untitled draft")
        self.status_label.setText(self.tr("“%1” is back.").replace("%1", name))
        self.table.setFocus()
