"""WARC archives (``.warc``, ``.warc.gz``): one document per article-like response record.

Every ``response`` (or ``resource``) record with an HTML or plain-text body and a 2xx status
becomes a RawDocument; id = WARC-Record-ID, url = WARC-Target-URI, published = WARC-Date.
Bodies are read through the capped reader (warcio decompresses ``.warc.gz`` as it streams).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from marsad.errors import InputTooLargeError
from marsad.inputs.base import InputProblem
from marsad.inputs.compress import read_capped
from marsad.model import InputFormat, RawDocument

__all__ = ["WARC_SUFFIXES", "iter_warc", "media_kind"]

WARC_SUFFIXES = (".warc", ".warc.gz")


def iter_warc(path: str) -> Iterator[RawDocument | InputProblem]:
    """Response records with an HTML or text body; others (requests, metadata, images,
    redirects, errors) are not articles and are skipped silently."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed in finally; iteration is lazy
    except OSError as exc:
        yield InputProblem(path, f"cannot read: {exc.strerror}")
        return
    warc_records = 0
    try:
        for number, record in enumerate(ArchiveIterator(handle), start=1):
            warc_records += str(getattr(record, "format", "")).startswith("warc")
            if record.rec_type not in ("response", "resource"):
                continue
            headers = record.rec_headers
            record_id = (headers.get_header("WARC-Record-ID") or "").strip("<> ")
            where = f"{path}#{record_id or number}"
            kind = media_kind(_record_content_type(record))
            if kind is None:
                continue
            if record.http_headers is not None:
                status = record.http_headers.get_statuscode() or ""
                if not status.startswith("2"):
                    continue
            try:
                body = read_capped(record.content_stream(), where)
            except InputTooLargeError as exc:
                yield InputProblem(where, str(exc))
                continue
            except Exception as exc:  # a corrupt record must not end the archive
                yield InputProblem(where, f"cannot read WARC record: {exc}")
                continue
            if not body.strip():
                yield InputProblem(where, "WARC record has an empty body")
                continue
            yield RawDocument(body, id=record_id or None,
                              url=headers.get_header("WARC-Target-URI") or None,
                              published=headers.get_header("WARC-Date") or None,
                              format=kind, origin=where)
        if not warc_records:  # warcio reads any text as a (legacy ARC) record; say so
            yield InputProblem(path, "not a readable WARC file: no WARC records")
    except ArchiveLoadFailed as exc:
        yield InputProblem(path, f"not a readable WARC file: {exc}")
    finally:
        handle.close()


def _record_content_type(record: Any) -> str:
    if record.http_headers is not None:
        return str(record.http_headers.get_header("Content-Type") or "")
    return str(record.rec_headers.get_header("Content-Type") or "")


def media_kind(content_type: str) -> InputFormat | None:
    """``html``/``text`` for article-like media types, None for everything else."""
    ctype = content_type.split(";", 1)[0].strip().lower()
    if ctype in ("text/html", "application/xhtml+xml"):
        return "html"
    if ctype == "text/plain":
        return "text"
    return None
