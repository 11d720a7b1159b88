"""Marsad (مرصد): Arabic-first news intelligence.

``marsad.extract(text_or_bytes, published=None) -> Article`` is the library entry point;
``marsad.to_dict(article)`` gives the public JSON contract.
"""

from marsad.core import default_pipeline, extract
from marsad.errors import MarsadError
from marsad.model import Article, RawDocument
from marsad.serialize import to_dict, to_json

__all__ = [
    "Article",
    "MarsadError",
    "RawDocument",
    "default_pipeline",
    "extract",
    "to_dict",
    "to_json",
]
__version__ = "0.1.0"
