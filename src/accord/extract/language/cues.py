"""The lexicons that signal initiatives, loaded once from accord/data."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from accord.record import Status


@dataclass(frozen=True)
class InitiativeCues:
    """Word lists (lemmas, lower case) that mark proposals, agreements and projects."""

    proposal_verbs: frozenset[str]
    announcement_verbs: frozenset[str]
    strict_proposal_verbs: frozenset[str]  # "support", "offer": a proposal only when their object is one
    proposal_nouns: frozenset[str]
    verb_particles: dict[str, frozenset[str]]
    agreement_verbs: frozenset[str]
    construction_verbs: frozenset[str]
    activity_verbs: frozenset[str]
    light_verbs: frozenset[str]
    relay_nouns: frozenset[str]
    project_relay_nouns: frozenset[str]
    agreement_relay_nouns: frozenset[str]
    agreement_nouns: frozenset[str]
    project_nouns: frozenset[str]
    generic_nouns: frozenset[str]
    generic_modifiers: frozenset[str]
    agent_nouns: frozenset[str]
    actor_pronouns: frozenset[str]
    deadline_prepositions: frozenset[str]
    procedural_verbs: frozenset[str]  # "discuss", "review": what is said at a meeting, never an initiative
    document_nouns: frozenset[str]  # "16 documents were exchanged, among them:" introduces agreements
    document_exchange_verbs: frozenset[str]  # what the sides do with such documents: exchange, hand over
    partnership_nouns: frozenset[str]  # "partnership": an agreement only when qualified ("strategic partnership")
    partnership_qualifiers: frozenset[str]
    named_agreement_heads: frozenset[str]  # "the X Y Agreement": a proper name on these heads is an agreement
    named_programme_heads: frozenset[str]  # "the X Y Project", "the Z Pledge": a programme or project
    financing_verbs: frozenset[str]  # what gives a sum: "provide $63 million", "commit $10 million"
    financing_nouns: frozenset[str]  # what a sum is: "a $50 million loan", "$65 million in new assistance"
    pledge_nouns: frozenset[str]  # "a commitment to invest €10 billion": the pledge names the financing
    money_nouns: frozenset[str]  # "500 billion rubles of federal funds": words of the sum, naming no purpose
    domain_nouns: frozenset[str]  # "400 billion rubles in the farm sector": where a sum goes, no undertaking
    spent_verbs: frozenset[str]  # "the assistance amounted to €138 million": given already
    format_nouns: frozenset[str]  # institutions and regular formats: "secretariat", "dialogue", "consulate"
    creation_verbs: frozenset[str]  # what sets a format up: "establish", "launch", "relaunch"
    creation_relay_nouns: frozenset[str]  # "the establishment of", "the commencement of"
    named_only_formats: frozenset[str]  # "a constructive dialogue" is a manner; "the X-Y Strategic Dialogue" a format
    session_nouns: frozenset[str]  # "the first meeting of the Commission": the format starts here
    inaugural_words: frozenset[str]
    partnership_framers: frozenset[str]  # "elevated to", "a commitment to", "a Communication on" a partnership
    funding_list_verbs: frozenset[str]  # "The compact will fund three projects that will:" lists projects
    proposing_framers: frozenset[str]  # "a Communication on a strategic partnership": proposed, not yet agreed
    prospective_words: frozenset[str]  # "a future trade deal": an agreement still to come
    collection_nouns: frozenset[str]  # "a series of memoranda were signed": the memoranda are what is signed
    history_nouns: frozenset[str]  # "the anniversary of the Treaty", "Article 5 of the Treaty": a name only cited

    @property
    def trigger_lemmas(self) -> frozenset[str]:
        """Return every lemma that can start an initiative: the cheap gate before any tree work."""
        return (
            self.proposal_verbs
            | self.announcement_verbs
            | self.agreement_verbs
            | self.construction_verbs
            | self.project_relay_nouns
            | self.agreement_relay_nouns
            | self.project_nouns
            | self.document_nouns
            | self.named_agreement_heads
            | self.named_programme_heads
            | self.financing_verbs
            | self.financing_nouns
            | self.format_nouns
        )


def _read(name: str) -> str:
    return resources.files("accord.data").joinpath(name).read_text(encoding="utf-8")


@cache
def initiative_cues() -> InitiativeCues:
    """Return the initiative lexicons from data/initiative_cues.json."""
    data = json.loads(_read("initiative_cues.json"))
    particles = {verb: frozenset(words) for verb, words in data.pop("verb_particles").items()}
    data.pop("_about")
    return InitiativeCues(verb_particles=particles, **{key: frozenset(words) for key, words in data.items()})


@cache
def status_cues() -> list[tuple[Status, re.Pattern[str]]]:
    """Return (status, pattern) pairs from data/initiative_status.json, in the order they are tried."""
    data = json.loads(_read("initiative_status.json"))
    data.pop("_about")
    return [(status, re.compile("|".join(patterns))) for status, patterns in data.items()]


@dataclass(frozen=True)
class StatusVerbs:
    """Lemma classes by which a project's verb tells its status (data/status_verbs.json)."""

    finishes: frozenset[str]
    starts: frozenset[str]
    runs: frozenset[str]
    ongoing_nouns: frozenset[str]  # what a start sets going: "launched a programme" is in progress
    planning_words: frozenset[str]
    proposing_words: frozenset[str]
    continuing_words: frozenset[str]
    achieving_words: frozenset[str]  # "managed to establish": it was done


@cache
def status_verbs() -> StatusVerbs:
    """Return the lemma classes of data/status_verbs.json."""
    data = json.loads(_read("status_verbs.json"))
    data.pop("_about")
    return StatusVerbs(**{key: frozenset(words) for key, words in data.items()})


@cache
def sector_terms() -> list[tuple[re.Pattern[str], str, int]]:
    """Return (pattern, sector, weight) rows from data/sectors.tsv, longest terms first."""
    rows = []
    for line in _read("sectors.tsv").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        term, sector, weight = line.split("\t")
        rows.append((term, sector, int(weight)))
    rows.sort(key=lambda row: -len(row[0]))
    return [(_term_pattern(term), sector, weight) for term, sector, weight in rows]


_INFLECTIONS = r"(?:s|es|ed|er|ers|ing)?\b"


def _term_pattern(term: str) -> re.Pattern[str]:
    """Return a sector term's pattern: a word start, or with a trailing "$" a whole word and its inflections."""
    if term.endswith("$"):
        return re.compile(r"(?<![\w-])" + re.escape(term[:-1]) + _INFLECTIONS)
    return re.compile(r"(?<![\w-])" + re.escape(term))
