"""Build the hostile-input corpus in a directory at test time.

Every file is produced from a few Arabic sentences and byte recipes, so the corpus is
reproducible, needs no download and commits nothing binary. Each case states what a
robust engine must do with it: return an article (optionally with a check), or refuse it
with one of the listed coded errors. ``EITHER`` means both are acceptable, as long as
nothing else escapes and the time limit holds (e.g. truncated HTML may or may not keep
enough content).

Run as a script to write the corpus somewhere for manual poking::

    .venv/bin/python tests/hostile/generate.py /tmp/hostile
"""

from __future__ import annotations

import gzip
import json
import random
import sys
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from marsad.errors import (
    BinaryInputError,
    DecodingError,
    DocumentTooComplexError,
    EmptyInputError,
    InputFormatError,
    InputTooLargeError,
    MarsadError,
)
from marsad.model import Article

SENTENCES = [
    "قال المتحدث باسم وزارة الخارجية إن الاجتماع سيعقد في دمشق يوم الأحد المقبل.",
    "وأضاف أن الوفد الأردني سيصل إلى العاصمة صباح السبت لبحث الأوضاع الإنسانية.",
    "وأكدت الأمم المتحدة أن أكثر من 900 شخص نزحوا خلال الأسبوع الماضي من المنطقة.",
    "ولم يصدر أي تعليق رسمي من الحكومة العراقية حتى الآن على هذه التصريحات.",
]
BODY = " ".join(SENTENCES)
FIRST = SENTENCES[0]
PERSIAN = "وزیر امور خارجه ایران گفت که مذاکرات هسته‌ای ادامه دارد."
URDU = "پاکستان کے وزیر اعظم نے کہا کہ مذاکرات جاری رہیں گے۔"
ENGLISH = "The minister said talks would continue on Sunday."

ARTICLE = "article"
EITHER = "either"
Expect = str | tuple[type[MarsadError], ...]


@dataclass(slots=True)
class Case:
    """One hostile file and what extracting it must give."""

    name: str  # file name: the suffix decides text/html/jsonl like the CLI and ingest
    data: bytes
    expect: Expect
    why: str
    check: Callable[[Article], None] | None = None


def _page(body_html: str, charset: str | None = "utf-8", title: str = "عنوان الخبر") -> str:
    meta = f'<meta charset="{charset}">' if charset else ""
    return (f"<!DOCTYPE html><html><head>{meta}<title>{title}</title></head><body>"
            f"<nav><a href='/'>الرئيسية</a></nav><article><h1>{title}</h1>{body_html}"
            "</article><footer>جميع الحقوق محفوظة</footer></body></html>")


def _paragraphs(sentences: list[str] = SENTENCES) -> str:
    return "".join(f"<p>{s}</p>" for s in sentences)


def _has(fragment: str) -> Callable[[Article], None]:
    def check(article: Article) -> None:
        assert fragment in article.text, f"{fragment!r} missing from {article.text[:200]!r}"
    return check


def _encoded_as(encoding: str, fragment: str) -> Callable[[Article], None]:
    def check(article: Article) -> None:
        assert article.encoding == encoding, article.encoding
        _has(fragment)(article)
    return check


def _nul_removed(article: Article) -> None:
    assert "\x00" not in article.text
    assert any(w.startswith("[W001]") for w in article.warnings), article.warnings


def _bidi_survivor(article: Article) -> None:
    # The first line may become the title; the rest must survive, controls and all.
    assert SENTENCES[1] in article.text and SENTENCES[3] in article.text, article.text


def cases(big_mb: int = 50) -> list[Case]:
    """All hostile cases; ``big_mb`` sizes the oversized page (50 MB in the issue)."""
    rng = random.Random(20240501)
    utf8 = (BODY + "\n").encode("utf-8")
    cp1256 = (BODY + "\n").encode("windows-1256")
    deep = 100_000
    out = [
        # --- encodings -----------------------------------------------------------------
        Case("cp1256_declared_utf8.html",
             _page(_paragraphs(), "utf-8").encode("windows-1256"), ARTICLE,
             "windows-1256 bytes under a false UTF-8 declaration: scored, not trusted",
             _encoded_as("windows-1256", FIRST)),
        Case("utf8_declared_cp1256.html",
             _page(_paragraphs(), "windows-1256").encode("utf-8"), ARTICLE,
             "UTF-8 bytes under a false windows-1256 declaration", _encoded_as("utf-8", FIRST)),
        Case("iso88596_undeclared.txt", BODY.encode("iso-8859-6"),
             ARTICLE, "ISO-8859-6 with no declaration at all", _has("وزارة الخارجية")),
        Case("mixed_utf8_then_cp1256.txt", utf8 * 3 + cp1256 * 3, (DecodingError,),
             "two encodings in one file: no single decoding is right, so refuse"),
        Case("mixed_cp1256_paragraph_in_utf8.txt", utf8 * 20 + cp1256 + utf8 * 20,
             (DecodingError,), "one windows-1256 paragraph inside a UTF-8 article"),
        Case("utf8_invalid_byte.txt", utf8 * 5 + b"\xff" + utf8 * 5, (DecodingError,),
             "a stray 0xFF in UTF-8: windows-1256 would 'decode' it into mojibake"),
        Case("utf8_overlong_nul.txt", utf8 * 5 + b"\xc0\x80" + utf8 * 5, (DecodingError,),
             "overlong encoding of NUL (modified UTF-8)"),
        Case("utf8_encoded_surrogate.txt", utf8 * 5 + b"\xed\xa0\x80" + utf8 * 5,
             (DecodingError,), "CESU-style encoded surrogate, invalid in UTF-8"),
        Case("utf8_cut_mid_character.txt", BODY.encode("utf-8")[:-2], (DecodingError,),
             "file truncated inside the last multi-byte character"),
        Case("utf16_odd_length.txt", b"\xff\xfe" + BODY.encode("utf-16-le") + b"A",
             (DecodingError,), "UTF-16 with a BOM and an odd trailing byte"),
        Case("utf16_lone_surrogate.txt",
             b"\xff\xfe" + BODY.encode("utf-16-le") + b"\x00\xd8" + BODY.encode("utf-16-le"),
             (DecodingError,), "UTF-16 with an unpaired high surrogate"),
        # --- HTML shape ----------------------------------------------------------------
        Case("truncated_mid_tag.html", _page(_paragraphs()).encode()[:-160], EITHER,
             "page cut off inside a tag, as an interrupted download leaves it"),
        Case("truncated_after_head.html", _page(_paragraphs()).encode()[:120], EITHER,
             "page cut off right after <head>"),
        Case("malformed_tags.html",
             (f"<html><body><p>{SENTENCES[0]}</div></span><p><p><table><tr><td>"
              f"{SENTENCES[1]}</b></i><p {SENTENCES[2]}<!-- {SENTENCES[3]}").encode(),
             ARTICLE, "stray closing tags, unclosed table, broken attribute, open comment",
             _has(SENTENCES[0])),
        Case("deep_nesting_100k.html",
             ("<html><body>" + "<div>" * deep + f"<p>{BODY}</p>" + "</div>" * deep
              + "</body></html>").encode(), (InputFormatError,),
             "100,000 nested <div>s: recursion and time bombs for tree walkers"),
        Case("deep_nesting_20k.html",
             ("<html><body>" + "<div>" * 20_000 + f"<p>{BODY}</p>" + "</div>" * 20_000
              + "</body></html>").encode(), EITHER,
             "20,000 nested <div>s, under the element cap: libxml2 stops at depth 256"),
        Case("deep_unclosed_inline.html",
             ("<html><body><p>" + FIRST + "<b>" * 50_000 + BODY).encode(), EITHER,
             "50,000 unclosed <b> inside a paragraph"),
        Case("many_elements.html",
             _page(f"<p>{BODY}</p>" + "<div></div>" * 300_000).encode(),
             (DocumentTooComplexError,), "300,000 empty elements: ~25 s in trafilatura"),
        Case("no_body.html", b"<html><head><title>x</title></head></html>",
             (InputFormatError,), "HTML with a head and no body"),
        Case("head_only_meta.html", b"<html><head><meta charset='utf-8'></head>",
             (InputFormatError,), "truncated to a lone meta tag"),
        Case("script_only.html",
             b"<html><body><script>" + b"var a = '<p>x</p>';" * 5000 + b"</script></body>",
             (InputFormatError,), "a body of script only"),
        Case("billion_laughs.html",
             (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
              b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
              b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
              b"<html><body><p>&lol3;" + BODY.encode() + b"</p></body></html>"), EITHER,
             "XML entity expansion bomb: the HTML parser must not expand it"),
        Case("bad_entities.html",
             _page(f"<p>{FIRST} &#0; &#x110000; &#99999999999; &#xD800; &bogus; &amp "
                   f"{SENTENCES[1]}</p>").encode(), ARTICLE,
             "numeric references to NUL, surrogates and beyond U+10FFFF", _has("دمشق")),
        # --- size ----------------------------------------------------------------------
        Case("huge.txt", (BODY + "\n").encode() * (big_mb * 1_000_000 // len(utf8)),
             (InputTooLargeError,), "a page far over the 20 MB input limit"),
        Case("huge.html",
             _page(_paragraphs() * (big_mb * 1_000_000 // len(_paragraphs().encode()))).encode(),
             (InputTooLargeError,), "an HTML page far over the input limit"),
        Case("long_word.txt", ("ب" * 200_000).encode(), ARTICLE,
             "one 200,000-letter word: regex and tokenizer worst cases"),
        # --- binary --------------------------------------------------------------------
        Case("binary_png.html", b"\x89PNG\r\n\x1a\n" + rng.randbytes(20_000),
             (BinaryInputError, DecodingError), "an image saved as .html"),
        Case("binary_gzip.html", gzip.compress(utf8 * 50), (BinaryInputError, DecodingError),
             "a compressed response saved without decompression"),
        Case("binary_no_nul.html", bytes(b for b in rng.randbytes(40_000) if b)[:20_000],
             (BinaryInputError, DecodingError), "random bytes without NUL, named .html"),
        Case("binary_elf.html", b"\x7fELF\x02\x01\x01" + bytes(range(1, 256)) * 40,
             (BinaryInputError, DecodingError), "an executable named .html"),
        Case("nul_bytes.txt", utf8 + b"\x00" + utf8, ARTICLE,
             "a stray NUL inside UTF-8 text: removed with a warning", _nul_removed),
        Case("many_nul_bytes.txt", b"\x00".join(utf8[i:i + 4] for i in range(0, len(utf8), 4)),
             (BinaryInputError,), "NUL bytes all through UTF-8 text"),
        Case("control_characters.txt", utf8 + b"\x01\x02\x03\x04" * 200 + utf8,
             (BinaryInputError,), "C0 control characters all through"),
        # --- empty and invisible -------------------------------------------------------
        Case("empty.txt", b"", (EmptyInputError,), "zero bytes"),
        Case("empty.html", b"", (EmptyInputError,), "zero bytes named .html"),
        Case("whitespace_only.txt", b" \t\r\n" * 1000 + "\u00a0\u3000".encode(),
             (EmptyInputError,), "whitespace in several scripts"),
        Case("bom_only.txt", b"\xef\xbb\xbf", (EmptyInputError,), "a UTF-8 BOM and nothing"),
        Case("bidi_controls_only.txt", "\u202e\u202d\u2066\u2069\u200f\u200e\u200b\n".encode() * 50,
             (EmptyInputError,), "only invisible bidi and zero-width controls"),
        # --- scripts and direction -----------------------------------------------------
        Case("bidi_overrides.txt",
             ("\u202e" + SENTENCES[0] + "\u202c\n\u202d" + ENGLISH + " \u2067" + SENTENCES[1]
              + "\u2069\n\u200f" + SENTENCES[2] + "\u200e 2024\n" + SENTENCES[3]).encode(),
             ARTICLE, "RLO/LRO overrides, isolates and marks around sentences",
             _bidi_survivor),
        Case("mixed_arabic_persian_urdu_english.txt",
             "\n".join([SENTENCES[0], PERSIAN, URDU, ENGLISH, SENTENCES[1]]).encode(), ARTICLE,
             "Arabic, Persian, Urdu and English lines in one article", _has(PERSIAN)),
        Case("persian_digits_and_yeh.txt",
             (PERSIAN + " ۱۲۳۴ نفر کشته شدند. ی ک ‌").encode(), ARTICLE,
             "Persian digits, Farsi yeh/keheh and ZWNJ"),
    ]
    return out


def jsonl_with_broken_lines() -> tuple[bytes, int, int]:
    """A JSONL batch with good and broken lines; returns (bytes, good, broken)."""
    good = [json.dumps({"id": f"ok-{i}", "text": s}, ensure_ascii=False)
            for i, s in enumerate(SENTENCES)]
    broken = [
        '{"id": "cut", "text": "' + FIRST[:20],  # truncated line
        "[1, 2, 3]",  # JSON but not an object
        '{"id": "no-text", "title": "x"}',  # neither text nor html
        '{"id": "num", "text": 42}',  # text of the wrong type
        '{"id": "empty", "text": "   "}',  # empty after stripping
        "\x00\x01\x02 not json",
        '{"id": "bad-utf8", "text": "',  # followed by invalid UTF-8 bytes below
    ]
    lines = [good[0], broken[0], good[1], broken[1], broken[2], broken[3], good[2],
             broken[4], broken[5], good[3]]
    data = "\n".join(lines).encode("utf-8") + b"\n" + broken[6].encode() + b"\xff\xfe\"}\n"
    return data, len(good), len(broken)


def jsonl_with_lone_surrogate() -> bytes:
    """A JSONL record whose text holds a lone ``\\ud800`` escape: valid JSON, invalid text."""
    good = json.dumps({"id": "fine", "text": BODY}, ensure_ascii=False)
    bad = '{"id": "surrogate", "text": "\\ud800' + BODY + '"}'
    return (good + "\n" + bad + "\n").encode("utf-8")


def write_corpus(directory: Path, big_mb: int = 50) -> list[tuple[Case, Path]]:
    """Write every case (and the broken JSONL) under ``directory``; return (case, path)."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for case in cases(big_mb):
        path = directory / case.name
        path.write_bytes(case.data)
        written.append((case, path))
    (directory / "broken_lines.jsonl").write_bytes(jsonl_with_broken_lines()[0])
    return written


def write_gzip_bomb(path: Path, expanded_mb: int = 2048) -> int:
    """Write a ``.jsonl.gz`` of ~1 MB per GB that expands to ``expanded_mb`` MB; return bytes.

    Built from one compressed 8 MB member repeated (gzip readers concatenate members), so
    writing a 2 GB bomb takes milliseconds and no memory.
    """
    chunk_mb = 8
    # Whitespace lines: valid JSONL (blank lines are skipped), so only size can stop it.
    member = gzip.compress(b" " * (chunk_mb * 1024 * 1024 - 1) + b"\n", compresslevel=9)
    assert zlib.crc32(member)  # a real member
    members = max(1, expanded_mb // chunk_mb)
    with path.open("wb") as out:
        header = json.dumps({"id": "bomb", "text": FIRST}, ensure_ascii=False)
        out.write(gzip.compress(header.encode() + b"\n"))
        for _ in range(members):
            out.write(member)
    return members * chunk_mb * 1024 * 1024


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "hostile-corpus")
    for case, path in write_corpus(target):
        print(f"{path}\t{len(case.data):,} bytes\t{case.expect}\t{case.why}")
    print(f"{target / 'bomb.jsonl.gz'}\texpands to "
          f"{write_gzip_bomb(target / 'bomb.jsonl.gz'):,} bytes")
