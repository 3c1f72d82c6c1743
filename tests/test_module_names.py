"""Module-level names are bound once.

judge.py once defined `_NOUN_AFTER_RE` twice, 2,200 lines apart: the second
pattern (for years before a noun) silently replaced the first (for what a
figure after "against" counts), so the yardstick rule ran with the wrong one.
"""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "claimcheck"


def _bound_twice(source: str) -> list[tuple[str, int, int]]:
    first: dict[str, int] = {}
    twice = []
    for node in ast.parse(source).body:
        names: list[str] = []
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names = [node.name]
        for name in names:
            if name in first:
                twice.append((name, first[name], node.lineno))
            first.setdefault(name, node.lineno)
    return twice


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: p.name)
def test_no_module_level_name_is_bound_twice(path):
    assert _bound_twice(path.read_text("utf-8")) == []


def test_the_check_finds_a_name_bound_twice():
    source = "A = 1\n\ndef f():\n    return A\n\nA = 2\n"
    assert _bound_twice(source) == [("A", 1, 6)]
