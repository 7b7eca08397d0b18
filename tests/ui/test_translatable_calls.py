"""Texts translated through a helper reach lupdate only when marked where they are written.

`plural(context, n, one, many)` and the small `_tr(text)` helpers call QCoreApplication.translate on
a variable, which lupdate cannot read: a bare literal passed to them is never extracted, so it stays
English in every language without any test noticing. Each must be wrapped
QT_TRANSLATE_NOOP(<the same context>, "…"). This reads app/ with `ast` and names every offender.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

APP = Path(__file__).resolve().parents[2] / "app"

# file:function -> why a plural()/_tr() argument there may be something other than a marker.
EXCEPTIONS: dict[str, str] = {}


@dataclass(frozen=True)
class Helper:
    """A function that translates one of its arguments: which argument positions and which context."""

    name: str
    context_arg: int | None  # the position of the context argument, or None when fixed
    context: str | None  # the fixed context (for _tr-like helpers)
    text_args: tuple[int, ...]


PLURAL = Helper("plural", 0, None, (2, 3))


def _literal(node: ast.AST | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _constants(body: list[ast.stmt]) -> dict[str, str]:
    """NAME = "literal" assignments of a module or class body."""
    found: dict[str, str] = {}
    for statement in body:
        if isinstance(statement, ast.Assign) and (value := _literal(statement.value)) is not None:
            found.update({t.id: value for t in statement.targets if isinstance(t, ast.Name)})
        elif isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name):
            if (value := _literal(statement.value)) is not None:
                found[statement.target.id] = value
    return found


def _call_name(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def _tr_helpers(tree: ast.Module, constants: dict[str, str]) -> list[Helper]:
    """Module-level functions `def f(text): return QCoreApplication.translate("Ctx", text)`."""
    helpers = []
    for function in tree.body:
        if not isinstance(function, ast.FunctionDef) or not function.args.args:
            continue
        params = [a.arg for a in function.args.args]
        for call in ast.walk(function):
            if (isinstance(call, ast.Call) and _call_name(call) == "translate" and len(call.args) == 2
                    and isinstance(call.args[1], ast.Name) and call.args[1].id in params):
                first = call.args[0]
                context = _literal(first) or (constants.get(first.id) if isinstance(first, ast.Name) else None)
                helpers.append(Helper(function.name, None, context, (params.index(call.args[1].id),)))
    return helpers


class _Checker(ast.NodeVisitor):
    """Walks one module, remembering the enclosing class (for self.CONTEXT) and function."""

    def __init__(self, path: str, tree: ast.Module) -> None:
        self.path = path
        self.constants = _constants(tree.body)
        self.helpers = {h.name: h for h in [PLURAL, *_tr_helpers(tree, self.constants)]}
        self.class_constants: list[dict[str, str]] = []
        self.functions: list[str] = []
        self.problems: list[str] = []
        self.bare: list[tuple[ast.expr, str]] = []  # (unmarked literal, its context): for a fixer

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.class_constants.append(_constants(node.body))
        self.generic_visit(node)
        self.class_constants.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self.functions.append(node.name)
        self.generic_visit(node)
        self.functions.pop()

    def _context(self, node: ast.AST) -> str | None:
        if (value := _literal(node)) is not None:
            return value
        if isinstance(node, ast.Name):
            return self.constants.get(node.id)
        if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
                and node.value.id in ("self", "cls") and self.class_constants):
            return self.class_constants[-1].get(node.attr)
        return None

    def visit_Call(self, node: ast.Call) -> None:
        helper = self.helpers.get(node.func.id) if isinstance(node.func, ast.Name) else None
        if helper is not None and self.path != "app/ui/plural.py":
            self._check(node, helper)
        self.generic_visit(node)

    def _check(self, call: ast.Call, helper: Helper) -> None:
        where = f"{self.path}:{call.lineno}"
        if f"{self.path}:{self.functions[-1] if self.functions else ''}" in EXCEPTIONS:
            return
        context = helper.context if helper.context_arg is None else (
            self._context(call.args[helper.context_arg]) if len(call.args) > helper.context_arg else None)
        if context is None:
            self.problems.append(f"{where}: {helper.name}() with a context that is not a literal string")
            return
        for position in helper.text_args:
            if position >= len(call.args):
                continue
            argument = call.args[position]
            if isinstance(argument, ast.Call) and _call_name(argument) == "QT_TRANSLATE_NOOP":
                marked = _literal(argument.args[0]) if argument.args else None
                if marked != context:
                    self.problems.append(f"{where}: {helper.name}() in context {context!r} is given a text "
                                         f"marked in context {marked!r}")
            elif isinstance(argument, (ast.Constant, ast.JoinedStr, ast.BinOp)) or helper is PLURAL:
                text = _literal(argument)
                self.bare.append((argument, context))
                self.problems.append(f"{where}: {helper.name}() is given "
                                     f"{repr(text) if text is not None else 'an unmarked text'}: wrap it "
                                     f"QT_TRANSLATE_NOOP({context!r}, …)")
            # any other expression (a name, a dict lookup) is a text marked where it is defined


def _problems() -> Iterator[str]:
    for file in sorted(APP.rglob("*.py")):
        path = file.relative_to(APP.parent).as_posix()
        tree = ast.parse(file.read_text(encoding="utf-8"), filename=path)
        checker = _Checker(path, tree)
        checker.visit(tree)
        yield from checker.problems


def test_every_helper_translated_text_is_marked_in_its_context() -> None:
    problems = list(_problems())
    assert not problems, ("Texts lupdate cannot see, so they are never translated:\n  "
                          + "\n  ".join(problems))


def test_the_check_finds_bare_and_wrongly_marked_texts() -> None:
    source = '''
from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
_CONTEXT = "Box"
def _tr(text):
    return QCoreApplication.translate(_CONTEXT, text)
class Page:
    CONTEXT = "Page"
    def show(self, n, word):
        plural("Page", n, "%n call", "%n calls")
        plural(self.CONTEXT, n, QT_TRANSLATE_NOOP("Page", "%n call"), QT_TRANSLATE_NOOP("Other", "%n calls"))
        plural(self.CONTEXT, n, QT_TRANSLATE_NOOP("Page", "%n call"), QT_TRANSLATE_NOOP("Page", "%n calls"))
        _tr("Bare")
        _tr(QT_TRANSLATE_NOOP("Box", "Marked"))
        _tr(word)
'''
    tree = ast.parse(source)
    checker = _Checker("app/example.py", tree)
    checker.visit(tree)
    assert [p.split(": ", 1)[0] for p in checker.problems] == [
        "app/example.py:9", "app/example.py:9", "app/example.py:10", "app/example.py:12"]
