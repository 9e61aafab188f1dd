"""Initiative titles that are fragments of their sentence rather than names of an undertaking:
they open with a preposition or a bare verb, point back at the context ("this", "previous"), name
an agenda item, a meeting or only a kind ("construction project"), run on past a comma, or count
things ("More than 1,400 standards"). Such an initiative waits in the review queue; it is no fact
of the register."""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

from accord.extract.language.cues import initiative_cues
from accord.extract.language.gazetteer import country_named, is_region

_WORD = re.compile(r"[\w’'-]+")
_ARTICLES = frozenset({"a", "an", "the"})
_PREPOSITIONS = frozenset(
    {"of", "on", "for", "in", "at", "to", "with", "between", "among", "from", "by", "across", "through", "into", "near"}
)
# "More than 1,400 occupational standards", "$7 billion investment", "three new stations": a count or
# a sum of things, not one undertaking (a year opens names: "2030 Agenda").
_COUNT = re.compile(
    r"(?:(?:more than|over|about|around|some|nearly|almost|up to|at least)\s+)?"
    r"(?:[$€£¥]|(?!(?:19|20)\d\d\b)\d|(?:two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\b)",
    re.IGNORECASE,
)


@cache
def _words() -> dict[str, object]:
    return dict(json.loads(resources.files("accord.data").joinpath("title_fragments.json").read_text("utf-8")))


def _is_body_name(title: str, data: dict[str, object]) -> bool:
    """Tell whether a title is an institution's proper name ("Eastgate State University"): every word
    capitalized, the last one a body's head word."""
    words = _WORD.findall(title)
    heads: list[str] = data["body_heads"]  # type: ignore[assignment]
    capitalized = all(word[:1].isupper() for word in words if word.casefold() not in ("of", "and", "the", "for"))
    return len(words) >= 2 and capitalized and words[-1].casefold() in heads


def _names_only_a_kind(content: list[str], data: dict[str, object]) -> bool:
    """Tell a title made of kind words alone, ending on a generic noun: "construction project", "national
    programme"; not "programme of preferential lending" nor "joint statement"."""
    cues = initiative_cues()
    kinds: list[str] = data["kind_modifiers"]  # type: ignore[assignment]
    modifiers = cues.generic_modifiers | set(kinds)
    return content[-1] in cues.generic_nouns and all(word in modifiers for word in content[:-1])


def _names_whose(title: str, data: dict[str, object]) -> bool:
    """Tell "initiative of Eastgate State University" (a body's, what it is left out) from "initiative of the
    Greater Eurasian Partnership" (the partnership is what)."""
    nouns: list[str] = data["whose_nouns"]  # type: ignore[assignment]
    offices: list[str] = data["whose_heads"]  # type: ignore[assignment]
    match = re.match(r"\s*(?:the\s+)?(\w+)\s+(?:of|by)\s+(?:the\s+)?(.+)", title)
    if match is None or match.group(1).casefold() not in nouns:
        return False
    whose = match.group(2)
    if _is_body_name(whose, data) or whose.split()[-1].casefold() in offices:
        return True
    # A proper name not built on an undertaking's head is whose: "initiative of the Norland Red Cross".
    words = _WORD.findall(whose)
    proper = all(word[:1].isupper() for word in words if word.casefold() not in ("of", "and", "the", "for"))
    return proper and not ends_on_undertaking(whose)


def ends_on_undertaking(name: str) -> bool:
    """Tell a name built on the head of an undertaking ("... Partnership", "... Corridor", "... Treaty")."""
    cues = initiative_cues()
    heads = cues.named_agreement_heads | cues.named_programme_heads | cues.partnership_nouns | cues.project_nouns
    words = _WORD.findall(name)
    return bool(words) and words[-1].casefold() in heads | cues.generic_nouns | cues.agreement_nouns


def _names_many(content: list[str], title: str) -> bool:
    """Tell a short lower-case title on a plural head ("long-term contracts", "new road sections"): many
    things of a kind, not one undertaking; not "logistics" nor "gas"."""
    head = content[-1]
    plural = head.endswith("s") and not head.endswith(("ss", "us", "is", "as", "os", "ics"))
    cues = initiative_cues()
    # "Arctic zone projects" too: a plural project's head, whatever the case of its modifiers (not the
    # named "Minsk agreements")
    undertakings = head.removesuffix("s") in (cues.project_nouns | cues.generic_nouns) - cues.agreement_nouns
    return len(content) <= 3 and plural and (title == title.lower() or undertakings)


def _names_a_place(content: list[str], data: dict[str, object]) -> bool:
    """Tell a title built on a place's head word ("Arctic zone of the country", "the coastal region") from a
    zone set up ("special economic zone", "priority development area")."""
    heads: list[str] = data["place_heads"]  # type: ignore[assignment]
    making: list[str] = data["place_made_by"]  # type: ignore[assignment]
    return _head(content) in heads and not any(word in making for word in content)


def _head(content: list[str]) -> str:
    """Return a title's head noun: its last word before the first preposition."""
    head = content[0]
    for word in content[1:]:
        if word in _PREPOSITIONS:
            break
        head = word
    return head


def _runs_on(title: str) -> str | None:
    """Return how a title runs on past its name: an apposition after a comma ("Reserve Fund, money",
    not "Treaty of Friendship, Cooperation and Mutual Assistance"), or an ellipsis into a transcript."""
    if "…" in title or "..." in title:
        return "runs on past an ellipsis"
    if re.search(r"\w[–—]\s|\s[–—]\s", title):
        return "runs on past a dash"  # "the school in Ashgabat– a leading institution"; not "the Paris–Lyon line"
    if ", " in title and not re.search(r"\b(?:and|or)\b", title.rsplit(", ", 1)[1]):
        return "runs on past a comma"
    return None


def fragment_reason(title: str, found_by: str | None = None) -> str | None:
    """Return why a title is a fragment ("opens with a bare verb: 'take'"), or None if it names something.

    An ordinal or anaphoric opening ("third enterprise", "previous bridge") makes a fragment only in a
    short title: "first nuclear power plant in the country's north" names a plant. With `found_by`, a
    title that counts things is one too, unless a sum is what was found ("$50 million for clinics").
    """
    words = [word.casefold() for word in _WORD.findall(title)]
    content = [word for word in words if word not in _ARTICLES]
    if not content:
        return "names nothing"
    data = _words()
    leading: dict[str, list[str]] = data["leading"]  # type: ignore[assignment]
    anywhere: dict[str, list[str]] = data["anywhere"]  # type: ignore[assignment]
    short = len(content) <= int(data["ordinal_heads_need"])  # type: ignore[call-overload]
    for kind, opening in leading.items():
        if content[0] in opening and (kind != "ordinal or anaphora" or short):
            return f"opens with {'an' if kind[0] in 'aeiou' else 'a'} {kind}: '{content[0]}'"
    for kind, found in anywhere.items():
        hit = next((word for word in content if word in found), None)
        if hit is not None:
            return f"holds {'an' if kind[0] in 'aeiou' else 'a'} {kind}: '{hit}'"
    trailing: dict[str, list[str]] = data["trailing"]  # type: ignore[assignment]
    for kind, closing in trailing.items():
        if len(content) > 1 and content[-1] in closing:
            return f"ends on {'an' if kind[0] in 'aeiou' else 'a'} {kind}: '{content[-1]}'"
    if _names_only_a_kind(content, data):
        return "names only a kind"
    if _names_many(content, title):
        return "names many things of a kind"
    for heads, reason in (("session_heads", "a meeting"), ("relation_heads", "a relation or a stance")):
        # "an honest dialogue" is a meeting; "the Doha Round" and "the Strategic Dialogue" are named formats
        if _head(content) in data[heads] and _head(_WORD.findall(title)).islower():  # type: ignore[operator]
            return f"names {reason}, no undertaking"
    if _head(content) in data["agenda_heads"] and any(w in data["event_nouns"] for w in content):  # type: ignore[operator]
        return "names an event's programme, no undertaking"
    if content[0] in data["goal_gerunds"] and not ends_on_undertaking(title):  # type: ignore[operator]
        return f"names a goal ('{content[0]}'), no undertaking"
    if _names_a_place(content, data):
        return "names a place, no undertaking"
    if " ".join(content) in data["government_names"]:  # type: ignore[operator]
        return "names the government, no undertaking"
    if found_by is not None and found_by != "financing" and _COUNT.match(title.strip()):
        return "counts things, names no one undertaking"
    if ":" in title:
        return "runs on past a colon"
    if re.match(r"\s*[\w’'-]+,", title):
        return "its first word ends a clause"
    runs_on = _runs_on(title)
    if runs_on is not None:
        return runs_on
    if country_named(title) or is_region(title):
        return "names a place, no undertaking"
    if _is_body_name(title, data):
        return "names a body, no undertaking"
    if _names_whose(title, data):
        return "names whose initiative it is, not what"
    if len(content) == 1 and not title.strip().isupper():
        return "one word names only a kind"
    return None
