"""Load the curated actor & place knowledge base shipped in ``marsad/data/kb``.

The KB is plain JSON Lines so that it can be reviewed and diffed like code; this module turns
it into immutable entities plus an index from *normalised* Arabic surface forms to entity ids,
which is what the matcher needs (it matches on ``normalize(text)``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from marsad.arabic.normalize import normalize

#: Package data directory holding the JSONL files, VERSION, stoplist and rule files.
DEFAULT_KB_DIR = Path(__file__).resolve().parent.parent / "data" / "kb"

#: Entity files, in precedence order: when an alias is shared, earlier files rank first.
#: Organisations, companies and sports clubs come before places, whose GeoNames aliases are
#: the least curated.
ENTITY_FILES: tuple[str, ...] = (
    "states.jsonl",
    "actors.jsonl",
    "people.jsonl",
    "organisations.jsonl",
    "companies.jsonl",
    "clubs.jsonl",
    "places.jsonl",
)

EntityType = Literal["PER", "ORG", "GPE", "LOC", "FAC"]
AliasKind = Literal["name", "alias", "adjective"]
ENTITY_TYPES: frozenset[str] = frozenset({"PER", "ORG", "GPE", "LOC", "FAC"})

_KIND_RANK: dict[str, int] = {"name": 0, "alias": 1, "adjective": 2}


@dataclass(slots=True, frozen=True)
class KBEntity:
    """One KB entry; tuples instead of lists so entities are hashable and safe to share."""

    id: str
    type: EntityType
    name_en: str
    name_ar: str
    aliases_ar: tuple[str, ...]
    aliases_en: tuple[str, ...]
    adjectives_ar: tuple[str, ...]
    wikidata: str | None
    category: str
    country: str | None
    lat: float | None
    lon: float | None
    population: int | None
    ambiguous: bool = False
    parent: str | None = None
    #: Surfaces (the name or aliases, Arabic or English) that name this entity only in a story
    #: about one of ``context_countries`` («قوات التحالف», «STC»): the linker links them by
    #: the article's context, never on their own.
    context_aliases: tuple[str, ...] = ()
    #: The countries whose stories a context alias fits; the entity's own country by default.
    context_countries: tuple[str, ...] = ()

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> KBEntity:
        """Build an entity from one decoded JSONL record (schema checked by the tests)."""
        lat = data.get("lat")
        lon = data.get("lon")
        return cls(
            id=data["id"],
            type=data["type"],
            name_en=data["name_en"],
            name_ar=data["name_ar"],
            aliases_ar=tuple(data.get("aliases_ar") or ()),
            aliases_en=tuple(data.get("aliases_en") or ()),
            adjectives_ar=tuple(data.get("adjectives_ar") or ()),
            wikidata=data.get("wikidata"),
            category=data["category"],
            country=data.get("country"),
            lat=float(lat) if lat is not None else None,
            lon=float(lon) if lon is not None else None,
            population=data.get("population"),
            ambiguous=bool(data.get("ambiguous", False)),
            parent=data.get("parent"),
            context_aliases=tuple(data.get("context_aliases") or ()),
            context_countries=tuple(data.get("context_countries")
                                    or ([data["country"]] if data.get("country") else [])),
        )

    def surfaces(self) -> Iterator[tuple[str, AliasKind]]:
        """Yield every Arabic surface form of the entity with the kind of surface it is."""
        yield self.name_ar, "name"
        for alias in self.aliases_ar:
            yield alias, "alias"
        for adjective in self.adjectives_ar:
            yield adjective, "adjective"


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    """Yield the records of a JSON Lines file, skipping blank lines."""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def read_stoplist(path: Path) -> frozenset[str]:
    """Read the stoplist (one surface per line, ``#`` comments), normalised for matching."""
    if not path.exists():
        return frozenset()
    words: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        word = line.split("#", 1)[0].strip()
        if word:
            words.add(normalize(word))
    return frozenset(words)


def read_disambiguation(path: Path) -> dict[str, str]:
    """Read ``alias -> preferred entity id`` rules, keyed by the normalised alias."""
    if not path.exists():
        return {}
    raw: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    rules = raw.get("preferred", raw)
    return {normalize(alias): str(eid) for alias, eid in rules.items() if not alias.startswith("_")}


class KnowledgeBase:
    """Entities by id plus a normalised-alias index; immutable after construction."""

    __slots__ = ("_kinds", "by_alias", "context_aliases", "disambiguation", "entities",
                 "stoplist", "version")

    def __init__(
        self,
        entities: Iterable[KBEntity],
        stoplist: frozenset[str] = frozenset(),
        disambiguation: dict[str, str] | None = None,
        version: str = "0",
    ) -> None:
        self.version = version
        self.stoplist = stoplist
        self.disambiguation = dict(disambiguation or {})
        self.entities: dict[str, KBEntity] = {}
        for entity in entities:
            if entity.id in self.entities:
                raise ValueError(f"duplicate KB id {entity.id!r}")
            self.entities[entity.id] = entity
        self._kinds: dict[tuple[str, str], AliasKind] = {}
        self.by_alias: dict[str, tuple[str, ...]] = self._index()
        #: alias (normalised; Latin acronyms as written) → ids it names only by context
        context: dict[str, set[str]] = {}
        for entity in self.entities.values():
            for alias in entity.context_aliases:
                folded = normalize(alias).strip()
                # «للجيش الوطني»: the matcher finds «جيش الوطني», the article absorbed by «ل»
                bare = folded[2:] if folded.startswith("ال") else folded
                for key in {folded, bare, alias}:
                    context.setdefault(key, set()).add(entity.id)
        self.context_aliases: dict[str, frozenset[str]] = {
            key: frozenset(ids) for key, ids in context.items()}

    def _index(self) -> dict[str, tuple[str, ...]]:
        """Map each normalised surface to its entity ids, best candidate first.

        Order: the disambiguation rule's preferred id, then unambiguous before ambiguous
        entities, then names before aliases before adjectives, then larger population first,
        then file order (``ENTITY_FILES``).
        """
        order = {eid: i for i, eid in enumerate(self.entities)}
        buckets: dict[str, list[str]] = {}
        for entity in self.entities.values():
            for surface, kind in entity.surfaces():
                key = normalize(surface).strip()
                if not key or key in self.stoplist:
                    continue
                previous = self._kinds.get((key, entity.id))
                if previous is None:
                    buckets.setdefault(key, []).append(entity.id)
                if previous is None or _KIND_RANK[kind] < _KIND_RANK[previous]:
                    self._kinds[(key, entity.id)] = kind

        def rank(key: str, eid: str) -> tuple[int, int, int, int, int]:
            entity = self.entities[eid]
            return (
                0 if self.disambiguation.get(key) == eid else 1,
                1 if entity.ambiguous else 0,
                _KIND_RANK[self._kinds[(key, eid)]],
                -(entity.population or 0),
                order[eid],
            )

        return {
            key: tuple(sorted(ids, key=lambda eid, key=key: rank(key, eid)))  # type: ignore[misc]
            for key, ids in buckets.items()
        }

    def __len__(self) -> int:
        return len(self.entities)

    def __contains__(self, entity_id: object) -> bool:
        return entity_id in self.entities

    def get(self, entity_id: str) -> KBEntity | None:
        """Return the entity with this id, or ``None``."""
        return self.entities.get(entity_id)

    def lookup(self, surface: str) -> list[KBEntity]:
        """Entities whose name/alias/adjective equals ``surface`` after normalisation."""
        ids = self.by_alias.get(normalize(surface).strip(), ())
        return [self.entities[eid] for eid in ids]

    def alias_kind(self, alias_norm: str, entity_id: str) -> AliasKind | None:
        """Say whether a normalised surface is the entity's name, an alias or an adjective."""
        return self._kinds.get((alias_norm, entity_id))

    def aliases(self) -> Iterator[tuple[str, tuple[str, ...]]]:
        """Iterate over ``(normalised alias, entity ids)`` pairs, e.g. to build an automaton."""
        return iter(self.by_alias.items())


def _read_version(directory: Path) -> str:
    path = directory / "VERSION"
    return path.read_text(encoding="utf-8").strip() if path.exists() else "0"


def load_entities(directory: Path) -> list[KBEntity]:
    """Read all entity files of a KB directory in precedence order."""
    entities: list[KBEntity] = []
    for name in ENTITY_FILES:
        path = directory / name
        if path.exists():
            entities.extend(KBEntity.from_dict(record) for record in read_jsonl(path))
    return entities


@lru_cache(maxsize=8)
def _load_cached(directory: Path) -> KnowledgeBase:
    return KnowledgeBase(
        load_entities(directory),
        stoplist=read_stoplist(directory / "stoplist.txt"),
        disambiguation=read_disambiguation(directory / "disambiguation.json"),
        version=_read_version(directory),
    )


def load_kb(directory: Path | None = None) -> KnowledgeBase:
    """Load (once per directory, then from cache) the knowledge base.

    ``directory`` defaults to the package data shipped with marsad; tests may pass another.
    """
    return _load_cached((directory or DEFAULT_KB_DIR).resolve())
