"""Statements: quotes and reported speech with their speakers."""

from accord.extract.statements.extraction import extract_statements

__all__ = ["extract_statements"]
