"""The ``marsad extract`` command on files, directories, globs, stdin and JSONL batches."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from marsad.cli import main

ROOT = Path(__file__).resolve().parents[1]
TITLE = "التحالف الدولي ضد داعش يكشف أعداد القوات الأمريكية بسوريا وإمكانية استمرار دعم قوات قسد"
PAGE = ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>عنوان الصفحة - موقع</title>"
        "</head><body><nav><a href='/'>الرئيسية</a></nav><article><h1>عنوان الصفحة</h1>"
        + "<p>قال مسؤول في وزارة الاقتصاد إن الحكومة ستطلق برنامجاً جديداً لدعم المشاريع "
          "الصغيرة والمتوسطة خلال العام المقبل، بتمويل يبلغ مليار دولار.</p>" * 3
        + "</article></body></html>")


def run_cli(argv: list[str], capsys: pytest.CaptureFixture[str],
            stdin: bytes | None = None, monkeypatch: pytest.MonkeyPatch | None = None,
            ) -> tuple[int, str, str]:
    if stdin is not None:
        assert monkeypatch is not None
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def _json_lines(out: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


@pytest.fixture
def seed_file(tmp_path: Path, seed_bytes: bytes) -> Path:
    path = tmp_path / "seed.txt"
    path.write_bytes(seed_bytes)
    return path


def test_one_file_gives_one_json_object(seed_file: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_cli(["extract", str(seed_file)], capsys)
    assert code == 0 and not err
    data = json.loads(out)
    assert data["title"] == TITLE
    assert data["authors"] == [{"name": "جهاد عبد الله", "role": "حوار"}]
    assert "التحالف" in out and "\\u0627" not in out  # Arabic is written as is


def test_directory_and_glob(tmp_path: Path, seed_bytes: bytes,
                            capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_bytes(seed_bytes)
    (tmp_path / "b.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.txt").write_bytes(seed_bytes.decode().encode("utf-16"))
    (tmp_path / "ignored.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    code, out, _ = run_cli(["extract", str(tmp_path), "--format", "jsonl"], capsys)
    assert code == 0
    rows = _json_lines(out)
    assert len(rows) == 3
    assert [r["input_format"] for r in rows] == ["text", "html", "text"]
    assert rows[2]["encoding"] == "utf-16"
    code, out, _ = run_cli(["extract", str(tmp_path / "**" / "*.txt"), "--format", "json"],
                           capsys)
    assert code == 0
    rows = json.loads(out)
    assert isinstance(rows, list) and len(rows) == 2
    assert all(r["title"] == TITLE for r in rows)


def test_stdin(seed_bytes: bytes, capsys: pytest.CaptureFixture[str],
               monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _ = run_cli(["extract", "-", "--published", "2021-03-02"], capsys,
                           stdin=seed_bytes, monkeypatch=monkeypatch)
    assert code == 0
    data = json.loads(out)
    assert data["published"] == "2021-03-02"
    assert data["title"] == TITLE


def test_stdin_html(capsys: pytest.CaptureFixture[str],
                    monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _ = run_cli(["extract", "-", "--format", "jsonl"], capsys,
                           stdin=PAGE.encode("windows-1256"), monkeypatch=monkeypatch)
    assert code == 0
    (row,) = _json_lines(out)
    assert row["input_format"] == "html"
    assert row["encoding"] == "windows-1256"
    assert "الرئيسية" not in row["text"]


def _jsonl_records(seed_text: str) -> list[dict[str, Any]]:
    return [
        {"id": "txt-1", "title": "خاص|| " + TITLE, "text": seed_text,
         "url": "https://example.com/a", "published": "2021-03-02"},
        {"id": "html-1", "html": PAGE, "url": "https://example.com/b",
         "published": "Mon, 03 Sep 2018 10:26:46 GMT"},
        {"id": "sky-1", "text": "قال مسؤول إن الاجتماع انتهى دون اتفاق.",
         "author": "أبوظبي - سكاي نيوز عربية", "date_extracted": "2015-08-11 14:16:00"},
    ]


def test_jsonl_batch(tmp_path: Path, seed_text: str,
                     capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False)
                              for r in _jsonl_records(seed_text)) + "\n", encoding="utf-8")
    code, out, err = run_cli(["extract", str(path), "--format", "jsonl"], capsys)
    assert code == 0 and not err
    rows = _json_lines(out)
    assert [r["id"] for r in rows] == ["txt-1", "html-1", "sky-1"]
    assert rows[0]["title"] == TITLE and rows[0]["kicker"] == "خاص"
    assert rows[0]["url"] == "https://example.com/a"
    assert rows[0]["published"] == "2021-03-02"
    assert rows[1]["input_format"] == "html" and rows[1]["published"] == "2018-09-03"
    assert rows[2]["dateline"]["place"] == "أبوظبي"
    assert rows[2]["published"] == "2015-08-11"


def test_bad_jsonl_line_is_reported_and_the_rest_processed(
    tmp_path: Path, seed_text: str, capsys: pytest.CaptureFixture[str],
) -> None:
    good = [json.dumps(r, ensure_ascii=False) for r in _jsonl_records(seed_text)]
    lines = [good[0], "{not json", '{"id": "x"}', '["a list"]', good[1],
             json.dumps({"id": "empty", "text": "   "}), good[2]]
    path = tmp_path / "bad.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out, err = run_cli(["extract", str(path), "--format", "jsonl"], capsys)
    assert code == 1
    assert [r["id"] for r in _json_lines(out)] == ["txt-1", "html-1", "sky-1"]
    assert f"{path}:2:" in err and f"{path}:3:" in err and f"{path}:4:" in err
    assert f"{path}:6: [E001]" in err
    assert "Traceback" not in err


def test_missing_and_unreadable_inputs(tmp_path: Path, seed_file: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x00\x01\x02\xff" * 100)
    code, out, err = run_cli(["extract", str(tmp_path / "nope.txt"), str(binary),
                              str(seed_file), "--format", "jsonl"], capsys)
    assert code == 1
    assert len(_json_lines(out)) == 1
    assert "no such file" in err and "[E002]" in err


def test_pretty_format(seed_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(["extract", str(seed_file), "--format", "pretty"], capsys)
    assert code == 0
    assert out.startswith(f"title:     {TITLE}")
    assert "authors:   جهاد عبد الله (حوار)" in out
    assert "  • عدد القوات الأمريكية" in out
    assert "[read_also]" in out


def test_installed_command(seed_file: Path) -> None:
    marsad = ROOT / ".venv" / "bin" / "marsad"
    if not marsad.exists():
        pytest.skip("no installed marsad command in .venv")
    done = subprocess.run([str(marsad), "extract", str(seed_file), "--format", "jsonl"],
                          capture_output=True, timeout=120, check=False,
                          env={"PATH": "/usr/bin:/bin", "LC_ALL": "C"})
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    text = done.stdout.decode("utf-8")  # UTF-8 even under the C locale
    row = json.loads(text)
    assert row["title"] == TITLE
    assert TITLE in text
