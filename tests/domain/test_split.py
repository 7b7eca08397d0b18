"""The split plan: a large Routee audience as evenly sized campaigns with valid, unique references."""

from __future__ import annotations

import re

import pytest

from app.domain.split import base_name, even_chunks, part_reference, plan_split

ROUTEE_NAME = re.compile(r"^[A-Za-z0-9 \-]{2,30}$")


def numbers(n: int) -> list[str]:
    return [f"+3247{i:07d}" for i in range(n)]


@pytest.mark.parametrize(
    ("count", "sizes"),
    [(1, [1]), (1000, [1000]), (1001, [501, 500]), (2000, [1000, 1000]), (2001, [667, 667, 667]),
     (2500, [834, 833, 833]), (4500, [900] * 5)],
)
def test_parts_are_even_and_never_above_the_limit(count: int, sizes: list[int]) -> None:
    plan = plan_split("Spring reminders", numbers(count), [], [], 1000, single_reference="Spring reminders VD00000000")
    assert [len(p.numbers) for p in plan.parts] == sizes
    assert [n for p in plan.parts for n in p.numbers] == numbers(count)  # every number once, in order


def test_a_single_campaign_keeps_its_name_and_reference() -> None:
    plan = plan_split("Spring reminders", numbers(1000), ["c1"], ["g1"], 1000, single_reference="Spring reminders VDAB")
    assert not plan.is_split and plan.batch_id is None
    [part] = plan.parts
    assert (part.display_name, part.reference, part.contacts, part.groups) == ("Spring reminders", "Spring reminders VDAB",
                                                                                ["c1"], ["g1"])


def test_split_parts_have_display_names_and_valid_unique_references() -> None:
    plan = plan_split("Spring reminders (tenants) / 2024 édition", numbers(4500), [], [], 1000, single_reference="x")
    assert plan.is_split and plan.batch_id
    assert [p.display_name for p in plan.parts] == [f"Spring reminders (tenants) / 2024 édition ({i}/5)" for i in range(1, 6)]
    refs = [p.reference for p in plan.parts]
    assert len(set(refs)) == 5
    for i, ref in enumerate(refs, start=1):
        assert ROUTEE_NAME.match(ref), ref
        assert f" {i}-5 VD" in ref
    token = refs[0].rsplit("VD", 1)[1]
    assert len(token) == 8 and all(r.endswith(f"VD{token}") for r in refs)  # one token for the batch
    assert base_name(plan.parts[2].display_name) == "Spring reminders (tenants) / 2024 édition"


def test_contacts_and_groups_are_split_with_the_numbers() -> None:
    plan = plan_split("Tenants", numbers(10), [f"c{i}" for i in range(1500)], ["g1", "g2"], 1000, single_reference="x")
    assert len(plan.parts) == 2
    assert [len(p.contacts) for p in plan.parts] == [750, 750]
    assert [p.groups for p in plan.parts] == [["g1"], ["g2"]]
    assert [len(p.numbers) for p in plan.parts] == [5, 5]
    assert [p.recipient_count for p in plan.parts] == [755, 755]


def test_no_limit_means_one_campaign() -> None:
    assert not plan_split("Naxai", numbers(5000), [], [], None, single_reference="x").is_split


def test_reference_of_an_empty_or_odd_name_is_still_valid() -> None:
    assert part_reference("", 1, 3, "ABCDEF12") == "Campaign 1-3 VDABCDEF12"
    assert part_reference("ÉÉÉ", 12, 12, "ABCDEF12") == "Campaign 12-12 VDABCDEF12"
    long = part_reference("A very long campaign name that goes on", 3, 12, "ABCDEF12")
    assert ROUTEE_NAME.match(long) and len(long) == 30 and long.endswith(" 3-12 VDABCDEF12")


def test_even_chunks_keeps_sizes_within_one() -> None:
    assert [len(c) for c in even_chunks(list(range(7)), 3)] == [3, 2, 2]
    assert even_chunks([], 2) == [[], []]


def test_combined_state_is_the_busiest_until_all_end() -> None:
    from app.domain.campaign import CampaignState as S
    from app.domain.split import combined_state

    assert combined_state([S.COMPLETED, S.RUNNING, S.QUEUED]) is S.RUNNING
    assert combined_state([S.COMPLETED, S.QUEUED]) is S.QUEUED
    assert combined_state([S.COMPLETED, S.FAILED]) is S.COMPLETED
    assert combined_state([S.CANCELED, S.FAILED]) is S.CANCELED
    assert combined_state([]) is S.UNKNOWN
