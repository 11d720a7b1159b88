"""The ``marsad`` command: a thin layer over the library, one subcommand per job."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

from marsad.batch.commands import register as register_batch_commands
from marsad.claims.commands import register as register_claims_commands
from marsad.core import PipelineSpec, as_pipeline, extract
from marsad.errors import MarsadError
from marsad.inputs import InputProblem, iter_documents
from marsad.model import Article
from marsad.ner.train import add_config_arguments
from marsad.serialize import to_dict
from marsad.store.commands import register as register_store_commands
from marsad.store.ingest import ingest
from marsad.store.search import search
from marsad.store.stats import corpus_stats
from marsad.web.commands import register as register_web_commands

DEMO_SEED = "demo/step-news-interview.txt"
DEMO_CORPUS = "demo/corpus"
DEMO_DB = "marsad-demo.db"
DEMO_QUERY = "قوات سوريا الديمقراطية"
SHARED_ARTICLES = Path("../shared/data/articles")
# ANERcorp train split, beside the clone (see ../shared/data/ner/SOURCES.md); not shipped.
DEFAULT_NER_DATA = Path("../shared/data/ner/ANERcorp_train.conll")
# PLOVER Arabic gold, training split (see ../shared/data/events/SOURCES.md); not shipped.
DEFAULT_EVENTS_DATA = Path("../shared/data/events")


def main(argv: Sequence[str] | None = None, *, pipeline: PipelineSpec = None) -> int:
    """Run one ``marsad`` command; ``pipeline`` (a Pipeline or a zero-argument factory; None:
    the default) is what it extracts with, so a program with stages of its own can offer
    the whole CLI on top of them. Handlers find it as ``args.pipeline_spec``."""
    parser = argparse.ArgumentParser(prog="marsad", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    extract_cmd = commands.add_parser("extract", help="raw articles → clean structured JSON")
    extract_cmd.add_argument("inputs", nargs="+", metavar="PATH|-",
                             help="files, directories, globs, or - for stdin")
    extract_cmd.add_argument("--published", help="reference publication date (YYYY-MM-DD)")
    extract_cmd.add_argument("--format", choices=("json", "jsonl", "pretty"), default="json")
    extract_cmd.set_defaults(handler=_extract)
    tag_cmd = commands.add_parser("tag", help="NER-tag CoNLL tokens: token<TAB>BIO-tag per line")
    tag_cmd.add_argument("--conll", required=True, metavar="FILE|-",
                         help="one token per line (first column), blank line between sentences")
    tag_cmd.add_argument("--model", help="a model file of your own (default: the shipped one)")
    tag_cmd.set_defaults(handler=_tag)
    train_cmd = commands.add_parser("train-ner", help="reproduce the shipped NER model")
    train_cmd.add_argument("--data", default=str(DEFAULT_NER_DATA), help="ANERcorp-style CoNLL")
    train_cmd.add_argument("--out", help="model path (default: the package's model file)")
    train_cmd.add_argument("--workers", type=int, default=1,
                           help="processes for the jackknifed fold models (same result)")
    add_config_arguments(train_cmd)
    train_cmd.set_defaults(handler=_train_ner)
    events_cmd = commands.add_parser(
        "train-events", help="reproduce the shipped event-status model (PLOVER gold, CV)")
    events_cmd.add_argument("--data", default=str(DEFAULT_EVENTS_DATA),
                            help="directory with assault_gsr.csv and protest_gsr.csv")
    events_cmd.add_argument("--out", help="model path (default: the package's model file)")
    events_cmd.add_argument("--folds", type=int, default=5, help="cross-validation folds")
    events_cmd.set_defaults(handler=_train_events)
    demo_cmd = commands.add_parser(
        "demo", help="extract the bundled article, ingest a sample corpus, show stats, search")
    demo_cmd.add_argument("--format", choices=("json", "jsonl", "pretty"), default="pretty")
    demo_cmd.add_argument("--db", default=DEMO_DB, help=f"database to fill (default {DEMO_DB})")
    demo_cmd.add_argument("--shared", default=str(SHARED_ARTICLES),
                          help="also ingest this directory of JSONL articles when it exists")
    demo_cmd.set_defaults(handler=_demo)
    reindex_cmd = commands.add_parser(
        "reindex", help="rebuild the store's search index with this marsad's analyser")
    reindex_cmd.add_argument("db", nargs="?", metavar="DB",
                             help="the store (default: $MARSAD_DB, else ./marsad.db)")
    reindex_cmd.add_argument("--chunk", type=int, default=1000,
                             help="articles per transaction (default 1000)")
    reindex_cmd.set_defaults(handler=_reindex)
    register_store_commands(commands)
    register_claims_commands(commands)
    register_web_commands(commands)
    register_batch_commands(commands)
    args = parser.parse_args(argv)
    args.pipeline_spec = pipeline
    handler = args.handler
    return int(handler(args))


def _extract(args: argparse.Namespace) -> int:
    failures = 0
    articles: list[dict[str, object]] = []
    pipeline = as_pipeline(args.pipeline_spec)
    for item in iter_documents(args.inputs):
        if isinstance(item, InputProblem):
            failures += 1
            print(f"marsad: {item.origin}: {item.message}", file=sys.stderr)
            continue
        try:
            article = extract(item, published=args.published, pipeline=pipeline)
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


def _reindex(args: argparse.Namespace) -> int:
    from marsad.store.db import resolve_db_path
    from marsad.store.reindex import print_progress, reindex

    path = resolve_db_path(args.db)
    if args.chunk < 1:
        print("marsad: --chunk must be at least 1", file=sys.stderr)
        return 2
    if not path.is_file():
        print(f"marsad: no marsad database at {path}", file=sys.stderr)
        return 2
    show = print_progress if sys.stderr.isatty() else None
    summary = reindex(path, chunk=args.chunk, progress=show)
    if show is not None:
        print(file=sys.stderr)
    print(json.dumps(summary.as_dict(), ensure_ascii=False))
    for name, (recorded, running) in sorted(summary.other_changes.items()):
        print(f"marsad reindex: {name} was {recorded} when the store was built, is {running} "
              "now: stored articles keep their fields until they are ingested again",
              file=sys.stderr)
    return 0


def _tag(args: argparse.Namespace) -> int:
    from marsad.ner import load_tagger
    from marsad.ner.conll import tag_conll

    tagger = load_tagger(Path(args.model) if args.model else None)
    if args.conll == "-":
        tag_conll(sys.stdin, sys.stdout, tagger)
    else:
        with open(args.conll, encoding="utf-8") as handle:
            tag_conll(handle, sys.stdout, tagger)
    return 0


def _train_ner(args: argparse.Namespace) -> int:
    from marsad.ner.tagger import DEFAULT_MODEL
    from marsad.ner.train import config_from_args, train_model

    config = config_from_args(args)
    metrics = train_model(args.data, args.out or DEFAULT_MODEL, config, workers=args.workers)
    print(json.dumps(metrics, ensure_ascii=False, indent=2))
    return 0


def _train_events(args: argparse.Namespace) -> int:
    from marsad.events.train import train_status_model

    report = train_status_model(Path(args.data), Path(args.out) if args.out else None,
                                folds=args.folds)
    print(json.dumps(report, ensure_ascii=False, indent=2))
    return 0


def _demo(args: argparse.Namespace) -> int:
    """The main job end to end on what ships with the package (plus shared data if present)."""
    data = resources.files("marsad.data")
    pipeline = as_pipeline(args.pipeline_spec)
    _write(extract(data.joinpath(DEMO_SEED).read_bytes(), pipeline=pipeline), args.format)
    sources = [str(Path(str(data.joinpath(DEMO_CORPUS))))]
    if Path(args.shared).is_dir():
        sources.append(args.shared)
    print(f"\n== ingest {' + '.join(sources)} → {args.db}", file=sys.stderr)
    summary = ingest(sources, args.db, progress=True, pipeline=args.pipeline_spec)
    print(json.dumps(summary.as_dict(), ensure_ascii=False))
    print("\n== corpus statistics")
    print(json.dumps(corpus_stats(args.db), ensure_ascii=False, indent=2))
    print(f"\n== search: {DEMO_QUERY}")
    for hit in search(args.db, DEMO_QUERY, limit=5):
        print(f"  {hit.id}  {hit.title}\n    {hit.snippet}")
    return 1 if summary.failed else 0


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
