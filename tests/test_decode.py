"""Decoding real articles from every encoding Arabic text arrives in, and refusing junk.

Whatever the input, ``marsad.extract`` returns an Article or raises a MarsadError that says
what is wrong; never mojibake, never another exception.
"""

from __future__ import annotations

import codecs
import contextlib
import gzip
import random
import re
from typing import Any

import pytest

import marsad
from marsad.errors import (
    BinaryInputError,
    EmptyInputError,
    InputTooLargeError,
    MarsadError,
)
from marsad.stages.decode import MAX_INPUT_BYTES, decode_bytes

ARABIC = re.compile(r"[\u0600-\u06FF]")
ARTICLES_PER_ENCODING = 40


def _encodable(rows: list[dict[str, Any]], encoding: str) -> list[str]:
    texts = []
    for row in rows:
        try:
            row["text"].encode(encoding)
        except UnicodeEncodeError:
            continue
        texts.append(row["text"])
        if len(texts) == ARTICLES_PER_ENCODING:
            break
    return texts


ENCODERS = {
    "utf-8": (lambda t: t.encode("utf-8"), "utf-8"),
    "utf-8-bom": (lambda t: codecs.BOM_UTF8 + t.encode("utf-8"), "utf-8"),
    "utf-16-le-bom": (lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"), "utf-16"),
    "utf-16-be-bom": (lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"), "utf-16"),
    "utf-16-le-no-bom": (lambda t: t.encode("utf-16-le"), "utf-16-le"),
    "windows-1256": (lambda t: t.encode("windows-1256"), "windows-1256"),
    "iso-8859-6": (lambda t: t.encode("iso-8859-6"), "iso-8859-6"),
}


@pytest.mark.parametrize("name", sorted(ENCODERS))
def test_real_articles_decode_to_the_same_text(name: str,
                                               shared_articles: list[dict[str, Any]]) -> None:
    encode, expected_encoding = ENCODERS[name]
    python_codec = name.replace("-bom", "").replace("-no", "")
    texts = _encodable(shared_articles, "utf-8" if "utf" in name else python_codec)
    assert len(texts) == ARTICLES_PER_ENCODING
    for text in texts:
        decoded, encoding = decode_bytes(encode(text))
        assert decoded == text
        assert encoding == expected_encoding


@pytest.mark.parametrize("name", sorted(ENCODERS))
def test_extract_is_independent_of_encoding(name: str,
                                            shared_articles: list[dict[str, Any]]) -> None:
    encode, _ = ENCODERS[name]
    text = _encodable(shared_articles, "iso-8859-6")[3]
    reference = marsad.extract(text)
    article = marsad.extract(encode(text))
    assert article.text == reference.text
    assert article.title == reference.title
    assert article.language == "ar"


@pytest.mark.parametrize("data", [b"", b"   ", b" \n\t\r\n ", "\u00a0\n".encode(),
                                  codecs.BOM_UTF8, codecs.BOM_UTF8 + b"  \n"],
                         ids=["empty", "spaces", "whitespace", "nbsp", "bom-only", "bom-space"])
def test_empty_inputs_are_reported(data: bytes) -> None:
    with pytest.raises(EmptyInputError, match=r"\[E001\]"):
        marsad.extract(data)


def test_empty_text_is_reported() -> None:
    with pytest.raises(EmptyInputError):
        marsad.extract("  \n ")


def _png() -> bytes:
    rng = random.Random(7)
    return (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"
            + bytes(rng.randrange(256) for _ in range(3000)))


def _random_bytes() -> bytes:
    rng = random.Random(11)
    return bytes(rng.randrange(1, 256) for _ in range(5000))  # no NUL at all


BINARIES = {
    "png": _png(),
    "gzip": gzip.compress("خبر عاجل عن الاقتصاد العربي. ".encode() * 200),
    "random-no-nul": _random_bytes(),
    "elf": b"\x7fELF\x02\x01\x01" + bytes(range(256)) * 8,
    "pdf-ish": b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(1, 256)) * 20,
}


@pytest.mark.parametrize("name", sorted(BINARIES))
def test_binary_inputs_are_refused_clearly(name: str) -> None:
    with pytest.raises(MarsadError) as caught:
        marsad.extract(BINARIES[name])
    assert re.match(r"\[E00\d\] ", str(caught.value))


def test_nul_bytes_are_binary() -> None:
    with pytest.raises(BinaryInputError, match="binary"):
        marsad.extract(b"abc\x00\x01\x02" * 100 + b"\x00\x00\xff" * 50)


FRENCH = (
    "Le président français a déclaré mercredi que la coopération économique entre la France "
    "et l'Égypte était « très importante ». Les négociations reprendront à Paris la semaine "
    "prochaine, a précisé le ministère des Affaires étrangères, évoquant un accord « décisif » "
    "pour les deux pays. Élu en 2017, il s'est rendu à plusieurs reprises au Caire où il a "
    "rencontré son homologue égyptien."
)


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252", "utf-8"])
def test_french_is_text_or_a_clear_error_never_arabic_mojibake(encoding: str) -> None:
    try:
        article = marsad.extract(FRENCH.encode(encoding))
    except MarsadError as exc:
        assert encoding != "utf-8"
        assert str(exc).startswith("[E003]")
        return
    assert not ARABIC.search(article.text), article.text
    assert "président" in article.text
    assert article.language == "fr"


def test_english_text_is_english() -> None:
    text = (
        "The central bank raised interest rates for the third time this year on Wednesday, "
        "citing persistent inflation. Analysts said the move had been widely expected.\n\n"
        "Markets in the region rose slightly after the announcement."
    )
    for content in (text, text.encode("utf-8"), text.encode("utf-16")):
        assert marsad.extract(content).language == "en"


def test_huge_inputs_are_refused() -> None:
    huge = b"\xd8\xa7 " * (MAX_INPUT_BYTES // 3 + 10)
    assert len(huge) > MAX_INPUT_BYTES
    with pytest.raises(InputTooLargeError, match=r"\[E004\]"):
        marsad.extract(huge)
    with pytest.raises(InputTooLargeError):
        marsad.extract("ا " * (MAX_INPUT_BYTES // 2 + 10))


MALFORMED = [
    "<html><body><p>نص عربي بلا إغلاق <div><b>وسم مفتوح <i>وآخر",
    "<p>",
    "<html></html>",
    "<html><head><title>عنوان فقط</title></head></html>",
    "<<<>>> <p <div> </ </html> <<p>> خبر",
    "<!DOCTYPE html><html><body>" + "<div>" * 3000 + "عمق كبير" + "</div>" * 10,
    "<html><body><script>var x = '<p>ليس نصاً</p>';</script></body></html>",
    "<html><body><table><tr><td>خلية<td>بلا إغلاق<tr><p>فقرة داخل جدول",
    "<html><body>" + "<p>فقرة قصيرة.</p>" * 500 + "</body>",
    "<?xml version='1.0'?><html><body><p>إعلان XML مع نص عربي طويل بما يكفي ليكون خبراً.</p>",
    "<html><body><p>\x00\x01 تحكم</p></body></html>",
    "<html><body><p>&#xD800; &#99999999; &bogus; كيانات معطوبة</p></body></html>",
]


@pytest.mark.parametrize("page", MALFORMED, ids=[f"malformed-{i}" for i in range(len(MALFORMED))])
@pytest.mark.parametrize("as_bytes", [False, True], ids=["str", "bytes"])
def test_malformed_html_gives_article_or_clear_error(page: str, as_bytes: bool) -> None:
    content: str | bytes = page.encode("utf-8") if as_bytes else page
    try:
        article = marsad.extract(content)
    except MarsadError as exc:
        assert re.match(r"\[E0\d\d\] ", str(exc))
        return
    assert isinstance(article.text, str)
    for span in [*article.paragraphs, *article.sentences]:
        assert 0 <= span.start < span.end <= len(article.text)


def test_forced_html_format_on_plain_text_is_not_a_crash() -> None:
    with contextlib.suppress(MarsadError):
        marsad.extract("سطر عادي بلا أي وسوم.", format="html")


STRAY_NUL_ARTICLE = (
    "أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في مدينة حمص بطاقة مئتي سرير.\n\n"
    "وقال الوزير إن المستشفى سيخدم أكثر من نصف مليون نسمة في المدينة وريفها."
)


@pytest.mark.parametrize("encoding", ["utf-8", "windows-1256"])
def test_stray_nul_bytes_are_removed_with_a_warning(encoding: str) -> None:
    data = STRAY_NUL_ARTICLE.encode(encoding)
    # three NULs a reader would never see: inside a word, between words, at the end
    damaged = data[:20] + b"\x00" + data[20:60] + b"\x00" + data[60:] + b"\x00"
    article = marsad.extract(damaged)
    assert article.encoding == encoding
    assert "\x00" not in article.text
    assert "مستشفى جديد" in article.text and "نصف مليون نسمة" in article.text
    assert any(w.startswith("[W001] removed 3 stray NUL bytes") for w in article.warnings)


def test_stray_nul_in_text_input_is_removed_with_a_warning() -> None:
    article = marsad.extract(STRAY_NUL_ARTICLE.replace("جديد", "جد\x00يد"))
    assert "مستشفى جديد" in article.text
    assert any(w.startswith("[W001]") for w in article.warnings)


def test_clean_text_has_no_nul_warning() -> None:
    assert not marsad.extract(STRAY_NUL_ARTICLE.encode()).warnings


def test_many_nul_bytes_are_still_binary() -> None:
    data = STRAY_NUL_ARTICLE.encode()
    with pytest.raises(BinaryInputError, match=r"\[E002\]"):
        marsad.extract(b"\x00".join(data[i:i + 3] for i in range(0, len(data), 3)))
