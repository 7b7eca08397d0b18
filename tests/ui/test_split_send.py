"""A user pastes 2,500 numbers, reads on Review that Routee takes 1,000 per campaign so VoiceDesk
sends 3 campaigns, confirms, and watches the one batch row reach Finished with the summed count."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMessageBox

from app.domain.campaign import SubmissionState
from app.providers.sandbox.faults import Fault, FaultKind, FaultPlan
from app.ui.models.campaigns_model import COL_NAME, COL_PROGRESS, COL_STATE, COL_SUBMISSION, BatchRole, SubmissionRole


def test_user_sends_2500_numbers_as_one_batch_of_three_campaigns(voicedesk: Any, qloop: Any, qtbot: Any) -> None:
    app = voicedesk
    message = app.pages["message"]
    qtbot.keyClicks(message.name_edit, "Spring reminders")
    qtbot.keyClicks(message.text_edit, "Your bins are collected on Monday.")

    app.window.go_to(1)
    numbers = app.pages["recipients"].numbers_edit
    QGuiApplication.clipboard().setText("\n".join(f"+32 470 {i // 1000:02d} {i % 1000:04d}" for i in range(2500)))
    numbers.setFocus()
    qtbot.keySequence(numbers, QKeySequence.StandardKey.Paste)
    assert numbers.toPlainText().count("\n") == 2499

    app.window.go_to(3)
    review = app.pages["review"]
    qloop.run_until(lambda: review.send_button.isEnabled(), message="the draft never became ready to send")
    assert review.send_button.text() == "Send 2,500 calls…"
    assert review.split_label.text() == (
        "Routee calls at most 1,000 numbers per campaign. VoiceDesk will send these 2,500 numbers as 3 campaigns, "
        "“Spring reminders (1/3)” to “(3/3)”.")
    assert review.problems_label.text() == ""

    qtbot.mouseClick(review.send_button, Qt.MouseButton.LeftButton)
    box = app.dialogs.current
    assert isinstance(box, QMessageBox)
    assert box.text() == "Send 2,500 calls as 3 campaigns? This is a paid service."
    qtbot.mouseClick(box.findChild(type(review.send_button), "acceptButton"), Qt.MouseButton.LeftButton)

    model = app.campaigns_vm.model
    qloop.run_until(lambda: app.window.stack.currentWidget() is app.pages["campaigns"], timeout=60)
    assert model.rowCount() == 1, "the parts are one row"
    batch_row = model.index(0, 0)
    assert batch_row.data() == "Spring reminders — 3 campaigns"
    assert model.rowCount(batch_row) == 3
    assert [model.index(i, COL_NAME, batch_row).data() for i in range(3)] == [
        f"Spring reminders ({i}/3)" for i in (1, 2, 3)]

    qloop.run_until(lambda: model.index(0, COL_STATE).data() == "Finished", timeout=60,
                    message="the batch never finished")
    assert model.index(0, COL_PROGRESS).data() == "2,500 / 2,500"
    assert model.index(0, COL_SUBMISSION).data() == "Accepted by the provider"
    parts = [model.index(i, 0, batch_row).data(SubmissionRole) for i in range(3)]
    assert all(p.state is SubmissionState.CONFIRMED and p.status.state.is_final for p in parts)
    assert [model.index(i, COL_PROGRESS, batch_row).data() for i in range(3)] == ["834 / 834", "833 / 833", "833 / 833"]
    assert batch_row.data(BatchRole).finished == 2500
    assert len(app.sandbox.routee.campaigns) == 3, "exactly three campaigns at the provider"

    page = app.pages["campaigns"]
    page.table.setCurrentIndex(batch_row)
    assert not page.remaining_button.isEnabled()  # nothing left to send
    page.table.expand(batch_row)
    assert page.table.isExpanded(batch_row)


class RefuseFromSecondCreate(FaultPlan):
    """Routee answers "too many requests" to every campaign creation after the first."""

    def __init__(self) -> None:
        super().__init__()
        self.creates = 0
        self.refusing = True

    def pick(self, method: str, path: str) -> list[Fault]:
        if method == "POST" and path == "/voice/campaign":
            self.creates += 1
            if self.refusing and self.creates >= 2:
                return [Fault(FaultKind.RATE_LIMIT, retry_after=0)]
        return super().pick(method, path)


def test_a_refused_part_stops_and_the_user_sends_the_remaining_parts(voicedesk: Any, qloop: Any, qtbot: Any) -> None:
    app = voicedesk
    faults = RefuseFromSecondCreate()
    app.sandbox.routee_transport.faults = faults
    qtbot.keyClicks(app.pages["message"].name_edit, "Tenants")
    qtbot.keyClicks(app.pages["message"].text_edit, "The lift is out of order today.")
    app.window.go_to(1)
    numbers = app.pages["recipients"].numbers_edit
    numbers.setPlainText("\n".join(f"+32470{i:06d}" for i in range(1500)))
    app.window.go_to(3)
    review = app.pages["review"]
    qloop.run_until(lambda: review.send_button.isEnabled() and "2 campaigns" in review.split_label.text())
    qtbot.mouseClick(review.send_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(app.dialogs.current.findChild(type(review.send_button), "acceptButton"), Qt.MouseButton.LeftButton)

    qloop.run_until(lambda: isinstance(app.dialogs.current, QMessageBox)
                    and app.dialogs.current.windowTitle() == "Sending stopped", timeout=30)
    box = app.dialogs.current
    assert box.text() == "The provider refused part 2 of 2, so VoiceDesk stopped."
    assert "Sent: part 1." in box.informativeText() and "Not sent: part 2." in box.informativeText()
    assert len(app.sandbox.routee.campaigns) == 1
    model = app.campaigns_vm.model
    assert model.index(0, COL_SUBMISSION).data() == "1 of 2 accepted; the others were not sent"

    faults.refusing = False  # the provider accepts requests again
    qtbot.mouseClick(box.findChild(type(review.send_button), "acceptButton"), Qt.MouseButton.LeftButton)
    qloop.run_until(lambda: model.index(0, COL_STATE).data() == "Finished"
                    and model.index(0, COL_SUBMISSION).data() == "Accepted by the provider", timeout=60)
    assert model.rowCount() == 1 and model.index(0, COL_PROGRESS).data() == "1,500 / 1,500"
    names = sorted(c.name for c in app.sandbox.routee.campaigns.values())
    assert len(names) == 2 and len(set(names)) == 2 and names[0].startswith("Tenants 1-2 VD")
    assert faults.creates == 3  # part 1 once, part 2 refused once, then sent once; part 1 never again
