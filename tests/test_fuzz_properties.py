"""Property tests (hypothesis): offsets and invariants hold on generated Arabic-ish input.

Normalisation, tokenisation, segmentation and every extractor reached through
``marsad.extract`` must keep the offset contract (spans inside ``text``, quoted spans equal
to ``text[start:end]``) and must only ever raise MarsadError. The default profile is quick
(100 examples per property, no deadline: the first call loads lexicons); set
``MARSAD_HYPOTHESIS_PROFILE=ci`` for the longer run CI does.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import marsad
from hostile.invariants import check_article
from marsad.arabic.normalize import normalize, normalized_view, strip_diacritics
from marsad.arabic.tokenize import token_texts, tokenize
from marsad.errors import MarsadError

settings.register_profile("marsad-fast", max_examples=100, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("ci", max_examples=1000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
PROFILE = settings.get_profile(os.environ.get("MARSAD_HYPOTHESIS_PROFILE", "marsad-fast"))

# Words chosen to reach every extractor: names and places (entities), figures and units
# (quantities), dates and relative times, reporting verbs (statements), event triggers, and
# the orthographic variants normalisation folds (hamza forms, ة/ه, ى/ي, Persian letters).
WORDS = [
    "قال", "وقال", "أكد", "أعلن", "صرح", "المتحدث", "باسم", "وزارة", "الخارجية", "الأمريكية",
    "دمشق", "بغداد", "وبغداد", "لبنان", "ولبنان", "سوريا", "بسوريا", "العراق", "إيران", "تركيا",
    "الأمم", "المتحدة", "حزب", "الله", "بشار", "الأسد", "أردوغان", "قوات", "سوريا", "الديمقراطية",
    "قتل", "قُتِل", "مقتل", "هجوم", "قصف", "غارة", "اشتباكات", "اعتقال", "احتجاج", "مفاوضات",
    "900", "٩٠٠", "۹۰۰", "1,500", "3.5", "نحو", "حوالي", "أكثر", "من", "مقاتل", "شخص", "دولار",
    "مليون", "ألف", "كيلومتر", "بالمئة", "%", "يوم", "الأحد", "الماضي", "أمس", "2021", "آذار",
    "مارس", "الشهر", "المقبل", "عام", "خلال", "الأسبوع", "في", "على", "إلى", "عن", "أن", "إن",
    "«", "»", "،", ".", ":", "؟", "!", "(", ")", "-", "—", "\"", "ـ", "كتبــــه",
    "مدرسة", "مدرسه", "مستشفى", "مستشفي", "مؤتمر", "رئيس", "الوزراء", "ی", "ک", "گفت",
    "The", "minister", "said", "UN", "ISIS", "\u200c", "\u200d", "\u200f", "\u202b",
    "\u202e", "\u2066", "\u2069", "\u0640", "\u064b", "\u0651", "\u0670", "\ufeff", "•",
]
SEPARATORS = [" ", " ", " ", " ", "\n", "\n\n", "\t", "\u00a0", "", "\r\n", " • "]

words = st.sampled_from(WORDS)
arabic_chars = st.characters(min_codepoint=0x0600, max_codepoint=0x06FF)
mixed_chars = st.one_of(
    arabic_chars,
    st.sampled_from(list("\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
                         "\u2066\u2067\u2068\u2069\u061c\ufeff\u0640 \n\t.,،؛؟!«»()-0123")),
    st.characters(codec="utf-8"),
)


@st.composite
def arabicish(draw: st.DrawFn, max_words: int = 120) -> str:
    """Text built from news vocabulary, separators and occasional random characters."""
    n = draw(st.integers(0, max_words))
    parts: list[str] = []
    for _ in range(n):
        if draw(st.integers(0, 9)) == 0:
            parts.append(draw(st.text(mixed_chars, max_size=8)))
        else:
            parts.append(draw(words))
        parts.append(draw(st.sampled_from(SEPARATORS)))
    return "".join(parts)


any_text = st.one_of(arabicish(), st.text(mixed_chars, max_size=300))


@PROFILE
@given(any_text)
def test_normalize_is_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once
    assert strip_diacritics(strip_diacritics(text)) == strip_diacritics(text)
    assert normalized_view(text).text == once


@PROFILE
@given(any_text, st.data())
def test_normalised_spans_map_back_to_original_spans(text: str, data: st.DataObject) -> None:
    view = normalized_view(text)
    n = len(view.text)
    start = data.draw(st.integers(0, n))
    end = data.draw(st.integers(start, n))
    o_start, o_end = view.to_original(start, end)
    assert 0 <= o_start <= o_end <= len(text)
    # The original span normalises back to exactly the normalised span.
    assert normalize(text[o_start:o_end]) == view.text[start:end]
    if start == end:
        assert o_start == o_end
    # Out-of-range starts clamp to the end instead of raising.
    assert view.to_original(n, n) == (len(text), len(text)) or n == len(text)


@PROFILE
@given(any_text)
def test_tokens_quote_the_text(text: str) -> None:
    tokens = tokenize(text)
    previous_end = 0
    for token in tokens:
        assert text[token.start:token.end] == token.text
        assert previous_end <= token.start < token.end
        previous_end = token.end
    assert token_texts(text) == [t.text for t in tokens]


@st.composite
def articles(draw: st.DrawFn) -> str:
    """A title, a byline-ish line and paragraphs of Arabic-ish sentences."""
    title = draw(arabicish(max_words=8)).replace("\n", " ")
    paragraphs = draw(st.lists(arabicish(max_words=60), min_size=0, max_size=6))
    return "\n\n".join([title, *paragraphs])


def _extract_checked(content: str | bytes, **kwargs: object) -> None:
    try:
        article = marsad.extract(content, **kwargs)  # type: ignore[arg-type]
    except MarsadError:
        return
    check_article(article)


@PROFILE
@given(articles(), st.sampled_from([None, "2021-03-02"]))
def test_extract_keeps_the_offset_contract_on_text(text: str, published: str | None) -> None:
    _extract_checked(text, published=published)


@PROFILE
@given(articles(), st.sampled_from(["utf-8", "utf-16", "windows-1256", "utf-8-sig"]))
def test_extract_keeps_the_offset_contract_on_encoded_bytes(text: str, encoding: str) -> None:
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode(encoding, errors="replace")
    _extract_checked(data)


@st.composite
def html_pages(draw: st.DrawFn) -> str:
    """Randomly nested, sometimes unclosed markup around Arabic-ish paragraphs."""
    tags = ["p", "div", "span", "b", "article", "section", "h1", "h2", "li", "ul", "table",
            "tr", "td", "blockquote", "a", "script", "br", "nav", "footer"]
    parts = ["<html><head><title>", draw(arabicish(max_words=6)), "</title></head><body>"]
    for _ in range(draw(st.integers(0, 30))):
        tag = draw(st.sampled_from(tags))
        parts.append(f"<{tag}>")
        parts.append(draw(arabicish(max_words=30)))
        if draw(st.booleans()):
            parts.append(f"</{tag}>")
    if draw(st.booleans()):
        parts.append("</body></html>")
    return "".join(parts)


@PROFILE
@given(html_pages())
def test_extract_keeps_the_offset_contract_on_html(page: str) -> None:
    _extract_checked(page)
    _extract_checked(page.encode("utf-8"), format="html")


@PROFILE
@given(st.binary(max_size=4000))
def test_extract_on_arbitrary_bytes_raises_only_marsad_errors(data: bytes) -> None:
    """The byte-level fuzz target, as a property (atheris runs the same in fuzz/)."""
    _extract_checked(data)
    _extract_checked(data, format="html")
