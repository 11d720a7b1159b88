"""One engine: ingest and batch read inputs the same way (``marsad.inputs``), extract with the
same executor (``marsad.executor``: time limit, memory cap, failure reasons) and take the
caller's pipeline, which reaches the worker processes, the store, the Parquet and the web.
"""

from __future__ import annotations

import ast
import gzip
import io
import json
import time
from pathlib import Path

import pytest

from marsad import cli
from marsad.core import FOUNDATION_STAGES, as_pipeline
from marsad.errors import InputTooLargeError
from marsad.inputs import compress, gunzip, iter_inputs, read_capped
from marsad.model import Article
from marsad.pipeline import Pipeline, stage
from marsad.store.ingest import ingest
from marsad.store.queries import ReadModel

pa = pytest.importorskip("pyarrow")

from marsad.batch import read_table, run  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "marsad"
ARTICLES = ROOT.parent / "shared" / "data" / "articles"
TEXT = ("قال وزير الخارجية إن المحادثات ستستأنف في القاهرة الأسبوع المقبل بمشاركة الوفود. " * 4)


# --- custom pipelines (module level: picklable, importable by any worker) ------------------


def _tag_title(article: Article) -> Article:
    article.title = "مخصص: " + (article.title or "")
    return article


def _slow_when_asked(article: Article) -> Article:
    if "بطيء" in article.text:
        time.sleep(30)
    return article


def custom_pipeline() -> Pipeline:
    """The default stages minus ``events``, plus a stage that rewrites the declared title."""
    stages = [s for s in FOUNDATION_STAGES if s.name != "events"]
    return Pipeline([*stages, stage("tag", _tag_title, needs={"title"}, provides={"title"})])


def slow_pipeline() -> Pipeline:
    return Pipeline([*FOUNDATION_STAGES,
                     stage("slow", _slow_when_asked, needs={"text"}, provides=())])


def _records(n: int) -> list[str]:
    source = sorted(ARTICLES.glob("*.jsonl"))
    if source:
        lines = [line for line in source[0].read_text(encoding="utf-8").splitlines() if line]
        return lines[:n]
    return [json.dumps({"id": f"a{i}", "title": f"عنوان {i}", "text": f"{TEXT} {i}"},
                       ensure_ascii=False) for i in range(n)]


@pytest.fixture
def small_jsonl(tmp_path: Path) -> Path:
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(_records(3)) + "\n", encoding="utf-8")
    return path


# --- pipelines are values --------------------------------------------------------------------


def test_custom_pipeline_reaches_the_store_from_worker_processes(small_jsonl: Path,
                                                                 tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    # a factory, called once in each of the two worker processes
    summary = ingest([str(small_jsonl)], db, workers=2, progress=False,
                     pipeline=custom_pipeline)
    assert summary.new == 3 and summary.failed == 0
    reads = ReadModel(db)
    stored = [reads.article(aid) or {} for aid in reads.run_article_ids(summary.run_id)]
    assert len(stored) == 3
    assert all(a["title"].startswith("مخصص: ") for a in stored)
    assert all(a["events"] == [] for a in stored)


def test_custom_pipeline_object_reaches_the_parquet(small_jsonl: Path, tmp_path: Path) -> None:
    summary = run([str(small_jsonl)], tmp_path / "out", workers=2, shard_size=2,
                  pipeline=custom_pipeline())  # a Pipeline, not a factory
    assert summary.articles == 3 and summary.failures == 0
    articles = read_table(tmp_path / "out", "articles").to_pylist()
    assert all(a["title"].startswith("مخصص: ") for a in articles)
    assert all(json.loads(a["json"])["title"] == a["title"] for a in articles)
    assert all(a["n_events"] == 0 for a in articles)


def test_custom_pipeline_reaches_the_web_and_the_cli(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    from fastapi.testclient import TestClient

    from marsad.web.app import create_app

    app = create_app(tmp_path / "w.db", use_env_token=False, pipeline=custom_pipeline)
    with TestClient(app) as client:
        response = client.post("/api/extract", json={"text": TEXT})
    assert response.status_code == 200, response.text
    assert response.json()["title"].startswith("مخصص: ")
    page = tmp_path / "a.txt"
    page.write_text(TEXT, encoding="utf-8")
    assert cli.main(["extract", str(page)], pipeline=custom_pipeline) == 0
    assert json.loads(capsys.readouterr().out)["title"].startswith("مخصص: ")


def test_pipeline_arguments() -> None:
    assert as_pipeline(None).names == [s.name for s in FOUNDATION_STAGES]
    built = custom_pipeline()
    assert as_pipeline(built) is built
    assert as_pipeline(custom_pipeline).names[-1] == "tag"
    with pytest.raises(TypeError):
        as_pipeline(lambda: "not a pipeline")


# --- the same limits in both engines ---------------------------------------------------------


def _slow_input(tmp_path: Path) -> Path:
    path = tmp_path / "slow.jsonl"
    rows = [{"id": "fast", "text": TEXT}, {"id": "slow", "text": TEXT + " بطيء"}]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n",
                    encoding="utf-8")
    return path


def test_batch_fails_a_document_over_the_time_limit(tmp_path: Path) -> None:
    began = time.monotonic()
    summary = run([str(_slow_input(tmp_path))], tmp_path / "out", workers=1,
                  pipeline=slow_pipeline, doc_seconds=1.0)
    assert time.monotonic() - began < 25  # the slow stage sleeps 30 s
    assert summary.articles == 1 and summary.failures == 1
    (failure,) = read_table(tmp_path / "out", "failures").to_pylist()
    assert failure["doc"] == 1 and failure["origin"].endswith("slow.jsonl:2")
    assert failure["reason"].startswith("TimeLimitError: [E031]")


def test_ingest_fails_the_same_document_with_the_same_reason(tmp_path: Path) -> None:
    summary = ingest([str(_slow_input(tmp_path))], tmp_path / "s.db", workers=1,
                     progress=False, pipeline=slow_pipeline, doc_seconds=1.0)
    assert summary.new == 1 and summary.failed == 1
    ((origin, reason),) = summary.failures
    assert origin.endswith("slow.jsonl:2") and reason.startswith("TimeLimitError: [E031]")


# --- every decompression is capped -----------------------------------------------------------


def test_read_capped_refuses_past_the_limit() -> None:
    assert read_capped(io.BytesIO(b"x" * 10), "o", limit=10) == b"x" * 10
    with pytest.raises(InputTooLargeError, match=r"\[E004\] o: decompressed size exceeds 10"):
        read_capped(io.BytesIO(b"x" * 11), "o", limit=10)
    assert gunzip(gzip.compress(b"abc")) == b"abc"
    assert compress.MAX_DECOMPRESSED_BYTES == 256 * 1024 * 1024


@pytest.fixture
def over_cap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A .jsonl.gz that decompresses to more than the (lowered) cap."""
    monkeypatch.setattr(compress, "MAX_DECOMPRESSED_BYTES", 4096)
    path = tmp_path / "big.jsonl.gz"
    path.write_bytes(gzip.compress(("\n".join(_records(3)) + "\n").encode() + b" " * 8192))
    return path


def test_ingest_refuses_a_jsonl_gz_over_the_cap(over_cap: Path, tmp_path: Path) -> None:
    summary = ingest([str(over_cap)], tmp_path / "s.db", workers=1, progress=False)
    assert summary.new == 0 and summary.failed == 1
    ((origin, reason),) = summary.failures
    assert origin == str(over_cap)
    assert reason.startswith("[E004]") and "decompressed size exceeds 4,096 bytes" in reason


def test_batch_refuses_a_jsonl_gz_over_the_cap(over_cap: Path, tmp_path: Path) -> None:
    summary = run([str(over_cap)], tmp_path / "out", workers=1)
    assert summary.articles == 0 and summary.failures == 1
    (failure,) = read_table(tmp_path / "out", "failures").to_pylist()
    assert failure["origin"] == str(over_cap) and failure["reason"].startswith("[E004]")


def test_fsspec_jsonl_gz_is_capped_too(over_cap: Path) -> None:
    fsspec = pytest.importorskip("fsspec")
    with fsspec.open("memory://marsad-test/big.jsonl.gz", "wb") as handle:
        handle.write(over_cap.read_bytes())
    (problem,) = list(iter_inputs(["memory://marsad-test/big.jsonl.gz"], remote="fsspec"))
    assert getattr(problem, "message", "").startswith("[E004]")


# --- one-way dependencies ---------------------------------------------------------------------


def _imports(path: Path) -> list[tuple[str, str]]:
    """(module, name) for every ``from marsad… import name`` and ``import marsad…``."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("marsad"):
            found += [(node.module, alias.name) for alias in node.names]
        elif isinstance(node, ast.Import):
            found += [(alias.name, "") for alias in node.names
                      if alias.name.startswith("marsad")]
    return found


def _package(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def test_dependencies_are_one_way_and_public() -> None:
    problems = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE)
        own = rel.parts[0] if len(rel.parts) > 1 else rel.stem
        for module, name in _imports(path):
            other = _package(module)
            if other == "inputs" and own == "inputs":
                continue
            if own == "inputs" and other in ("store", "batch", "web", "executor", "cli"):
                problems.append(f"{rel}: inputs imports {module} (inputs is the bottom layer)")
            if own == "store" and other == "batch":
                problems.append(f"{rel}: store imports {module} (batch depends on store)")
            if own == "executor" and other in ("store", "batch", "web"):
                problems.append(f"{rel}: the executor imports its sink {module}")
            private = name.startswith("_") and not name.startswith("__")
            if private and other != own:
                problems.append(f"{rel}: imports private {module}.{name}")
    assert not problems, problems
