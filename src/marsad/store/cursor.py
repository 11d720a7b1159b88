"""Keyset pagination: the page after a cursor is an index seek, however deep it is.

``LIMIT … OFFSET n`` reads and drops ``n`` rows, so page 5,000 of a million statements costs
5,000 pages. A cursor instead carries the sort key of the last row shown, and the next page
is the rows strictly after it in the list's order. Keys may be NULL (undated articles sort
last in a newest-first list, as SQLite orders NULL below every value), so "after" is spelled
out per column rather than with a row-value comparison.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Sequence
from typing import Any

Key = tuple[str, bool]  # (SQL expression, descending)


class InvalidCursor(ValueError):
    """A cursor this list did not hand out (or one from a list sorted another way)."""


def encode(values: Sequence[Any]) -> str:
    """An opaque, URL-safe cursor for the row whose sort key is ``values``."""
    raw = json.dumps(list(values), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode(cursor: str, size: int) -> list[Any]:
    """The sort key a cursor carries (``size`` values of JSON scalars)."""
    try:
        values = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (binascii.Error, UnicodeDecodeError, ValueError) as exc:
        raise InvalidCursor("not a cursor of this list") from exc
    if (not isinstance(values, list) or len(values) != size
            or not all(v is None or isinstance(v, (str, int, float)) for v in values)):
        raise InvalidCursor("not a cursor of this list")
    return values


def after(keys: Sequence[Key], values: Sequence[Any]) -> tuple[str, list[Any]]:
    """SQL (and its parameters) selecting the rows after ``values`` in the order ``keys``:
    equal on the first i keys and beyond on key i, for some i."""
    alternatives: list[str] = []
    params: list[Any] = []
    # each expression in parentheses: «q IS NULL > ?» would read as «q IS (NULL > ?)»
    keys = [(f"({expr})", descending) for expr, descending in keys]
    for i, ((expr, descending), value) in enumerate(zip(keys, values, strict=True)):
        equal = [f"{e} IS ?" for e, _ in keys[:i]]
        if descending:  # beyond = smaller, then NULL (last)
            beyond = None if value is None else f"({expr} < ? OR {expr} IS NULL)"
        else:  # NULLs come first ascending: beyond a NULL is any value
            beyond = f"{expr} IS NOT NULL" if value is None else f"{expr} > ?"
        if beyond is None:
            continue
        alternatives.append("(" + " AND ".join([*equal, beyond]) + ")")
        params.extend(values[:i])
        if value is not None:
            params.append(value)
    return ("(" + " OR ".join(alternatives) + ")" if alternatives else "0"), params
