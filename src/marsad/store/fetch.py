"""Compatibility alias: safe URL fetching moved to :mod:`marsad.inputs.fetch`.

Kept for ``from marsad.store.fetch import FetchPolicy, check_url, …`` in existing code;
new code imports from :mod:`marsad.inputs.fetch`.
"""

from __future__ import annotations

from marsad.inputs.fetch import (
    Fetched,
    FetchPolicy,
    check_address,
    check_url,
    fetch,
    is_url,
    make_client,
    normalise_url,
    url_id,
)

__all__ = ["FetchPolicy", "Fetched", "check_address", "check_url", "fetch", "is_url",
           "make_client", "normalise_url", "url_id"]
