"""Filters do no I/O of their own (the layer contracts themselves are import-linter's, checked in .ci/run)."""

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


def test_filters_do_no_io() -> None:
    forbidden = {"socket", "aiohttp", "websockets", "sqlite3", "asyncio", "subprocess", "requests"}
    offenders = []
    for path in (ROOT / "filters").rglob("*.py"):
        bad = {n.split(".")[0] for n in imported_modules(path)} & forbidden
        if bad:
            offenders.append((str(path.relative_to(ROOT)), sorted(bad)))
    assert offenders == []


def test_tests_and_benchmarks_import_castguard_by_its_installed_names() -> None:
    """``filters.x`` would load a second copy of castguard's filters from the checkout, beside ``castguard.filters``."""
    offenders = []
    for folder in ("tests", "benchmarks"):
        for path in (ROOT / folder).rglob("*.py"):
            bad = {n for n in imported_modules(path) if n.split(".")[0] in {"connectors", "filters", "tui"}}
            if bad:
                offenders.append((str(path.relative_to(ROOT)), sorted(bad)))
    assert offenders == []
