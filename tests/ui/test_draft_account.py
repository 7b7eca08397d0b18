"""Choosing the account a draft sends from: a real-looking Routee account (the Sandbox behind a
loopback socket) is chosen in step 4, the Sandbox banner goes, the confirmation says it is paid and
names the account, the request reaches that server, and the Campaigns list names the account.
Switching provider, importing a draft from another computer and removing an account in use all
fall back to the Sandbox and say so."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton

from app.domain.campaign import CampaignDraft, SubmissionState
from app.domain.providers import ProviderId
from app.providers.sandbox.clock import SimClock
from app.providers.sandbox.routee import SANDBOX_APP_ID, SANDBOX_SECRET, RouteeSimulator
from app.providers.sandbox.server import LoopbackServer
from app.services.draft_files import export_draft
from app.services.settings import LAST_ACCOUNTS
from app.ui.models.campaigns_model import COL_ACCOUNT, SubmissionRole
from tests.ui.test_accounts_dialog import MemoryKeyring
from tests.ui.test_end_to_end import choose, enter_numbers

ACCOUNT_SENDER = "3225550199"


@pytest.fixture
def routee_server() -> Iterator[LoopbackServer]:
    with LoopbackServer(RouteeSimulator(clock=SimClock(400.0))) as server:
        yield server


@pytest.fixture
def keyring_memory(monkeypatch: pytest.MonkeyPatch) -> MemoryKeyring:
    """The app's SecretStore asks `keyring` for the system backend on each use: give it one in memory."""
    memory = MemoryKeyring()
    monkeypatch.setattr(keyring, "get_keyring", lambda: memory)
    return memory


def add_routee_account(app: Any, qloop: Any, qtbot: Any, server: LoopbackServer, name: str = "Town hall Routee") -> str:
    """Open the Accounts dialog from step 4's “Manage accounts…” and add a Routee account there."""
    app.window.go_to(3)
    chooser = _chooser(app)
    qtbot.mouseClick(chooser.manage_button, Qt.MouseButton.LeftButton)
    dialog = app.accounts_dialog
    assert dialog.isVisible()
    qloop.run_until(lambda: dialog.add_button.isEnabled() and dialog.account_list.count() >= 1)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    dialog.provider_combo.setCurrentIndex(dialog.provider_combo.findData(ProviderId.ROUTEE))
    qtbot.keyClicks(dialog.name_edit, name)
    qtbot.keyClicks(dialog.client_id_edit, SANDBOX_APP_ID)
    qtbot.keyClicks(dialog.secret_edit, SANDBOX_SECRET)
    qtbot.keyClicks(dialog.sender_edit, ACCOUNT_SENDER)
    qtbot.mouseClick(dialog.advanced_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.api_url_edit, server.url)
    qtbot.keyClicks(dialog.auth_url_edit, server.url)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qloop.run_until(lambda: dialog.form_message.text() == "Saved.", message="the account was not saved")
    combo = chooser.combo
    qloop.run_until(lambda: combo.findText(f"{name} (Routee)") >= 0, message="the new account is not offered")
    dialog.close()
    return str(combo.itemData(combo.findText(f"{name} (Routee)")))


def _chooser(app: Any) -> Any:
    from app.ui.widgets.account_chooser import AccountChooser

    chooser = app.pages["review"].findChild(AccountChooser)
    assert chooser is not None, "step 4 has no account chooser"
    return chooser


def pick_account(app: Any, qtbot: Any, label: str) -> None:
    """Choose an account in “Send from account” with the keyboard, as a user does."""
    combo = _chooser(app).combo
    target = combo.findText(label)
    assert target >= 0, f"{label} is not offered: {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setFocus()
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up)


def compose(app: Any, qtbot: Any) -> None:
    message = app.pages["message"]
    qtbot.keyClicks(message.name_edit, "Water cut")
    qtbot.keyClicks(message.text_edit, "Water will be cut tomorrow from eight to noon.")
    enter_numbers(app, qtbot, "+32 470 12 34 56\n+32 470 12 34 57")


def test_send_through_a_real_account_then_remove_it(voicedesk: Any, qloop: Any, qtbot: Any, routee_server: LoopbackServer,
                                                    keyring_memory: MemoryKeyring) -> None:
    app = voicedesk
    window = app.window
    assert window.banner.isVisible() and "Sandbox" in window.banner.text()
    assert _chooser(app).combo.currentText().startswith("Sandbox")
    compose(app, qtbot)
    account_id = add_routee_account(app, qloop, qtbot, routee_server)

    pick_account(app, qtbot, "Town hall Routee (Routee)")
    draft = app.draft_vm.draft
    assert draft.account_id == account_id
    assert draft.delivery.sender == ACCOUNT_SENDER, "the sender follows the account's default"
    assert not window.banner.isVisible(), "the Sandbox banner shows only while the draft practises"
    qloop.run(app.autosaver.flush())
    assert qloop.run(app.store.load_draft(draft.id)).account_id == account_id, "the choice is saved with the draft"

    review = app.pages["review"]
    qloop.run_until(lambda: review.send_button.isEnabled() and "Real calls" in review.summary_label.text(),
                    message=review.summary_label.text())
    assert "Town hall Routee" in review.summary_label.text() and "nothing is charged" not in review.summary_label.text()
    assert review.send_button.property("paid") is True
    qtbot.mouseClick(review.send_button, Qt.MouseButton.LeftButton)
    box = app.dialogs.current
    assert box.text() == "Send 2 calls? This is a paid service."
    assert "Real people are called" in box.informativeText() and "“Town hall Routee”" in box.informativeText()
    assert "Sandbox" not in box.informativeText()
    qtbot.mouseClick(box.findChild(QAbstractButton, "acceptButton"), Qt.MouseButton.LeftButton)

    sim = routee_server.simulator
    qloop.run_until(lambda: len(sim.campaigns) == 1, message="the request never reached the account's server")
    assert not app.sandbox.routee.campaigns, "nothing went to the built-in Sandbox"
    model = app.campaigns_vm.model
    qloop.run_until(lambda: model.rowCount() == 1 and model.index(0, 0).data(SubmissionRole).state is SubmissionState.CONFIRMED)
    assert model.index(0, COL_ACCOUNT).data() == "Town hall Routee"
    assert "charged" in model.index(0, COL_ACCOUNT).data(Qt.ItemDataRole.ToolTipRole)

    # A new draft for Routee starts on the account last chosen for Routee (a declared setting).
    assert app.account_choice._settings.get(LAST_ACCOUNTS) == {"routee": account_id}
    new = qloop.run(app.pages["drafts"].vm.new_draft())
    assert new.account_id == account_id and new.delivery.sender == ACCOUNT_SENDER
    assert not window.banner.isVisible()

    # Removing it says what happens to its drafts and campaigns, then the draft practises again.
    dialog = app.accounts_dialog
    dialog.present()
    qloop.run_until(lambda: dialog.account_list.count() == 2 and dialog.add_button.isEnabled())
    dialog.account_list.setCurrentRow(1)
    assert dialog.remove_button.isEnabled()
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    qloop.run_until(lambda: app.dialogs.current is not None, message=dialog.form_message.text() or "no question")
    box = app.dialogs.current
    explanation = box.informativeText()
    assert "2 saved drafts use it" in explanation and "back to the Sandbox" in explanation, explanation
    assert "1 campaign was sent through it: it stays in the Campaigns list." in explanation, explanation
    qtbot.mouseClick(box.findChild(QAbstractButton, "acceptButton"), Qt.MouseButton.LeftButton)
    qloop.run_until(lambda: app.draft_vm.draft.account_id == "sandbox", message="the open draft kept a removed account")
    assert window.banner.isVisible()
    assert "“Town hall Routee” was removed" in window.note_label.text() and window.note_bar.isVisible()
    qloop.run_until(lambda: model.index(0, COL_ACCOUNT).data() == "Town hall Routee (removed)")
    assert "cannot be followed" in model.index(0, COL_ACCOUNT).data(Qt.ItemDataRole.ToolTipRole)
    assert keyring_memory.items == {}
    qloop.run(app.tracking.poll_once())  # a campaign of a removed account does not stop tracking

    # Adding the same account again (same application id) brings its campaigns back.
    dialog.close()
    assert add_routee_account(app, qloop, qtbot, routee_server, name="Town hall again") == account_id
    qloop.run_until(lambda: model.index(0, COL_ACCOUNT).data() == "Town hall again")


def test_switching_provider_falls_back_and_says_so(voicedesk: Any, qloop: Any, qtbot: Any, routee_server: LoopbackServer,
                                                   keyring_memory: MemoryKeyring) -> None:
    app = voicedesk
    routee_id = add_routee_account(app, qloop, qtbot, routee_server)
    pick_account(app, qtbot, "Town hall Routee (Routee)")
    assert not app.window.banner.isVisible()

    choose(app.pages["message"].provider_combo, ProviderId.NAXAI.value)
    assert app.draft_vm.draft.provider is ProviderId.NAXAI
    assert app.draft_vm.draft.account_id == "sandbox"
    assert app.draft_vm.draft.delivery.sender == "3225550100", "the account's own number went with it"
    note = app.window.note_label.text()
    assert "“Town hall Routee” sends only Routee campaigns" in note and "Sandbox for Naxai" in note, note
    assert app.window.banner.isVisible()
    combo = _chooser(app).combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Sandbox (practice: nobody is called, nothing is charged)"], "a Routee account is not offered for Naxai"

    # A Naxai account chosen once is where Naxai drafts go next time.
    naxai = qloop.run(app.accounts.add(ProviderId.NAXAI, "School Naxai", "client", "s3cret", sender="3225550188",
                                       api_base_url=routee_server.url))
    app.account_choice.reload()
    qloop.run_until(lambda: combo.findText("School Naxai (Naxai)") >= 0)
    pick_account(app, qtbot, "School Naxai (Naxai)")
    assert app.draft_vm.draft.delivery.sender == "3225550188"
    choose(app.pages["message"].provider_combo, ProviderId.ROUTEE.value)
    assert app.draft_vm.draft.account_id == routee_id
    assert "“School Naxai” sends only Naxai campaigns" in app.window.note_label.text()
    assert "Town hall Routee" in app.window.note_label.text(), "Routee goes back to the Routee account last chosen"
    choose(app.pages["message"].provider_combo, ProviderId.NAXAI.value)
    assert app.draft_vm.draft.account_id == naxai.id


def test_import_with_an_unknown_account_practises_on_the_sandbox(voicedesk: Any, qloop: Any, tmp_path: Path) -> None:
    app = voicedesk
    elsewhere = CampaignDraft(name="From the other office", account_id="an-account-of-another-computer")
    elsewhere.delivery.sender = "3225550177"
    path = export_draft(elsewhere, tmp_path / "shared.voicedraft")
    assert json.loads(path.read_text("utf-8"))["draft"]["account_id"] == "an-account-of-another-computer"

    imported = qloop.run(app.pages["drafts"].vm.import_from(path))
    assert imported is not None
    draft = app.draft_vm.draft
    assert draft.name == "From the other office" and draft.account_id == "sandbox"
    assert draft.delivery.sender == "3225550177", "the sender is the user's, kept"
    note = app.window.note_label.text()
    assert "not set up on this computer" in note and "now uses the Sandbox" in note, note
    assert app.window.note_bar.isVisible() and app.window.banner.isVisible()
    assert _chooser(app).combo.currentText().startswith("Sandbox")
    qloop.run(app.autosaver.flush())
    assert qloop.run(app.store.load_draft(draft.id)).account_id == "sandbox"
    app.window.note_close.click()
    assert not app.window.note_bar.isVisible()


def test_an_account_changed_behind_the_question_sends_nothing(voicedesk: Any, qloop: Any, qtbot: Any,
                                                               routee_server: LoopbackServer,
                                                               keyring_memory: MemoryKeyring) -> None:
    app = voicedesk
    compose(app, qtbot)
    real = qloop.run(app.accounts.add(ProviderId.ROUTEE, "Town hall Routee", SANDBOX_APP_ID, SANDBOX_SECRET,
                                      api_base_url=routee_server.url, auth_base_url=routee_server.url))
    qloop.run(app.account_choice.load())
    app.window.go_to(3)
    review = app.pages["review"]
    qloop.run_until(lambda: review.send_button.isEnabled())
    qtbot.mouseClick(review.send_button, Qt.MouseButton.LeftButton)
    box = app.dialogs.current
    assert "Sandbox" in box.informativeText()
    app.account_choice.choose(real.id)  # changed while the Sandbox question is still open
    qloop.run_until(lambda: app.send_vm.prepared.draft.account_id == real.id)
    qtbot.mouseClick(box.findChild(QAbstractButton, "acceptButton"), Qt.MouseButton.LeftButton)
    qloop.run_until(lambda: app.dialogs.current is not None and app.dialogs.current is not box)
    assert "Nothing was sent" in app.dialogs.current.text()
    qloop.idle(0.3)
    assert not routee_server.simulator.campaigns and not app.sandbox.routee.campaigns
    assert app.campaigns_vm.model.rowCount() == 0
