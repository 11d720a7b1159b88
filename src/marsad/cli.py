"""The ``marsad`` command: a thin layer over the library, one subcommand per job."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from importlib import resources

from marsad.core import extract
from marsad.errors import MarsadError
from marsad.model import Article
from marsad.reader import InputProblem, iter_documents
from marsad.serialize import to_dict

DEMO_SEED = "demo/step-news-interview.txt"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="marsad", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    extract_cmd = commands.add_parser("extract", help="raw articles → clean structured JSON")
    extract_cmd.add_argument("inputs", nargs="+", metavar="PATH|-",
                             help="files, directories, globs, or - for stdin")
    extract_cmd.add_argument("--published", help="reference publication date (YYYY-MM-DD)")
    extract_cmd.add_argument("--format", choices=("json", "jsonl", "pretty"), default="json")
    extract_cmd.set_defaults(handler=_extract)
    demo_cmd = commands.add_parser("demo", help="extract the bundled example article")
    demo_cmd.add_argument("--format", choices=("json", "jsonl", "pretty"), default="pretty")
    demo_cmd.set_defaults(handler=_demo)
    args = parser.parse_args(argv)
    handler = args.handler
    return int(handler(args))


def _extract(args: argparse.Namespace) -> int:
    failures = 0
    articles: list[dict[str, object]] = []
    for item in iter_documents(args.inputs):
        if isinstance(item, InputProblem):
            failures += 1
            print(f"marsad: {item.origin}: {item.message}", file=sys.stderr)
            continue
        try:
            article = extract(item, published=args.published)
        except MarsadError as exc:
            failures += 1
            print(f"marsad: {item.origin}: {exc}", file=sys.stderr)
            continue
        if args.format == "json":
            articles.append(to_dict(article))
        else:
            _write(article, args.format)
    if args.format == "json" and articles:
        payload: object = articles[0] if len(articles) == 1 else articles
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    return 1 if failures else 0


def _demo(args: argparse.Namespace) -> int:
    seed = resources.files("marsad.data").joinpath(DEMO_SEED).read_bytes()
    _write(extract(seed), args.format)
    return 0


def _write(article: Article, fmt: str) -> None:
    if fmt == "jsonl":
        sys.stdout.write(json.dumps(to_dict(article), ensure_ascii=False) + "\n")
    elif fmt == "json":
        sys.stdout.write(json.dumps(to_dict(article), ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(render_pretty(article) + "\n")


def render_pretty(article: Article) -> str:
    """A reader's view: metadata first, then the sections, then what was removed and why."""
    authors = ", ".join(f"{a.name} ({a.role})" if a.role else a.name for a in article.authors)
    lines = [
        f"title:     {article.title or '-'}",
        f"kicker:    {article.kicker or '-'}",
        f"authors:   {authors or '-'}",
        f"published: {article.published or '-'}",
        f"dateline:  {article.dateline.text if article.dateline else '-'}",
        f"language:  {article.language or '-'}",
        f"paragraphs: {len(article.paragraphs)}  sentences: {len(article.sentences)}",
        "sections:",
        *(f"  • {s.heading}  [{s.start}:{s.end}]" for s in article.sections),
        "removed:",
        *(f"  - [{r.reason}] {r.text}" for r in article.removed),
        "links:",
        *(f"  - [{link.kind}] {link.text}" for link in article.links),
        "",
        article.text,
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
