"""The core has no Qt: importing every module of app.domain, app.providers and app.services loads
neither PySide6 nor qasync, and the lower layers never import the higher ones."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

APP = Path(__file__).resolve().parents[1] / "app"
ORDER = ["domain", "providers", "services", "ui"]

PROBE = """
import importlib, pkgutil, sys
import app.domain, app.providers, app.services
for package in (app.domain, app.providers, app.services):
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        importlib.import_module(info.name)
print(",".join(sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6", "qasync"))))
"""


def test_core_layers_import_no_qt() -> None:
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, cwd=APP.parent, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"Qt modules loaded by the core: {result.stdout.strip()}"


def _imported_layers(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    layers = set()
    for node in ast.walk(tree):
        names = [node.module or ""] if isinstance(node, ast.ImportFrom) else (
            [a.name for a in node.names] if isinstance(node, ast.Import) else [])
        for name in names:
            parts = name.split(".")
            if len(parts) > 1 and parts[0] == "app" and parts[1] in ORDER:
                layers.add(parts[1])
    return layers


def test_each_layer_imports_only_the_layers_below_it() -> None:
    offences = []
    for rank, layer in enumerate(ORDER):
        for path in (APP / layer).rglob("*.py"):
            above = {name for name in _imported_layers(path) if ORDER.index(name) > rank}
            if above:
                offences.append(f"{path.relative_to(APP.parent)} imports {sorted(above)}")
    assert offences == []
