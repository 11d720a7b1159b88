"""Web inputs: RSS/Atom feeds (files or URLs) and pages fetched from http(s) URLs.

Each becomes RawDocuments (or InputProblems, so one bad item never stops a batch) carrying
the best id the source offers, so re-reading the same source adds nothing:

* Feeds (``.rss``, ``.atom``, ``.xml`` files, or a URL whose body is a feed): one document per
  item; id = the item's guid/id (the link, then a content hash, when it has none); content =
  the item's content or summary HTML, or with ``fetch_links`` the linked page itself.
* URLs (http/https only, fetched by :mod:`marsad.inputs.fetch` with its SSRF checks and
  limits): id = ``url-`` + sha1 of the normalised canonical URL (``<link rel=canonical>`` when
  the page names one, else the URL itself).
"""

from __future__ import annotations

import hashlib
import html
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from marsad.errors import FetchError
from marsad.inputs.base import InputProblem
from marsad.inputs.fetch import FetchPolicy, fetch, make_client, url_id
from marsad.inputs.warc import media_kind
from marsad.model import InputFormat, RawDocument

__all__ = ["FEED_SUFFIXES", "SourceOptions", "canonical_url", "iter_feed", "iter_feed_file",
           "iter_url", "looks_like_feed"]

FEED_SUFFIXES = (".rss", ".atom", ".xml")
_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml",
               "application/feed+json")
_CANONICAL = re.compile(
    rb"<link\b[^>]*\brel\s*=\s*[\"']?canonical[\"']?[^>]*>", re.IGNORECASE)
_HREF = re.compile(rb"\bhref\s*=\s*[\"']([^\"']+)[\"']", re.IGNORECASE)


@dataclass(slots=True, frozen=True)
class SourceOptions:
    """How network sources are read; carried from the CLI flags to every source."""

    fetch_links: bool = False
    allow_private: bool = False
    limits: FetchPolicy | None = None  # timeouts and size cap; None = FetchPolicy defaults

    def policy(self) -> FetchPolicy:
        return replace(self.limits or FetchPolicy(), allow_private=self.allow_private)


def is_feed_file(spec: str) -> bool:
    """A ``.rss``/``.atom`` file, or an ``.xml`` file whose root element is a feed's."""
    lower = spec.lower()
    if not lower.endswith(FEED_SUFFIXES) or not Path(spec).is_file():
        return False
    if not lower.endswith(".xml"):
        return True
    try:  # .xml is a feed only when its root element says so
        with open(spec, "rb") as handle:
            return looks_like_feed(handle.read(2048))
    except OSError:
        return False


def iter_feed_file(path: str, options: SourceOptions | None = None,
                   ) -> Iterator[RawDocument | InputProblem]:
    """The items of a feed file."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        yield InputProblem(path, f"cannot read: {exc.strerror}")
        return
    yield from iter_feed(data, path, options)


# --- feeds --------------------------------------------------------------------------------


def looks_like_feed(data: bytes, content_type: str = "") -> bool:
    """A feed by media type, or by its root element when the server says only text/xml."""
    ctype = content_type.split(";", 1)[0].strip().lower()
    if ctype in _FEED_TYPES:
        return True
    head = data[:2048].lstrip().lower()
    return head.startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head
                                          or b"<rdf:rdf" in head)


def iter_feed(data: bytes, origin: str, options: SourceOptions | None = None,
              ) -> Iterator[RawDocument | InputProblem]:
    """One document per item. The bytes are parsed, never a URL: feedparser must not do its
    own (unchecked) fetching."""
    import feedparser

    options = options or SourceOptions()
    parsed = feedparser.parse(data)
    if not parsed.entries:
        reason = parsed.get("bozo_exception") or "no items"
        yield InputProblem(origin, f"not a readable RSS/Atom feed: {reason}")
        return
    feed_title = parsed.feed.get("title") or None
    client = make_client(options.policy()) if options.fetch_links else None
    try:
        for number, entry in enumerate(parsed.entries, start=1):
            yield _feed_item(entry, f"{origin}#{number}", feed_title, options, client)
    finally:
        if client is not None:
            client.close()


def _feed_item(entry: Any, where: str, feed_title: str | None, options: SourceOptions,
               client: Any) -> RawDocument | InputProblem:
    link = entry.get("link") or None
    title = entry.get("title") or None
    published = entry.get("published") or entry.get("updated") or None
    if entry.get("published_parsed"):
        t = entry.published_parsed
        published = f"{t.tm_year:04d}-{t.tm_mon:02d}-{t.tm_mday:02d}"
    content = ""
    if entry.get("content"):
        content = entry.content[0].get("value") or ""
    content = content or entry.get("summary") or ""
    item_id = entry.get("id") or link
    if not item_id:
        item_id = "feed-" + hashlib.sha1((title or "").encode() + content.encode()).hexdigest()[:20]
    if options.fetch_links and link:
        try:
            page = fetch(link, options.policy(), client)
        except FetchError as exc:
            return InputProblem(where, str(exc))
        return RawDocument(page.content, id=item_id, url=page.url, title=title,
                           published=published, source=feed_title, format="auto",
                           origin=f"{where} {page.url}")
    if not content.strip():
        return InputProblem(where, "feed item has no content or summary "
                                   "(use --fetch-links to fetch the linked page)")
    return RawDocument(_as_page(content), id=item_id, url=link, title=title,
                       published=published, source=feed_title, format="html", origin=where)


def _as_page(fragment: str) -> str:
    """Wrap an item's HTML fragment (or plain summary) as a page: the HTML stage rejects a
    bare fragment as having no main content."""
    body = fragment if "<" in fragment else f"<p>{html.escape(fragment)}</p>"
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"></head>'
            f"<body><article>{body}</article></body></html>")


# --- URLs ---------------------------------------------------------------------------------


def canonical_url(html: bytes, base: str) -> str | None:
    """The page's own ``<link rel=canonical>``, absolute, when it names an http(s) URL."""
    from urllib.parse import urljoin

    tag = _CANONICAL.search(html[:200_000])
    if tag is None:
        return None
    href = _HREF.search(tag.group(0))
    if href is None:
        return None
    url = urljoin(base, href.group(1).decode("utf-8", "replace").strip())
    return url if url.lower().startswith(("http://", "https://")) else None


def iter_url(url: str, options: SourceOptions) -> Iterator[RawDocument | InputProblem]:
    """One page (or a feed's items, when the URL serves a feed)."""
    try:
        page = fetch(url, options.policy())
    except FetchError as exc:
        yield InputProblem(url, str(exc))
        return
    if looks_like_feed(page.content, page.content_type):
        yield from iter_feed(page.content, page.url, options)
        return
    kind: InputFormat = media_kind(page.content_type) or "auto"
    canonical = canonical_url(page.content, page.url) if kind != "text" else None
    yield RawDocument(page.content, id=url_id(canonical or page.url), url=canonical or page.url,
                      format=kind, origin=url)
