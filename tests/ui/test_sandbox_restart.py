"""A user sends a campaign to the Sandbox, quits VoiceDesk while it is still calling, opens it again
and sees the campaign go on to Finished: the Sandbox remembered it, as a real provider would."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.domain.campaign import CampaignState, SubmissionState
from app.domain.providers import ProviderId
from app.ui.models.campaigns_model import COL_PROGRESS, COL_STATE, SubmissionRole
from tests.ui.test_end_to_end import choose, enter_numbers


def open_app(qloop: Any, speed: float) -> Any:
    """VoiceDesk as users get it, on the test's data folder, with the Sandbox at `speed`."""
    from app.main import compose

    app = qloop.run(compose(sandbox_speed=speed, tracking_interval=0.05))
    app.window.show()
    return app


def quit_app(qloop: Any, app: Any) -> None:
    """What quitting does: save, stop, close."""
    qloop.run(app.aclose())
    app.window.close()
    app.window.deleteLater()


def send(app: Any, qloop: Any, qtbot: Any, provider: ProviderId) -> None:
    """Compose and send three calls, confirming the paid send."""
    message = app.pages["message"]
    choose(message.provider_combo, provider.value)
    qtbot.keyClicks(message.name_edit, "Water cut")
    qtbot.keyClicks(message.text_edit, "Water will be cut tomorrow from eight to noon.")
    app.window.go_to(1)
    enter_numbers(app, qtbot, "+32 470 12 34 56\n+32 470 12 34 57\n+32 470 12 34 58")
    app.window.go_to(3)
    review = app.pages["review"]
    qloop.run_until(lambda: review.send_button.isEnabled(), message="the draft never became ready to send")
    qtbot.mouseClick(review.send_button, Qt.MouseButton.LeftButton)
    box = app.dialogs.current
    assert isinstance(box, QMessageBox)
    qtbot.mouseClick(box.findChild(type(review.send_button), "acceptButton"), Qt.MouseButton.LeftButton)


def row(app: Any) -> Any:
    return app.campaigns_vm.model.index(0, 0).data(SubmissionRole)


@pytest.mark.parametrize("provider", [ProviderId.ROUTEE, ProviderId.NAXAI])
def test_a_campaign_sent_before_quitting_finishes_after_reopening(qloop: Any, qtbot: Any,
                                                                  provider: ProviderId) -> None:
    app = open_app(qloop, speed=1.0)  # real time: the calls take about a minute
    try:
        send(app, qloop, qtbot, provider)
        model = app.campaigns_vm.model
        qloop.run_until(lambda: model.rowCount() == 1 and row(app).state is SubmissionState.CONFIRMED,
                        message="the campaign was never confirmed")
        qloop.run_until(lambda: row(app).status.total == 3, message="the campaign was never tracked")
        assert not row(app).status.state.is_final, "the campaign must still be calling when the user quits"
    finally:
        quit_app(qloop, app)

    app = open_app(qloop, speed=400.0)  # reopened; the rest of the calls go by quickly
    try:
        model = app.campaigns_vm.model
        qloop.run_until(lambda: model.rowCount() == 1, message="the campaign is not listed after reopening")

        def finished() -> bool:
            sub = row(app)
            return sub.state is SubmissionState.CONFIRMED and sub.status.state.is_final

        qloop.run_until(finished, timeout=60, message="the campaign never reached a final state after reopening")
        assert row(app).status.state is CampaignState.COMPLETED
        assert model.index(0, COL_STATE).data() == "Finished"
        assert model.index(0, COL_PROGRESS).data() == "3 / 3"
        sims = app.sandbox.routee.campaigns if provider is ProviderId.ROUTEE else app.sandbox.naxai.broadcasts
        assert len(sims) == 1, "still exactly one campaign at the provider: nothing was sent again"
    finally:
        quit_app(qloop, app)
