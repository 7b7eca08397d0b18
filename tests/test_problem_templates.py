"""Every problem shown before sending can be translated: each DraftProblem, Words and ScheduleError
in app/ is built from a literal template marked QT_TRANSLATE_NOOP("DraftProblem", "…") (never an
f-string or a variable, which lupdate cannot see), and the `{name}` placeholders of the template are
exactly the keys of the values given with it. Reads app/ with `ast` and names every offender."""

from __future__ import annotations

import ast
import string
from dataclasses import dataclass
from pathlib import Path

APP = Path(__file__).resolve().parents[1] / "app"
CONTEXT = "DraftProblem"
# class -> (position of the template argument, position of the values argument)
BUILT_FROM_TEMPLATE = {"DraftProblem": (1, 2), "Words": (0, 1), "ScheduleError": (0, 1)}


@dataclass(frozen=True)
class Site:
    """One construction found: where, the template (None when not a marked literal) and what is wrong."""

    where: str
    template: str | None
    offence: str


def _name(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def _argument(call: ast.Call, position: int, keyword: str) -> ast.expr | None:
    if len(call.args) > position:
        return call.args[position]
    return next((k.value for k in call.keywords if k.arg == keyword), None)


def _marked_template(node: ast.expr | None) -> str | None:
    """The text of QT_TRANSLATE_NOOP("DraftProblem", "literal"), else None."""
    if not (isinstance(node, ast.Call) and _name(node) == "QT_TRANSLATE_NOOP" and len(node.args) == 2):
        return None
    context, text = node.args
    if not (isinstance(context, ast.Constant) and context.value == CONTEXT):
        return None
    return text.value if isinstance(text, ast.Constant) and isinstance(text.value, str) else None


def placeholders(template: str) -> set[str]:
    """The `{name}` fields of a str.format template."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def check_source(source: str, filename: str) -> list[Site]:
    """Every template construction in `source`, each with its offence ('' when it is right)."""
    sites = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or _name(node) not in BUILT_FROM_TEMPLATE:
            continue
        text_at, params_at = BUILT_FROM_TEMPLATE[_name(node)]
        where = f"{filename}:{node.lineno}"
        template = _marked_template(_argument(node, text_at, "text"))
        if template is None:
            sites.append(Site(where, None, f"{_name(node)}: the template is not a literal marked "
                                           f'QT_TRANSLATE_NOOP("{CONTEXT}", "…")'))
            continue
        params = _argument(node, params_at, "params")
        if params is None:
            keys: set[str] | None = set()
        elif isinstance(params, ast.Dict) and all(isinstance(k, ast.Constant) for k in params.keys):
            keys = {k.value for k in params.keys if isinstance(k, ast.Constant)}
        else:
            keys = None
        if keys is None:
            offence = "the values are not a dict literal, so their names cannot be checked"
        elif keys != placeholders(template):
            offence = f"placeholders {sorted(placeholders(template))} but values {sorted(keys)}"
        else:
            offence = ""
        sites.append(Site(where, template, offence))
    return sites


def _app_sites() -> list[Site]:
    return [site for path in sorted(APP.rglob("*.py"))
            for site in check_source(path.read_text(encoding="utf-8"), str(path.relative_to(APP.parent)))]


def test_every_problem_is_built_from_a_marked_template_with_matching_values() -> None:
    sites = _app_sites()
    assert len(sites) >= 60, f"only {len(sites)} constructions found: the search is broken"
    offenders = [f"  {s.where}: {s.offence}" for s in sites if s.offence]
    assert not offenders, "Problems that cannot be translated or filled in:\n" + "\n".join(offenders)


def test_the_check_names_fstrings_variables_other_contexts_and_wrong_values() -> None:
    source = '''
DraftProblem("name", f"Keep it under {n} characters.")
DraftProblem("name", message)
DraftProblem("name", QT_TRANSLATE_NOOP("Other", "Give a name."))
DraftProblem("name", QT_TRANSLATE_NOOP("DraftProblem", "Under {limit} characters."), {"max": 3})
DraftProblem("name", QT_TRANSLATE_NOOP("DraftProblem", "Under {limit} characters."), values)
ScheduleError(f"{zone} is unknown")
DraftProblem("name", QT_TRANSLATE_NOOP("DraftProblem", "Under {limit} characters."), {"limit": 3})
Words(text=QT_TRANSLATE_NOOP("DraftProblem", "Fine."))
'''
    sites = check_source(source, "x.py")
    assert [s.where for s in sites if s.offence] == [f"x.py:{n}" for n in range(2, 8)]
    assert [s.where for s in sites if not s.offence] == ["x.py:8", "x.py:9"]


def test_the_english_message_fills_the_template() -> None:
    from app.domain.validation import QT_TRANSLATE_NOOP, DraftProblem

    problem = DraftProblem("message.text", QT_TRANSLATE_NOOP(
        "DraftProblem", "Routee reads at most {limit} characters; this text has {count}. Shorten it."),
        {"limit": 1000, "count": 1234})
    assert problem.message == "Routee reads at most 1,000 characters; this text has 1,234. Shorten it."
    assert problem.params == {"limit": 1000, "count": 1234}  # numbers stay numbers for the UI
