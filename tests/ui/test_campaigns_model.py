"""The Campaigns item model, without widgets: new rows on top, updates in place with dataChanged."""

from app.domain.campaign import CampaignState, CampaignStatus, Submission, SubmissionState
from app.domain.providers import ProviderId
from app.ui.models.campaigns_model import (COL_COUNTS, COL_PROGRESS, COL_STATE, COL_SUBMISSION, BatchRole,
                                          CampaignsTableModel, SubmissionRole)


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


def part(index: int, state: SubmissionState = SubmissionState.INTENT, **update: object) -> Submission:
    fields: dict[str, object] = {"reference": f"Spring {index}-3 VD0000000{index}", **update}
    return Submission(draft_id="d", name=f"Spring ({index}/3)", provider=ProviderId.ROUTEE, account_id="sandbox",
                      recipient_count=10, state=state, batch_id="b1", part_index=index, part_count=3, **fields)


def test_parts_of_a_batch_are_one_row_with_children(qtbot) -> None:
    model = CampaignsTableModel()
    model.upsert(sub("Single"))
    parts = [part(i) for i in (1, 2, 3)]
    for p in parts:
        model.upsert(p)
    assert model.rowCount() == 2
    batch = model.index(0, 0)
    assert batch.data() == "Spring — 3 campaigns" and model.rowCount(batch) == 3
    assert model.index(1, 0).data() == "Single" and model.rowCount(model.index(1, 0)) == 0
    child = model.index(1, 0, batch)
    assert child.data() == "Spring (2/3)" and child.parent() == batch
    assert model.index(0, COL_SUBMISSION).data() == "Sending…"

    done = CampaignStatus(state=CampaignState.COMPLETED, counts={"Completed": 10}, total=10, finished=10)
    running = CampaignStatus(state=CampaignState.RUNNING, counts={"Completed": 4, "Ringing": 6}, total=10, finished=4)
    model.upsert(parts[0].model_copy(update={"state": SubmissionState.CONFIRMED, "status": done}))
    failed = parts[1].model_copy(update={"state": SubmissionState.FAILED})
    model.upsert(failed)
    model.upsert(parts[2].model_copy(update={"state": SubmissionState.NOT_SENT}))
    assert model.index(0, COL_SUBMISSION).data() == "1 of 3 accepted; the others were not sent"
    assert model.index(0, COL_STATE).data() == "Finished" and model.index(0, COL_PROGRESS).data() == "10 / 10"
    assert model.index(0, 0).data(BatchRole).can_send_remaining

    retry = part(2, SubmissionState.CONFIRMED, status=running, reference="Spring 2-3 VDFFFFFFFF")
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    model.upsert(retry)
    model.upsert(failed)  # a late word about the old attempt does not hide the new one
    assert model.index(1, 0, batch).data(SubmissionRole) == retry and model.rowCount(batch) == 3
    assert model.index(0, COL_STATE).data() == "Calling" and model.index(0, COL_PROGRESS).data() == "14 / 20"
    assert model.index(0, COL_COUNTS).data() == "Completed 14 · Ringing 6"
    assert resets == []


def test_loading_groups_the_parts_and_shows_the_latest_attempt(qtbot) -> None:
    model = CampaignsTableModel()
    old = part(2, SubmissionState.FAILED)
    new = part(2, SubmissionState.CONFIRMED, reference="Spring 2-3 VDFFFFFFFF",
               created_at=old.created_at.replace(year=old.created_at.year + 1))
    model.set_submissions([sub("Single"), part(1, SubmissionState.CONFIRMED), new, old, part(3, SubmissionState.CONFIRMED)])
    batch = next(model.index(r, 0) for r in range(model.rowCount()) if model.index(r, 0).data(BatchRole))
    assert model.rowCount() == 2 and model.rowCount(batch) == 3
    assert model.index(1, 0, batch).data(SubmissionRole) == new
