"""PLOVER event coding for Arabic news: trigger lexicon, role filling and the coder.

``code_events`` works on plain text (so the evaluation script can code bare sentences) and
uses whatever entities, times, quantities and statements earlier stages found.
"""

from __future__ import annotations

from marsad.events.coder import code_events
from marsad.events.triggers import load_lexicon

__all__ = ["code_events", "load_lexicon"]
