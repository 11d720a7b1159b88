"""Properties every extracted Article must have, whatever the input was.

Shared by the hostile-corpus tests, the hypothesis properties and the atheris harness, so a
contract violation is reported the same way wherever it is found.
"""

from __future__ import annotations

import json
from typing import Any

from marsad.model import Article
from marsad.serialize import to_dict


def _span(text: str, start: Any, end: Any, what: str) -> None:
    assert isinstance(start, int) and isinstance(end, int), f"{what}: non-int offsets"
    assert 0 <= start <= end <= len(text), f"{what}: span {start}:{end} outside 0:{len(text)}"


def _quoted(text: str, start: int, end: int, quoted: str, what: str) -> None:
    _span(text, start, end, what)
    assert text[start:end] == quoted, f"{what}: text[{start}:{end}]={text[start:end]!r} " \
                                      f"!= {quoted!r}"


def check_article(article: Article) -> None:
    """Assert the offset contract of the JSON output: every span lies within ``text`` and
    every span that carries its own text quotes ``text`` exactly."""
    text = article.text
    assert isinstance(text, str)
    for section in article.sections:
        _span(text, section.start, section.end, "section")
        _span(text, section.heading_start, section.heading_end, "section heading")
    for paragraph in article.paragraphs:
        _span(text, paragraph.start, paragraph.end, "paragraph")
    for sentence in article.sentences:
        _span(text, sentence.start, sentence.end, "sentence")
    for entity in article.entities:
        for mention in entity.mentions:
            _quoted(text, mention.start, mention.end, mention.text, f"mention of {entity.id}")
    for quantity in article.quantities:
        _quoted(text, quantity.start, quantity.end, quantity.text, "quantity")
        if quantity.counted_start is not None and quantity.counted_end is not None:
            _span(text, quantity.counted_start, quantity.counted_end, "quantity counted")
    for time_expression in article.times:
        _quoted(text, time_expression.start, time_expression.end, time_expression.text, "time")
    for statement in article.statements:
        _span(text, statement.start, statement.end, "statement")
        if statement.content is not None:
            content = statement.content
            _quoted(text, content.start, content.end, content.text, "statement content")
        speaker = statement.speaker
        if speaker.start is not None and speaker.end is not None:
            _quoted(text, speaker.start, speaker.end, speaker.text, "statement speaker")
        if statement.cue_start is not None and statement.cue_end is not None:
            _span(text, statement.cue_start, statement.cue_end, "statement cue")
    for event in article.events:
        _span(text, event.start, event.end, "event")
        trigger = event.trigger
        _quoted(text, trigger.start, trigger.end, trigger.text, "event trigger")
    if article.normalized is not None:
        view = article.normalized
        assert view.original == text
        if len(view.text):
            start, end = view.to_original(0, len(view.text))
            _span(text, start, end, "normalised view")
    # The public contract must serialise.
    json.dumps(to_dict(article), ensure_ascii=False)
