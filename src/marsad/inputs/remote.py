"""Remote inputs through fsspec (``s3://``, ``gs://``, ``https://``, …), for ``marsad batch``.

Each matched object is read whole and parsed by the local rules (suffix → kind, JSONL by
line); a ``.jsonl.gz`` object is decompressed under the same cap as a local one.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from marsad.errors import InputTooLargeError
from marsad.inputs.base import InputProblem
from marsad.inputs.compress import GZIP_ERRORS, gunzip
from marsad.inputs.files import SUFFIXES, documents_from_bytes
from marsad.model import RawDocument

__all__ = ["iter_fsspec"]


def iter_fsspec(url: str, limit: int | None = None,
                ) -> Iterator[RawDocument | InputProblem]:
    """Remote inputs when fsspec and the protocol's backend are installed."""
    try:
        import fsspec
    except ImportError:
        yield InputProblem(url, "URL inputs need fsspec (pip install fsspec)")
        return
    try:
        files = fsspec.open_files(url, mode="rb")
    except Exception as exc:  # unknown protocol, missing backend, bad URL
        yield InputProblem(url, f"cannot open: {exc}")
        return
    if not files:
        yield InputProblem(url, "no such file or matching glob")
    for handle in files:
        try:
            with handle as f:
                data = f.read()
        except Exception as exc:
            yield InputProblem(handle.path, f"cannot read: {exc}")
            continue
        name = handle.path.lower()
        if name.endswith(".jsonl.gz"):
            try:
                data = gunzip(data, handle.path, limit)
            except InputTooLargeError as exc:
                yield InputProblem(handle.path, str(exc))
                continue
            except GZIP_ERRORS as exc:
                yield InputProblem(handle.path, f"cannot read gzip: {exc}")
                continue
            name = name[:-3]
        kind = SUFFIXES.get(Path(name).suffix, "auto")
        yield from documents_from_bytes(data, handle.path, kind)
