"""``marsad claims``: figures and events followed across outlets, conflicts flagged.

A reader asks "how many US troops are in Syria, who says so, and do the outlets agree?" — so
each group prints as a timeline (date, value, outlet, speaker, article) with its conflicting
windows marked, rather than as a table of rows.
"""

from __future__ import annotations

import argparse
import json
import sys

from marsad.claims.grouping import ClaimGroup, EventGroup, claim_groups, event_groups

DB_HELP = "database file (default: $MARSAD_DB or ./marsad.db)"


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``claims`` subcommand to the ``marsad`` parser."""
    cmd = subparsers.add_parser(
        "claims", help="claimed figures grouped across outlets, conflicting figures flagged")
    cmd.add_argument("query", nargs="?", metavar="QUERY",
                     help="filter: group label/id words (deaths, Douma, gpe:syria) or Arabic text")
    cmd.add_argument("--db", help=DB_HELP)
    cmd.add_argument("--json", action="store_true", help="one JSON object per group")
    cmd.add_argument("--min-sources", type=int, default=None,
                     help="only groups reported by N sources (default 1; 2 with --events)")
    cmd.add_argument("--conflicts", action="store_true", help="only groups with conflicts")
    cmd.add_argument("--events", action="store_true",
                     help="events reported across outlets instead of figures")
    cmd.add_argument("--limit", type=int, default=50, help="groups to print (0: all)")
    cmd.set_defaults(handler=run_claims)


def run_claims(args: argparse.Namespace) -> int:
    limit = getattr(args, "limit", 50) or None
    try:
        if getattr(args, "events", False):
            min_sources = args.min_sources if args.min_sources is not None else 2
            events = event_groups(args.db, args.query, min_sources=min_sources)
            if getattr(args, "conflicts", False):
                events = [g for g in events if g.fatality_conflict]
            for event in events[:limit]:
                print(json.dumps(event.as_dict(), ensure_ascii=False) if args.json
                      else render_event(event))
            return 0 if events else 1
        groups = claim_groups(args.db, args.query, min_sources=args.min_sources or 1,
                              conflicts_only=getattr(args, "conflicts", False))
    except FileNotFoundError as exc:
        print(f"marsad: {exc}", file=sys.stderr)
        return 2
    for group in groups[:limit]:
        print(json.dumps(group.as_dict(), ensure_ascii=False) if args.json
              else render_group(group))
    return 0 if groups else 1


def render_group(group: ClaimGroup) -> str:
    """A group as a timeline; ``!`` marks values inside a conflicting window."""
    flagged = {id(c) for conflict in group.conflicts for c in conflict.claims}
    lines = [f"== {group.label}  [{group.id}]  {len(group.claims)} claims, "
             f"{len(group.sources)} sources"]
    for c in group.claims:
        mark = "!" if id(c) in flagged else " "
        who = f"  ← {c.speaker}" if c.speaker else ""
        via = f" via {', '.join(c.outlets)}" if c.outlets else ""
        value = _fmt(c.point)
        qual = f" ({c.qualifier})" if c.qualifier != "exact" else ""
        lines.append(f" {mark} {c.date or '----------'}  {value:>12}{qual}  "
                     f"{c.source or '-'}{via}{who}  [{c.article_id}]  «{c.text}»")
    for conflict in group.conflicts:
        lines.append(f"  CONFLICT {conflict.date_from}..{conflict.date_to}: "
                     f"{_fmt(conflict.low)}–{_fmt(conflict.high)} across "
                     f"{', '.join(conflict.sources)} ({len(conflict.articles)} articles)")
    return "\n".join(lines)


def render_event(group: EventGroup) -> str:
    """An event with each outlet's report (mode, trigger, fatalities)."""
    lines = [f"== {group.label}  [{group.id}]  {len(group.reports)} reports, "
             f"{len(group.sources)} sources"]
    for r in group.reports:
        toll = f"  fatalities {_fmt(r.fatalities)}" if r.fatalities else ""
        lines.append(f"   {r.source or '-'}  {r.mode or '-'}  «{r.trigger}»{toll}  "
                     f"[{r.article_id}] {r.title or ''}")
    if group.fatality_conflict:
        low, high = group.fatality_conflict
        lines.append(f"  CONFLICT fatalities {_fmt(low)}–{_fmt(high)}")
    return "\n".join(lines)


def _fmt(value: float | None) -> str:
    if value is None:
        return "?"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"
