"""Hostile inputs: each gives a correct article or a coded MarsadError, within the limits.

The corpus (tests/hostile/generate.py) is written to a temporary directory at test time.
Every file goes through the same reader the CLI and ingest use, then ``marsad.extract`` in
a forked child under ``marsad.limits.run_with_limits``: an exception other than
MarsadError, a hang past the per-document time limit or a memory blow-up all fail here.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest

import marsad
from hostile.generate import (
    ARTICLE,
    BODY,
    EITHER,
    Case,
    cases,
    jsonl_with_broken_lines,
    jsonl_with_lone_surrogate,
    write_corpus,
    write_gzip_bomb,
)
from hostile.invariants import check_article
from marsad import errors
from marsad.errors import MarsadError, ResourceLimitError, TimeLimitError
from marsad.limits import run_with_limits
from marsad.model import Article, RawDocument
from marsad.reader import InputProblem, iter_documents

# Per-document limits for this suite: generous for 2 shared cores, far below "hung".
SECONDS = 30.0
MEMORY_MB = 2048
NAMES = [case.name for case in cases(big_mb=1)]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Case, Path]]:
    marsad.extract(BODY)  # load lexicons/models once here, so every forked child has them
    directory = tmp_path_factory.mktemp("hostile")
    return {case.name: (case, path) for case, path in write_corpus(directory)}


def _extract_checked(raw: RawDocument) -> Article:
    """Runs in the child: extract, then assert the offset contract before pickling back."""
    article = marsad.extract(raw)
    check_article(article)
    return article


def _only_document(path: Path) -> RawDocument:
    items = list(iter_documents([str(path)]))
    assert len(items) == 1, items
    assert isinstance(items[0], RawDocument), items[0]
    return items[0]


@pytest.mark.parametrize("name", NAMES)
def test_hostile_file_gives_article_or_coded_error(
        name: str, corpus: dict[str, tuple[Case, Path]]) -> None:
    case, path = corpus[name]
    raw = _only_document(path)
    began = time.monotonic()
    try:
        article = run_with_limits(_extract_checked, raw, seconds=SECONDS, memory_mb=MEMORY_MB)
    except ResourceLimitError as exc:
        pytest.fail(f"{name} ({case.why}) hit a resource limit: {exc}")
    except MarsadError as exc:
        assert case.expect != ARTICLE, f"{name} ({case.why}) should give an article: {exc}"
        if isinstance(case.expect, tuple):
            assert isinstance(exc, case.expect), f"{name}: {type(exc).__name__}: {exc}"
        assert str(exc).startswith("[E") and len(str(exc)) > 12, "error must carry a reason"
    else:
        assert case.expect in (ARTICLE, EITHER), (
            f"{name} ({case.why}) should be refused with {case.expect}, got an article: "
            f"{article.text[:120]!r}")
        assert article.text.strip()
        if case.check is not None:
            case.check(article)
    assert time.monotonic() - began < SECONDS


def test_broken_jsonl_lines_are_reported_and_good_ones_kept(tmp_path: Path) -> None:
    data, good, broken = jsonl_with_broken_lines()
    path = tmp_path / "batch.jsonl"
    path.write_bytes(data)
    items = list(iter_documents([str(path)]))
    problems = [i for i in items if isinstance(i, InputProblem)]
    documents = [i for i in items if isinstance(i, RawDocument)]
    assert all(p.message for p in problems)
    articles, refused = [], []
    for raw in documents:
        try:
            articles.append(marsad.extract(raw))
        except MarsadError as exc:
            refused.append(exc)
    assert len(articles) == good
    assert len(problems) + len(refused) == broken


def test_lone_surrogate_text_is_a_coded_error() -> None:
    with pytest.raises(MarsadError, match=r"\[E003\].*surrogate"):
        marsad.extract(BODY[:40] + "\ud800" + BODY)


def test_pathological_document_is_stopped_at_the_time_limit() -> None:
    """A 700 kB single-paragraph text takes minutes (entity stage is super-linear): the
    limit must stop it on time with a coded error, not let it run."""
    marsad.extract(BODY)
    seconds = 3.0
    began = time.monotonic()
    try:
        run_with_limits(marsad.extract, BODY * 2500, seconds=seconds, memory_mb=MEMORY_MB)
    except TimeLimitError as exc:
        assert exc.code == "E031"
    elapsed = time.monotonic() - began
    assert elapsed < seconds + 2.0, elapsed


def _ingest_summary(sources: list[str], db: Path) -> dict[str, object]:
    from marsad.store.ingest import ingest

    return ingest(sources, db, workers=1, progress=False).as_dict()


def _integrity(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def test_ingest_records_every_hostile_failure_with_its_reason(
        corpus: dict[str, tuple[Case, Path]], tmp_path: Path) -> None:
    directory = next(iter(corpus.values()))[1].parent
    db = tmp_path / "hostile.db"
    summary = run_with_limits(_ingest_summary, [str(directory)], db, seconds=300,
                              memory_mb=4096)
    failures = dict(summary["failures"])  # type: ignore[call-overload]
    for case, path in corpus.values():
        if isinstance(case.expect, tuple):
            reason = failures.get(str(path))
            assert reason is not None, f"{case.name} not recorded as a failure"
            # "ClassName: [Ecode] why", the class one of (or a subclass of) those expected
            error = getattr(errors, reason.split(":", 1)[0], None)
            assert isinstance(error, type) and issubclass(error, case.expect), (case.name, reason)
            assert f"[{error.code}]" in reason, reason
    _, _good, broken = jsonl_with_broken_lines()
    jsonl_failures = [o for o in failures if "broken_lines.jsonl:" in o]
    assert len(jsonl_failures) == broken
    assert _integrity(db) == "ok"


@pytest.mark.xfail(strict=True, reason="store/ingest.py process() encodes raw.content to "
                   "UTF-8 outside its try: a lone surrogate aborts the whole run "
                   "(see docs/reliability.md)")
def test_ingest_survives_a_lone_surrogate_record(tmp_path: Path) -> None:
    path = tmp_path / "surrogate.jsonl"
    path.write_bytes(jsonl_with_lone_surrogate())
    summary = run_with_limits(_ingest_summary, [str(path)], tmp_path / "s.db", seconds=120,
                              memory_mb=MEMORY_MB)
    assert summary["new"] == 1 and summary["failed"] == 1


@pytest.mark.slow
@pytest.mark.xfail(strict=True, reason="store/ingest.py iter_inputs() gzip.decompress()es "
                   "a whole .jsonl.gz with no cap (see docs/reliability.md)")
def test_ingest_caps_decompressed_gzip_size(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.jsonl.gz"
    expanded = write_gzip_bomb(bomb, expanded_mb=2048)
    assert bomb.stat().st_size < expanded // 500
    summary = run_with_limits(_ingest_summary, [str(bomb)], tmp_path / "b.db", seconds=120,
                              memory_mb=1024)
    assert summary["failed"] >= 1
    assert any("gzip" in reason or "decompress" in reason
               for _, reason in summary["failures"])  # type: ignore[union-attr]
