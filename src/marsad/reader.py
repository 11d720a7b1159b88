"""Compatibility alias: plain-file inputs moved to :mod:`marsad.inputs` (``inputs/files.py``).

Kept because ``from marsad.reader import iter_documents, InputProblem`` predates the
``inputs`` package; new code imports from :mod:`marsad.inputs`.
"""

from __future__ import annotations

from marsad.inputs.base import InputProblem
from marsad.inputs.files import SUFFIXES, iter_documents

__all__ = ["SUFFIXES", "InputProblem", "iter_documents"]
