"""Name echoes: a name repeated in index form right after itself, as scraped speaker tags carry it.

A transcript page marks each speaker with the name, then the name again surname first for an
index, glued to the speaker's title: "Jane Doe Doe JanePresident of Ruritania: Thank you."
The echo ("Doe JanePresident") is no mention of its own; every name span stops before it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

_LONGEST_GIVEN_NAME = 4  # tokens: two words joined by a hyphen ("Anna - Maria") are three


def _is_name_token(token: Token) -> bool:
    return token.is_title and token.is_alpha


def _echoes(given: Span, echo: Span) -> bool:
    """Tell whether `echo` repeats the given name, its last word perhaps glued to a capitalized word."""
    if [t.text for t in given[:-1]] != [t.text for t in echo[:-1]]:
        return False
    last, repeated = given[-1].text, echo[-1].text
    return repeated == last or (repeated.startswith(last) and repeated[len(last)].isupper())


def echo_starts(doc: Doc) -> dict[int, int]:
    """Return each echo of the document as its first token's index mapped to the index past its end."""
    found: dict[int, int] = {}
    for token in doc[1:-2]:
        surname = token.i
        if not _is_name_token(token) or doc[surname + 1].text != token.text:
            continue
        earliest = surname
        while earliest > max(0, surname - _LONGEST_GIVEN_NAME) and (
            _is_name_token(doc[earliest - 1]) or doc[earliest - 1].text == "-"
        ):
            earliest -= 1
        for start in range(earliest, surname):  # the longest given name first
            if not _is_name_token(doc[start]):
                continue
            given = doc[start:surname]
            echo = doc[surname + 2 : surname + 2 + len(given)]
            if len(echo) == len(given) and _echoes(given, echo):
                found[surname + 1] = echo.end
                break
    return found


def before_echo(span: Span, echoes: dict[int, int]) -> Span | None:
    """Return the part of a span before any echo it holds; None when the span starts inside one."""
    for start, end in echoes.items():
        if start <= span.start < end:
            return None
        if span.start < start < span.end:
            return Span(span.doc, span.start, start, label=span.label_)
    return span
