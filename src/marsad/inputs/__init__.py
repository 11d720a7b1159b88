"""All input reading: files, directories, globs, stdin, JSONL (also gzipped), WARC, RSS/Atom
feeds, http(s) URLs and fsspec URLs, as :class:`~marsad.model.RawDocument` s.

The CLI's ``extract``, ``marsad ingest`` and ``marsad batch`` all read through here, so an
input means the same thing everywhere; every reader yields :class:`InputProblem` for what it
cannot read instead of raising, and every decompression is capped
(:data:`MAX_DECOMPRESSED_BYTES`, E004 beyond it).

* :func:`iter_inputs` — every kind of input (ingest and batch)
* :func:`iter_documents` — plain files, directories, globs and stdin (``marsad extract``)
"""

from __future__ import annotations

from marsad.inputs.base import InputItem, InputProblem
from marsad.inputs.compress import MAX_DECOMPRESSED_BYTES, gunzip, read_capped
from marsad.inputs.fetch import FetchPolicy, is_url
from marsad.inputs.files import SUFFIXES, documents_from_bytes, iter_documents, jsonl_documents
from marsad.inputs.specs import handles, iter_inputs, iter_source
from marsad.inputs.warc import WARC_SUFFIXES, iter_warc
from marsad.inputs.web import SourceOptions, iter_feed, looks_like_feed

__all__ = [
    "MAX_DECOMPRESSED_BYTES",
    "SUFFIXES",
    "WARC_SUFFIXES",
    "FetchPolicy",
    "InputItem",
    "InputProblem",
    "SourceOptions",
    "documents_from_bytes",
    "gunzip",
    "handles",
    "is_url",
    "iter_documents",
    "iter_feed",
    "iter_inputs",
    "iter_source",
    "iter_warc",
    "jsonl_documents",
    "looks_like_feed",
    "read_capped",
]
