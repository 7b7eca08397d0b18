"""The Campaigns list: loads submissions, applies live updates from submission and tracking, looks
unconfirmed ones up again, and sends the parts of a batch that certainly were not created."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.domain.campaign import Submission, SubmissionState
from app.domain.split import BatchView
from app.services.store import Store
from app.services.submission import SendOutcome, SubmissionService
from app.services.tracking import TrackingService
from app.ui.models.campaigns_model import CampaignsTableModel
from app.ui.tasks import TaskRunner


class CampaignsViewModel(QObject):
    """Owns the CampaignsTableModel; services report changes through `apply`."""

    failed = Signal(object)
    batch_stopped = Signal(object)  # SendOutcome: sending the remaining parts was refused again

    def __init__(
        self,
        store: Store,
        submissions: SubmissionService,
        tracking: TrackingService,
        tasks: TaskRunner,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = CampaignsTableModel(self)
        self._store = store
        self._submissions = submissions
        self._tracking = tracking
        self._tasks = tasks

    def load(self) -> None:
        self._tasks.run(self._store.list_submissions(), on_success=self.model.set_submissions, name="load campaigns")

    def apply(self, sub: Submission) -> None:
        """A submission changed (sent, confirmed, new counts): update its row."""
        self.model.upsert(sub)

    def refresh(self) -> None:
        self._tracking.poke()

    def check_again(self, sub: Submission) -> None:
        """Look an unconfirmed submission up at the provider again (never resends)."""
        self._tasks.run(self._submissions.reconcile(sub), on_failure=self.failed.emit, name="reconcile")

    def check_batch(self, batch: BatchView) -> None:
        """Look up every part of a batch whose outcome is still unknown (never resends)."""
        for sub in batch.in_state(SubmissionState.INTENT, SubmissionState.SENDING, SubmissionState.UNCONFIRMED):
            self.check_again(sub)

    def send_remaining(self, batch_id: str) -> None:
        """Send the parts of a batch that certainly were not created (the others never again)."""

        def done(outcome: SendOutcome) -> None:
            self._tracking.poke()
            if outcome.refusal is not None:
                self.batch_stopped.emit(outcome)

        self._tasks.run(self._submissions.send_remaining(batch_id), on_success=done, on_failure=self.failed.emit,
                        name="send remaining")
