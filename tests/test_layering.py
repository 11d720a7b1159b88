"""Layering: the store owns SQL, the web layer owns HTTP.

The web modules parse parameters, convert rows into schemas and render; every query lives in
the store package (``store/queries.py``, ``store/views.py`` …). And the store never imports
the web layer: it returns plain rows, the web turns them into its schemas.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import get_args

import marsad

PACKAGE = Path(marsad.__file__).parent
WEB = PACKAGE / "web"
STORE = PACKAGE / "store"
# SQL statements as string literals (upper-case keywords, as this project writes its SQL)
SQL = re.compile(r"\bSELECT\b[\s\S]*\bFROM\b|\bINSERT\s+INTO\b|\bDELETE\s+FROM\b"
                 r"|\bUPDATE\s+\w+\s+SET\b|\bCREATE\s+(TABLE|INDEX|VIEW)\b|\bORDER\s+BY\b"
                 r"|\bPRAGMA\b")
EXECUTE = {"execute", "executemany", "executescript"}


def _modules(root: Path) -> list[Path]:
    modules = sorted(root.rglob("*.py"))
    assert modules, root
    return modules


def _imported(tree: ast.AST) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def _web_problems(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    problems = [f"imports {name}" for name in sorted(_imported(tree))
                if name == "sqlite3" or name.startswith("sqlite3.")]
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr in EXECUTE):
            problems.append(f"line {node.lineno}: .{node.func.attr}(")
        elif (isinstance(node, ast.Constant) and isinstance(node.value, str)
              and SQL.search(node.value)):
            problems.append(f"line {node.lineno}: SQL string {node.value[:60]!r}")
    return problems


def test_web_layer_runs_no_sql() -> None:
    found = {str(p.relative_to(PACKAGE)): problems for p in _modules(WEB)
             if (problems := _web_problems(p))}
    assert not found, f"SQL belongs in marsad.store (queries.py): {found}"


def test_store_does_not_import_the_web_layer() -> None:
    found = {}
    for path in _modules(STORE):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        upward = sorted(n for n in _imported(tree) if n == "marsad.web"
                        or n.startswith("marsad.web."))
        if upward:
            found[str(path.relative_to(PACKAGE))] = upward
    assert not found, f"the store must not import marsad.web: {found}"


def test_the_checks_catch_what_they_look_for(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("import sqlite3\n\ndef f(c):\n    return c.execute('SELECT 1 FROM t')\n",
                   encoding="utf-8")
    problems = _web_problems(bad)
    assert any("sqlite3" in p for p in problems)
    assert any(".execute(" in p for p in problems)
    assert any("SQL string" in p for p in problems)


def test_web_sort_and_status_keys_are_the_read_models() -> None:
    """The API's ``EventSort`` literal spells the read model's sort keys, and its default
    event status is the read model's."""
    from marsad.store.queries import DEFAULT_STATUS, EVENT_ORDER
    from marsad.web.api import DEFAULT_EVENT_STATUS, EVENT_SORTS, EventSort

    assert get_args(EventSort) == tuple(EVENT_ORDER) == EVENT_SORTS
    assert DEFAULT_EVENT_STATUS == DEFAULT_STATUS
