"""Step 4 logic: prepare the send (numbers, exclusions, problems) and send it once, off the GUI thread;
a large audience goes out as several campaigns, and the parts a refusal stopped can be sent later."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from app.services.submission import PreparedSend, SendOutcome, SubmissionService
from app.ui.tasks import TaskRunner
from app.ui.viewmodels.draft_vm import DraftViewModel


class SendViewModel(QObject):
    """Keeps a fresh PreparedSend for the open draft; `send()` submits exactly that plan."""

    prepared_changed = Signal(object)  # PreparedSend
    sending_changed = Signal(bool)
    sent = Signal(object)  # SendOutcome: every part went out (or may have)
    batch_stopped = Signal(object)  # SendOutcome: a refusal stopped a batch; some parts were not sent
    send_failed = Signal(object)  # exception

    def __init__(
        self,
        draft_vm: DraftViewModel,
        submissions: SubmissionService,
        tasks: TaskRunner,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._draft_vm = draft_vm
        self._submissions = submissions
        self._tasks = tasks
        self.prepared: PreparedSend | None = None
        self.sending = False
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.refresh)
        draft_vm.changed.connect(self._debounce.start)

    def close(self) -> None:
        """Stop re-checking the draft (the app is quitting)."""
        self._debounce.stop()
        self._draft_vm.changed.disconnect(self._debounce.start)

    def refresh(self) -> None:
        """Re-check the draft (numbers, do-not-call list, provider rules) in the background."""
        self._tasks.run(self.prepare(), on_success=lambda _p: None, on_failure=self.send_failed.emit, name="prepare")

    async def prepare(self) -> PreparedSend:
        prepared = await self._submissions.prepare(self._draft_vm.draft)
        if prepared.draft.updated_at >= self._draft_vm.draft.updated_at:
            self.prepared = prepared
            self.prepared_changed.emit(prepared)
        return prepared

    def send(self) -> None:
        """Submit the plan the user confirmed (one call; the button is disabled meanwhile)."""
        if self.sending or self.prepared is None or not self.prepared.ready:
            return
        self._set_sending(True)
        self._tasks.run(self._send(self.prepared), on_success=self._on_sent, on_failure=self._on_failed, name="send")

    def send_remaining(self, batch_id: str) -> None:
        """Send the parts of a batch that certainly were not created (never the others)."""
        if self.sending:
            return
        self._set_sending(True)
        self._tasks.run(self._submissions.send_remaining(batch_id), on_success=self._on_sent,
                        on_failure=self._on_failed, name="send remaining")

    async def _send(self, prepared: PreparedSend) -> SendOutcome:
        return await self._submissions.send(prepared)

    def _on_sent(self, outcome: SendOutcome) -> None:
        self._set_sending(False)
        if outcome.refusal is not None:
            self.batch_stopped.emit(outcome)
        else:
            self.sent.emit(outcome)

    def _on_failed(self, exc: BaseException) -> None:
        self._set_sending(False)
        self.send_failed.emit(exc)

    def _set_sending(self, value: bool) -> None:
        self.sending = value
        self.sending_changed.emit(value)
