"""Compatibility alias: WARC, feed and URL inputs moved to :mod:`marsad.inputs`
(``inputs/warc.py``, ``inputs/web.py``, dispatch in ``inputs/specs.py``).

Kept for ``from marsad.store.sources import SourceOptions`` (``store/commands.py`` and user
code); new code imports from :mod:`marsad.inputs`.
"""

from __future__ import annotations

from marsad.inputs.specs import handles, iter_source
from marsad.inputs.warc import WARC_SUFFIXES, iter_warc
from marsad.inputs.web import (
    FEED_SUFFIXES,
    SourceOptions,
    canonical_url,
    iter_feed,
    iter_url,
    looks_like_feed,
)

__all__ = ["FEED_SUFFIXES", "WARC_SUFFIXES", "SourceOptions", "canonical_url", "handles",
           "iter_feed", "iter_source", "iter_url", "iter_warc", "looks_like_feed"]
