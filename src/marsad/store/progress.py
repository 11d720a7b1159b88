"""Ingest progress: a live ``rich`` bar on a terminal, plain log lines everywhere else.

A bar is only useful to a person watching; in logs, CI and pipes its control characters are
noise, so when stderr is not a terminal the existing ``marsad ingest: …`` lines (one every
two seconds) are kept. The bar's total comes from a cheap pre-count of local inputs; when
the total cannot be known (URLs, stdin) it shows the rate without an ETA.
"""

from __future__ import annotations

import glob
import sys
import time
from pathlib import Path
from typing import Any, Protocol, TextIO

from marsad.inputs import gunzip

LOG_EVERY = 2.0


class _Counts(Protocol):
    read: int
    new: int
    duplicate: int
    near_duplicate: int
    failed: int


def _line(s: _Counts) -> str:
    return f"{s.read} read, {s.new} new, {s.duplicate} duplicate, {s.failed} failed"


_COUNTED = (".txt", ".text", ".html", ".htm", ".jsonl", ".jsonl.gz", ".warc", ".warc.gz")


def _local_files(specs: list[str]) -> list[str] | None:
    files: list[str] = []
    for spec in specs:
        path = Path(spec)
        if spec == "-" or "://" in spec:
            return None
        if path.is_dir():
            files += sorted(str(p) for p in path.rglob("*")
                            if p.is_file() and p.name.lower().endswith(_COUNTED))
        elif path.is_file():
            files.append(spec)
        else:
            files += sorted(p for p in glob.glob(spec, recursive=True) if Path(p).is_file())
    return files


def count_documents(specs: list[str]) -> int | None:
    """How many documents the given inputs hold, or None when unknowable (URLs, stdin, feeds).

    JSONL counts non-empty lines, WARC counts response records (an upper bound: non-article
    records are skipped later), anything else counts one. Called only when a bar is shown,
    so the extra read never slows down logged or quiet runs.
    """
    paths = _local_files(specs)
    if paths is None:
        return None
    total = 0
    for item in paths:
        lower = item.lower()
        path = Path(item)
        try:
            if lower.endswith(".jsonl"):
                total += sum(1 for line in path.read_bytes().splitlines() if line.strip())
            elif lower.endswith(".jsonl.gz"):
                data = gunzip(path)  # capped: E004 past the cap ends the count
                total += sum(1 for line in data.splitlines() if line.strip())
            elif lower.endswith((".warc", ".warc.gz")):
                from warcio.archiveiterator import ArchiveIterator

                with open(path, "rb") as handle:
                    total += sum(1 for r in ArchiveIterator(handle)
                                 if r.rec_type in ("response", "resource"))
            elif lower.endswith((".rss", ".atom", ".xml")):
                return None
            else:
                total += 1
        except Exception:  # counting is a nicety; the real read reports the problem
            return None
    return total


class IngestProgress:
    """Reports a running ingest; ``update`` is cheap enough to call after every result."""

    def __init__(self, enabled: bool, specs: list[str] | None = None,
                 stream: TextIO | None = None, *, bar: bool | None = None) -> None:
        """``bar`` forces the rich bar on or off (default: on exactly when ``stream`` is a
        terminal)."""
        self.enabled = enabled
        self.stream = stream or sys.stderr
        self.last_log = time.monotonic()
        self._bar: Any = None
        self._task: Any = None
        show = _is_terminal(self.stream) if bar is None else bar
        if enabled and show:
            self._start_bar(count_documents(specs or []))

    @property
    def live(self) -> bool:
        """True when the rich bar (not plain lines) is showing."""
        return self._bar is not None

    def _start_bar(self, total: int | None) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeRemainingColumn,
        )

        # compact enough for an 80-column terminal: rich truncates columns, not the line
        self._bar = Progress(
            TextColumn("ingest"), BarColumn(bar_width=16), MofNCompleteColumn(),
            TextColumn("{task.fields[rate]} docs/s"), TextColumn("ETA"),
            TimeRemainingColumn(), TextColumn("{task.fields[detail]}"),
            console=Console(file=self.stream), transient=False)
        self._task = self._bar.add_task("ingest", total=total, rate="-", detail="")
        self._started = time.monotonic()
        self._bar.start()

    def update(self, summary: _Counts) -> None:
        if not self.enabled:
            return
        if self._bar is not None:
            done = summary.new + summary.duplicate + summary.failed
            elapsed = max(time.monotonic() - self._started, 1e-6)
            self._bar.update(self._task, completed=done, rate=f"{done / elapsed:.1f}",
                             detail=f"{summary.new} new, {summary.failed} failed")
            return
        if time.monotonic() - self.last_log >= LOG_EVERY:
            self.last_log = time.monotonic()
            self.log(_line(summary))

    def log(self, message: str) -> None:
        """A plain line (also printed above a live bar without breaking it)."""
        if not self.enabled:
            return
        if self._bar is not None:
            self._bar.console.print(f"marsad ingest: {message}", markup=False, highlight=False)
        else:
            print(f"marsad ingest: {message}", file=self.stream, flush=True)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
