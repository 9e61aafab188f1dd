"""Items: turn the head token of a proposed, agreed or built thing into a titled candidate."""

from __future__ import annotations

from spacy.tokens import Token

from accord.extract.initiatives.candidates import Candidate
from accord.extract.initiatives.titles import item_tokens, title_of
from accord.extract.language.cues import initiative_cues
from accord.record import Entity, InitiativeKind, Span, Status

_NOUNS = frozenset({"NOUN", "PROPN"})
_VERBS = frozenset({"VERB", "AUX"})


def is_specific(noun: Token) -> bool:
    """Tell a named thing ("the gas chemical project", "the Joint Plan") from a generic one ("joint projects")."""
    cues = initiative_cues()
    if noun.pos_ == "PROPN" or noun.lemma_.lower() not in cues.generic_nouns | cues.project_nouns:
        return True
    if noun.tag_ == "NNS":
        # "joint energy projects" are many unnamed things; "Skolkovo innovation centre branches" are named.
        return any(t.pos_ == "PROPN" or t.text in '“«"' for left in noun.lefts for t in left.subtree)
    for child in noun.children:
        if child.dep_ in ("compound", "nmod", "poss") and child.pos_ in _NOUNS | {"ADJ"}:
            return True
        if child.dep_ == "amod" and child.lower_ not in cues.generic_modifiers:
            return True
        if (
            child.dep_ == "prep"
            and child.lower_ in ("of", "on", "for", "in", "between", "with")
            and any(c.pos_ in _NOUNS for c in child.children)
        ):
            return True
        if child.dep_ == "appos" or child.text in '“«"':
            return True
    return False


def separable_conjuncts(token: Token) -> list[Token]:
    """Return the conjuncts that name different things ("a hub and a fund"), not one ("trade and investment")."""
    cues = initiative_cues()
    found = []
    for conj in token.conjuncts:
        if conj.i < token.i:
            continue
        if (token.pos_ in _VERBS and conj.pos_ in _VERBS) or (
            token.pos_ in _NOUNS
            and conj.pos_ in _NOUNS
            and (
                any(c.dep_ in ("det", "poss") for c in conj.children)
                or conj.lemma_.lower() in cues.project_nouns | cues.agreement_nouns
            )
        ):
            found.append(conj)
    if token.pos_ in _NOUNS:
        found += [item for item in _listed_appositions(token) if item not in found]
    return found


def _listed_appositions(token: Token) -> list[Token]:
    """Return the list items the parser hung on a word inside the first one as appositions: in "a contract
    for the supply of yarn to mills, an agreement on X and a memorandum on Y" both later items."""
    nouns = initiative_cues().project_nouns | initiative_cues().agreement_nouns
    items = [
        t
        for t in token.subtree
        if t.i > token.i
        and t.dep_ == "appos"
        and t.head != token
        and t.lemma_.lower() in nouns
        and any(c.dep_ == "det" for c in t.children)
    ]
    return sorted({*items, *(c for item in items for c in item.conjuncts if c.i > item.i)}, key=lambda t: t.i)


def object_of(verb: Token) -> Token | None:
    """Return the direct object of a verb, looking through a leading "in <place>" the parser misread."""
    for child in verb.children:
        if child.dep_ in ("dobj", "attr", "oprd", "nsubjpass"):
            return child
    for child in verb.children:
        if child.dep_ == "prep":
            for pobj in child.children:
                appositions = [t for t in pobj.subtree if t.dep_ == "appos"]
                if pobj.dep_ == "pobj" and appositions:
                    return appositions[-1]
    return None


def is_generic_title(tokens: list[Token]) -> bool:
    """Tell a title that names nothing in particular ("joint initiatives", "cooperation")."""
    cues = initiative_cues()
    content = [t for t in tokens if not t.is_space and t.pos_ not in ("DET", "PUNCT")]
    if not content or all(t.pos_ in ("PRON", "NUM") for t in content):
        return True
    if len(content) == 1 and content[0].pos_ == "NOUN" and content[0].is_lower:
        return True
    heads = [t for t in content if t.head not in content or t.head.i == t.i]
    head = heads[0]
    if head.lemma_.lower() not in cues.generic_nouns | cues.agent_nouns | {"cooperation"}:
        return False
    return all(t is head or t.lower_ in cues.generic_modifiers for t in content)


def _is_clause(tokens: list[Token], title: Span) -> bool:
    """Tell a title that opens on a finite or passive verb ("increased for ...", "was built"): a clause, not a name."""
    first = next((t for t in tokens if t.idx >= title.start), None)
    return first is not None and first.pos_ in _VERBS and first.tag_ in ("VBN", "VBD", "VBZ", "VBP")


def make_candidate(
    head: Token,
    bounds: tuple[int, int],
    kind: InitiativeKind,
    status: Status | None,
    actor: Entity | None,
    description: Span,
) -> Candidate | None:
    """Return the candidate headed by `head` within token bounds, or None when it names nothing in particular."""
    lo, hi = bounds
    separate = {c.i for c in separable_conjuncts(head)}
    obj = object_of(head) if head.pos_ in _VERBS else None
    if head.pos_ in _VERBS and (obj is None or obj.pos_ == "PRON"):
        return None  # "discussing in detail", "expand it": nothing named to follow
    if obj is not None:
        separate |= {c.i for c in separable_conjuncts(obj)}
    tokens = item_tokens(head, lo, hi, separate)
    named = title_of(tokens)
    if named is None or is_generic_title([t for t in tokens if t.pos_ not in _VERBS or t is not head]):
        return None
    title, title_span, place = named
    if _is_clause(tokens, title_span):
        return None  # "increased for the heads of state to 6 tonnes": a clause cut from its subject, no name
    inside = [t for t in head.subtree if lo <= t.i < hi and not (separate and t.i >= min(separate))]
    if head.dep_ == "dobj":
        # "build a new airport in Izmir": the verb's place and date belong to its object.
        inside += [
            t
            for prep in head.head.rights
            if prep.dep_ == "prep" and prep.i > head.i
            for t in prep.subtree
            if lo <= t.i < hi
        ]
    extent = Span(min(t.idx for t in inside), max(t.idx + len(t) for t in inside))
    noun = obj if obj is not None else head
    return Candidate(
        kind=kind,
        title=title,
        head_word=noun.text,
        title_span=title_span,
        extent=extent,
        description=description,
        actor=actor,
        status=status,
        context=[extent],
        location_hint=place,
    )
