"""Score HTML extraction on real articles wrapped in varied Arabic news page templates.

Run: ``.venv/bin/python scripts/evaluate_pages.py [--per-file N] [--show TEMPLATE]
[--only NAME,NAME]``.

Why templates: the shared corpus (``../shared/data/articles``) holds real article texts and
titles but no pages, and real pages carry no gold. Wrapping each known text in a complete
page (menus, breadcrumbs, share bars, inline «اقرأ أيضا» cards, polls, teaser lists,
comments, cookie banners, footers) gives pages whose right answer is known exactly. The
templates are ``tests/fixtures/html/*.html``, described in ``eval_templates.json`` there;
the ones marked ``held_out`` were written before any rule was tuned and are never used to
tune rules, so their figures estimate how the rules do on layouts nobody looked at. Once a
held-out template's failures have been used to fix rules it carries ``used_for_tuning_on`` and
is reported as "held out, tuned since": its first score was the fair one.

Per page: the title is right when its words (normalised; a split kicker counts with it)
are the record's title; body F1 is the token-level (bag of words) F1 of the extracted body
against the article's text, for marsad (``text`` with its dateline put back: the dateline
is moved to metadata, not lost) and for ``trafilatura.extract()`` on the very same HTML;
a page leaks debris when any of its template's debris strings (the ones the article itself
does not contain) reaches the text.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import statistics
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import trafilatura

import marsad
from marsad.arabic.normalize import normalize
from marsad.errors import MarsadError

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT.parent / "shared" / "data" / "articles"
TEMPLATES = ROOT / "tests" / "fixtures" / "html"
sys.path.insert(0, str(ROOT / "tests"))
from test_html import CHROME, STYLES, render_page  # noqa: E402  (the tests' page renderer)

# CHROME strings that come from the test's seed article, not from the three page templates.
_SEED_ONLY = {"جهاد عبد الله", "خاص||", "اقرأ أيضاً", "بعد مقتل العيساوي"}
_TOKEN = re.compile(r"\w+")


@dataclass(frozen=True)
class Template:
    name: str
    held_out: bool
    debris: tuple[str, ...]
    paragraph: str | None  # markup of one paragraph; None: rendered by tests/test_html.py
    fresh: bool = False  # written after every earlier template had been tuned on
    tuned_on: str | None = None  # held out when written, used to tune rules on this day since


@dataclass
class PageScore:
    title_ok: bool
    f1: float
    leaked: list[str]


@dataclass
class Tally:
    """Scores of one extractor over a group of pages."""

    titles: list[bool] = field(default_factory=list)
    f1: list[float] = field(default_factory=list)
    leaking_pages: int = 0

    def add(self, score: PageScore) -> None:
        self.titles.append(score.title_ok)
        self.f1.append(score.f1)
        self.leaking_pages += bool(score.leaked)


def load_templates() -> list[Template]:
    spec = json.loads((TEMPLATES / "eval_templates.json").read_text(encoding="utf-8"))
    chrome = tuple(c for c in CHROME if c not in _SEED_ONLY)
    return [
        Template(name, bool(entry["held_out"]), tuple(entry.get("debris", chrome)),
                 entry.get("paragraph"), bool(entry.get("fresh", False)),
                 entry.get("used_for_tuning_on"))
        for name, entry in spec["templates"].items()
    ]


def load_articles(per_file: int) -> list[dict[str, Any]]:
    """``per_file`` records spread evenly over each corpus file (not its first ones)."""
    chosen: list[dict[str, Any]] = []
    for path in sorted(ARTICLES.glob("*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            rows = [json.loads(line) for line in handle if line.strip()]
        rows = [r for r in rows if r.get("title") and r.get("text")]
        step = max(1, len(rows) // per_file)
        chosen.extend(rows[::step][:per_file])
    if not chosen:
        raise SystemExit(f"no articles under {ARTICLES}")
    return chosen


def paragraphs_of(record: dict[str, Any]) -> list[str]:
    return [line.strip() for line in record["text"].splitlines() if line.strip()]


def render(template: Template, record: dict[str, Any]) -> str:
    paragraphs = paragraphs_of(record)
    if template.paragraph is None:
        return render_page(template.name, record["title"], [("p", p) for p in paragraphs])
    page = (TEMPLATES / f"{template.name}.html").read_text(encoding="utf-8")
    page = page.replace("{{DESCRIPTION}}", html.escape(paragraphs[0]))  # a copy, not the body
    if "{{LEAD}}" in page:
        page = page.replace("{{LEAD}}", html.escape(paragraphs[0]))
        paragraphs = paragraphs[1:]
    markup = [template.paragraph.format(html.escape(p, quote=False)) for p in paragraphs]
    half = max(1, len(markup) // 2)
    return (
        page.replace("{{META_CHARSET}}", '<meta charset="utf-8">')
        .replace("{{TITLE}}", html.escape(record["title"]))
        .replace("{{BODY_HEAD}}", "\n".join(markup[:half]))
        .replace("{{BODY_TAIL}}", "\n".join(markup[half:]))
        .replace("{{BODY}}", "\n".join(markup))
    )


def tokens(text: str) -> Counter[str]:
    return Counter(_TOKEN.findall(normalize(text).casefold()))


def body_f1(extracted: str, reference: str) -> float:
    got, want = tokens(extracted), tokens(reference)
    overlap = sum((got & want).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(got.values()), overlap / sum(want.values())
    return 2 * precision * recall / (precision + recall)


def same_title(found: Iterable[str | None], record_title: str) -> bool:
    """Any of ``found`` (the title, or kicker + title) has the record title's words."""
    want = _TOKEN.findall(normalize(record_title))
    return any(f and _TOKEN.findall(normalize(f)) == want for f in found)


def leaked(template: Template, record: dict[str, Any], text: str) -> list[str]:
    own = normalize(record["title"] + "\n" + record["text"])
    text = normalize(text)
    return [d for d in template.debris if normalize(d) not in own and normalize(d) in text]


def score_marsad(template: Template, record: dict[str, Any], page: str) -> PageScore:
    try:
        article = marsad.extract(page.encode("utf-8"))
    except MarsadError:
        return PageScore(False, 0.0, [])
    dateline = article.dateline.text if article.dateline else ""
    kicked = f"{article.kicker} {article.title}" if article.kicker else None
    return PageScore(same_title((article.title, kicked), record["title"]),
                     body_f1(f"{dateline} {article.text}", record["text"]),
                     leaked(template, record, article.text))


def score_trafilatura(template: Template, record: dict[str, Any], page: str) -> PageScore:
    text = trafilatura.extract(page) or ""
    metadata = trafilatura.extract_metadata(page)
    title = metadata.title if metadata is not None else None
    return PageScore(same_title((title,), record["title"]), body_f1(text, record["text"]),
                     leaked(template, record, text))


def spread(values: list[float]) -> str:
    sd = statistics.pstdev(values) if len(values) > 1 else 0.0
    return f"{statistics.fmean(values):.3f}±{sd:.3f}"


def row(label: str, ours: Tally, theirs: Tally) -> str:
    n = len(ours.f1)
    diff = statistics.fmean(ours.f1) - statistics.fmean(theirs.f1)
    return (f"| {label} | {n} | {sum(ours.titles) / n:.3f} | {sum(theirs.titles) / n:.3f} | "
            f"{spread(ours.f1)} | {spread(theirs.f1)} | {diff:+.3f} | "
            f"{ours.leaking_pages} | {theirs.leaking_pages} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-file", type=int, default=30,
                        help="articles taken from each corpus file (default 30)")
    parser.add_argument("--show", metavar="TEMPLATE",
                        help="print each failing page of this template (title, debris, F1<0.9)")
    parser.add_argument("--only", metavar="NAMES",
                        help="score only these templates (comma-separated names)")
    args = parser.parse_args()
    templates, records = load_templates(), load_articles(args.per_file)
    if args.only:
        wanted = set(args.only.split(","))
        templates = [t for t in templates if t.name in wanted]
    marsad.extract("تهيئة.")
    print(f"marsad {marsad.__version__}, trafilatura {trafilatura.__version__}, "
          f"{len(records)} articles × {len(templates)} templates "
          f"({len(STYLES)} from tests/test_html.py)\n")
    print("| templates | pages | title marsad | title trafilatura | body F1 marsad | "
          "body F1 trafilatura | F1 diff | pages leaking marsad | pages leaking trafilatura |")
    print("|---|---|---|---|---|---|---|---|---|")
    groups: dict[str, tuple[Tally, Tally]] = {}
    for template in templates:
        ours, theirs = Tally(), Tally()
        for record in records:
            page = render(template, record)
            mine = score_marsad(template, record, page)
            ours.add(mine)
            theirs.add(score_trafilatura(template, record, page))
            if args.show == template.name:
                show(record, page, mine)
        group = _group(template)
        fresh = template.fresh and group == "held-out"
        label = "fresh held-out" if fresh else group
        print(row(f"{template.name} ({label})", ours, theirs))
        keys = (group, "fresh held-out", "all") if fresh else (group, "all")
        for key in keys:
            mine_all, theirs_all = groups.setdefault(key, (Tally(), Tally()))
            _merge(mine_all, ours)
            _merge(theirs_all, theirs)
    for key in ("tuned", _ONCE_HELD_OUT, "held-out", "fresh held-out", "all"):
        if key in groups:
            print(row(f"**{key}**", *groups[key]))


_ONCE_HELD_OUT = "held out, tuned since"


def _group(template: Template) -> str:
    """tuned; held out when written but tuned on since (not an estimate on unseen layouts
    any more); or held out, never tuned on."""
    if not template.held_out:
        return "tuned"
    return _ONCE_HELD_OUT if template.tuned_on else "held-out"


def _merge(into: Tally, part: Tally) -> None:
    into.titles += part.titles
    into.f1 += part.f1
    into.leaking_pages += part.leaking_pages


def show(record: dict[str, Any], page: str, score: PageScore,
         extract: Callable[[bytes], marsad.Article] = marsad.extract) -> None:
    if score.title_ok and not score.leaked and score.f1 >= 0.9:
        return
    print(f"--- {record.get('id')} F1 {score.f1:.3f} leaked {score.leaked}", file=sys.stderr)
    try:
        article = extract(page.encode("utf-8"))
    except MarsadError as error:
        print(f"    refused: {error}", file=sys.stderr)
        return
    if not score.title_ok:
        print(f"    title {article.kicker!r} {article.title!r} want {record['title']!r}",
              file=sys.stderr)
    if score.f1 < 0.9:
        print(f"    text[:300] {article.text[:300]!r}", file=sys.stderr)
        print(f"    removed {[(r.reason, r.text[:60]) for r in article.removed]}",
              file=sys.stderr)


if __name__ == "__main__":
    main()
