"""A rule table or pattern bound twice at the top of a filter module is a rule silently lost.

Branches that add rules side by side can each define a name the other also defines; Python keeps the later one, so
the earlier rule stops being read with no error. Rebinding a name is only allowed when the new value is built from
the old one (the splitting of a table into its alternatives, ``+=``).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

FILTERS = Path(__file__).resolve().parent.parent / "filters"


def _rebound(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    seen: set[str] = set()
    twice: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            targets, value = node.targets, node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets, value = [node.target], node.value
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            targets, value = [ast.Name(node.name)], None
        else:
            continue
        for target in targets:
            if not isinstance(target, ast.Name):
                continue
            name = target.id
            reads_itself = value is not None and any(isinstance(n, ast.Name) and n.id == name for n in ast.walk(value))
            if name in seen and not reads_itself:
                twice.append(f"{name} (line {node.lineno})")
            seen.add(name)
    return twice


@pytest.mark.parametrize("path", sorted(FILTERS.rglob("*.py")), ids=lambda p: str(p.relative_to(FILTERS)))
def test_no_filter_module_binds_a_name_twice(path: Path) -> None:
    assert _rebound(path) == []


def test_a_second_binding_is_caught(tmp_path: Path) -> None:
    path = tmp_path / "sample.py"
    path.write_text(
        "_DESPAIR = 1\ndef f():\n    return _DESPAIR\n_DESPAIR = 2\n_TABLE = [1]\n_TABLE = [x for x in _TABLE]\n",
        encoding="utf-8",
    )
    assert _rebound(path) == ["_DESPAIR (line 4)"]
