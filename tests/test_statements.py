"""Attributed statements: the seed interview's speakers, recipient and the Pentagon."""

from __future__ import annotations

import pytest

from marsad.extractors.statements import extract_statements
from marsad.model import Article, Entity, Mention

COALITION = "org:global-coalition-against-daesh"
DOD = "org:us-department-of-defense"




def _is_coalition(article: Article, speaker_text: str, entity: str | None) -> bool:
    if article.entities and entity is not None:
        return entity == COALITION
    return speaker_text.startswith(("قيادة التحالف", "قادة التحالف"))


def test_seed_coalition_statements(seed_article: Article) -> None:
    hits = [s for s in seed_article.statements
            if _is_coalition(seed_article, s.speaker.text, s.speaker.entity)]
    assert len(hits) >= 8
    for s in seed_article.statements:
        assert s.content is not None
        assert seed_article.text[s.content.start:s.content.end] == s.content.text
        assert seed_article.text[s.cue_start:s.cue_end] == s.cue  # type: ignore[misc]


def test_seed_pentagon_and_recipient(seed_article: Article) -> None:
    dod = [s for s in seed_article.statements if s.speaker.entity == DOD
           or s.speaker.text.startswith("وزارة الدفاع الأمريكية")]
    assert dod and dod[0].stance == "announce"
    assert any(s.to == "ستيب" for s in seed_article.statements)


def test_seed_first_speaker_span(seed_article: Article) -> None:
    first = seed_article.statements[0]
    assert first.speaker.text == "قيادة التحالف الدولي ضد داعش"
    assert first.stance == "assert"


def test_entity_linking_prefers_longest_mention() -> None:
    text = "أكدت قيادة التحالف الدولي أن المهمة مستمرة."
    start = text.index("التحالف الدولي")
    ent = Entity(COALITION, "org", "التحالف الدولي",
                 mentions=[Mention(start, start + len("التحالف الدولي"), "التحالف الدولي")])
    (s,) = extract_statements(text, [ent])
    assert s.speaker.entity == COALITION


@pytest.mark.parametrize(("text", "speaker", "to"), [
    ("وقال وزير الخارجية الروسي سيرغي لافروف إن الحل سياسي.",
     "وزير الخارجية الروسي سيرغي لافروف", None),
    ("وأوضح مسؤول كبير بالإدارة الأميركية لـCNN أن القرار نهائي.",
     "مسؤول كبير بالإدارة الأميركية", "CNN"),
    ("وقال المتحدث في تصريح لوكالة رويترز إن الهجوم فشل.", "المتحدث", "وكالة رويترز"),
])
def test_speaker_and_recipient(text: str, speaker: str, to: str | None) -> None:
    (s,) = extract_statements(text)
    assert s.speaker.text == speaker
    assert s.to == to
    assert s.content is not None and s.content.text.startswith(("إن", "أن"))


def test_pronoun_drop_inherits_and_hedges() -> None:
    text = "وقال الوزير إن الوضع صعب. وأضاف أنه ربما يتحسن قريبا."
    _first, second = extract_statements(text)
    assert second.speaker.text == "الوزير" and second.hedged


def test_prepositional_source() -> None:
    (s,) = extract_statements("قتل خمسة مدنيين في القصف، بحسب المرصد السوري لحقوق الإنسان.")
    assert s.speaker.text.startswith("المرصد السوري")
    assert s.content is not None and s.content.text.startswith("قتل خمسة")
