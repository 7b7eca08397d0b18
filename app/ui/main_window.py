"""The main window lays out the four steps in a sidebar, Drafts and Campaigns beside them, and the
Sandbox banner; it holds no logic (pages and view-models are injected by app/main.py)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
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

    def add_page(self, label: str, page: QWidget, *, icon: QIcon | None = None, scroll: bool = False) -> int:
        """Add a page to the sidebar; pages are added in order (the four steps first)."""
        if self.nav.count() == STEP_COUNT:
            separator = QListWidgetItem("")
            separator.setFlags(Qt.ItemFlag.NoItemFlags)
            separator.setSizeHint(QSize(10, 14))
            self.nav.addItem(separator)
            self.stack.addWidget(QWidget(self))
        item = QListWidgetItem(icon or QIcon(), label)
        self.nav.addItem(item)
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
        return self.nav.count() - 1

    def go_to(self, row: int) -> None:
        """Show the page at `row` of the sidebar (steps are 0 to 3)."""
        if 0 <= row < self.nav.count() and self.nav.item(row).flags() & Qt.ItemFlag.ItemIsEnabled:
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
        self.back_button.setEnabled(row > 0)
        self.next_button.setEnabled(row < STEP_COUNT - 1)

