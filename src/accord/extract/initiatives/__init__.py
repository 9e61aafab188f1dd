"""Initiatives: what is proposed, agreed, planned or built, with actors, status, deadline and sector."""

from accord.extract.initiatives.extraction import extract_initiatives

__all__ = ["extract_initiatives"]
