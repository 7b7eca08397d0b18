"""A user reaches people through the provider's own lists: Routee contacts and groups (counted by
Routee), or one Naxai segment with its size and the unsubscribed choice; then sends to the Sandbox."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QPushButton

from app.domain.providers import ProviderId
from app.providers.sandbox.naxai import SEGMENT_BUILDING, SEGMENT_MEDIUM
from app.ui.widgets.provider_audience import ProviderAudienceBox
from tests.ui.test_end_to_end import choose, enter_numbers


def audience_box(app: Any) -> ProviderAudienceBox:
    box = app.pages["recipients"].findChild(ProviderAudienceBox)
    assert box is not None, "the Recipients step has no provider audience"
    return box


def compose_message(app: Any, qtbot: Any, provider: ProviderId, language: str) -> None:
    message = app.pages["message"]
    choose(message.provider_combo, provider.value)
    qtbot.keyClicks(message.name_edit, "Water cut")
    qtbot.keyClicks(message.text_edit, "Water will be cut tomorrow from eight to noon.")
    choose(message.language_combo, language)


def type_entries(qtbot: Any, editor: Any, *entries: str) -> None:
    for entry in entries:
        qtbot.keyClicks(editor.entry_edit, entry)
        qtbot.keyClick(editor.entry_edit, Qt.Key.Key_Return)


def tick(qtbot: Any, button: Any) -> None:
    """Click a radio button or check box on its indicator, where a user clicks."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def confirm_send(app: Any, qtbot: Any, question: str) -> None:
    review = app.pages["review"]
    qtbot.mouseClick(review.send_button, Qt.MouseButton.LeftButton)
    box = app.dialogs.current
    assert isinstance(box, QMessageBox)
    assert box.text() == question
    qtbot.mouseClick(box.findChild(QPushButton, "acceptButton"), Qt.MouseButton.LeftButton)


def test_naxai_segment_with_its_size_and_unsubscribed_people(voicedesk: Any, qloop: Any, qtbot: Any) -> None:
    app = voicedesk
    compose_message(app, qtbot, ProviderId.NAXAI, "nl-BE")
    app.window.go_to(1)
    page, box = app.pages["recipients"], audience_box(app)
    assert box.naxai_panel.isVisible() and not box.routee_panel.isVisible()
    enter_numbers(app, qtbot, "0470 12 34 56")

    tick(qtbot, box.source_segment)
    assert not page.numbers_panel.isVisible() and page.numbers_off_label.isVisible()
    qloop.run_until(lambda: box.segment_combo.count() > 1, message="the segments never loaded")
    labels = [box.segment_combo.itemText(i) for i in range(box.segment_combo.count())]
    assert "Sandbox - 40 contacts" in labels and "Sandbox - still building (not ready yet)" in labels

    choose(box.segment_combo, SEGMENT_BUILDING)
    assert "still preparing this segment" in box.segment_status.text()
    review = app.pages["review"]
    app.window.go_to(3)
    qloop.run_until(lambda: "still being prepared" in review.problems_label.text(),
                    message="sending a segment that is not ready was not refused")
    assert not review.send_button.isEnabled()

    app.window.go_to(1)
    choose(box.segment_combo, SEGMENT_MEDIUM)
    qloop.run_until(lambda: box.segment_status.text() == "40 people", message="the segment's size never showed")
    tick(qtbot, box.unsubscribed_check)
    audience = app.draft_vm.draft.audience
    assert audience.source == "segment" and audience.segment_id == SEGMENT_MEDIUM and audience.include_unsubscribed
    assert audience.segment_name == "Sandbox - 40 contacts"
    assert audience.numbers_text == "0470 12 34 56"  # kept, not sent

    app.window.go_to(3)
    qloop.run_until(lambda: "People who unsubscribed are called too." in review.summary_label.text(),
                    message="the Review step did not say that unsubscribed people are called")
    assert review.send_button.isEnabled() and review.send_button.text() == "Send 40 calls…"
    assert "the Naxai segment “Sandbox - 40 contacts” (40 people)" in review.summary_label.text()
    confirm_send(app, qtbot, "Send 40 calls? This is a paid service.")

    qloop.run_until(lambda: len(app.sandbox.naxai.broadcasts) == 1, message="the campaign never reached the Sandbox")
    [broadcast] = app.sandbox.naxai.broadcasts.values()
    config = broadcast.config
    assert config["source"] == "people" and config["segmentIds"] == [SEGMENT_MEDIUM]
    assert config[app.sandbox.names.naxai_unsubscribed_field] is True
    assert "file" not in config


def test_switching_naxai_source_keeps_the_typed_numbers(voicedesk: Any, qloop: Any, qtbot: Any) -> None:
    app = voicedesk
    compose_message(app, qtbot, ProviderId.NAXAI, "nl-BE")
    app.window.go_to(1)
    page, box = app.pages["recipients"], audience_box(app)
    enter_numbers(app, qtbot, "0470 12 34 56\n0470 12 34 57")
    tick(qtbot, box.source_segment)
    qloop.run_until(lambda: box.segment_combo.count() > 1)
    choose(box.segment_combo, SEGMENT_MEDIUM)
    tick(qtbot, box.source_numbers)
    assert page.numbers_panel.isVisible() and page.numbers_edit.toPlainText() == "0470 12 34 56\n0470 12 34 57"
    assert app.draft_vm.draft.audience.source == "numbers"

    review = app.pages["review"]
    app.window.go_to(3)
    qloop.run_until(lambda: review.send_button.text() == "Send 2 calls…" and review.send_button.isEnabled())
    confirm_send(app, qtbot, "Send 2 calls? This is a paid service.")
    qloop.run_until(lambda: len(app.sandbox.naxai.broadcasts) == 1, message="the campaign never reached the Sandbox")
    [broadcast] = app.sandbox.naxai.broadcasts.values()
    assert broadcast.config["source"] == "file" and "segmentIds" not in broadcast.config


def test_naxai_segment_not_chosen_points_at_the_segment(voicedesk: Any, qloop: Any, qtbot: Any) -> None:
    app = voicedesk
    compose_message(app, qtbot, ProviderId.NAXAI, "nl-BE")
    app.window.go_to(1)
    tick(qtbot, audience_box(app).source_segment)
    review = app.pages["review"]
    app.window.go_to(3)
    qloop.run_until(lambda: "Choose a segment of your Naxai contacts." in review.problems_label.text())
    assert not review.send_button.isEnabled()
    assert "Add at least one valid phone number" not in review.problems_label.text()


def test_routee_contacts_and_groups_counted_then_sent(voicedesk: Any, qloop: Any, qtbot: Any) -> None:
    app = voicedesk
    compose_message(app, qtbot, ProviderId.ROUTEE, "fr-FR")
    app.window.go_to(1)
    box = audience_box(app)
    assert box.routee_panel.isVisible() and not box.naxai_panel.isVisible()
    assert "try the contacts sandbox-contact-1, " in box.examples_label.text()  # what to type in the Sandbox
    enter_numbers(app, qtbot, "+32 470 12 34 56")
    type_entries(qtbot, box.contacts_editor, "sandbox-contact-1", "sandbox-contact-3", "sandbox-contact-1")
    assert box.contacts_editor.count_label.text() == "2 contacts (at most 1,000)"  # the repeat is dropped
    QGuiApplication.clipboard().setText("Sandbox - 5 people\nSandbox - 30 people\n")
    qtbot.mouseClick(box.groups_editor.paste_button, Qt.MouseButton.LeftButton)
    audience = app.draft_vm.draft.audience
    assert audience.contacts == ["sandbox-contact-1", "sandbox-contact-3"]
    assert audience.groups == ["Sandbox - 5 people", "Sandbox - 30 people"]

    review = app.pages["review"]
    app.window.go_to(3)
    qloop.run_until(lambda: review.send_button.isEnabled() and review.send_button.text() == "Send…",
                    message="uncounted groups should not give a number")
    assert "not counted yet" in review.summary_label.text()
    qtbot.mouseClick(review.send_button, Qt.MouseButton.LeftButton)
    assert app.dialogs.current.text() == "Send 3 calls plus everyone in 2 groups? This is a paid service."
    app.dialogs.current.reject()

    app.window.go_to(1)
    qtbot.mouseClick(box.count_button, Qt.MouseButton.LeftButton)
    qloop.run_until(lambda: "in all" in box.count_label.text(), message="Routee's count never showed")
    answer = box.count_label.text()
    assert "Routee would call 34 people in all." in answer
    assert "Group “Sandbox - 5 people”: 4 people." in answer and "Group “Sandbox - 30 people”: 30 people." in answer
    assert "1 contact is blacklisted and will not be called: sandbox-contact-3." in answer

    app.window.go_to(3)
    qloop.run_until(lambda: review.send_button.text() == "Send 35 calls…", message="the counted number was not used")
    assert "Routee counted 34 people in them." in review.summary_label.text()
    assert "do-not-call list applies only to the numbers typed or imported here" in review.summary_label.text()
    assert "2 Routee contacts and everyone in 2 groups" in review.summary_label.text()
    confirm_send(app, qtbot, "Send 35 calls? This is a paid service.")
    qloop.run_until(lambda: len(app.sandbox.routee.campaigns) == 1, message="the campaign never reached the Sandbox")
    [campaign] = app.sandbox.routee.campaigns.values()
    assert campaign.request["to"] == ["+32470123456"]
    assert campaign.request["contacts"] == ["sandbox-contact-1", "sandbox-contact-3"]
    assert campaign.request["groups"] == ["Sandbox - 5 people", "Sandbox - 30 people"]
    assert len(campaign.messages) == 35


def test_routee_count_in_plain_words_when_a_contact_is_unknown(voicedesk: Any, qloop: Any, qtbot: Any) -> None:
    app = voicedesk
    app.window.go_to(1)
    box = audience_box(app)
    type_entries(qtbot, box.contacts_editor, "ghost")
    qtbot.mouseClick(box.count_button, Qt.MouseButton.LeftButton)
    qloop.run_until(lambda: "no contact with one of these ids" in box.count_label.text())
    assert box.count_button.isEnabled()
    box.contacts_editor.list.selectAll()
    qtbot.mouseClick(box.contacts_editor.remove_button, Qt.MouseButton.LeftButton)
    assert app.draft_vm.draft.audience.contacts == []
    assert box.count_label.text() == ""  # the answer was about a list that is gone
    type_entries(qtbot, box.contacts_editor, "sandbox-contact-2")
    qtbot.mouseClick(box.count_button, Qt.MouseButton.LeftButton)
    qloop.run_until(lambda: "in all" in box.count_label.text())
    type_entries(qtbot, box.contacts_editor, "sandbox-contact-4")
    assert box.count_label.text() == "The list changed: press Count recipients to ask Routee again."


def test_routee_count_needs_the_calling_number(voicedesk: Any, qloop: Any, qtbot: Any) -> None:
    app = voicedesk
    app.draft_vm.set_delivery(sender="")
    app.window.go_to(1)
    box = audience_box(app)
    type_entries(qtbot, box.groups_editor, "Sandbox - empty")
    qtbot.mouseClick(box.count_button, Qt.MouseButton.LeftButton)
    assert box.count_label.text() == "Routee needs the calling number to count: enter it in step 3, Delivery."
    app.draft_vm.set_delivery(sender="3225550100")
    qtbot.mouseClick(box.count_button, Qt.MouseButton.LeftButton)
    qloop.run_until(lambda: "Nobody would be called" in box.count_label.text())


def test_the_step_follows_the_provider(voicedesk: Any, qloop: Any, qtbot: Any) -> None:
    app = voicedesk
    app.window.go_to(1)
    box = audience_box(app)
    type_entries(qtbot, box.contacts_editor, "sandbox-contact-2")
    app.window.go_to(0)
    choose(app.pages["message"].provider_combo, ProviderId.NAXAI.value)
    app.window.go_to(1)
    assert box.naxai_panel.isVisible() and not box.routee_panel.isVisible()
    app.window.go_to(0)
    choose(app.pages["message"].provider_combo, ProviderId.ROUTEE.value)
    app.window.go_to(1)
    assert box.routee_panel.isVisible()
    assert [box.contacts_editor.list.item(i).text() for i in range(box.contacts_editor.list.count())] == \
        ["sandbox-contact-2"]
