"""Claim tracking: figures and events followed across outlets, with conflicting figures flagged.

``claim_groups(db)`` and ``event_groups(db)`` read a store; ``claims_from_article`` and
``group_claims`` work on plain article JSON (``marsad.to_dict``) without one.
"""

from marsad.claims.conflicts import differs, find_conflicts
from marsad.claims.grouping import (
    EventGroup,
    EventReport,
    claim_groups,
    claims_from_article,
    classify,
    event_groups,
    events_from_article,
    group_claims,
    group_events,
    load_lexicon,
)
from marsad.claims.records import Claim, ClaimGroup, Conflict

__all__ = [
    "Claim", "ClaimGroup", "Conflict", "EventGroup", "EventReport", "claim_groups",
    "claims_from_article", "classify", "differs", "event_groups", "events_from_article",
    "find_conflicts", "group_claims", "group_events", "load_lexicon",
]
