"""The Campaigns list names the account each campaign went through, without widgets: Sandbox ones
are practice, a removed account is marked, and renaming updates only the account column."""

from PySide6.QtCore import Qt

from app.domain.campaign import Submission
from app.domain.providers import ProviderId
from app.services.accounts import SANDBOX_ACCOUNT, REMOVED_MARK
from app.services.store import Account
from app.ui.models.campaigns_model import COL_ACCOUNT, COL_NAME, CampaignsTableModel


def sent(name: str, account_id: str, batch: str | None = None, part: int | None = None) -> Submission:
    return Submission(draft_id="d", name=name, reference=f"{name} {part}", provider=ProviderId.ROUTEE,
                      account_id=account_id, recipient_count=3, batch_id=batch, part_index=part,
                      part_count=2 if batch else None)


def test_account_column(qtbot) -> None:
    model = CampaignsTableModel()
    town = Account(id="town", display_name="Town hall Routee", provider=ProviderId.ROUTEE, client_id="app")
    model.set_accounts({"sandbox": SANDBOX_ACCOUNT, "town": town})
    model.upsert(sent("Practice", "sandbox"))
    model.upsert(sent("Water cut", "town"))
    model.upsert(sent("Gone", "elsewhere"))
    for part in (1, 2):
        model.upsert(sent("Split", "town", batch="b", part=part))
    rows = {model.index(r, COL_NAME).data(): model.index(r, COL_ACCOUNT) for r in range(model.rowCount())}
    assert model.headerData(COL_ACCOUNT, Qt.Orientation.Horizontal) == "Account"
    assert rows["Practice"].data() == "Sandbox (practice)"
    assert "nothing was charged" in rows["Practice"].data(Qt.ItemDataRole.ToolTipRole)
    assert rows["Water cut"].data() == "Town hall Routee"
    assert rows["Water cut"].data(Qt.ItemDataRole.ToolTipRole) == "Real calls, charged to the account “Town hall Routee”."
    assert rows["Gone"].data() == "An account not set up here"
    assert rows["Split — 2 campaigns"].data() == "Town hall Routee"

    removed = Account(id="town", display_name="Town hall Routee", provider=ProviderId.ROUTEE, client_id="app",
                      extra={REMOVED_MARK: "yes"})
    with qtbot.waitSignal(model.dataChanged) as changed:
        model.set_accounts({"sandbox": SANDBOX_ACCOUNT, "town": removed})
    assert changed.args[0].column() == COL_ACCOUNT and changed.args[1].column() == COL_ACCOUNT
    assert rows["Water cut"].data() == "Town hall Routee (removed)"
    assert "cannot be followed" in rows["Water cut"].data(Qt.ItemDataRole.ToolTipRole)
