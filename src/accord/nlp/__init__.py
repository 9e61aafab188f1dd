"""The spaCy pipeline accord reads English with."""

from accord.nlp.pipeline import get_nlp, parse, parse_many

__all__ = ["get_nlp", "parse", "parse_many"]
