"""The pipelines accord reads with: spaCy for English (here); natasha for Russian in accord.nlp.russian,
imported only when a Russian document comes."""

from accord.nlp.pipeline import get_nlp, parse, parse_many, text_of

__all__ = ["get_nlp", "parse", "parse_many", "text_of"]
