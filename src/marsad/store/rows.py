"""One article's rows for every store table, built from its JSON away from the writer.

The store has a single writer (SQLite allows one), so whatever can be prepared without the
database — dedup keys, search shadows, the fact rows and their JSON — is prepared here, in the
worker processes of ``marsad ingest`` and of the bulk Parquet load. The writer then only checks
duplicates and runs ``executemany``. The column order of each tuple is the order of the matching
``INSERT`` in :mod:`marsad.store.ingest`.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from marsad.arabic.tokenize import token_texts
from marsad.store.analyzer import shadow, terms
from marsad.store.claim_groups import claim_rows
from marsad.store.codec import pack_article
from marsad.store.dedup import band_keys, minhash, pack, text_hash
from marsad.store.migrations import event_rows

Row = tuple[Any, ...]
# The search index: one row per article (rowid = the article's rowid) holding the analysed
# shadows of its title and text (``search_shadows``); ingest and ``marsad reindex`` fill it.
INSERT_FTS = "INSERT INTO articles_fts(rowid, title, body) VALUES (?,?,?)"


@dataclass(slots=True)
class ArticleRows:
    """Everything the writer inserts for one article (``id`` and ``text_hash`` decide dups)."""

    id: str
    text_hash: str
    article: Row  # id, title, published, source, url, language, packed text, text_hash, packed json
    fts: tuple[str, str]  # title shadow, body shadow
    document: Row  # origin, format, content (empty unless kept), content_hash
    signature: bytes | None  # the MinHash signature, packed (``dedup.pack``) as stored
    bands: list[int] = field(default_factory=list)  # the signature's LSH bucket keys
    entities: list[Row] = field(default_factory=list)
    mentions: list[Row] = field(default_factory=list)
    quantities: list[Row] = field(default_factory=list)
    times: list[Row] = field(default_factory=list)
    statements: list[Row] = field(default_factory=list)
    events: list[Row] = field(default_factory=list)
    claims: list[Row] = field(default_factory=list)


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def search_shadows(title: str | None, text: str) -> tuple[str, str]:
    """The search index's (title, body) of one article: both through the search analyser."""
    return shadow(title or ""), shadow(text)


def document_row(origin: str, raw: bytes, raw_format: str, keep_raw: bool) -> Row:
    """The ``documents`` row of an input: its bytes only when kept, always their hash."""
    return (origin, raw_format, raw if keep_raw else b"", hashlib.sha256(raw).hexdigest())


def article_rows(data: dict[str, Any], *, origin: str, raw: bytes, raw_format: str,
                 keep_raw: bool = True, payload: str | None = None) -> ArticleRows:
    """The rows of one extracted article (``data`` is its ``to_dict`` JSON).

    ``payload``: the JSON text of ``data`` when the caller has it already (a Parquet row), so it
    is stored as read instead of serialised again. ``keep_raw=False`` stores the input's hash
    and origin but not its bytes.
    """
    aid = str(data["id"])
    text = data.get("text") or ""
    digest = text_hash(text)
    tokens = token_texts(text)  # once, for the search shadow and the MinHash shingles
    packed_text, packed_json = pack_article(text, payload if payload is not None else _dumps(data))
    signature = minhash(text, tokens)
    rows = ArticleRows(
        id=aid, text_hash=digest,
        article=(aid, data.get("title"), data.get("published"), data.get("source"),
                 data.get("url"), data.get("language"), packed_text, digest, packed_json),
        fts=(shadow(data.get("title") or ""), " ".join(terms(tokens))),
        document=document_row(origin, raw, raw_format, keep_raw),
        signature=pack(signature) if signature is not None else None,
        bands=band_keys(signature) if signature is not None else [],
    )
    for ent in data.get("entities") or []:
        rows.entities.append((
            ent["id"], ent.get("type") or "unknown", ent.get("name_ar"), ent.get("name_en"),
            ent.get("wikidata"), ent.get("category"), ent.get("country"), ent.get("lat"),
            ent.get("lon"), int(bool(ent.get("in_kb", True)))))
        # (article id, entity, start, end, how): the writer puts the article's rowid first;
        # the mention's text is the article's at its offsets, not stored again
        rows.mentions.extend((aid, ent["id"], m["start"], m["end"], m.get("how"))
                             for m in ent.get("mentions") or [])
    # a fact's ``json`` column stays empty: its full record is the article's (store/facts.py)
    rows.quantities = [(aid, q["start"], q["end"], q.get("text"), q.get("value"), q.get("unit"),
                        q.get("counted"), "") for q in data.get("quantities") or []]
    rows.times = [(aid, t["start"], t["end"], t.get("text"), t.get("value"), t.get("granularity"),
                   "") for t in data.get("times") or []]
    for st in data.get("statements") or []:
        speaker = st.get("speaker") or {}
        rows.statements.append((aid, st.get("start"), st.get("end"), speaker.get("text"),
                                speaker.get("entity"), st.get("cue"), st.get("stance"), ""))
    rows.events = event_rows(aid, data)
    rows.claims = claim_rows(aid, data)
    return rows
