"""Canonical actor & place knowledge base (states, actors, places) with a normalised alias index."""

from marsad.kb.loader import (
    DEFAULT_KB_DIR,
    ENTITY_FILES,
    ENTITY_TYPES,
    AliasKind,
    EntityType,
    KBEntity,
    KnowledgeBase,
    load_kb,
)

__all__ = [
    "DEFAULT_KB_DIR",
    "ENTITY_FILES",
    "ENTITY_TYPES",
    "AliasKind",
    "EntityType",
    "KBEntity",
    "KnowledgeBase",
    "load_kb",
]
