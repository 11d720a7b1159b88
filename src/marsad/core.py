"""The default pipeline and the one-call API built on it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import cache
from typing import TypeAlias

from marsad.model import Article, RawDocument
from marsad.pipeline import Pipeline, Stage, stage
from marsad.stages import (
    clean,
    decode,
    entities,
    events,
    html,
    metadata,
    normalise,
    quantities,
    segment,
    statements,
    times,
    tokenise,
    versions,
)

FOUNDATION_STAGES: tuple[Stage, ...] = (
    stage("versions", versions.run, needs=(), provides={"versions"}),
    stage("decode", decode.run, needs={"raw"}, provides={"source_text", "encoding"}),
    stage("html", html.run, needs={"source_text"}, provides={"lines", "input_format", "hints"}),
    stage("clean", clean.run, needs={"lines", "hints"},
          provides={"lines", "title", "kicker", "authors", "dateline", "links", "removed"}),
    stage("segment", segment.run, needs={"lines"},
          provides={"text", "paragraphs", "sections", "sentences"}),
    stage("normalise", normalise.run, needs={"text"}, provides={"normalized"}),
    stage("tokenise", tokenise.run, needs={"text"}, provides={"tokens"}),
    stage("metadata", metadata.run, needs={"text", "hints"},
          provides={"id", "language", "language_score", "published", "url", "source"}),
    stage("entities", entities.run, needs={"normalized", "sentences", "tokens"},
          provides={"entities"}),
    stage("times", times.run, needs={"text", "normalized", "published"}, provides={"times"}),
    stage("quantities", quantities.run, needs={"text", "normalized", "times"},
          provides={"quantities"}),
    stage("statements", statements.run,
          needs={"text", "normalized", "sentences", "entities"},
          provides={"statements"}),
    stage("events", events.run,
          needs={"text", "tokens", "sentences", "entities", "quantities", "times",
                 "statements", "published"},
          provides={"events"}),
)


# What the entry points (ingest, batch, web, CLI) accept as ``pipeline=``: None for the
# default, a Pipeline, or a zero-argument factory that builds one (called once per worker
# process; see marsad.executor for which to give when).
PipelineSpec: TypeAlias = Pipeline | Callable[[], Pipeline] | None


@cache
def default_pipeline() -> Pipeline:
    return Pipeline(FOUNDATION_STAGES)


def as_pipeline(spec: PipelineSpec) -> Pipeline:
    """The pipeline a ``pipeline=`` argument names: the default, itself, or its factory's."""
    if spec is None:
        return default_pipeline()
    if isinstance(spec, Pipeline):
        return spec
    if callable(spec):
        built = spec()
        if isinstance(built, Pipeline):
            return built
        raise TypeError(f"pipeline factory {spec!r} returned {type(built).__name__}, "
                        "not a Pipeline")
    raise TypeError(f"pipeline must be a Pipeline, a factory or None, not {type(spec).__name__}")


def extract(
    content: str | bytes | RawDocument,
    published: str | date | None = None,
    *,
    title: str | None = None,
    url: str | None = None,
    format: str = "auto",
    pipeline: Pipeline | None = None,
) -> Article:
    """Turn one raw article (text, HTML, bytes in any common encoding) into an Article.

    ``pipeline`` replaces the default pipeline (:func:`default_pipeline`).
    """
    if isinstance(content, RawDocument):
        raw = content
        if published is not None:
            raw.published = published
    else:
        if format not in ("auto", "text", "html"):
            raise ValueError(f"format must be auto, text or html, not {format!r}")
        raw = RawDocument(content, published=published, title=title, url=url,
                          format=format)  # type: ignore[arg-type]
    return (pipeline if pipeline is not None else default_pipeline())(raw)
