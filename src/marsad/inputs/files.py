"""Local inputs: files, directories, globs and stdin; plain text, HTML, JSONL, ``.jsonl.gz``.

A JSONL file is a batch: one article per line with ``text`` or ``html`` and optional ``id``,
``title``, ``url``, ``published`` (``date_extracted`` and ``author`` are honoured too). A bad
line is reported and skipped, never fatal to the rest of the batch.
"""

from __future__ import annotations

import glob
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from marsad.errors import InputTooLargeError
from marsad.inputs.base import InputProblem
from marsad.inputs.compress import GZIP_ERRORS, gunzip
from marsad.model import RawDocument

__all__ = ["SUFFIXES", "documents_from_bytes", "iter_documents", "iter_jsonl_gz",
           "jsonl_documents"]

SUFFIXES = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}


def iter_documents(specs: list[str]) -> Iterator[RawDocument | InputProblem]:
    """Plain files (text, HTML, JSONL), directories of them, globs, or ``-`` for stdin: the
    inputs of ``marsad extract``."""
    for spec in specs:
        if spec == "-":
            yield from documents_from_bytes(sys.stdin.buffer.read(), "<stdin>", "auto")
            continue
        paths = expand_plain(spec)
        if not paths:
            yield InputProblem(spec, "no such file, directory or matching glob")
        for path in paths:
            kind = SUFFIXES.get(path.suffix.lower(), "auto")
            try:
                data = path.read_bytes()
            except OSError as exc:
                yield InputProblem(str(path), f"cannot read: {exc.strerror}")
                continue
            yield from documents_from_bytes(data, str(path), kind)


def expand_plain(spec: str) -> list[Path]:
    """A directory's plain inputs (recursively, sorted), the path itself, or a glob's files."""
    path = Path(spec)
    if path.is_dir():
        return sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
    if path.exists():
        return [path]
    return [Path(p) for p in sorted(glob.glob(spec, recursive=True)) if Path(p).is_file()]


def iter_jsonl_gz(path: str, limit: int | None = None,
                  ) -> Iterator[RawDocument | InputProblem]:
    """A gzip-compressed JSONL file, decompressed under the cap (E004 beyond it)."""
    try:
        data = gunzip(path, path, limit)
    except InputTooLargeError as exc:
        yield InputProblem(path, str(exc))
        return
    except GZIP_ERRORS as exc:
        yield InputProblem(path, f"cannot read gzip: {exc}")
        return
    yield from jsonl_documents(data, path)


def documents_from_bytes(data: bytes, origin: str, kind: str,
                         ) -> Iterator[RawDocument | InputProblem]:
    """One input's bytes: a JSONL batch (``kind`` ``jsonl``, or ``auto`` and it looks like
    one) or a single document of ``kind`` ``text``/``html``/``auto``."""
    if kind == "jsonl" or (kind == "auto" and looks_like_jsonl(data)):
        yield from jsonl_documents(data, origin)
    else:
        fmt = "html" if kind == "html" else "text" if kind == "text" else "auto"
        yield RawDocument(data, format=fmt, origin=origin)  # type: ignore[arg-type]


def looks_like_jsonl(data: bytes) -> bool:
    first = data.lstrip()[:1]
    if first != b"{":
        return False
    try:
        json.loads(data.lstrip().split(b"\n", 1)[0])
    except ValueError:
        return False
    return True


def jsonl_documents(data: bytes, origin: str) -> Iterator[RawDocument | InputProblem]:
    """One document per non-empty line; ``origin:line`` names each."""
    for number, line in enumerate(data.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{origin}:{number}"
        try:
            record = json.loads(line)
        except (ValueError, UnicodeDecodeError) as exc:
            yield InputProblem(where, f"not a JSON object: {exc}")
            continue
        if not isinstance(record, dict):
            yield InputProblem(where, "not a JSON object")
            continue
        content = record.get("html") or record.get("text")
        if not isinstance(content, str):
            yield InputProblem(where, "record has neither a 'text' nor an 'html' string")
            continue
        yield RawDocument(
            content,
            id=_optional_str(record.get("id")),
            url=_optional_str(record.get("url")),
            source=_optional_str(record.get("source")),
            published=_optional_str(record.get("published") or record.get("date_extracted")),
            title=_optional_str(record.get("title")),
            author=_optional_str(record.get("author")),
            format="html" if record.get("html") else "text",
            origin=where,
        )


def _optional_str(value: object) -> str | None:
    return str(value) if value not in (None, "") else None
