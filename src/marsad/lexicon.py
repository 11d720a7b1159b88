"""Loaders for the linguistic data files shipped under ``marsad/data``.

Knowledge (debris phrases, outlets, byline roles, ...) is data, versioned with the package,
so that fixing a missed phrase is a one-line data change with a test, not a code change.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

DATA_PACKAGE = "marsad.data"


def data_path(name: str) -> Any:
    """A Traversable for a file in the package data directory."""
    return resources.files(DATA_PACKAGE).joinpath(name)


@cache
def load_json(name: str) -> dict[str, Any]:
    """Parse a JSON data file once per process."""
    with data_path(name).open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data
