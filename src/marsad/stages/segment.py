"""Stage ``segment``: the clean text itself, and its paragraphs, sections and sentences.

The text is the kept lines joined by blank lines, so paragraph boundaries survive any
round-trip through plain text. Sections run from a heading to the next heading.
"""

from __future__ import annotations

import re

from marsad.model import Article, Paragraph, Section, Sentence

PARAGRAPH_SEPARATOR = "\n\n"
# A sentence ends at . ! ? ؟ … (and closing quotes after them), but not inside 2.5 or 1.000.
_SENTENCE_END = re.compile(r"(?:(?<!\d)[.!?؟…]+|(?<=\d)[.!?؟…]+(?!\d))[\"'”»)\]]*(?=\s|$)")
_HEADING_MARKS = " \t•●▪■◼◆♦➢►✓"


def run(article: Article) -> Article:
    parts: list[str] = []
    offset = 0
    headings: list[tuple[int, int]] = []
    for line in article.lines:
        start, end = offset, offset + len(line.text)
        parts.append(line.text)
        if line.kind == "heading":
            headings.append((start, end))
        else:
            article.paragraphs.append(Paragraph(start, end))
        article.sentences.extend(split_sentences(line.text, start))
        offset = end + len(PARAGRAPH_SEPARATOR)
    article.text = PARAGRAPH_SEPARATOR.join(parts)
    for index, (start, end) in enumerate(headings):
        section_end = headings[index + 1][0] - len(PARAGRAPH_SEPARATOR) if index + 1 < len(
            headings) else len(article.text)
        skipped = len(article.text[start:end]) - len(article.text[start:end].lstrip(_HEADING_MARKS))
        article.sections.append(Section(
            heading=article.text[start + skipped:end].strip(),
            start=start,
            end=section_end,
            heading_start=start + skipped,
            heading_end=end,
        ))
    return article


def split_sentences(text: str, offset: int = 0) -> list[Sentence]:
    """Sentence spans of one paragraph, shifted by ``offset``; whitespace is left out."""
    sentences: list[Sentence] = []
    start = 0
    for found in _SENTENCE_END.finditer(text):
        _append_trimmed(sentences, text, start, found.end(), offset)
        start = found.end()
    _append_trimmed(sentences, text, start, len(text), offset)
    return sentences


def _append_trimmed(sentences: list[Sentence], text: str, start: int, end: int,
                    offset: int) -> None:
    piece = text[start:end]
    if not piece.strip():
        return
    lead = len(piece) - len(piece.lstrip())
    trail = len(piece) - len(piece.rstrip())
    sentences.append(Sentence(offset + start + lead, offset + end - trail))
