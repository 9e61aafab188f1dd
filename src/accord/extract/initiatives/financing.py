"""Financing: loans, grants, investments and assistance with their sums ("a $50 million loan to X",
"announced $65 million in new assistance", "a commitment to invest €10 billion in Y")."""

from __future__ import annotations

from spacy.tokens import Span as Sentence
from spacy.tokens import Token

from accord.extract.entities.index import EntityIndex
from accord.extract.initiatives.actors import actor_of
from accord.extract.initiatives.candidates import Candidate
from accord.extract.initiatives.titles import names_a_thing
from accord.extract.language.cues import initiative_cues
from accord.record import Span, Status

# What a sum goes to or goes into: "a loan to X", "an investment in Y", "$10 million for Z".
_RECIPIENT_PREPOSITIONS = frozenset({"to", "in", "for"})
_EDGE_WORDS = frozenset({"DET", "PUNCT", "CCONJ", "ADP", "PART"})


def _has_money(tokens: list[Token]) -> bool:
    return any(t.ent_type_ == "MONEY" for t in tokens)


def _phrase(tokens: list[Token]) -> list[Token]:
    """Return the contiguous run of `tokens`' span with the edge words trimmed."""
    doc = tokens[0].doc
    run = list(doc[min(t.i for t in tokens) : max(t.i for t in tokens) + 1])
    while run and (run[0].pos_ in _EDGE_WORDS or run[0].tag_ == "PRP$") and run[0].ent_type_ != "MONEY":
        run = run[1:]
    while run and (run[-1].pos_ in _EDGE_WORDS or run[-1].is_space) and not run[-1].text.endswith("."):
        run = run[:-1]
    return run


def _noun_phrase(noun: Token) -> list[Token]:
    """Return a funding noun with its sum and what it goes to: "$425 million loan to Acme Solar"."""
    tokens = [t for left in noun.lefts if left.dep_ not in ("det", "poss") for t in left.subtree] + [noun]
    for prep in noun.rights:
        if prep.dep_ == "prep" and prep.lower_ in _RECIPIENT_PREPOSITIONS:
            tokens += [t for t in prep.subtree if t.dep_ not in ("relcl", "acl") and t.head.dep_ != "relcl"]
    return tokens


def _tells_a_level(verb: Token) -> bool:
    """Tell a present "amounts to", "totals" (what a stock stands at) from a sum given or spent."""
    return verb.tag_ in ("VBZ", "VBP")


def _funding_verb(token: Token) -> Token | None:
    """Return the verb that gives a sum: "provide $63 million", "commit $10 million", "announced $65 million"."""
    verb = token.head
    if token.dep_ == "dobj" and verb.pos_ == "VERB" and verb.lemma_.lower() in initiative_cues().financing_verbs:
        return verb
    return None


def _under_a_programme(verb: Token, taken: set[int]) -> bool:
    """Tell "Under the Harbour Pledge, X is committing $100 million" (the sum of a programme found already)."""
    return any(c.dep_ == "prep" and c.lower_ == "under" and any(t.i in taken for t in c.subtree) for c in verb.children)


def _purpose(verb: Token) -> list[Token]:
    """Return what a sum is given for: "to provide support for disaster resilience"."""
    clauses = [c for c in verb.rights if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VB"]
    clauses += [c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "for"]  # "for the creation of X"
    return [t for c in clauses for t in c.subtree]


def _sum_given(money: Token) -> tuple[list[Token], Token] | None:
    """Return the words of a sum a verb gives ("$65 million in new assistance") and that verb."""
    verb = _funding_verb(money)
    if verb is None:
        return None
    cues = initiative_cues()
    owner = verb.head
    if verb.dep_ in ("acl", "xcomp") and owner.pos_ == "NOUN" and owner.lemma_.lower() in cues.pledge_nouns:
        # "a commitment to invest €10 billion in X", "plans to provide $63 million": the pledge names it.
        return [owner, *(t for t in verb.subtree if t.dep_ not in ("advcl", "relcl"))], verb
    return [*money.subtree, *_purpose(verb)], verb


def _pledge(noun: Token) -> list[Token] | None:
    """Return "a commitment to electrify X with $23 million": a pledge whose clause carries a sum."""
    clauses = [c for c in noun.children if c.dep_ in ("acl", "relcl") and c.tag_ == "VB"]
    for clause in clauses:
        words = [t for t in clause.subtree if t.dep_ != "advcl"]
        if _has_money(words):
            return [noun, *words]
    return None


def _status(verb: Token | None, sentence: Sentence) -> Status:
    """Tell a sum spent ("amounted to", "has been disbursed") from one being or to be given."""
    if verb is not None:
        auxiliaries = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
        if verb.lemma_.lower() in initiative_cues().spent_verbs or {"has", "have"} & auxiliaries:
            return "completed"
        if verb.tag_ == "VBG" and auxiliaries & {"is", "are"}:
            return "in_progress"
    return "planned"


def _candidate(
    tokens: list[Token],
    head: Token,
    status: Status,
    actor_verb: Token | None,
    sentence: Sentence,
    entities: EntityIndex,
) -> Candidate | None:
    words = _phrase(tokens)
    if not any(names_a_thing(t) for t in words):
        return None  # "another 35 billion", "500 billion rubles of federal funds": a sum naming nothing it is for
    title = sentence.doc[words[0].i : words[-1].i + 1].text
    span = Span(words[0].idx, words[-1].idx + len(words[-1]))
    described = Span(sentence.start_char, sentence.end_char)
    return Candidate(
        kind="project",
        title=" ".join(title.split()),
        head_word=head.text,
        title_span=span,
        extent=span,
        description=described,
        actor=actor_of(actor_verb, entities) if actor_verb is not None else None,
        status=status,
        context=[described],
        found_by="financing",
    )


def _funds_a_named_project(noun: Token, taken: set[int]) -> bool:
    """Tell "a $425 million loan ... will finance the construction of a solar plant" (the plant is the
    initiative, found already) from a loan that is the initiative itself."""
    verb = noun.head
    return noun.dep_ == "nsubj" and any(t.i in taken for c in verb.rights for t in c.subtree)


def find_financing(sentence: Sentence, entities: EntityIndex, taken: set[int]) -> list[Candidate]:
    """Return the loans, grants, investments and assistance a sentence gives with their sums."""
    cues = initiative_cues()
    found = []
    for token in sentence:
        if token.i in taken:
            continue
        tokens: list[Token] | None = None
        verb: Token | None = None
        lemma = token.lemma_.lower()
        if token.pos_ == "NOUN" and lemma in cues.financing_nouns:
            phrase = _noun_phrase(token)
            sized = _has_money([t for left in token.lefts for t in left.subtree])  # "a $50 million loan"
            # "its assistance amounted to €138 million"; not "investments total $650 million" or "the
            # investment in X amounts to $10 billion", a stock
            spent = (
                token.dep_ == "nsubj"
                and token.tag_ == "NN"
                and token.head.lemma_.lower() in cues.spent_verbs
                and not _tells_a_level(token.head)
            )
            if (sized or (spent and _has_money(list(token.head.subtree)))) and not _funds_a_named_project(token, taken):
                tokens, verb = phrase, token.head if spent else _funding_verb(token)
        elif token.pos_ == "NOUN" and lemma in cues.pledge_nouns:
            tokens = _pledge(token)
        elif token.ent_type_ == "MONEY" and token.head.ent_type_ != "MONEY":
            given = _sum_given(token)
            if given is not None and not _under_a_programme(given[1], taken):
                tokens, verb = given
        if not tokens or any(t.i in taken for t in tokens):
            continue
        candidate = _candidate(tokens, token, _status(verb, sentence), verb, sentence, entities)
        if candidate is not None:
            found.append(candidate)
            taken.update(t.i for t in tokens)
    return found
