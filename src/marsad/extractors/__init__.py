"""Span extractors for figures, time expressions and attributed statements.

Each extractor works on plain text (a whole article or one sentence) so the same code serves
the pipeline stages and the gold-set evaluation; offsets are always into the text given.
"""

from marsad.extractors.quantities import extract_quantities
from marsad.extractors.statements import extract_statements
from marsad.extractors.times import extract_times

__all__ = ["extract_quantities", "extract_statements", "extract_times"]
