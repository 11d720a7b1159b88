"""The store: migrations, idempotent ingest, near-duplicates, search ranking, export, CLI."""

from __future__ import annotations

import argparse
import gzip
import json
import multiprocessing
import multiprocessing.queues
import re
import sqlite3
from pathlib import Path

import pytest

from conftest import SHARED_ARTICLES
from marsad.store import commands
from marsad.store.codec import article_json
from marsad.store.db import connect
from marsad.store.dedup import minhash, similarity
from marsad.store.export import export
from marsad.store.ingest import ingest
from marsad.store.migrations import MIGRATIONS, current_version
from marsad.store.search import search

BASE = ("أعلنت وزارة الصحة في القاهرة اليوم عن خطة جديدة لتطوير المستشفيات الحكومية في "
        "المحافظات، وقال المتحدث باسم الوزارة إن الخطة تشمل بناء عشرين مستشفى جديدا خلال "
        "السنوات الخمس المقبلة بتكلفة تتجاوز ملياري جنيه، مضيفا أن العمل سيبدأ مطلع العام.")


def _write_jsonl(path: Path, records: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                    encoding="utf-8")
    return path


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    return _write_jsonl(tmp_path / "in.jsonl", [
        {"id": "a1", "title": "خطة للمستشفيات", "published": "2021-03-02", "source": "أهرام",
         "text": BASE},
        # a syndicated copy: same story, a different last sentence
        {"id": "a2", "title": "خطة المستشفيات", "published": "2021-03-03", "source": "وكالة",
         "text": BASE.replace("مضيفا أن العمل سيبدأ مطلع العام.",
                              "وأشار إلى أن التمويل حكومي.")},
        # an exact copy under another id (after normalisation): a duplicate
        {"id": "a3", "title": "نسخة", "published": "2021-03-04", "text": BASE + " "},
        {"id": "a4", "title": "الأمم المتحدة", "published": "2022-01-01", "source": "وكالة",
         "text": "دعت الأمم المتحدة الأطراف إلى وقف القتال فورا في المدينة المحاصرة."},
        {"id": "a5", "title": "أمم ومتحدة", "published": "2022-01-02",
         "text": "الأمم الأمم الأمم تجتمع. المتحدة المتحدة المتحدة تقرر. لا، "
                 "بل الأمم وحدها والدول المتحدة معها."},
        {"id": "a6", "title": "قصير", "text": ""},
    ])


def test_migrations_are_ordered_and_recorded(tmp_path: Path) -> None:
    versions = [m.version for m in MIGRATIONS]
    assert versions == sorted(versions) == list(range(1, len(versions) + 1))
    conn = connect(tmp_path / "m.db")
    assert current_version(conn) == versions[-1]
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    conn.close()
    connect(tmp_path / "m.db").close()  # re-opening applies nothing twice


def test_ingest_is_idempotent_and_reports(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    first = ingest([str(corpus)], db, workers=1, progress=False)
    assert (first.read, first.new, first.duplicate, first.failed) == (6, 4, 1, 1)
    assert "a6" not in {o for o, _ in first.failures} and first.failures[0][1]
    assert first.near_duplicate == 1
    again = ingest([str(corpus)], db, workers=2, progress=False)
    assert again.new == 0 and again.duplicate == 5
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 4
    assert conn.execute("SELECT count(*) FROM articles_fts").fetchone()[0] == 4
    clusters = conn.execute("SELECT article_id, cluster_id FROM near_duplicates "
                            "ORDER BY article_id").fetchall()
    assert clusters == [("a1", "a1"), ("a2", "a1")]
    raw = conn.execute("SELECT content FROM documents WHERE article_id='a1'").fetchone()[0]
    assert BASE.encode() in raw
    stored = article_json(*conn.execute("SELECT json, text FROM articles WHERE id='a1'")
                          .fetchone())
    assert stored["text"] == BASE and "entities" in stored
    runs = conn.execute("SELECT status, new FROM ingest_runs ORDER BY id").fetchall()
    assert runs == [("done", 4), ("done", 0)]


def test_jsonl_gz_input(corpus: Path, tmp_path: Path) -> None:
    gz = tmp_path / "in.jsonl.gz"
    gz.write_bytes(gzip.compress(corpus.read_bytes()))
    summary = ingest([str(gz)], tmp_path / "g.db", workers=1, progress=False)
    assert summary.new == 4


def test_minhash_signature_is_the_exact_modular_formula() -> None:
    """The numpy signature equals ``min(((a·h + b) mod (2^61 − 1)) & 0xFFFFFFFF)`` computed
    with Python integers: stored signatures stay comparable with those of older stores."""
    import random

    from marsad.store.dedup import PERMS, signature

    prime, rng = (1 << 61) - 1, random.Random(7)
    edge = {0, 1, prime - 1, prime, prime + 1, 2 * prime, (1 << 64) - 1, 1 << 63}
    for size in (1, 2, 5, 50, 400):
        hashes = {rng.getrandbits(64) for _ in range(size)} | (edge if size == 5 else set())
        expected = tuple(min(((a * h + b) % prime) & 0xFFFFFFFF for h in hashes)
                         for a, b in PERMS)
        assert signature(hashes) == expected


def test_minhash_shingles_keep_their_definition() -> None:
    """Shingle hashes are BLAKE2b-8 of the five normalised words joined by spaces (read
    little-endian), and the signature is that of their set: stored signatures stay valid."""
    import hashlib

    from marsad.store.dedup import SHINGLE, normalized_words, shingles, signature, text_hash

    text = BASE + " " + BASE.replace("القاهرة", "الإسكندرية")  # repeated shingles too
    words = normalized_words(text)
    expected = {int.from_bytes(hashlib.blake2b(" ".join(words[i:i + SHINGLE]).encode(),
                                               digest_size=8).digest(), "little")
                for i in range(len(words) - SHINGLE + 1)}
    assert shingles(text) == expected
    assert minhash(text) == signature(expected)
    assert text_hash(text) == text_hash(" ".join(text.split()))  # whitespace collapsed
    assert shingles("كلمتان فقط") == set()


def test_minhash_from_shared_tokens_is_the_same() -> None:
    """The shingles of a text's own tokens (shared with the search shadow) are those of its
    normalised text, also where normalisation deletes characters (diacritics, tatweel, zero-
    width and bidi controls, a mark before or after a number): same words, same signature."""
    from marsad.arabic.tokenize import token_texts
    from marsad.store.analyzer import analyze, terms
    from marsad.store.dedup import _word_bytes, normalized_words

    odd = ["أيضاً", "بــً", "ًب", "5ً5", "بً5", "5\u200cب", "ب\u200bب", "ب\u200c\u200cب",
           "ـب", " ـ ", "ب،ً", "\u200f", "٣٥ ألفاً", "x\u0301y", "\ufeffأ"]
    for extra in ["", *odd]:
        text = f"{BASE} {extra} {BASE}"
        tokens = token_texts(text)
        assert _word_bytes(text, tokens) == [w.encode() for w in normalized_words(text)], extra
        assert minhash(text, tokens) == minhash(text), extra
        assert terms(tokens) == analyze(text), extra


def test_minhash_similarity() -> None:
    a, b = minhash(BASE), minhash(BASE.replace("القاهرة", "الإسكندرية"))
    c = minhash("نص مختلف تماما عن الخبر الأول ولا يشترك معه في أي عبارة من العبارات الطويلة")
    assert a and b and c
    assert similarity(a, b) > 0.5 > similarity(a, c)
    assert minhash("كلمتان فقط") is None


def test_exact_phrase_ranks_first_and_filters(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    ingest([str(corpus)], db, workers=1, progress=False)
    hits = search(db, "الأمم المتحدة")
    assert [h.id for h in hits][:1] == ["a4"] and hits[0].exact
    # read as the United Nations: a5 has both words but never names the UN
    assert {h.id for h in hits} == {"a4"}
    assert {h.id for h in search(db, "الأمم المتحدة", literal=True)} >= {"a4", "a5"}
    assert "[[الأمم المتحدة]]" in hits[0].snippet  # the mention, marked whole
    assert "[[الأمم]]" in search(db, "الأمم المتحدة", literal=True)[0].snippet
    assert search(db, '"الأمم المتحدة"')[0].id == "a4"
    assert [h.id for h in search(db, "مستشفى", source="وكالة")] == ["a2"]
    assert {h.id for h in search(db, "مستشفى", date_from="2021-03-03")} == {"a2"}
    assert {h.id for h in search(db, "مستشفى", date_to="2021-03-02")} == {"a1"}
    assert search(db, "مستشفى", entity="Q79") == []
    assert {h.id for h in search(db, "مستشف*")} == {"a1", "a2"}


def test_entity_filters(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    ingest([str(corpus)], db, workers=1, progress=False)
    conn = connect(db)
    conn.execute("INSERT INTO entities(id, type, name_ar) VALUES ('Q85', 'place', 'القاهرة')")
    conn.execute("INSERT INTO mentions(article, entity_id, start, \"end\") "
                 "SELECT rowid, 'Q85', 0, 5 FROM articles WHERE id = 'a1'")
    # the writer keeps one (entity, article) row beside the mentions; searches read it
    conn.execute("INSERT INTO entity_articles(entity_id, day, article, mentions) "
                 "SELECT 'Q85', coalesce(substr(published, 1, 10), ''), rowid, 1 FROM articles "
                 "WHERE id = 'a1'")
    conn.close()
    assert [h.id for h in search(db, "مستشفى", entity="Q85")] == ["a1"]
    assert [h.id for h in search(db, "", entity_type="place")] == ["a1"]


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_export(corpus: Path, tmp_path: Path, fmt: str) -> None:
    db = tmp_path / "s.db"
    ingest([str(corpus)], db, workers=1, progress=False)
    out = tmp_path / f"articles.{fmt}"
    assert export(db, "articles", fmt, out) == 4
    body = out.read_text(encoding="utf-8")
    if fmt == "jsonl":
        first = json.loads(body.splitlines()[0])
        assert first["id"] == "a1" and first["text"] == BASE
    else:
        assert body.startswith("id,title,published")
    for table in ("entities", "mentions", "quantities", "times", "statements"):
        target = tmp_path / f"{table}.{fmt}"
        rows = export(db, table, fmt, target)
        lines = target.read_text(encoding="utf-8").splitlines()
        assert rows == (len(lines) if fmt == "jsonl" else max(len(lines) - 1, 0))
    # The fixture corpus names places and states, so the entity stage fills these tables.
    assert export(db, "mentions", fmt, tmp_path / f"m.{fmt}") > 0


def test_command_handlers(corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                          ) -> None:
    parser = argparse.ArgumentParser()
    commands.register(parser.add_subparsers(dest="command", required=True))
    db = str(tmp_path / "c.db")
    args = parser.parse_args(["ingest", str(corpus), "--db", db, "--workers", "1", "--quiet"])
    assert args.handler(args) == 1  # one input failed (empty text)
    args = parser.parse_args(["search", "مستشفى", "--db", db, "--json", "--from", "2021-01-01"])
    assert args.handler(args) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines() if x.startswith("{")]
    assert {x["id"] for x in lines} == {"a1", "a2"}
    args = parser.parse_args(["export", "--table", "articles", "--format", "csv", "--db", db,
                              "--out", str(tmp_path / "x.csv")])
    assert args.handler(args) == 0


def test_search_command_reads_names_as_entities(corpus: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    parser = argparse.ArgumentParser()
    commands.register(parser.add_subparsers(dest="command", required=True))
    db = str(tmp_path / "c.db")
    ingest([str(corpus)], db, workers=1, progress=False)

    def run(*argv: str) -> tuple[int, str, str]:
        args = parser.parse_args(["search", *argv, "--db", db])
        code = args.handler(args)
        out, err = capsys.readouterr()
        return code, out, err

    code, out, err = run("الأمم المتحدة")
    assert code == 0 and "a4" in out
    assert re.search(r"^understood: الأمم المتحدة → org:united-nations "
                     r"\(الأمم المتحدة / United Nations\), \d+ articles$", err, re.M), err
    counted = re.search(r"^total: (\d+)$", err, re.M)
    assert counted, err
    assert int(counted.group(1)) == len([x for x in out.splitlines() if x[:2] in ("= ", "~ ")]) >= 1
    code, out, err = run("الأمم المتحدة", "--literal")
    assert "understood:" not in err and "total: " in err and "a4" in out
    code, out, err = run("مستشفى", "--json", "--source", "أهرام", "--source", "وكالة",
                         "--sort", "date")
    assert [json.loads(x)["id"] for x in out.splitlines()] == ["a2", "a1"]  # newest first
    assert "understood:" not in err and "total: 2" in err
    code, out, _ = run("مستشفى", "--json", "--source", "أهرام,وكالة")
    assert {json.loads(x)["id"] for x in out.splitlines()} == {"a1", "a2"}
    code, out, err = run("مستشفى", "--source", "أهرام")
    assert code == 0 and "a1" in out and "a2" not in out and "total: 1" in err
    code, out, err = run("لاشيءمطابق")
    assert code == 1 and out == "" and "total: 0" in err


def test_db_from_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("MARSAD_DB", str(tmp_path / "env.db"))
    connect().close()
    assert (tmp_path / "env.db").exists()


@pytest.mark.slow
def test_full_shared_corpus(tmp_path: Path, shared_article_files: list[Path]) -> None:
    sources = [str(SHARED_ARTICLES / "*.jsonl")]  # a glob, as a user gives it
    db = tmp_path / "full.db"
    summary = ingest(sources, db, progress=False)
    assert summary.read == 2500 and summary.failed == 0, summary.failures[:5]
    assert summary.new + summary.duplicate == 2500
    assert summary.near_duplicate > 0
    again = ingest(sources, db, progress=False)
    assert again.new == 0 and again.failed == 0


def _open_store(path: str, results: multiprocessing.queues.Queue[str]) -> None:
    try:
        connect(path).close()
        results.put("ok")
    except sqlite3.OperationalError as exc:
        results.put(str(exc))


def test_two_processes_opening_a_new_store_both_succeed(tmp_path: Path) -> None:
    """The switch to WAL on a NEW database is not covered by SQLite's busy handler; two
    ingests starting together used to fail with "database is locked" about 1 time in 6."""
    ctx = multiprocessing.get_context("fork")
    outcomes: list[str] = []
    for i in range(20):
        results: multiprocessing.queues.Queue[str] = ctx.Queue()
        procs = [
            ctx.Process(target=_open_store, args=(str(tmp_path / f"{i}.db"), results))
            for _ in range(2)
        ]
        for proc in procs:
            proc.start()
        for proc in procs:
            proc.join(timeout=60)
        outcomes += [results.get(timeout=5) for _ in procs]
    assert outcomes == ["ok"] * 40


_VOLATILE = {"articles": {"ingested_at"}, "store_versions": {"recorded_at"},
             "schema_version": {"applied_at"}}


def _store_dump(db: Path, *, rowids: bool, skip: frozenset[str] = frozenset()
                ) -> dict[str, list[tuple[object, ...]]]:
    """Every table's rows, sorted, and the search index as (term, article, column, offset)
    instances. ``rowids``: with the hidden rowid of rowid tables, and the search index's own
    tables (its segments), which differ where commits fell elsewhere."""
    conn = sqlite3.connect(db)
    try:
        out: dict[str, list[tuple[object, ...]]] = {}
        tables = conn.execute("SELECT name, sql FROM sqlite_master WHERE type='table' AND "
                              "name NOT IN ('ingest_runs', 'articles_fts') AND "
                              f"(name NOT LIKE 'articles_fts%' OR {int(rowids)})")
        for name, sql in tables.fetchall():
            cols = [r[1] for r in conn.execute(f'PRAGMA table_info("{name}")')
                    if r[1] not in _VOLATILE.get(name, set()) and f"{name}.{r[1]}" not in skip]
            hidden = rowids and "WITHOUT ROWID" not in sql.upper()
            select = ("rowid, " if hidden else "") + ", ".join(f'"{c}"' for c in cols)
            out[name] = sorted(conn.execute(f'SELECT {select} FROM "{name}"').fetchall(),
                               key=repr)
        conn.execute("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, articles_fts, "
                     "instance)")
        out["fts"] = conn.execute("SELECT * FROM temp.vocab ORDER BY 1, 2, 3, 4").fetchall()
        return out
    finally:
        conn.close()


def test_bulk_load_staged_batches_build_the_per_batch_store(
        tmp_path: Path, shared_article_files: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bulk load commits every few batches (``bulk.COMMIT_BATCHES``), writing each batch's
    rows, its search-index segment and its claim groups at the batch's end: the store is row
    for row (hidden rowids and the index's segments included) the one a commit per batch
    builds. A load stopped in the middle of a transaction loses that transaction, as a kill
    would, and run again ends with the same store, rowids and segments included."""
    from marsad.batch import run
    from marsad.store import bulk
    from marsad.store.ingest import Writer

    lines = shared_article_files[0].read_text(encoding="utf-8").splitlines()[:24]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    run([str(src)], tmp_path / "out", shard_size=5, workers=1)

    staged = bulk.load_parquet(tmp_path / "out", tmp_path / "staged.db", workers=1, batch_size=2)
    assert staged.new > 15
    with monkeypatch.context() as m:
        m.setattr(bulk, "COMMIT_BATCHES", 1)
        per_batch = bulk.load_parquet(tmp_path / "out", tmp_path / "per.db", workers=1,
                                      batch_size=2)
    assert staged.as_dict() | {"seconds": 0} == per_batch.as_dict() | {"seconds": 0}
    assert _store_dump(tmp_path / "staged.db", rowids=True) == _store_dump(
        tmp_path / "per.db", rowids=True)
    assert bulk.load_parquet(tmp_path / "out", tmp_path / "staged.db", workers=1).new == 0

    original_add, added = Writer.add, [0]

    def add_then_stop(self: Writer, item: object) -> None:
        added[0] += 1
        if added[0] == 13:  # inside the second transaction's second stage
            raise KeyboardInterrupt
        original_add(self, item)  # type: ignore[arg-type]

    with monkeypatch.context() as m:
        m.setattr(Writer, "add", add_then_stop)
        with pytest.raises(KeyboardInterrupt):
            bulk.load_parquet(tmp_path / "out", tmp_path / "resumed.db", workers=1,
                              batch_size=2)
    rest = bulk.load_parquet(tmp_path / "out", tmp_path / "resumed.db", workers=1, batch_size=2)
    assert 0 < rest.new < staged.new  # the first transaction's articles stayed
    assert _store_dump(tmp_path / "resumed.db", rowids=True,
                       skip=frozenset({"articles.run_id"})) == _store_dump(
        tmp_path / "staged.db", rowids=True, skip=frozenset({"articles.run_id"}))


def test_article_text_is_stored_once_and_read_back_whole() -> None:
    """``pack_article`` keeps one copy of the text (``articles.text``; the JSON holds null in
    its place) and ``article_json`` restores the exact JSON, key order included, whether the
    payload is the usual serialisation (spliced) or another layout (parsed); rows written
    before, with the text in both columns and plain, read the same."""
    from marsad import extract
    from marsad.serialize import to_dict
    from marsad.store.codec import pack, pack_article, unpack

    with (SHARED_ARTICLES / sorted(p.name for p in SHARED_ARTICLES.glob("*.jsonl"))[0]).open(
            encoding="utf-8") as handle:
        rows = [json.loads(next(handle)) for _ in range(3)]
    for row in rows:
        data = to_dict(extract(row["text"]))
        for payload in (json.dumps(data, ensure_ascii=False),
                        json.dumps(data, ensure_ascii=False, separators=(",", ":"))):
            packed_text, packed_json = pack_article(data["text"], payload)
            assert unpack(packed_text) == data["text"]
            assert json.loads(unpack(packed_json) or "")["text"] is None
            back = article_json(packed_json, packed_text)
            assert back == data and list(back) == list(data)
        plain = json.dumps(data, ensure_ascii=False)
        assert article_json(pack(plain), data["text"]) == data  # an older row
        assert article_json(plain, data["text"]) == data  # older still: JSON as text


def test_article_json_is_packed_with_the_shipped_dictionary() -> None:
    """``pack_json`` frames name the shipped dictionary (``data/store_json.zdict``, listed in
    ``DICTIONARIES`` under the id the file itself declares) and read back exactly; a frame
    without a dictionary (rows written before) still reads; a frame naming a dictionary this
    version does not ship fails with a message that says so, not with zstd's own error."""
    import zstandard

    from marsad.store.codec import (
        DATA_DIR,
        DICTIONARIES,
        JSON_DICTIONARY,
        pack,
        pack_json,
        unpack,
    )

    for dict_id, name in DICTIONARIES.items():
        assert zstandard.ZstdCompressionDict((DATA_DIR / name).read_bytes()).dict_id() == dict_id
    assert JSON_DICTIONARY in DICTIONARIES
    with (SHARED_ARTICLES / sorted(p.name for p in SHARED_ARTICLES.glob("*.jsonl"))[-1]).open(
            encoding="utf-8") as handle:
        payloads = [next(handle) for _ in range(5)]
    for payload in [*payloads, "{}", '{"text": null, "title": "عنوان"}']:
        packed = pack_json(payload)
        assert zstandard.get_frame_parameters(packed[4:]).dict_id == JSON_DICTIONARY
        assert unpack(packed) == payload
        assert len(packed) < len(pack(payload)) or len(payload) < 100
        assert unpack(pack(payload)) == payload
    # The same frame, its header naming dictionary 99 instead (the id follows the magic
    # number, the frame header byte and, unless the frame is one segment, a window byte).
    packed = pack_json(payloads[0])
    width = (JSON_DICTIONARY.bit_length() + 7) // 8
    at = packed.index(JSON_DICTIONARY.to_bytes(width, "little"), 4 + 4 + 1, 4 + 4 + 2 + width)
    foreign = packed[:at] + (99).to_bytes(width, "little") + packed[at + width:]
    with pytest.raises(ValueError, match="dictionary 99"):
        unpack(foreign)


def test_claim_rows_are_packed_and_read_back() -> None:
    """``claims.json`` is packed with the same dictionary as the article JSON (a claim's JSON
    repeats its sentence, title and URL) and reads back as the claim it was made from."""
    import zstandard

    from marsad import extract
    from marsad.claims.grouping import claims_from_article
    from marsad.serialize import to_dict
    from marsad.store.claim_groups import _claim, claim_rows
    from marsad.store.codec import JSON_DICTIONARY

    seen = 0
    with (SHARED_ARTICLES / sorted(p.name for p in SHARED_ARTICLES.glob("*.jsonl"))[0]).open(
            encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            data = to_dict(extract(row["text"], published=row.get("published")))
            rows = claim_rows(str(row["id"]), data)
            for stored, claim in zip(rows, claims_from_article(data), strict=True):
                packed = stored[-1]
                assert isinstance(packed, bytes)
                assert zstandard.get_frame_parameters(packed[4:]).dict_id == JSON_DICTIONARY
                assert _claim(packed) == claim
                seen += 1
            if seen >= 5:
                break
    assert seen >= 5
