"""CoNLL-style reading and writing for NER (ANERcorp format and one-token-per-line input)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from marsad.ner.document import windows

if TYPE_CHECKING:
    from marsad.ner.tagger import NerTagger

Sentence = tuple[list[str], list[str]]

# ANERcorp calls persons PERS; the rest of marsad says PER.
_TYPE_MAP = {"PERS": "PER"}


def map_tag(tag: str) -> str:
    """Map an ANERcorp tag to ours (B-PERS → B-PER); anything malformed becomes O."""
    if tag == "O" or len(tag) < 3 or tag[1] != "-" or tag[0] not in "BI":
        return "O"
    kind = tag[2:]
    return f"{tag[0]}-{_TYPE_MAP.get(kind, kind)}"


def iter_conll(lines: Iterator[str] | TextIO) -> Iterator[Sentence]:
    """Sentences from ``TOKEN TAG`` lines (split on the LAST space; blank line = boundary)."""
    toks: list[str] = []
    tags: list[str] = []
    for raw in lines:
        line = raw.rstrip("\r\n")
        if not line.strip():
            if toks:
                yield toks, tags
                toks, tags = [], []
            continue
        token, sep, tag = line.rpartition(" ")
        if not sep:
            token, tag = line, "O"
        token = token.strip()
        if not token:  # a line that is only a tag (e.g. the token was a space)
            continue
        toks.append(token)
        tags.append(map_tag(tag.strip()))
    if toks:
        yield toks, tags


def read_conll(path: str | Path) -> list[Sentence]:
    """All sentences of a CoNLL file as (tokens, tags) pairs with PER/ORG/LOC/MISC tags."""
    with open(path, encoding="utf-8") as fh:
        return list(iter_conll(fh))


def tag_conll(in_stream: TextIO, out_stream: TextIO, tagger: NerTagger) -> int:
    """Tag one-token-per-line input; write ``token<TAB>TAG`` per line, blank lines kept.

    Only the first whitespace-separated column of each line is used as the token. Output lines
    align 1:1 with input lines. Tags come from the same two-pass tagging the pipeline uses,
    with windows of ``DOC_WINDOW`` consecutive sentences as documents (as in the dev
    protocol). Returns the number of sentences tagged.
    """
    layout: list[int] = []  # per input block: -1 for a blank line, else a sentence index
    sentences: list[list[str]] = []
    current: list[str] = []
    for raw in in_stream:
        parts = raw.split()
        if parts:
            current.append(parts[0])
            continue
        if current:
            layout.append(len(sentences))
            sentences.append(current)
            current = []
        layout.append(-1)
    if current:
        layout.append(len(sentences))
        sentences.append(current)
    tags: list[list[str]] = []
    for window in windows(len(sentences)):
        tags.extend(tagger.tag_document([sentences[i] for i in window]))
    for block in layout:
        if block < 0:
            out_stream.write("\n")
            continue
        for token, tag in zip(sentences[block], tags[block], strict=True):
            out_stream.write(f"{token}\t{tag}\n")
    return len(sentences)
