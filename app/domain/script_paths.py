"""Pure helpers for the Naxai call script: the caller's path through it ("Play all"), free keys,
plain checks for the editor, and immutable edits of the menu choices. No Qt, no I/O."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any, get_args

from app.domain.message import CallScript, Menu, MenuChoice, MenuKey, Prompt

ALL_KEYS: tuple[str, ...] = get_args(MenuKey)
"""The keys a caller can press, in keypad order of the spec: "0".."9", "*", "#"."""

VOICEMAIL = "voicemail"
"""Pseudo-key for `caller_path`: the call was answered by a machine."""


class PartKind(StrEnum):
    """Which part of the script a step of the caller's path comes from."""

    VOICEMAIL = "voicemail"
    WELCOME = "welcome"
    MENU = "menu"
    CHOICE = "choice"
    TRANSFER = "transfer"
    END = "end"


@dataclass(frozen=True)
class PathStep:
    """One thing the caller meets: spoken text, a recording by address, or a transfer."""

    part: PartKind
    text: str = ""
    audio: str = ""
    key: str | None = None


def part_text(part: Prompt | None) -> str:
    """The text a part speaks ("" when it plays a recording or is empty)."""
    if part is None:
        return ""
    return (part.say or "").strip()


def part_audio(part: Prompt | None) -> str:
    """The address of the recording a part plays ("" when it speaks a text)."""
    if part is None or part_text(part):
        return ""
    return (part.prompt or "").strip()


def _step(kind: PartKind, part: Prompt | None, key: str | None = None) -> PathStep | None:
    text, audio = part_text(part), part_audio(part)
    if not text and not audio:
        return None
    return PathStep(kind, text, audio, key)


def caller_path(script: CallScript, key: str | None = None) -> list[PathStep]:
    """What a caller meets, in order: welcome, menu question, the pressed key's part, end.

    `key=None` means no key was pressed (welcome, question, end); `VOICEMAIL` gives the message an
    answering machine records. A transfer ends the path (INFERRED: the call is handed over, so the
    end message is not played).
    """
    if key == VOICEMAIL:
        step = _step(PartKind.VOICEMAIL, script.voicemail)
        return [step] if step else []
    steps: list[PathStep | None] = [_step(PartKind.WELCOME, script.welcome)]
    if script.menu is not None:
        steps.append(_step(PartKind.MENU, script.menu))
        choice = find_choice(script.menu, key) if key is not None else None
        if choice is not None:
            steps.append(_step(PartKind.CHOICE, choice, choice.key))
            if choice.transfer is not None:
                steps.append(PathStep(PartKind.TRANSFER, key=choice.key))
                return [s for s in steps if s is not None]
    steps.append(_step(PartKind.END, script.end))
    return [s for s in steps if s is not None]


def caller_path_texts(script: CallScript, key: str | None = None) -> list[str]:
    """The spoken texts of `caller_path`, in order (recordings and transfers have no text)."""
    return [step.text for step in caller_path(script, key) if step.text]


def find_choice(menu: Menu | None, key: str | None) -> MenuChoice | None:
    """The first choice of `menu` for `key`, or None."""
    if menu is None or key is None:
        return None
    return next((c for c in menu.choices if c.key == key), None)


def used_keys(menu: Menu | None) -> set[str]:
    return set() if menu is None else {c.key for c in menu.choices}


def free_keys(menu: Menu | None, keep: str | None = None) -> list[str]:
    """Keys no choice uses yet, in keypad order; `keep` (a choice's own key) stays in the list."""
    used = used_keys(menu)
    return [k for k in ALL_KEYS if k not in used or k == keep]


def duplicate_keys(menu: Menu | None) -> set[str]:
    """Keys used by more than one choice."""
    if menu is None:
        return set()
    seen: set[str] = set()
    dupes: set[str] = set()
    for choice in menu.choices:
        (dupes if choice.key in seen else seen).add(choice.key)
    return dupes


# --- plain checks, for inline hints in the editor ------------------------------------------------


class ProblemKind(StrEnum):
    WELCOME_EMPTY = "welcome_empty"
    VOICEMAIL_EMPTY = "voicemail_empty"
    MENU_EMPTY = "menu_empty"
    MENU_NO_CHOICES = "menu_no_choices"
    CHOICE_EMPTY = "choice_empty"
    DUPLICATE_KEY = "duplicate_key"
    TRANSFER_NO_NUMBER = "transfer_no_number"
    NOT_AN_ADDRESS = "not_an_address"


@dataclass(frozen=True)
class ScriptProblem:
    """A problem in one part of the script: `part` is welcome/voicemail/menu/end or a choice index."""

    kind: ProblemKind
    part: str | int
    key: str | None = None


def _bad_address(part: Prompt | None) -> bool:
    audio = part_audio(part)
    return bool(audio) and not audio.lower().startswith(("https://", "http://"))


def script_problems(script: CallScript) -> list[ScriptProblem]:
    """Everything the editor should point at, part by part."""
    problems: list[ScriptProblem] = []
    for name, part in (("welcome", script.welcome), ("voicemail", script.voicemail), ("menu", script.menu),
                       ("end", script.end)):
        if _bad_address(part):
            problems.append(ScriptProblem(ProblemKind.NOT_AN_ADDRESS, name))
    if not part_text(script.welcome) and not part_audio(script.welcome):
        problems.append(ScriptProblem(ProblemKind.WELCOME_EMPTY, "welcome"))
    if script.machine_detection and not part_text(script.voicemail) and not part_audio(script.voicemail):
        problems.append(ScriptProblem(ProblemKind.VOICEMAIL_EMPTY, "voicemail"))
    menu = script.menu
    if menu is None:
        return problems
    if not part_text(menu) and not part_audio(menu):
        problems.append(ScriptProblem(ProblemKind.MENU_EMPTY, "menu"))
    if not menu.choices:
        problems.append(ScriptProblem(ProblemKind.MENU_NO_CHOICES, "menu"))
    dupes = duplicate_keys(menu)
    for index, choice in enumerate(menu.choices):
        if choice.key in dupes:
            problems.append(ScriptProblem(ProblemKind.DUPLICATE_KEY, index, choice.key))
        if _bad_address(choice):
            problems.append(ScriptProblem(ProblemKind.NOT_AN_ADDRESS, index, choice.key))
        if choice.transfer is not None:
            if not choice.transfer.destination.strip():
                problems.append(ScriptProblem(ProblemKind.TRANSFER_NO_NUMBER, index, choice.key))
        elif not part_text(choice) and not part_audio(choice):
            problems.append(ScriptProblem(ProblemKind.CHOICE_EMPTY, index, choice.key))
    return problems


# --- immutable edits of the menu ------------------------------------------------------------------


def with_menu(script: CallScript, menu: Menu | None) -> CallScript:
    return script.model_copy(update={"menu": menu}, deep=True)


def add_choice(script: CallScript) -> CallScript:
    """A copy with one more choice on the first free key (unchanged when all 12 keys are used)."""
    menu = script.menu or Menu()
    keys = free_keys(menu)
    if not keys:
        return script
    first = next((k for k in ALL_KEYS[1:10] if k in keys), keys[0])  # "1".."9" before "0", "*", "#"
    choices = [*menu.choices, MenuChoice(key=first, say="")]
    return with_menu(script, menu.model_copy(update={"choices": choices}, deep=True))


def remove_choice(script: CallScript, index: int) -> CallScript:
    """A copy without the choice at `index`."""
    if script.menu is None or not 0 <= index < len(script.menu.choices):
        return script
    choices = [c for i, c in enumerate(script.menu.choices) if i != index]
    return with_menu(script, script.menu.model_copy(update={"choices": choices}, deep=True))


def replace_choice(script: CallScript, index: int, choice: MenuChoice) -> CallScript:
    """A copy with the choice at `index` replaced (validated)."""
    if script.menu is None or not 0 <= index < len(script.menu.choices):
        return script
    choices = list(script.menu.choices)
    choices[index] = MenuChoice.model_validate(choice.model_dump())
    return with_menu(script, script.menu.model_copy(update={"choices": choices}, deep=True))


def updated(script: CallScript, **fields: Any) -> CallScript:
    """A validated copy of `script` with `fields` replaced."""
    return CallScript.model_validate({**script.model_dump(), **{k: _dump(v) for k, v in fields.items()}})


def _dump(value: Any) -> Any:
    return value.model_dump() if hasattr(value, "model_dump") else value
