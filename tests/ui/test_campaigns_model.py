"""The Campaigns item model, without widgets: new rows on top, updates in place with dataChanged."""

from app.domain.campaign import CampaignState, CampaignStatus, Submission, SubmissionState
from app.domain.providers import ProviderId
from app.ui.models.campaigns_model import COL_COUNTS, COL_PROGRESS, COL_STATE, COL_SUBMISSION, CampaignsTableModel, SubmissionRole


def sub(name: str) -> Submission:
    return Submission(draft_id="d", name=name, reference=f"{name} VD00000000", provider=ProviderId.ROUTEE,
                      account_id="sandbox", recipient_count=3)


def test_update_changes_one_row_without_a_reset(qtbot) -> None:
    model = CampaignsTableModel()
    first, second = sub("First"), sub("Second")
    model.upsert(first)
    model.upsert(second)
    assert model.rowCount() == 2 and model.index(0, 0).data() == "Second"
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    confirmed = first.model_copy(update={
        "state": SubmissionState.CONFIRMED, "provider_id": "t-1",
        "status": CampaignStatus(state=CampaignState.RUNNING, counts={"Completed": 1, "Ringing": 2, "Busy": 0},
                                 total=3, finished=1)})
    with qtbot.waitSignal(model.dataChanged) as changed:
        model.upsert(confirmed)
    assert changed.args[0].row() == 1 and changed.args[1].row() == 1
    assert resets == [] and model.rowCount() == 2
    assert model.index(1, COL_SUBMISSION).data() == "Accepted by the provider"
    assert model.index(1, COL_STATE).data() == "Calling"
    assert model.index(1, COL_PROGRESS).data() == "1 / 3"
    assert model.index(1, COL_COUNTS).data() == "Completed 1 · Ringing 2"
    assert model.index(1, 0).data(SubmissionRole) == confirmed


def test_unconfirmed_submission_says_it_is_being_checked(qtbot) -> None:
    model = CampaignsTableModel()
    model.upsert(sub("Lost").model_copy(update={"state": SubmissionState.UNCONFIRMED}))
    assert model.index(0, COL_SUBMISSION).data() == "Not confirmed yet: checking with the provider"
    assert model.index(0, COL_STATE).data() == ""
