"""Step 4, Review and send: everything in sentences, what was left out and why, one paid action."""

from __future__ import annotations

import html

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain.message import AudioFile, CallScript, SpokenText
from app.domain.providers import capabilities
from app.services.submission import PreparedSend
from app.ui.dialogs import Dialogs
from app.ui.plural import plural
from app.ui.viewmodels.send_vm import SendViewModel
from app.ui.widgets.choices import language_name, voice_name


def _country_name(code: str) -> str:
    """"Belgium" for BE, in the user's language when Qt knows it."""
    territory = QLocale.codeToTerritory(code)
    return QLocale.territoryToString(territory) if territory != QLocale.Country.AnyTerritory else code


class ReviewPage(QWidget):
    """Shows the prepared send and asks for confirmation before the paid action."""

    listen_requested = Signal()
    do_not_call_requested = Signal()  # the user follows the link to the do-not-call list

    def __init__(self, send_vm: SendViewModel, dialogs: Dialogs, is_sandbox: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vm = send_vm
        self._dialogs = dialogs
        self._is_sandbox = is_sandbox
        self._setup_ui()
        send_vm.prepared_changed.connect(self._show)
        send_vm.sending_changed.connect(self._on_sending_changed)

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h2>4. Review and send</h2>"), self))
        self.summary_label = QLabel(self.tr("Checking the draft…"), self)
        self.summary_label.setWordWrap(True)
        self.summary_label.setAccessibleName(self.tr("Summary of the campaign"))
        layout.addWidget(self.summary_label)
        self.left_out_label = QLabel(self)
        self.left_out_label.setWordWrap(True)
        self.left_out_label.setAccessibleName(self.tr("Numbers left out"))
        self.left_out_label.setTextFormat(Qt.TextFormat.RichText)
        self.left_out_label.linkActivated.connect(lambda _link: self.do_not_call_requested.emit())
        layout.addWidget(self.left_out_label)
        self.problems_label = QLabel(self)
        self.problems_label.setWordWrap(True)
        self.problems_label.setAccessibleName(self.tr("What must be fixed before sending"))
        layout.addWidget(self.problems_label)
        layout.addStretch(1)
        row = QHBoxLayout()
        self.listen_button = QPushButton(self.tr("▶ Listen one last time"), self)
        self.listen_button.clicked.connect(self.listen_requested)
        row.addWidget(self.listen_button)
        row.addStretch(1)
        self.send_button = QPushButton(self.tr("Send…"), self)
        self.send_button.setObjectName("sendButton")
        self.send_button.setEnabled(False)
        self.send_button.setMinimumHeight(36)
        self.send_button.clicked.connect(self._on_send_clicked)
        row.addWidget(self.send_button)
        layout.addLayout(row)

    def _show(self, prepared: PreparedSend) -> None:
        draft = prepared.draft
        caps = capabilities(draft.provider)
        count = prepared.call_count
        countries = ", ".join(self.tr("%1 to %2").replace("%1", f"{n:,}").replace("%2", _country_name(c))
                              for c, n in sorted(prepared.report.per_country.items(), key=lambda i: -i[1]))
        lines = [plural("ReviewPage", count, "<b>%n call</b> with %1", "<b>%n calls</b> with %1").replace("%1", caps.display_name)
                 + (f" ({html.escape(countries)})" if countries else "") + "."]
        message = draft.message
        if isinstance(message, SpokenText):
            preview = message.text if len(message.text) <= 160 else message.text[:157] + "…"
            lines.append(self.tr("They will hear, in %1 with a %2: “%3”").replace("%1", language_name(caps, message.language))
                         .replace("%2", voice_name(message.gender).lower()).replace("%3", html.escape(preview)))
        elif isinstance(message, AudioFile):
            lines.append(self.tr("They will hear the recording at %1.").replace("%1", html.escape(message.url or "?")))
        elif isinstance(message, CallScript):
            lines.append(self.tr("They will hear the call script, in %1.").replace("%1", language_name(caps, message.language)))
        when = draft.delivery.schedule.send_at
        lines.append(self.tr("Calls start as soon as you send.") if when is None else
                     self.tr("Calls start on %1.").replace("%1", when.astimezone().strftime("%A %d %B, %H:%M")))
        if self._is_sandbox:
            lines.append(self.tr("<i>Sandbox account: nobody is called and nothing is charged.</i>"))
        self.summary_label.setText("<br>".join(lines))
        left_out = []
        if prepared.report.invalid_count:
            left_out.append(plural("ReviewPage", prepared.report.invalid_count, "%n invalid number", "%n invalid numbers"))
        if prepared.report.duplicates:
            left_out.append(plural("ReviewPage", prepared.report.duplicates, "%n duplicate removed", "%n duplicates removed"))
        if prepared.blocked:
            left_out.append('<a href="do-not-call">' + plural("ReviewPage", len(prepared.blocked), "%n on the do-not-call list", "%n on the do-not-call list") + "</a>")
        self.left_out_label.setText(self.tr("Left out: %1.").replace("%1", ", ".join(left_out)) if left_out else "")
        if prepared.problems:
            items = "".join(f"<li>{html.escape(p.message)}</li>" for p in prepared.problems)
            self.problems_label.setText(self.tr("<b>Fix these before sending:</b>") + f"<ul>{items}</ul>")
        else:
            self.problems_label.clear()
        self.send_button.setText(plural("ReviewPage", count, "Send %n call…", "Send %n calls…"))
        self.send_button.setEnabled(prepared.ready and not self._vm.sending)

    def _on_sending_changed(self, sending: bool) -> None:
        self.send_button.setEnabled(not sending and bool(self._vm.prepared and self._vm.prepared.ready))
        if sending:
            self.send_button.setText(self.tr("Sending…"))

    def _on_send_clicked(self) -> None:
        prepared = self._vm.prepared
        if prepared is None or not prepared.ready:
            return
        caps = capabilities(prepared.draft.provider)
        question = plural("ReviewPage", prepared.call_count, "Send %n call? This is a paid service.", "Send %n calls? This is a paid service.")
        detail = self.tr("The calls go through %1 and cannot be taken back once they start.").replace("%1", caps.display_name)
        if self._is_sandbox:
            detail = self.tr("This is the Sandbox account: nobody is called and nothing is charged.")
        self._dialogs.confirm(self, self.tr("Send the campaign"), question,
                              plural("ReviewPage", prepared.call_count, "Send %n call", "Send %n calls"), self._vm.send, informative=detail)
