"""Step one of accord's flow: read a file (or stdin) into a SourceDocument."""

from accord.documents.model import SourceDocument
from accord.documents.published import parse_published
from accord.documents.reader import DEFAULT_MAX_BYTES, FORMATS, read_document

__all__ = ["DEFAULT_MAX_BYTES", "FORMATS", "SourceDocument", "parse_published", "read_document"]
