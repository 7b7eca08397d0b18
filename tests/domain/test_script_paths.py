"""The caller's path through a call script, free keys, plain checks and immutable menu edits."""

from __future__ import annotations

from app.domain.message import CallScript, Menu, MenuChoice, Prompt, Transfer, Welcome
from app.domain.script_paths import (
    ALL_KEYS,
    VOICEMAIL,
    PartKind,
    ProblemKind,
    add_choice,
    caller_path,
    caller_path_texts,
    duplicate_keys,
    free_keys,
    remove_choice,
    replace_choice,
    script_problems,
    updated,
)


def _script() -> CallScript:
    return CallScript(
        machine_detection=True,
        voicemail=Prompt(say="Service message: water cut tomorrow."),
        welcome=Welcome(say="Hello, this is your town hall."),
        menu=Menu(
            say="Press 1 to hear it again, 2 to speak to someone.",
            choices=[
                MenuChoice(key="1", say="Water cut tomorrow from 8 to 12."),
                MenuChoice(key="2", transfer=Transfer(destination="+32 2 555 01 00")),
                MenuChoice(key="#", prompt="https://example.org/info.wav"),
            ],
        ),
        end=Prompt(say="Goodbye."),
    )


def test_all_keys_in_spec_order() -> None:
    assert ALL_KEYS == ("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "*", "#")


def test_path_with_a_spoken_choice() -> None:
    assert caller_path_texts(_script(), "1") == [
        "Hello, this is your town hall.",
        "Press 1 to hear it again, 2 to speak to someone.",
        "Water cut tomorrow from 8 to 12.",
        "Goodbye.",
    ]


def test_path_without_a_key_skips_the_choice() -> None:
    assert caller_path_texts(_script(), None) == [
        "Hello, this is your town hall.",
        "Press 1 to hear it again, 2 to speak to someone.",
        "Goodbye.",
    ]
    assert caller_path_texts(_script(), "7") == caller_path_texts(_script(), None)


def test_transfer_ends_the_path_and_recordings_have_no_text() -> None:
    steps = caller_path(_script(), "2")
    assert [s.part for s in steps] == [PartKind.WELCOME, PartKind.MENU, PartKind.TRANSFER]
    recorded = caller_path(_script(), "#")
    assert recorded[2].audio == "https://example.org/info.wav" and recorded[2].text == ""
    assert "https://example.org/info.wav" not in caller_path_texts(_script(), "#")


def test_voicemail_path_and_script_without_menu() -> None:
    assert caller_path_texts(_script(), VOICEMAIL) == ["Service message: water cut tomorrow."]
    simple = CallScript(welcome=Welcome(say="Hi"), end=Prompt(say="Bye"))
    assert caller_path_texts(simple, "1") == ["Hi", "Bye"]


def test_free_and_duplicate_keys() -> None:
    menu = _script().menu
    assert free_keys(menu) == ["0", "3", "4", "5", "6", "7", "8", "9", "*"]
    assert free_keys(menu, keep="1")[:2] == ["0", "1"]
    assert duplicate_keys(menu) == set()
    twice = Menu(say="?", choices=[MenuChoice(key="1", say="a"), MenuChoice(key="1", say="b")])
    assert duplicate_keys(twice) == {"1"}


def test_problems_in_plain_parts() -> None:
    assert script_problems(_script()) == []
    bad = CallScript(
        machine_detection=True,
        welcome=Welcome(say="  "),
        menu=Menu(say="", choices=[
            MenuChoice(key="1", say="a"),
            MenuChoice(key="1", transfer=Transfer(destination="")),
            MenuChoice(key="3"),
            MenuChoice(key="4", prompt="example.org/x.wav"),
        ]),
    )
    kinds = {(p.kind, p.part) for p in script_problems(bad)}
    assert kinds == {
        (ProblemKind.WELCOME_EMPTY, "welcome"),
        (ProblemKind.VOICEMAIL_EMPTY, "voicemail"),
        (ProblemKind.MENU_EMPTY, "menu"),
        (ProblemKind.DUPLICATE_KEY, 0),
        (ProblemKind.DUPLICATE_KEY, 1),
        (ProblemKind.TRANSFER_NO_NUMBER, 1),
        (ProblemKind.CHOICE_EMPTY, 2),
        (ProblemKind.NOT_AN_ADDRESS, 3),
    }
    empty_menu = CallScript(welcome=Welcome(say="Hi"), menu=Menu(say="Press"))
    assert [p.kind for p in script_problems(empty_menu)] == [ProblemKind.MENU_NO_CHOICES]


def test_menu_edits_are_copies() -> None:
    script = CallScript(welcome=Welcome(say="Hi"))
    one = add_choice(script)
    assert script.menu is None
    assert one.menu is not None and [c.key for c in one.menu.choices] == ["1"]
    two = add_choice(one)
    assert [c.key for c in two.menu.choices] == ["1", "2"]
    changed = replace_choice(two, 1, MenuChoice(key="#", say="hash"))
    assert [c.key for c in changed.menu.choices] == ["1", "#"]
    assert [c.key for c in two.menu.choices] == ["1", "2"]
    assert [c.key for c in remove_choice(changed, 0).menu.choices] == ["#"]
    full = script
    for _ in range(13):
        full = add_choice(full)
    assert len(full.menu.choices) == 12 and set(c.key for c in full.menu.choices) == set(ALL_KEYS)


def test_updated_validates_and_copies() -> None:
    script = _script()
    new = updated(script, end=None, welcome=Welcome(say="Bonjour", replay=1))
    assert new.end is None and new.welcome.replay == 1
    assert script.end is not None and script.welcome.say == "Hello, this is your town hall."
