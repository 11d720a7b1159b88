"""What every input reader yields: a RawDocument, or an InputProblem saying where and why not.

A problem is data, not an exception: one unreadable file, line or record is reported (as a
failure row by ingest and batch, on stderr by ``marsad extract``) while the rest of the batch
goes on.
"""

from __future__ import annotations

from dataclasses import dataclass

from marsad.model import RawDocument


@dataclass(slots=True, frozen=True)
class InputProblem:
    """An input that could not become a RawDocument, with where and why."""

    origin: str
    message: str


InputItem = RawDocument | InputProblem
