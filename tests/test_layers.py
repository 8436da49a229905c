"""Only tui/ may import textual: the engine, filters and connectors stay headless."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_only_tui_imports_textual() -> None:
    offenders = []
    for package in ("castguard", "connectors", "filters"):
        for path in (ROOT / package).rglob("*.py"):
            if any(name == "textual" or name.startswith("textual.") for name in imported_modules(path)):
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


def test_filters_do_no_io() -> None:
    forbidden = {"socket", "aiohttp", "websockets", "sqlite3", "asyncio", "subprocess", "requests"}
    offenders = []
    for path in (ROOT / "filters").rglob("*.py"):
        bad = {n.split(".")[0] for n in imported_modules(path)} & forbidden
        if bad:
            offenders.append((str(path.relative_to(ROOT)), sorted(bad)))
    assert offenders == []
