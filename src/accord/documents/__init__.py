"""Step one of accord's flow: read a file (or stdin) into a SourceDocument."""

from accord.documents.model import SourceDocument

__all__ = ["SourceDocument"]
