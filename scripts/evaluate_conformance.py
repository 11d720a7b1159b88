"""Score the time and number extractors on the Recognizers-Text Arabic conformance suite.

The suite (``../shared/data/conformance/recognizers-text/``, see its SOURCES.md) is a peer's
test set for the same job: ``rt_datetime_ar.jsonl`` (time expressions) and
``rt_number_ar.jsonl`` (numbers). Each record carries gold spans with character offsets; a
time may carry ``values`` (every acceptable normalised value), a number ``value`` or
``low``/``high``.

Measures, per gold type and overall:

- span recall: a gold span is found when a predicted span overlaps it;
- span precision: only on records whose ``exhaustive`` flag says every expression of that
  kind is annotated (elsewhere an unannotated prediction may be right);
- value accuracy: of the gold spans that carry a value, the share whose overlapping
  prediction has that value (a time's ``timex``, its whole normalised value, or else its
  ``value``; «2016-11-08 08:00:00» and «2016-11-08T08:00» are the same instant); a coarser
  value (the month of a day) does not count: it is reported separately as ``coarse``.

Usage: ``.venv/bin/python scripts/evaluate_conformance.py [--show TYPE] [--limit N]
[--by-file]``.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import statistics
from collections import defaultdict
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from marsad.extractors import extract_quantities, extract_times

ROOT = Path(__file__).resolve().parents[1]
SUITE = ROOT.parent / "shared" / "data" / "conformance" / "recognizers-text"


def _records(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def _overlap(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def _same(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


class Tally:
    def __init__(self) -> None:
        self.gold = 0
        self.found = 0
        self.valued = 0
        self.right = 0
        self.coarse = 0
        self.valued_found = 0
        self.pred = 0
        self.pred_ok = 0

    def row(self, name: str) -> str:
        recall = self.found / self.gold if self.gold else float("nan")
        precision = self.pred_ok / self.pred if self.pred else float("nan")
        value = self.right / self.valued if self.valued else float("nan")
        coarse = (self.right + self.coarse) / self.valued if self.valued else float("nan")
        found = self.right / self.valued_found if self.valued_found else float("nan")
        return (f"{name:15s} {self.gold:5d} {recall:7.3f} {self.pred:6d} {precision:7.3f} "
                f"{self.valued:6d} {value:7.3f} {coarse:7.3f} {found:7.3f}")


HEADER = (f"{'type':15s} {'gold':>5s} {'recall':>7s} {'pred*':>6s} {'prec*':>7s} "
          f"{'valued':>6s} {'value':>7s} {'coarse':>7s} {'v|found':>7s}")


_HOUR_ONLY = re.compile(r"(?:^|T)\d\d$")


def _canonical(value: str) -> str:
    """One spelling per instant: «2016-11-08 08:00:00», «2016-11-08T08:00» and a time of day
    «T08:00» / «08:00:00» compare equal (ISO allows both separators and optional seconds). A
    TIMEX hour «T15» is the hour 15:00 (the extractor writes an hour alone as «T15:00»), and
    the suite's set resolutions «Set: T15» are the TIMEX after a fixed label."""
    value = value.removeprefix("Set: ").replace(" ", "T")
    if _HOUR_ONLY.search(value) and "T" in value:
        value += ":00"
    if value.startswith("T"):
        value = value[1:]
    if value.endswith(":00") and value.count(":") == 2:
        value = value[:-3]
    return value


def _time_value_ok(gold: dict[str, Any], value: str | None) -> tuple[bool, bool]:
    """(exact, coarser): the value is acceptable, or is a prefix of an acceptable one."""
    if value is None:
        return False, False
    values = [_canonical(v) for v in gold["values"]]
    value = _canonical(value)
    if value in values:
        return True, False
    return False, any(v.startswith(value) and len(value) >= 4 for v in values)


def score_times(path: Path, show: str | None, limit: int | None) -> dict[str, Tally]:
    tallies: dict[str, Tally] = defaultdict(Tally)
    for n, rec in enumerate(_records(path)):
        if limit is not None and n >= limit:
            break
        published = date.fromisoformat(rec["published"]) if rec["published"] else None
        text = rec["text"]
        pred = extract_times(text, published)
        gold = rec["gold"]["times"]
        source = _FILE_PREFIX + rec["source"].rsplit("/", 1)[-1]
        for g in gold:
            mine = (tallies[g["type"]], tallies["ALL"], tallies[source])
            for tally in mine:
                tally.gold += 1
            hits = [p for p in pred if _overlap(g["start"], g["end"], p.start, p.end)]
            for tally in mine:
                tally.found += bool(hits)
            if g["values"]:
                exact = coarse = False
                for p in hits:
                    e, c = _time_value_ok(g, p.timex or p.value)
                    exact, coarse = exact or e, coarse or c
                for tally in mine:
                    tally.valued += 1
                    tally.valued_found += bool(hits)
                    tally.right += exact
                    tally.coarse += coarse and not exact
                if show in (g["type"], "ALL", "value") and hits and not exact:
                    print(f"VAL  {g['type']:13s} {rec['published']} «{text}» gold «{g['text']}» "
                          f"{g['values']} got {[(p.text, p.timex or p.value) for p in hits]}")
            if show in (g["type"], "ALL", "miss") and not hits:
                print(f"MISS {g['type']:13s} «{text}» gold «{g['text']}» "
                      f"got {[p.text for p in pred]}")
        if rec["gold"]["exhaustive"]["times"]:
            _count_predictions(tallies["ALL"], pred, gold, text, show)
    return tallies


def _count_predictions(tally: Tally, pred: Sequence[Any], gold: list[dict[str, Any]],
                       text: str, show: str | None) -> None:
    """Precision where the record is exhaustive: each prediction overlaps a gold span or not."""
    for p in pred:
        ok = any(_overlap(g["start"], g["end"], p.start, p.end) for g in gold)
        tally.pred += 1
        tally.pred_ok += ok
        if show in ("ALL", "fp") and not ok:
            print(f"FP   «{text}» predicted «{p.text}» {p.value}")


def score_numbers(path: Path, show: str | None, limit: int | None) -> dict[str, Tally]:
    tallies: dict[str, Tally] = defaultdict(Tally)
    for n, rec in enumerate(_records(path)):
        if limit is not None and n >= limit:
            break
        text = rec["text"]
        pred = extract_quantities(text)
        gold = rec["gold"]["quantities"]
        source = _FILE_PREFIX + rec["source"].rsplit("/", 1)[-1]
        for g in gold:
            kind = g["type"]
            mine = (tallies[kind], tallies["ALL"], tallies[source])
            for tally in mine:
                tally.gold += 1
            hits = [p for p in pred if _overlap(g["start"], g["end"], p.start, p.end)]
            for tally in mine:
                tally.found += bool(hits)
            has_value = g.get("value") is not None or g.get("low") is not None \
                or g.get("high") is not None
            if has_value:
                if g.get("value") is not None:
                    right = any(_same(g["value"], p.value) for p in hits)
                else:
                    right = any(_same(g.get("low"), p.low) and _same(g.get("high"), p.high)
                                for p in hits)
                for tally in mine:
                    tally.valued += 1
                    tally.valued_found += bool(hits)
                    tally.right += right
                if show in (kind, "ALL", "value") and hits and not right:
                    print(f"VAL  {kind:11s} «{text}» gold «{g['text']}» "
                          f"{g.get('value')} [{g.get('low')}, {g.get('high')}] got "
                          f"{[(p.text, p.value, p.low, p.high) for p in hits]}")
            if show in (kind, "ALL", "miss") and not hits:
                print(f"MISS {kind:11s} «{text}» gold «{g['text']}» got {[p.text for p in pred]}")
        if rec["gold"]["exhaustive"]["quantities"]:
            _count_predictions(tallies["ALL"], pred, gold, text, show)
    return tallies


_FILE_PREFIX = "@"


def _spread(values: list[float]) -> str:
    if not values:
        return "   n/a"
    sd = statistics.pstdev(values) if len(values) > 1 else 0.0
    return f"{statistics.fmean(values):.3f} ± {sd:.3f} (n={len(values)})"


def _table(title: str, tallies: dict[str, Tally], by_file: bool) -> None:
    """Rows per gold type; with ``by_file`` also per spec file of the suite, and the mean ±
    standard deviation over files: how evenly the rules carry across the suite's parts (each
    file tests one family of expressions, so a rule tuned to one file shows as spread)."""
    print(f"\n{title}")
    print(HEADER)
    files = sorted(k for k in tallies if k.startswith(_FILE_PREFIX))
    for name in sorted((k for k in tallies if k not in files), key=lambda k: (k == "ALL", k)):
        print(tallies[name].row(name))
    if not by_file:
        return
    print(HEADER.replace("type ", "file "))
    for name in files:
        print(tallies[name].row(name[1:][:15]))
    recalls = [tallies[f].found / tallies[f].gold for f in files if tallies[f].gold]
    values = [tallies[f].right / tallies[f].valued for f in files if tallies[f].valued]
    print(f"per file: recall {_spread(recalls)}; value {_spread(values)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--suite", type=Path, default=SUITE)
    parser.add_argument("--only", choices=("times", "numbers"))
    parser.add_argument("--show", help="print failures: a gold type, 'miss', 'value', 'fp' "
                                       "or 'ALL'")
    parser.add_argument("--limit", type=int)
    parser.add_argument("--by-file", action="store_true",
                        help="also score each spec file, with the mean ± spread over files")
    args = parser.parse_args()
    if args.only != "numbers":
        _table("times (rt_datetime_ar.jsonl)",
               score_times(args.suite / "rt_datetime_ar.jsonl", args.show, args.limit),
               args.by_file)
    if args.only != "times":
        _table("numbers (rt_number_ar.jsonl)",
               score_numbers(args.suite / "rt_number_ar.jsonl", args.show, args.limit),
               args.by_file)
    print("\n* precision counts only records marked exhaustive for that kind; "
          "'coarse' also accepts a coarser value (a month for a day); 'v|found' is value "
          "accuracy over the valued gold spans that were found")


if __name__ == "__main__":
    main()
