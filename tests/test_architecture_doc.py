"""docs/architecture.md cannot drift: its field table matches the stages' ``provides`` and its
module map names every module under ``src/marsad``.

A newcomer with a wrong field reads the table to find the stage and module to open; a stage
that starts or stops providing a field, or a new module, must update the page.
"""

from __future__ import annotations

import re
from pathlib import Path

from marsad.core import default_pipeline
from marsad.model import Article, RawDocument
from marsad.serialize import to_dict

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "architecture.md"
PACKAGE = ROOT / "src" / "marsad"
APPEND_ONLY = "any stage (append-only)"


def _section(title: str) -> list[list[str]]:
    """The table rows (cells, stripped) of the section headed ``## title``."""
    text = DOC.read_text(encoding="utf-8")
    body = text.split(f"\n## {title}\n", 1)[1].split("\n## ", 1)[0]
    rows = []
    for line in body.splitlines():
        if line.startswith("| `"):
            rows.append([cell.strip() for cell in line.strip().strip("|").split(" | ")])
    return rows


def _names(cell: str) -> set[str]:
    return set(re.findall(r"`([^`]+)`", cell))


def test_field_table_matches_the_stages() -> None:
    rows = {next(iter(_names(cells[0]))): cells for cells in _section(
        "Which module produced this field")}
    fields = list(to_dict(Article(raw=RawDocument(""))))
    assert sorted(rows) == sorted(fields), "one row per top-level JSON field"
    stages = default_pipeline().stages
    for name in fields:
        _, stage_cell, modules = rows[name]
        providers = {s.name for s in stages if name in s.provides}
        if not providers:
            assert stage_cell == APPEND_ONLY, f"{name}: no stage provides it"
            continue
        assert _names(stage_cell) == providers, f"{name}: written by {sorted(providers)}"
        for provider in providers:
            assert f"`stages/{provider}.py`" in modules, f"{name}: name stages/{provider}.py"
        for path in _names(modules):
            if path.endswith((".py", "/")) and not path.startswith("data/"):
                assert (PACKAGE / path).exists(), f"{name}: {path} does not exist"


def test_module_map_names_every_module() -> None:
    listed = {next(iter(_names(cells[0]))) for cells in _section("Module map")}
    modules = {p.relative_to(PACKAGE).as_posix() for p in PACKAGE.rglob("*.py")
               if p.name != "__init__.py" and "__pycache__" not in p.parts}
    packages = {p.parent.relative_to(PACKAGE).as_posix() + "/"
                for p in PACKAGE.rglob("__init__.py") if p.parent != PACKAGE}
    missing = (modules | packages) - listed
    assert not missing, f"add a line to docs/architecture.md's module map for {sorted(missing)}"
    stale = {m for m in listed if m != "__init__.py" and not (PACKAGE / m).exists()}
    assert not stale, f"docs/architecture.md names modules that are gone: {sorted(stale)}"
