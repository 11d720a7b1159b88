"""Parquet export: the documented column types, read back by DuckDB (and pandas if present)."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest

from marsad import cli
from marsad.store.export import PARQUET_TYPES, TABLES, export
from marsad.store.ingest import ingest

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")
duckdb = pytest.importorskip("duckdb")

TEXT = ("أعلنت وزارة الصحة في القاهرة اليوم عن خطة جديدة لتطوير المستشفيات الحكومية، وقال "
        "المتحدث باسم الوزارة إن الخطة تشمل بناء عشرين مستشفى جديدا خلال السنوات الخمس المقبلة "
        "بتكلفة تتجاوز ملياري جنيه، وأكد وزير الخارجية المصري سامح شكري دعم الخطة يوم 3 مارس.")

DUCK = {"string": "VARCHAR", "int64": "BIGINT", "float64": "DOUBLE", "bool": "BOOLEAN",
        "date32": "DATE"}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("pq")
    src = root / "in.jsonl"
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in [
        {"id": "p1", "title": "خطة", "published": "2021-03-02", "source": "أهرام", "text": TEXT},
        {"id": "p2", "title": "بلا تاريخ", "text": "دعت الأمم المتحدة الأطراف في سوريا إلى "
         "وقف القتال فورا، وقال الأمين العام إن ألفي شخص نزحوا من المدينة."},
    ]) + "\n", encoding="utf-8")
    path = root / "s.db"
    summary = ingest([str(src)], path, workers=1, progress=False)
    assert summary.new == 2
    return path


@pytest.mark.parametrize("table", [t for t in TABLES if t in PARQUET_TYPES])
def test_parquet_schema_is_the_documented_one(db: Path, tmp_path: Path, table: str) -> None:
    out = tmp_path / f"{table}.parquet"
    count = export(db, table, "parquet", out)
    schema = pq.read_schema(out)
    assert [(f.name, str(f.type)) for f in schema] == [
        (name, {"string": "string", "int64": "int64", "float64": "double", "bool": "bool",
                "date32": "date32[day]"}[kind]) for name, kind in PARQUET_TYPES[table].items()]
    con = duckdb.connect()
    described = con.execute(f"DESCRIBE SELECT * FROM read_parquet('{out}')").fetchall()
    assert [(r[0], r[1]) for r in described] == [
        (name, DUCK[kind]) for name, kind in PARQUET_TYPES[table].items()]
    assert con.execute(f"SELECT count(*) FROM read_parquet('{out}')").fetchone()[0] == count


def test_articles_round_trip_through_duckdb(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "articles.parquet"
    assert export(db, "articles", "parquet", out) == 2
    con = duckdb.connect()
    rows = con.execute(
        "SELECT id, title, published, source, text, json_extract_string(json, '$.id') "
        f"FROM read_parquet('{out}') ORDER BY id").fetchall()
    assert rows[0][:4] == ("p1", "خطة", datetime.date(2021, 3, 2), "أهرام")
    assert rows[0][4].startswith("أعلنت وزارة الصحة") and rows[0][5] == "p1"
    assert rows[1][2] is None  # no publication date → null, not a bad string
    # the documented doc file names every type
    doc = (Path(__file__).resolve().parents[1] / "docs" / "store.md").read_text("utf-8")
    for table, types in PARQUET_TYPES.items():
        assert f"### {table}" in doc
        for name, kind in types.items():
            assert f"| `{name}` | `{kind}` |" in doc, (table, name)


def test_entities_and_mentions_types(db: Path, tmp_path: Path) -> None:
    ent = tmp_path / "e.parquet"
    men = tmp_path / "m.parquet"
    assert export(db, "entities", "parquet", ent) > 0
    assert export(db, "mentions", "parquet", men) > 0
    con = duckdb.connect()
    joined = con.execute(
        f"SELECT e.type, typeof(m.start), typeof(e.in_kb), count(*) FROM read_parquet('{men}') m "
        f"JOIN read_parquet('{ent}') e ON e.id = m.entity_id GROUP BY ALL").fetchall()
    assert joined and all(r[1] == "BIGINT" and r[2] == "BOOLEAN" for r in joined)


def test_empty_table_still_has_the_schema(tmp_path: Path) -> None:
    empty = tmp_path / "empty.db"
    ingest([], empty, workers=1, progress=False)
    out = tmp_path / "q.parquet"
    assert export(empty, "quantities", "parquet", out) == 0
    assert pq.read_schema(out).field("value").type == pa.float64()


def test_pandas_reads_it_when_installed(db: Path, tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    out = tmp_path / "a.parquet"
    export(db, "articles", "parquet", out)
    frame = pd.read_parquet(out)
    assert list(frame.columns) == list(PARQUET_TYPES["articles"])
    assert frame.loc[frame["id"] == "p1", "published"].iloc[0] == datetime.date(2021, 3, 2)


def test_cli_parquet_needs_out(db: Path, tmp_path: Path,
                               capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "cli.parquet"
    assert cli.main(["export", "--db", str(db), "--table", "articles", "--format",
                          "parquet", "--out", str(out)]) == 0
    assert pq.read_table(out).num_rows == 2
    assert cli.main(["export", "--db", str(db), "--table", "articles", "--format",
                          "parquet"]) == 2
    assert "--out" in capsys.readouterr().err
