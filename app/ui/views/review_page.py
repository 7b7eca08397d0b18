"""Step 4, Review and send: everything in sentences, what was left out and why, one paid action."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain.message import AudioFile, CallScript, SpokenText
from app.domain.providers import Gender, ProviderId, capabilities
from app.services.accounts import SANDBOX_ACCOUNT_ID
from app.services.submission import PreparedSend, SendOutcome
from app.ui.country_names import country_name
from app.ui.dialogs import Dialogs
from app.ui.numbers_text import count_text
from app.ui.plural import plural
from app.ui.problem_text import problem_text
from app.ui.viewmodels.draft_account_vm import DraftAccountViewModel
from app.ui.viewmodels.send_vm import SendViewModel
from app.ui.views.batch_stopped import show_batch_stopped
from app.ui.widgets.choices import language_name


class ReviewPage(QWidget):
    """Shows the prepared send and asks for confirmation before the paid action."""

    listen_requested = Signal()
    do_not_call_requested = Signal()  # the user follows the link to the do-not-call list

    def __init__(self, send_vm: SendViewModel, dialogs: Dialogs, accounts: DraftAccountViewModel,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vm = send_vm
        self._dialogs = dialogs
        self._accounts = accounts  # whether the draft's account is the Sandbox or paid, and its name
        self._setup_ui()
        accounts.accounts_changed.connect(self._show_again)  # a renamed account reads right at once
        send_vm.prepared_changed.connect(self._show)
        send_vm.sending_changed.connect(self._on_sending_changed)
        send_vm.batch_stopped.connect(self._on_batch_stopped)

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h2>4. Review and send</h2>"), self))
        self._account_slot = layout.count()  # where add_account_chooser() puts “Send with”
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
        self.split_label = QLabel(self)
        self.split_label.setWordWrap(True)
        self.split_label.setAccessibleName(self.tr("Sent as several campaigns"))
        layout.addWidget(self.split_label)
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
        countries = ", ".join(self.tr("%1 to %2").replace("%1", count_text(n)).replace("%2", country_name(c))
                              for c, n in sorted(prepared.report.per_country.items(), key=lambda i: -i[1]))
        calls = (self.tr("<b>Calls</b> with %1") if prepared.uncounted and not count else
                 plural("ReviewPage", count, QT_TRANSLATE_NOOP("ReviewPage", "<b>%n call</b> with %1"), QT_TRANSLATE_NOOP("ReviewPage", "<b>%n calls</b> with %1")))
        lines = [calls.replace("%1", caps.display_name) + (f" ({html.escape(countries)})" if countries else "") + "."]
        audience = self._audience_text(prepared)
        if audience:
            lines.append(audience)
        message = draft.message
        if isinstance(message, SpokenText):
            preview = message.text if len(message.text) <= 160 else message.text[:157] + "…"
            hear = (self.tr("They will hear, in %1 with a female voice: “%2”") if message.gender is Gender.FEMALE
                    else self.tr("They will hear, in %1 with a male voice: “%2”"))
            lines.append(hear.replace("%1", language_name(caps, message.language)).replace("%2", html.escape(preview)))
        elif isinstance(message, AudioFile):
            lines.append(self.tr("They will hear the recording at %1.").replace("%1", html.escape(message.url or "?")))
        elif isinstance(message, CallScript):
            lines.append(self.tr("They will hear the call script, in %1.").replace("%1", language_name(caps, message.language)))
        when = draft.delivery.schedule.send_at
        lines.append(self.tr("Calls start as soon as you send.") if when is None else
                     self.tr("Calls start on %1.").replace("%1", when.astimezone().strftime("%A %d %B, %H:%M")))
        lines.append(self._account_line(draft.account_id))
        self._set_paid_look(draft.account_id != SANDBOX_ACCOUNT_ID)
        self.summary_label.setText("<br>".join(lines))
        left_out = []
        if prepared.report.invalid_count:
            left_out.append(plural("ReviewPage", prepared.report.invalid_count, QT_TRANSLATE_NOOP("ReviewPage", "%n invalid number"), QT_TRANSLATE_NOOP("ReviewPage", "%n invalid numbers")))
        if prepared.report.duplicates:
            left_out.append(plural("ReviewPage", prepared.report.duplicates, QT_TRANSLATE_NOOP("ReviewPage", "%n duplicate removed"), QT_TRANSLATE_NOOP("ReviewPage", "%n duplicates removed")))
        if prepared.blocked:
            left_out.append('<a href="do-not-call">' + plural("ReviewPage", len(prepared.blocked), QT_TRANSLATE_NOOP("ReviewPage", "%n on the do-not-call list"), QT_TRANSLATE_NOOP("ReviewPage", "%n on the do-not-call list")) + "</a>")
        self.left_out_label.setText(self.tr("Left out: %1.").replace("%1", ", ".join(left_out)) if left_out else "")
        self.split_label.setText(self._split_text(prepared))
        if prepared.problems:
            items = "".join(f"<li>{html.escape(problem_text(p))}</li>" for p in prepared.problems)
            self.problems_label.setText(self.tr("<b>Fix these before sending:</b>") + f"<ul>{items}</ul>")
        else:
            self.problems_label.clear()
        self.send_button.setText(self.tr("Send…") if prepared.uncounted else
                                 plural("ReviewPage", count, QT_TRANSLATE_NOOP("ReviewPage", "Send %n call…"), QT_TRANSLATE_NOOP("ReviewPage", "Send %n calls…")))
        self.send_button.setEnabled(prepared.ready and not self._vm.sending)

    def _split_text(self, prepared: PreparedSend) -> str:
        """Why and how a large audience goes out as several campaigns; empty for a single one."""
        plan, limit = prepared.plan, capabilities(prepared.draft.provider).max_recipients_per_kind
        if plan is None or not plan.is_split or not limit:
            return ""
        audience = prepared.draft.audience
        kinds = [(len(prepared.numbers), self.tr("Routee calls at most %1 numbers per campaign."),
                  self.tr("VoiceDesk will send these %1 numbers as %2 campaigns, “%3” to “%4”.")),
                 (len(audience.contacts), self.tr("Routee calls at most %1 contacts per campaign."),
                  self.tr("VoiceDesk will send these %1 contacts as %2 campaigns, “%3” to “%4”.")),
                 (len(audience.groups), self.tr("Routee takes at most %1 groups per campaign."),
                  self.tr("VoiceDesk will send these %1 groups as %2 campaigns, “%3” to “%4”."))]
        size, rule, how = max(kinds, key=lambda k: k[0])
        count = len(plan.parts)
        text = rule.replace("%1", count_text(limit)) + " " + (
            how.replace("%1", count_text(size)).replace("%2", count_text(count))
            .replace("%3", plan.parts[0].display_name).replace("%4", f"({count}/{count})"))
        return html.escape(text, quote=False)

    def _on_batch_stopped(self, outcome: SendOutcome) -> None:
        """A refusal stopped a batch: say which parts went out and which did not, offer the rest."""
        show_batch_stopped(self, self._dialogs, outcome, self._vm.send_remaining)

    def _audience_text(self, prepared: PreparedSend) -> str:
        """The provider's own recipients in sentences (Routee contacts and groups, or the Naxai
        segment), and that the do-not-call list cannot reach them: the provider holds their numbers."""
        if not prepared.draft.audience.provider_recipients(prepared.draft.provider):
            return ""
        return self._provider_recipients_text(prepared) + " " + self.tr(
            "Your do-not-call list applies only to the numbers typed or imported here, not to the people the provider adds.")

    def _provider_recipients_text(self, prepared: PreparedSend) -> str:
        audience, provider = prepared.draft.audience, prepared.draft.provider
        counted = prepared.audience_count
        if provider is ProviderId.NAXAI:
            name = html.escape(audience.segment_name or self.tr("the chosen segment"))
            size = (plural("ReviewPage", counted, QT_TRANSLATE_NOOP("ReviewPage", "%n person"), QT_TRANSLATE_NOOP("ReviewPage", "%n people")) if counted is not None
                    else self.tr("not counted yet"))
            text = self.tr("They are the people in the Naxai segment “%1” (%2).").replace("%1", name).replace("%2", size)
            return text + " " + (self.tr("People who unsubscribed are called too.") if audience.include_unsubscribed
                                 else self.tr("People who unsubscribed are left out, so there may be fewer calls."))
        parts = []
        if audience.contacts:
            parts.append(plural("ReviewPage", len(audience.contacts), QT_TRANSLATE_NOOP("ReviewPage", "%n Routee contact"), QT_TRANSLATE_NOOP("ReviewPage", "%n Routee contacts")))
        if audience.groups:
            names = ", ".join(f"“{html.escape(g)}”" for g in audience.groups[:5]) + (" …" if len(audience.groups) > 5 else "")
            parts.append(plural("ReviewPage", len(audience.groups), QT_TRANSLATE_NOOP("ReviewPage", "everyone in %n group"), QT_TRANSLATE_NOOP("ReviewPage", "everyone in %n groups"))
                         + f" ({names})")
        text = self.tr("They include %1.").replace("%1", self.tr(" and ").join(parts))
        if counted is not None:
            return text + " " + self.tr("Routee counted %1 in them.").replace(
                "%1", plural("ReviewPage", counted, QT_TRANSLATE_NOOP("ReviewPage", "%n person"), QT_TRANSLATE_NOOP("ReviewPage", "%n people")))
        if prepared.uncounted:
            return text + " " + self.tr("The groups are not counted yet: use Count recipients in step 2.")
        return text

    def _calls_question(self, prepared: PreparedSend) -> str:
        """'Send 3 calls? …', or what is known when groups or a segment are not counted yet."""
        n = prepared.call_count
        if not prepared.uncounted:
            return plural("ReviewPage", n, QT_TRANSLATE_NOOP("ReviewPage", "Send %n call? This is a paid service."), QT_TRANSLATE_NOOP("ReviewPage", "Send %n calls? This is a paid service."))
        if prepared.draft.provider is ProviderId.NAXAI:
            return self.tr("Send the calls to everyone in the segment? This is a paid service.")
        groups = plural("ReviewPage", len(prepared.draft.audience.groups), QT_TRANSLATE_NOOP("ReviewPage", "everyone in %n group"), QT_TRANSLATE_NOOP("ReviewPage", "everyone in %n groups"))
        return (plural("ReviewPage", n, QT_TRANSLATE_NOOP("ReviewPage", "Send %n call plus %1? This is a paid service."),
                       QT_TRANSLATE_NOOP("ReviewPage", "Send %n calls plus %1? This is a paid service.")).replace("%1", groups))

    def _on_sending_changed(self, sending: bool) -> None:
        self.send_button.setEnabled(not sending and bool(self._vm.prepared and self._vm.prepared.ready))
        if sending:
            self.send_button.setText(self.tr("Sending…"))

    def _on_send_clicked(self) -> None:
        prepared = self._vm.prepared
        if prepared is None or not prepared.ready:
            return
        caps = capabilities(prepared.draft.provider)
        question = self._calls_question(prepared)
        if prepared.campaign_count > 1:
            question = (self.tr("Send %1 calls as %2 campaigns? This is a paid service.")
                        .replace("%1", count_text(prepared.call_count)).replace("%2", count_text(prepared.campaign_count)))
        detail = self.tr("The calls go through %1 and cannot be taken back once they start.").replace("%1", caps.display_name)
        account_id = prepared.draft.account_id
        if account_id == SANDBOX_ACCOUNT_ID:
            detail = self.tr("This is the Sandbox account: nobody is called and nothing is charged.")
        else:
            detail = (self.tr("Real people are called, and the calls are charged to the %1 account “%2”.")
                      .replace("%1", caps.display_name).replace("%2", self._account_name(account_id))
                      + " " + self.tr("They cannot be taken back once they start."))
        button = self.tr("Send") if prepared.uncounted else plural("ReviewPage", prepared.call_count, QT_TRANSLATE_NOOP("ReviewPage", "Send %n call"), QT_TRANSLATE_NOOP("ReviewPage", "Send %n calls"))
        self._dialogs.confirm(self, self.tr("Send the campaign"), question, button,
                              lambda: self._send_confirmed(account_id), informative=detail)

    # --- which account pays: the Sandbox or a real one, named ------------------------------------
    def add_account_chooser(self, chooser: QWidget) -> None:
        """Put “Send with: [account]” under the title, where the user decides where the calls go."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(self._account_slot, chooser)

    def _account_name(self, account_id: str) -> str:
        account = self._accounts.account(account_id)
        return account.display_name if account is not None else self.tr("an account not set up on this computer")

    def _account_line(self, account_id: str) -> str:
        """The Sandbox's reassurance, or the plain warning that real people are called and it is paid."""
        if account_id == SANDBOX_ACCOUNT_ID:
            return self.tr("<i>Sandbox account: nobody is called and nothing is charged.</i>")
        return self.tr("<b>Real calls:</b> real people are called, and the calls are charged to the account “%1”.").replace(
            "%1", html.escape(self._account_name(account_id)))

    def _set_paid_look(self, paid: bool) -> None:
        """A real account's send button looks different from the Sandbox's practice one."""
        if self.send_button.property("paid") == paid:
            return
        self.send_button.setProperty("paid", paid)
        self.send_button.setStyleSheet("QPushButton:enabled { background: #b3261e; color: white; font-weight: bold; "
                                       "border-radius: 4px; padding: 4px 14px; }" if paid else "")

    def _show_again(self) -> None:
        if self._vm.prepared is not None:
            self._show(self._vm.prepared)

    def _send_confirmed(self, account_id: str) -> None:
        """Send only what the user confirmed: not if the account changed while the question was open."""
        prepared = self._vm.prepared
        if prepared is None or prepared.draft.account_id != account_id:
            self._dialogs.error(self, self.tr("Send the campaign"),
                                self.tr("The account changed after you confirmed. Nothing was sent: check and send again."))
            return
        self._vm.send()
