"""The claim records: one figure as one article reports it (``Claim``), a group of claims about
one measured thing (``ClaimGroup``) and a disagreement inside a group (``Conflict``).

Plain data shared by :mod:`marsad.claims.grouping` (which builds them) and
:mod:`marsad.claims.conflicts` (which compares them). The imports run one way: grouping uses
conflicts and records, conflicts uses records only, records uses neither.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class Claim:
    """One figure as one article reports it, with everything needed to compare it."""

    article_id: str
    measure: str
    value: float | None
    text: str
    sentence: str
    start: int
    end: int
    low: float | None = None
    high: float | None = None
    qualifier: str = "exact"
    subject: str | None = None  # troops/fighters when «مقتل 20 جنديا» counts deaths of troops
    modifier: str | None = None  # entity id of a nationality adjective: «جندي أمريكي» → gpe:usa
    place: str | None = None
    entities: list[str] = field(default_factory=list)
    source: str | None = None
    outlets: list[str] = field(default_factory=list)  # dateline outlet, statement recipient
    speaker: str | None = None
    speaker_entity: str | None = None
    date: str | None = None
    date_from: str = "published"  # or "time": a resolved day in the same sentence
    title: str | None = None
    url: str | None = None
    cumulative: bool = False  # a running total («ارتفعت الحصيلة إلى», «منذ بدء»), not a day's

    @property
    def key(self) -> tuple[str, str | None, str | None, str | None]:
        return (self.measure, self.subject, self.modifier, self.place)

    @property
    def point(self) -> float | None:
        """The figure to compare: the value, or the middle of a range."""
        if self.value is not None:
            return self.value
        if self.low is not None and self.high is not None:
            return (self.low + self.high) / 2
        return self.low if self.low is not None else self.high

    def as_dict(self) -> dict[str, Any]:
        return {
            "article_id": self.article_id, "measure": self.measure, "subject": self.subject,
            "modifier": self.modifier, "place": self.place, "value": self.value,
            "low": self.low, "high": self.high, "qualifier": self.qualifier, "text": self.text,
            "sentence": self.sentence, "start": self.start, "end": self.end,
            "entities": self.entities, "source": self.source, "outlets": self.outlets,
            "speaker": self.speaker, "speaker_entity": self.speaker_entity, "date": self.date,
            "date_from": self.date_from, "title": self.title, "url": self.url,
            "cumulative": self.cumulative,
        }


class _ClaimSet:
    """What a set of claims says about where it comes from (conflicts and groups alike)."""

    __slots__ = ()
    claims: list[Claim]

    @property
    def sources(self) -> list[str]:
        return sorted({c.source or c.article_id for c in self.claims})

    @property
    def articles(self) -> list[str]:
        return sorted({c.article_id for c in self.claims})


@dataclass(slots=True)
class Conflict(_ClaimSet):
    """Figures for one group and time window that disagree by more than the threshold."""

    date_from: str | None
    date_to: str | None
    low: float
    high: float
    claims: list[Claim]

    def as_dict(self) -> dict[str, Any]:
        return {"date_from": self.date_from, "date_to": self.date_to, "low": self.low,
                "high": self.high, "sources": self.sources, "articles": self.articles,
                "values": [{"value": c.point, "source": c.source, "article_id": c.article_id,
                            "date": c.date, "speaker": c.speaker} for c in self.claims]}


@dataclass(slots=True)
class ClaimGroup(_ClaimSet):
    """All claims about one measured thing («US troops in Syria»), oldest first."""

    measure: str
    subject: str | None
    modifier: str | None
    place: str | None
    label: str
    claims: list[Claim] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)  # entity id → display name

    @property
    def id(self) -> str:
        """A stable id from the key, so a group can be cited and looked up again."""
        return ":".join(p or "-" for p in (self.measure, self.subject, self.modifier,
                                           self.place))

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "label": self.label, "measure": self.measure,
                "subject": self.subject, "modifier": self.modifier, "place": self.place,
                "sources": self.sources, "articles": self.articles,
                "claims": [c.as_dict() for c in self.claims],
                "conflicts": [c.as_dict() for c in self.conflicts]}
