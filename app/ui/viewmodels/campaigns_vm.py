"""The Campaigns list: loads submissions, applies live updates from submission and tracking."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.domain.campaign import Submission
from app.services.store import Store
from app.services.submission import SubmissionService
from app.services.tracking import TrackingService
from app.ui.models.campaigns_model import CampaignsTableModel
from app.ui.tasks import TaskRunner


class CampaignsViewModel(QObject):
    """Owns the CampaignsTableModel; services report changes through `apply`."""

    failed = Signal(object)

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
