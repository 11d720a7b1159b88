"""Ingest sources beyond plain files: WARC archives and RSS/Atom feed files."""

from __future__ import annotations

import html
import io
import json
import sqlite3
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from marsad.inputs import handles, iter_inputs, iter_warc, looks_like_feed
from marsad.inputs import iter_feed as parse_feed
from marsad.store.codec import unpack
from marsad.store.ingest import ingest

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "shared" / "seed" / "step-news-interview.txt"
SHARED_ARTICLES = ROOT / "shared" / "data" / "articles"

needs_shared = pytest.mark.skipif(not SEED.exists() or not SHARED_ARTICLES.is_dir(),
                                  reason="needs ../shared (seed and shared articles)")


def _page(title: str, text: str) -> bytes:
    paras = "".join(f"<p>{html.escape(p.strip())}</p>" for p in text.split("\n") if p.strip())
    return (f'<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">'
            f"<title>{html.escape(title)}</title></head><body><article>"
            f"<h1>{html.escape(title)}</h1>{paras}</article></body></html>").encode()


def _shared_records(n: int) -> list[dict[str, str]]:
    out: list[dict[str, str]] = []
    for path in sorted(SHARED_ARTICLES.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            if len(rec.get("text") or "") > 400:
                out.append(rec)
                break
        if len(out) >= n:
            break
    if len(out) < n:  # fewer files than wanted: more from the first one
        lines = (sorted(SHARED_ARTICLES.glob("*.jsonl"))[0]
                 .read_text(encoding="utf-8").splitlines())
        for line in lines:
            rec = json.loads(line)
            if len(out) >= n:
                break
            if len(rec.get("text") or "") > 400 and rec["id"] not in {r["id"] for r in out}:
                out.append(rec)
    return out


def _response(writer: WARCWriter, url: str, body: bytes, ctype: str, date: str,
              status: str = "200 OK") -> str:
    http = StatusAndHeaders(status, [("Content-Type", ctype),
                                     ("Content-Length", str(len(body)))],
                            protocol="HTTP/1.1")
    record = writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                       http_headers=http,
                                       warc_headers_dict={"WARC-Date": date})
    writer.write_record(record)
    return str(record.rec_headers.get_header("WARC-Record-ID")).strip("<>")


@pytest.fixture()
def warc_file(tmp_path: Path) -> tuple[Path, list[tuple[str, str, str]]]:
    """seed + 3 shared articles as HTML responses, plus records that are not articles."""
    path = tmp_path / "crawl.warc.gz"
    expected: list[tuple[str, str, str]] = []  # (record id, url, day)
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        seed = SEED.read_text(encoding="utf-8")
        url = "https://news.example/interview"
        rid = _response(writer, url, _page("مقابلة", seed), "text/html; charset=utf-8",
                        "2023-05-04T10:00:00Z")
        expected.append((rid, url, "2023-05-04"))
        writer.write_record(writer.create_warc_record(
            url, "request", payload=io.BytesIO(b"GET /interview HTTP/1.1\r\n\r\n"),
            warc_headers_dict={"WARC-Date": "2023-05-04T10:00:00Z"}))
        for i, rec in enumerate(_shared_records(3), start=1):
            url = f"https://news.example/shared/{i}"
            rid = _response(writer, url, _page(rec.get("title") or "خبر", rec["text"]),
                            "text/html", f"2021-0{i}-1{i}T08:30:00Z")
            expected.append((rid, url, f"2021-0{i}-1{i}"))
        _response(writer, "https://news.example/logo.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 64,
                  "image/png", "2023-05-04T10:00:01Z")
        _response(writer, "https://news.example/missing", _page("غير موجود", "الصفحة غير "
                  "موجودة على الخادم للأسف الشديد"), "text/html", "2023-05-04T10:00:02Z",
                  status="404 Not Found")
    return path, expected


@needs_shared
def test_warc_ingest_uses_record_ids_and_is_idempotent(
        warc_file: tuple[Path, list[tuple[str, str, str]]], tmp_path: Path) -> None:
    path, expected = warc_file
    docs = list(iter_warc(str(path)))
    assert [d.id for d in docs] == [rid for rid, _, _ in expected]  # type: ignore[union-attr]
    db = tmp_path / "w.db"
    first = ingest([str(path)], db, workers=1, progress=False)
    assert (first.read, first.new, first.failed) == (4, 4, 0), first.failures
    conn = sqlite3.connect(db)
    rows = conn.execute("SELECT id, url, published FROM articles ORDER BY rowid").fetchall()
    assert rows == [(rid, url, day) for rid, url, day in expected]
    assert all(rid.startswith("urn:uuid:") for rid, _, _ in expected)
    text = unpack(conn.execute("SELECT text FROM articles WHERE id=?",
                               (expected[0][0],)).fetchone()[0])
    assert "التحالف الدولي" in text
    conn.close()
    again = ingest([str(path)], db, workers=2, progress=False)
    assert (again.new, again.duplicate, again.failed) == (0, 4, 0)


@needs_shared
def test_warc_in_a_directory_is_found(warc_file: tuple[Path, list[tuple[str, str, str]]],
                                      ) -> None:
    path, expected = warc_file
    ids = [d.id for d in iter_inputs([str(path.parent)])]  # type: ignore[union-attr]
    assert ids == [rid for rid, _, _ in expected]


def test_broken_warc_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    bad = tmp_path / "bad.warc"
    bad.write_bytes(b"this is not a WARC file at all\r\n\r\n")
    summary = ingest([str(bad)], tmp_path / "b.db", workers=1, progress=False)
    assert summary.failed == 1 and "WARC" in summary.failures[0][1]


RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>وكالة الأنباء</title><link>https://news.example/</link>
<item><guid>rss-1</guid><title>اجتماع وزراء الخارجية العرب في القاهرة</title>
<link>https://news.example/a/1</link><pubDate>Tue, 02 Mar 2021 09:00:00 GMT</pubDate>
<description><![CDATA[<p>اجتمع وزراء الخارجية العرب اليوم في القاهرة لبحث الأوضاع في المنطقة،
وقال الأمين العام لجامعة الدول العربية إن الاجتماع ناقش سبل دعم الاستقرار.</p>]]></description>
</item>
<item><guid>rss-2</guid><title>ارتفاع أسعار النفط</title><link>https://news.example/a/2</link>
<pubDate>Wed, 03 Mar 2021 11:30:00 GMT</pubDate>
<description>ارتفعت أسعار النفط في الأسواق العالمية بنسبة ثلاثة في المئة بعد قرار منظمة أوبك
خفض الإنتاج خلال الشهر المقبل، بحسب ما أفادت وكالات الأنباء.</description></item>
<item><title>بلا محتوى</title><link>https://news.example/a/3</link></item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>صحيفة المرصد</title>
<id>urn:marsad:feed</id><updated>2022-01-02T00:00:00Z</updated>
<entry><id>urn:marsad:atom-1</id><title>الأمم المتحدة تدعو إلى وقف إطلاق النار</title>
<link href="https://paper.example/un"/><published>2022-01-01T12:00:00Z</published>
<updated>2022-01-01T12:00:00Z</updated>
<content type="html">&lt;p&gt;دعت الأمم المتحدة الأطراف المتحاربة إلى وقف فوري لإطلاق النار
في المدينة المحاصرة، وأكد المتحدث باسم المنظمة أن المساعدات الإنسانية جاهزة
للدخول.&lt;/p&gt;</content>
</entry>
<entry><id>urn:marsad:atom-2</id><title>افتتاح معرض الكتاب</title>
<link href="https://paper.example/book"/><updated>2022-01-02T08:00:00Z</updated>
<summary>افتتح وزير الثقافة معرض الكتاب الدولي في دورته الجديدة بمشاركة مئات دور النشر
العربية والأجنبية، ويستمر المعرض عشرة أيام.</summary></entry>
</feed>
"""


def test_rss_and_atom_feed_files_are_ingested(tmp_path: Path) -> None:
    rss = tmp_path / "news.rss"
    rss.write_text(RSS, encoding="utf-8")
    atom = tmp_path / "paper.xml"
    atom.write_text(ATOM, encoding="utf-8")
    assert handles(str(rss)) and handles(str(atom)) and looks_like_feed(atom.read_bytes())
    db = tmp_path / "f.db"
    summary = ingest([str(rss), str(atom)], db, workers=1, progress=False)
    assert (summary.read, summary.new, summary.failed) == (5, 4, 1), summary.failures
    assert "no content" in summary.failures[0][1] and "--fetch-links" in summary.failures[0][1]
    conn = sqlite3.connect(db)
    rows = {r[0]: (*r[1:5], unpack(r[5])) for r in conn.execute(
        "SELECT id, title, url, published, source, text FROM articles")}
    assert set(rows) == {"rss-1", "rss-2", "urn:marsad:atom-1", "urn:marsad:atom-2"}
    assert rows["rss-1"][:4] == ("اجتماع وزراء الخارجية العرب في القاهرة",
                                 "https://news.example/a/1", "2021-03-02", "وكالة الأنباء")
    assert "جامعة الدول العربية" in rows["rss-1"][4]
    assert rows["urn:marsad:atom-1"][1:3] == ("https://paper.example/un", "2022-01-01")
    assert rows["urn:marsad:atom-2"][2] == "2022-01-02"  # updated when published is missing
    assert "معرض الكتاب" in rows["urn:marsad:atom-2"][4]
    conn.close()
    again = ingest([str(rss), str(atom)], db, workers=1, progress=False)
    assert (again.new, again.duplicate) == (0, 4)


def test_not_a_feed(tmp_path: Path) -> None:
    plain = tmp_path / "data.xml"
    plain.write_text("<?xml version='1.0'?><catalog><book/></catalog>", encoding="utf-8")
    assert not handles(str(plain))  # an .xml that is not a feed goes to the plain reader
    problems = list(parse_feed(b"not xml at all", "x.rss"))
    assert len(problems) == 1 and "feed" in problems[0].message  # type: ignore[union-attr]


def test_progress_bar_on_terminal_plain_lines_otherwise(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from marsad.store import progress as progress_module
    from marsad.store.ingest import IngestSummary
    from marsad.store.progress import IngestProgress, count_documents

    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "x", "text": "a"}\n\n{"id": "y", "text": "b"}\n', encoding="utf-8")
    (tmp_path / "one.txt").write_text("نص", encoding="utf-8")
    assert count_documents([str(src)]) == 2
    assert count_documents([str(tmp_path)]) == 3
    assert count_documents([str(src), "https://news.example/"]) is None  # no total → no ETA
    summary = IngestSummary(1, read=2, new=1, duplicate=1)

    bar_out = io.StringIO()
    bar = IngestProgress(True, [str(src)], bar_out, bar=True)
    assert bar.live
    bar.update(summary)
    bar.close()
    shown = bar_out.getvalue()
    assert "2/2" in shown and "docs/s" in shown and "ETA" in shown

    plain_out = io.StringIO()  # not a terminal: the old log lines
    monkeypatch.setattr(progress_module, "LOG_EVERY", 0.0)
    plain = IngestProgress(True, [str(src)], plain_out)
    assert not plain.live
    plain.update(summary)
    plain.close()
    assert plain_out.getvalue() == "marsad ingest: 2 read, 1 new, 1 duplicate, 0 failed\n"

    quiet_out = io.StringIO()
    quiet = IngestProgress(False, [str(src)], quiet_out, bar=True)
    quiet.update(summary)
    quiet.close()
    assert quiet_out.getvalue() == ""
