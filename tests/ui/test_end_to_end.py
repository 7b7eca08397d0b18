"""A user composes, sends to the Sandbox and watches the campaign finish, for each provider."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.domain.campaign import CampaignState, SubmissionState
from app.domain.providers import ProviderId
from app.ui.models.campaigns_model import COL_PROGRESS, COL_STATE, SubmissionRole


def choose(combo: Any, code: str) -> None:
    """Pick the item carrying `code`, as a user picking it from the list does."""
    index = combo.findData(code)
    assert index >= 0, f"{code} is not offered"
    combo.setCurrentIndex(index)


def enter_numbers(app: Any, qtbot: Any, text: str) -> None:
    """Type the numbers one per line into the Recipients box, pressing Return between them."""
    page = app.pages["recipients"]
    page.numbers_edit.clear()
    for i, line in enumerate(text.split("\n")):
        if i:
            qtbot.keyClick(page.numbers_edit, Qt.Key.Key_Return)
        qtbot.keyClicks(page.numbers_edit, line)


@pytest.mark.parametrize(
    ("provider", "language", "numbers"),
    [
        (ProviderId.ROUTEE, "fr-FR", "+32 470 12 34 56\n0470 12 34 57\n+33 6 12 34 56 78"),
        (ProviderId.NAXAI, "nl-BE", "0470 12 34 56\n+32 470 12 34 57\n0032 2 555 01 99"),
    ],
)
def test_user_sends_a_campaign_and_sees_it_finish(voicedesk: Any, qloop: Any, qtbot: Any,
                                                   provider: ProviderId, language: str, numbers: str) -> None:
    app = voicedesk
    message = app.pages["message"]
    choose(message.provider_combo, provider.value)
    qtbot.keyClicks(message.name_edit, "Water cut")
    qtbot.keyClicks(message.text_edit, "Water will be cut tomorrow from eight to noon.")
    choose(message.language_combo, language)
    assert app.draft_vm.draft.message.language == language
    assert app.draft_vm.draft.provider is provider

    app.window.go_to(1)
    enter_numbers(app, qtbot, numbers)
    app.window.go_to(3)
    review = app.pages["review"]
    qloop.run_until(lambda: review.send_button.isEnabled(), message="the draft never became ready to send")
    assert review.send_button.text() == "Send 3 calls…"
    assert "<b>3 calls</b> with " in review.summary_label.text()
    assert ("2 to Belgium, 1 to France" if provider is ProviderId.ROUTEE else "3 to Belgium") in review.summary_label.text()

    campaigns = app.pages["campaigns"]
    assert campaigns.empty_label.isVisibleTo(campaigns), "an empty list says what it is for"
    qtbot.mouseClick(review.send_button, Qt.MouseButton.LeftButton)
    box = app.dialogs.current
    assert isinstance(box, QMessageBox)
    assert box.text() == "Send 3 calls? This is a paid service."
    qtbot.mouseClick(box.findChild(type(review.send_button), "acceptButton"), Qt.MouseButton.LeftButton)

    model = app.campaigns_vm.model
    qloop.run_until(lambda: model.rowCount() == 1, message="the campaign never appeared in the list")
    assert not campaigns.empty_label.isVisibleTo(campaigns)
    qloop.run_until(lambda: app.window.stack.currentWidget() is app.pages["campaigns"])

    def finished() -> bool:
        sub = model.index(0, 0).data(SubmissionRole)
        return sub.state is SubmissionState.CONFIRMED and sub.status.state.is_final

    qloop.run_until(finished, timeout=60, message="the campaign never reached a final state")
    sub = model.index(0, 0).data(SubmissionRole)
    assert sub.status.state is CampaignState.COMPLETED
    assert model.index(0, COL_STATE).data() == "Finished"
    assert model.index(0, COL_PROGRESS).data() == "3 / 3"
    assert sum(sub.status.counts.values()) >= 3
    sandbox = app.sandbox.routee.campaigns if provider is ProviderId.ROUTEE else app.sandbox.naxai.broadcasts
    assert len(sandbox) == 1, "exactly one campaign at the provider"


def test_cancelling_the_confirmation_sends_nothing(voicedesk: Any, qloop: Any, qtbot: Any) -> None:
    app = voicedesk
    qtbot.keyClicks(app.pages["message"].text_edit, "School closed today.")
    enter_numbers(app, qtbot, "+32470123456")
    review = app.pages["review"]
    qloop.run_until(lambda: review.send_button.isEnabled())
    qtbot.mouseClick(review.send_button, Qt.MouseButton.LeftButton)
    assert app.dialogs.current.text() == "Send 1 call? This is a paid service."
    app.dialogs.current.reject()
    qloop.idle(0.3)
    assert app.campaigns_vm.model.rowCount() == 0
    assert not app.sandbox.routee.campaigns
