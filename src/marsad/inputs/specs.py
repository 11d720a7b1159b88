"""Input specs → documents: the one dispatcher behind ``marsad ingest`` and ``marsad batch``.

A spec is a file, a directory, a glob, ``-`` (stdin) or a URL. Files are read by suffix:
text/HTML/JSONL (:mod:`~marsad.inputs.files`), ``.jsonl.gz`` (decompressed under the cap,
:mod:`~marsad.inputs.compress`), WARC (:mod:`~marsad.inputs.warc`), RSS/Atom feeds
(:mod:`~marsad.inputs.web`). URLs are fetched safely (``remote="fetch"``, ingest: http(s)
only, SSRF checks) or opened through fsspec (``remote="fsspec"``, batch: ``s3://``,
``gs://``, …, and ``file://``).
"""

from __future__ import annotations

import glob
from collections.abc import Iterator
from pathlib import Path
from typing import Literal

from marsad.inputs.base import InputProblem
from marsad.inputs.fetch import is_url
from marsad.inputs.files import SUFFIXES, iter_documents, iter_jsonl_gz
from marsad.inputs.warc import WARC_SUFFIXES, iter_warc
from marsad.inputs.web import SourceOptions, is_feed_file, iter_feed_file, iter_url
from marsad.model import RawDocument

__all__ = ["Remote", "handles", "iter_inputs", "iter_source"]

Remote = Literal["fetch", "fsspec"]


def handles(spec: str) -> bool:
    """True for a URL, a WARC file or a feed file (what the plain-file reader cannot read)."""
    return is_url(spec) or spec.lower().endswith(WARC_SUFFIXES) or is_feed_file(spec)


def iter_source(spec: str, options: SourceOptions | None = None,
                ) -> Iterator[RawDocument | InputProblem]:
    """Documents of one URL (fetched), WARC file or feed file."""
    options = options or SourceOptions()
    if is_url(spec):
        yield from iter_url(spec, options)
    elif spec.lower().endswith(WARC_SUFFIXES):
        yield from iter_warc(spec)
    else:
        yield from iter_feed_file(spec, options)


def _expand(spec: str) -> list[str]:
    """Split a spec into paths so archives (``.jsonl.gz``, WARC) are read by their readers;
    plain files stay with the directory or glob, which the plain reader expands itself."""
    if spec == "-":
        return [spec]
    path = Path(spec)
    if path.is_dir():
        gz = sorted(str(p) for p in path.rglob("*") if p.is_file()
                    and p.name.lower().endswith((".jsonl.gz", *WARC_SUFFIXES)))
        plain = any(p.suffix.lower() in SUFFIXES for p in path.rglob("*") if p.is_file())
        return [spec, *gz] if plain or not gz else gz  # a dir of archives only is no problem
    if path.exists():
        return [spec]
    matches = sorted(p for p in glob.glob(spec, recursive=True) if Path(p).is_file())
    return matches or [spec]


def iter_inputs(specs: list[str], options: SourceOptions | None = None, *,
                remote: Remote = "fetch") -> Iterator[RawDocument | InputProblem]:
    """Every document of ``specs``, in order; problems are yielded, never raised."""
    for spec in specs:
        if remote == "fsspec" and "://" in spec and not spec.startswith("file://"):
            from marsad.inputs.remote import iter_fsspec

            yield from iter_fsspec(spec)
            continue
        if remote == "fsspec":
            spec = spec.removeprefix("file://")
        if is_url(spec):  # before globbing: '?' in a query string is not a wildcard
            yield from iter_source(spec, options)
            continue
        for item in _expand(spec):
            if handles(item):
                yield from iter_source(item, options)
            elif item.lower().endswith(".jsonl.gz"):
                yield from iter_jsonl_gz(item)
            else:
                yield from iter_documents([item])
