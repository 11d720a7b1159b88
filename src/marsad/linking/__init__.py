"""Finding entity mentions in clean text and linking them to the knowledge base."""

from marsad.linking.alias_matcher import Gazetteer, GazetteerHit, load_gazetteer
from marsad.linking.linker import link_entities

__all__ = ["Gazetteer", "GazetteerHit", "link_entities", "load_gazetteer"]
