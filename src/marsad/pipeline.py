"""A pipeline of named stages over one ``Article``.

Each stage is a module with a single entry function ``run(article) -> article`` and declares
which article fields it needs and provides, so a mis-wired pipeline fails when it is built,
not halfway through a corpus. Later issues add stages (entities, quantities, ...) by appending
to the list, the same way built-in stages are registered.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from marsad.errors import MarsadError, PipelineError, StageError
from marsad.model import Article, RawDocument

StageFunction = Callable[[Article], Article]

# Fields an Article has before any stage ran.
INITIAL_FIELDS = frozenset({"raw"})


@dataclass(slots=True, frozen=True)
class Stage:
    name: str
    run: StageFunction
    needs: frozenset[str]
    provides: frozenset[str]


def stage(name: str, run: StageFunction, needs: Iterable[str], provides: Iterable[str]) -> Stage:
    return Stage(name, run, frozenset(needs), frozenset(provides))


@dataclass(slots=True)
class Pipeline:
    """Stages run in order over one Article; a value the entry points take as ``pipeline=``.

    ``extract``, ``ingest``, ``marsad.batch.run``, ``create_app`` and ``cli.main`` accept one
    (or a zero-argument factory building one). Worker processes get it from
    :mod:`marsad.executor`: a pipeline whose stage functions are defined at module level
    pickles by reference, which the Ray engine needs; the local pool needs nothing (fork).
    """

    stages: Sequence[Stage]
    timings: dict[str, float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        available = set(INITIAL_FIELDS)
        for current in self.stages:
            missing = current.needs - available
            if missing:
                raise PipelineError(
                    f"stage '{current.name}' needs {sorted(missing)}, "
                    "which no earlier stage provides"
                )
            available |= current.provides

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.stages]

    def __call__(self, raw: RawDocument) -> Article:
        article = Article(raw=raw)
        for current in self.stages:
            began = time.perf_counter()
            try:
                article = current.run(article)
            except (MarsadError, MemoryError):
                raise  # coded already, or the memory limit's to report (E032)
            except Exception as exc:
                raise StageError(f"the {current.name} stage failed on this document "
                                 f"({type(exc).__name__}: {exc})") from exc
            self.timings[current.name] = (
                self.timings.get(current.name, 0.0) + time.perf_counter() - began
            )
        return article
