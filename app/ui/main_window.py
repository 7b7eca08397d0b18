"""The main window lays out the four steps in a sidebar, Drafts and Campaigns beside them, and the
Sandbox banner; it holds no logic (pages and view-models are injected by app/main.py).

It is shown before its pages exist (app/main.py shows it first, then builds the rest): while
"opening", the sidebar lists the step names greyed out, Back/Next are disabled and a calm
placeholder stands where the pages will be. Keep this module light (Qt and app.ui.actions only)
and the opening path free of `Qt.*` enums (hence `QtCore.Qt`, looked up where used): the first
one builds PySide's whole Qt namespace (about 15 ms), which can wait until the window is shown.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6 import QtCore
from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui.actions import ActionRegistry

STEP_COUNT = 4


class MainWindow(QMainWindow):
    """Sidebar navigation over injected pages (the app flushes on lastWindowClosed, in app/main.py)."""

    def __init__(self, actions: ActionRegistry | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("VoiceDesk"))
        self.resize(QSize(1040, 720))
        self.actions_registry = actions
        self._opening = False
        self._reserved = 0  # sidebar rows listed while opening, not yet given their page
        self._setup_ui()

    def _setup_ui(self) -> None:
        central = QWidget(self)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.banner = QLabel(central)
        self.banner.setObjectName("sandboxBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("#sandboxBanner { background: #fff3c4; color: #5b4500; padding: 8px 12px; "
                                  "border-bottom: 1px solid #e5cf7a; }")
        self.banner.hide()
        outer.addWidget(self.banner)
        self.note_bar = QFrame(central)
        self.note_bar.setObjectName("noteBar")
        self.note_bar.setStyleSheet("#noteBar { background: palette(alternate-base); border-bottom: 1px solid palette(mid); }")
        note_row = QHBoxLayout(self.note_bar)
        note_row.setContentsMargins(12, 4, 6, 4)
        self.note_label = QLabel(self.note_bar)
        self.note_label.setWordWrap(True)
        self.note_label.setAccessibleName(self.tr("Note"))
        note_row.addWidget(self.note_label, 1)
        self.note_close = QPushButton(self.tr("✕"), self.note_bar)
        self.note_close.setAccessibleName(self.tr("Dismiss the note"))
        self.note_close.setFlat(True)
        self.note_close.clicked.connect(lambda: self.set_note(""))
        note_row.addWidget(self.note_close)
        self.note_bar.hide()
        outer.addWidget(self.note_bar)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        self.nav = QListWidget(central)
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Steps and lists"))
        self.nav.setFixedWidth(210)
        self.nav.setFrameShape(QFrame.Shape.NoFrame)
        self.nav.setStyleSheet("QListWidget#navigation { padding-top: 8px; } "
                               "QListWidget#navigation::item { padding: 9px 12px; }")
        self.nav.currentRowChanged.connect(self._on_nav_changed)
        body.addWidget(self.nav)
        right = QVBoxLayout()
        right.setContentsMargins(12, 8, 12, 12)
        self.stack = QStackedWidget(central)
        right.addWidget(self.stack, 1)
        self.placeholder = QLabel(self.tr("Opening your draft…"), central)
        self.placeholder.setObjectName("openingPlaceholder")
        self.placeholder.setStyleSheet("#openingPlaceholder { qproperty-alignment: AlignCenter; "
                                       "color: palette(mid); font-size: 15px; }")
        self.placeholder.hide()
        right.addWidget(self.placeholder, 1)
        footer = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← &Back"), central)
        self.back_button.clicked.connect(lambda: self.go_to(self.nav.currentRow() - 1))
        self.next_button = QPushButton(self.tr("&Next →"), central)
        self.next_button.clicked.connect(lambda: self.go_to(self.nav.currentRow() + 1))
        footer.addWidget(self.back_button)
        footer.addStretch(1)
        footer.addWidget(self.next_button)
        right.addLayout(footer)
        body.addLayout(right, 1)
        outer.addLayout(body, 1)
        self.setCentralWidget(central)

    def begin_opening(self, labels: Sequence[str]) -> None:
        """List the sidebar entries to come, greyed out, with the placeholder instead of pages."""
        self._opening = True
        for label in labels:
            self._add_separator_if_due(self.nav.count())
            self.nav.addItem(QListWidgetItem(label))
        self._reserved = self.nav.count()
        self.nav.setEnabled(False)
        self.back_button.setEnabled(False)
        self.next_button.setEnabled(False)
        self.stack.hide()
        self.placeholder.show()

    def finish_opening(self) -> None:
        """The pages are in: drop listed entries that got no page and let the user move around."""
        while self.nav.count() > self.stack.count():  # one sidebar row per stacked page
            self.nav.takeItem(self.nav.count() - 1)
        self._opening = False
        self._reserved = 0
        self.placeholder.hide()
        self.stack.show()
        if self.nav.count() > STEP_COUNT:  # the separator, listed while Qt.* could not be used yet
            self.nav.item(STEP_COUNT).setFlags(QtCore.Qt.ItemFlag.NoItemFlags)
        self.nav.setEnabled(True)
        if self.nav.currentRow() < 0 and self.nav.count():
            self.nav.setCurrentRow(0)
        else:
            self._on_nav_changed(self.nav.currentRow())

    def is_opening(self) -> bool:
        """True until the pages have been added (see begin_opening)."""
        return self._opening

    def _add_separator_if_due(self, row: int) -> None:
        """After the four steps comes a blank, unselectable row (Drafts and Campaigns follow)."""
        if row == STEP_COUNT:
            separator = QListWidgetItem("")
            if not self._opening:  # see finish_opening
                separator.setFlags(QtCore.Qt.ItemFlag.NoItemFlags)
            separator.setSizeHint(QSize(10, 14))
            self.nav.addItem(separator)

    def add_page(self, label: str, page: QWidget, *, icon: QIcon | None = None, scroll: bool = False) -> int:
        """Add a page to the sidebar; pages are added in order (the four steps first)."""
        if self.stack.count() == STEP_COUNT:
            self._add_separator_if_due(self.nav.count())  # already there if listed while opening
            self.stack.addWidget(QWidget(self))
        row = self.stack.count()
        if row < self._reserved:  # listed while opening: give the entry its page
            item = self.nav.item(row)
            item.setText(label)
            if icon is not None:
                item.setIcon(icon)
        else:
            self.nav.addItem(QListWidgetItem(icon or QIcon(), label))
        if scroll:
            area = QScrollArea(self)
            area.setWidgetResizable(True)
            area.setFrameShape(QFrame.Shape.NoFrame)
            area.setWidget(page)
            self.stack.addWidget(area)
        else:
            self.stack.addWidget(page)
        if self.nav.currentRow() < 0:
            self.nav.setCurrentRow(0)
        return row

    def go_to(self, row: int) -> None:
        """Show the page at `row` of the sidebar (steps are 0 to 3)."""
        if 0 <= row < self.nav.count() and self.nav.item(row).flags() & QtCore.Qt.ItemFlag.ItemIsEnabled:
            self.nav.setCurrentRow(row)

    def page_row(self, page: QWidget) -> int:
        for row in range(self.stack.count()):
            widget = self.stack.widget(row)
            if widget is page or (isinstance(widget, QScrollArea) and widget.widget() is page):
                return row
        return -1

    def show_page(self, page: QWidget) -> None:
        self.go_to(self.page_row(page))

    def set_banner(self, text: str) -> None:
        """The yellow Sandbox banner across the window; empty text hides it."""
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    def set_note(self, text: str) -> None:
        """A plain-words note under the banner (such as why the account changed), until dismissed."""
        self.note_label.setText(text)
        self.note_bar.setVisible(bool(text))

    def _on_nav_changed(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        is_step = row < STEP_COUNT
        self.back_button.setVisible(is_step)
        self.next_button.setVisible(is_step)
        self.back_button.setEnabled(row > 0 and not self._opening)
        self.next_button.setEnabled(row < STEP_COUNT - 1 and not self._opening)

