"""Merge initiatives reported by several documents when they are the same undertaking."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Row, Select, insert, or_, select, update

from accord.extract.language.sectors import classify_sector
from accord.names import normalize
from accord.resolve.cross_language import shared_project_name
from accord.resolve.entities import entity_ids_by_name
from accord.resolve.initiative_context import Context, context_of, kb_contexts
from accord.resolve.title_fragments import ends_on_undertaking, fragment_reason
from accord.resolve.titles import is_bare_common_noun, names_differ, same_proper_name, title_similarity
from accord.romanize import has_cyrillic
from accord.store import tables
from accord.store.curated import claim_for, claimed, source_of
from accord.store.knowledge import refresh_initiatives
from accord.store.review_queue import queue_merge

SAME_TITLE = 0.9  # titles this alike make one initiative when nothing else tells them apart
RELATED_TITLE = 0.75  # titles this alike need one shared piece of context; below it, titles never merge
REVIEW_BELOW = 0.7  # a merge less sure than this waits in the review queue; the initiative stays apart


@dataclass(frozen=True)
class Match:
    """A kb initiative an initiative may belong to, with how sure the merge is and why."""

    kb_initiative_id: int
    confidence: float
    reasons: tuple[str, ...]


FRAGMENT_CONFIDENCE = 0.2  # a report whose title is a fragment stands as weak as this: below review
AMBIGUOUS = 0.05  # two candidates closer than this in confidence are equally likely
NEAR_CASE = 0.5  # the confidence of a merge that only a person can make: the titles agree, the evidence does not
CROSS_LANGUAGE = 0.8  # a report in one language of a project another reports in the other, in a country both name


def score(title: str, context: Context, kb_title: str, kb: Context, kb_initiative_id: int) -> Match | None:
    """Score an initiative against a kb initiative; None if they are not the same undertaking.

    A title's words make no identity by themselves: what tells undertakings apart (countries,
    places, what the titles name, sectors, parties) must not clash, and a country must be shared.
    A title that names nothing must be shared by the same countries; a bare common noun ("joint
    statement", "pilot project") never merges on its own. Such near cases go to a person.
    """
    similarity, why = title_similarity(title, kb_title)
    if similarity < RELATED_TITLE or context.clash_with(kb) is not None or names_differ(title, kb_title):
        return None
    if normalize(title) in context.organizations or normalize(kb_title) in kb.organizations:
        return None  # a body's or a person's name is no undertaking
    shared = context.shared_with(kb)
    if similarity < SAME_TITLE and not shared:
        return None
    lacking = _lacking_evidence(title, context, kb_title, kb)
    if lacking is not None:
        return Match(kb_initiative_id, NEAR_CASE, (why, *shared, lacking))
    confidence = min(0.99, 0.6 * similarity + 0.1 * len(shared) + 0.1)
    return Match(kb_initiative_id, round(confidence, 3), (why, *shared))


def cross_language_score(
    report: tuple[str, str, Context], kb_report: tuple[str, str, Context], kb_initiative_id: int
) -> Match | None:
    """Score a report against a kb initiative titled in the other script, each given as (title, kind, context).

    Their words cannot be compared; the project's proper name, or its place and a figure of it (value and
    unit), its kind and its countries can. Without a country in common, a person decides.
    """
    (title, kind, context), (kb_title, kb_kind, kb) = report, kb_report
    name = shared_project_name(title, kb_title)
    if name is not None:
        why = f"same country and project ({name}, transliteration)"
    elif context.places & kb.places and context.amounts & kb.amounts:
        why = "same country and project (same place, same figures)"  # a 500 MW solar plant in one region
    else:
        return None
    if kind != kb_kind or context.clash_with(kb) is not None:
        return None
    shared = [reason for reason in context.shared_with(kb) if reason != "same country"]
    if not context.countries & kb.countries:
        return Match(kb_initiative_id, NEAR_CASE, (why.replace("same country and ", ""), "no country in common"))
    return Match(kb_initiative_id, round(min(0.95, CROSS_LANGUAGE + 0.05 * len(shared)), 3), (why, *shared))


def _lacking_evidence(title: str, context: Context, kb_title: str, kb: Context) -> str | None:
    """Return what two initiatives lack to be one beyond their titles, or None if nothing does.

    With no country known on either side, one proper name in both titles ("the X Solar Park") will do.
    """
    # A name that is the whole title ("Statement", an entity of its own) names nothing beyond it.
    if is_bare_common_noun(title, context.names - {normalize(title)}) or is_bare_common_noun(
        kb_title, kb.names - {normalize(kb_title)}
    ):
        return "a common noun alone names nothing"
    particular = context.particular_lacking_in(kb) or kb.particular_lacking_in(context)
    if particular is not None:
        return f"only one title names '{particular}'"
    if not context.countries & kb.countries:
        if context.countries or kb.countries or not same_proper_name(title, kb_title):
            return "no country in common"
    elif not (context.names and kb.names) and context.countries != kb.countries:
        return "a title names nothing and the countries differ"
    return None


def _best_match(conn: Connection, row: Row[Any], context: Context) -> Match | None:
    kb, ini = tables.kb_initiatives, tables.initiatives
    # Two initiatives of one document are two things: its extractor already told them apart.
    same_document = select(ini.c.kb_initiative_id).where(
        ini.c.document_id == row.document_id, ini.c.kb_initiative_id.is_not(None)
    )
    query = select(kb.c.id, kb.c.title, kb.c.kind).where(kb.c.id.not_in(same_document))
    if row.sector != "other":
        query = query.where(or_(kb.c.sector == row.sector, kb.c.sector == "other"))
    # Titles first, in memory; only the few alike enough, or naming the same project in the other
    # script, have their context loaded.
    titles, kinds, other_script = {}, {}, set()
    cyrillic, bilingual = has_cyrillic(row.title), False
    for kb_id, kb_title, kb_kind in conn.execute(query):
        bilingual = bilingual or has_cyrillic(kb_title) != cyrillic
        if fragment_reason(kb_title) is not None:
            continue
        if title_similarity(row.title, kb_title)[0] >= RELATED_TITLE:
            titles[kb_id] = kb_title
        elif shared_project_name(row.title, kb_title) is not None:
            titles[kb_id], kinds[kb_id] = kb_title, kb_kind
            other_script.add(kb_id)
    # Only a knowledge base holding both languages is asked where the report's project stands.
    for kb_id, kb_title in (_at_the_same_place(conn, row, query) if bilingual else {}).items():
        if kb_id not in titles and has_cyrillic(kb_title) != cyrillic:
            titles[kb_id], kinds[kb_id] = kb_title, row.kind
            other_script.add(kb_id)
    matches = [
        match
        for kb_id, theirs in (kb_contexts(conn, titles) if titles else {}).items()
        if (
            match := cross_language_score((row.title, row.kind, context), (titles[kb_id], kinds[kb_id], theirs), kb_id)
            if kb_id in other_script
            else score(row.title, context, titles[kb_id], theirs, kb_id)
        )
        is not None
    ]
    if not matches:
        return None
    best, *others = sorted(matches, key=lambda m: m.confidence, reverse=True)
    rival = next((m for m in others if m.confidence > NEAR_CASE and best.confidence - m.confidence < AMBIGUOUS), None)
    if best.confidence > NEAR_CASE and rival is not None:
        # A report as like two initiatives as each other ("the treaty" of two treaties signed that day)
        # could be either: a person decides.
        return Match(best.kb_initiative_id, NEAR_CASE, (*best.reasons, f"as like initiative #{rival.kb_initiative_id}"))
    return best


def _at_the_same_place(conn: Connection, row: Row[Any], query: Select[Any]) -> dict[int, str]:
    """Return the kb initiatives (id, title) of the report's kind located where it is, by any name of that place."""
    if not row.location:
        return {}
    place = entity_ids_by_name(conn, row.document_id).get(normalize(row.location))
    if place is None:
        return {}
    m = tables.mentions
    forms = {row.location}
    for name, aliases in conn.execute(select(m.c.name, m.c.aliases).where(m.c.kb_entity_id == place)):
        forms |= {name, *aliases}
    kb = tables.kb_initiatives
    located = query.where(kb.c.kind == row.kind, kb.c.location.in_(sorted(forms)))
    return {kb_id: kb_title for kb_id, kb_title, _ in conn.execute(located)}


def _with_sector_of_title(conn: Connection, row: Row[Any]) -> Row[Any]:
    """Give a report of no sector the one its title's words name, if any (the sector lexicon's terms)."""
    sector = classify_sector(row.title) if row.sector == "other" else row.sector
    if sector == row.sector:
        return row
    i = tables.initiatives
    conn.execute(update(i).where(i.c.id == row.id).values(sector=sector))
    return conn.execute(select(i).where(i.c.id == row.id)).one()


def _actor_reason(title: str, context: Context) -> str | None:
    """Return why a title that is wholly a body's or a person's name of its document names no undertaking."""
    if normalize(title) in context.organizations and not ends_on_undertaking(title):
        return "names a body or a person, no undertaking"
    return None


def _mark_fragment(conn: Connection, row: Row[Any], reason: str) -> None:
    """Make a report whose title is a fragment weak, saying why, so that it waits in the review queue."""
    i = tables.initiatives
    confidence = min(row.extraction_confidence or FRAGMENT_CONFIDENCE, FRAGMENT_CONFIDENCE)
    reasons = [*(row.extraction_reasons or []), f"the title is a fragment ({reason})"]
    conn.execute(update(i).where(i.c.id == row.id).values(extraction_confidence=confidence, extraction_reasons=reasons))


def resolve_initiatives(conn: Connection, document_id: str) -> None:
    """Link every initiative of a document to a kb initiative, creating one when none is the same.

    A curator's claim on a title decides first; a merge less sure than REVIEW_BELOW is queued for
    review and the initiative gets a kb initiative of its own until a person accepts the merge.
    """
    rows = conn.execute(select(tables.initiatives).where(tables.initiatives.c.document_id == document_id)).all()
    touched: set[int] = set()
    source = source_of(conn, document_id)
    claims = claimed(conn, "initiative", source)
    for row in rows:
        row = _with_sector_of_title(conn, row)
        curated = claim_for(claims, [row.title])
        context = context_of(conn, row)
        fragment = fragment_reason(row.title, row.found_by) or _actor_reason(row.title, context)
        if fragment is not None:
            _mark_fragment(conn, row, fragment)
        if curated is not None:
            match: Match | None = Match(curated, 1.0, ("curated",))
        else:
            # A fragment is no fact until a person says so; it joins nothing meanwhile.
            match = None if fragment is not None else _best_match(conn, row, context)
        if match is not None and match.confidence < REVIEW_BELOW:
            title = conn.scalar(
                select(tables.kb_initiatives.c.title).where(tables.kb_initiatives.c.id == match.kb_initiative_id)
            )
            candidate = (match.kb_initiative_id, str(title))
            queue_merge(conn, "initiative", source, row.title, candidate, match.confidence, list(match.reasons))
            match = None
        if match is None:
            kb_id = conn.execute(
                insert(tables.kb_initiatives)
                .values(title=row.title, kind=row.kind, sector=row.sector, status=row.status, location=row.location)
                .returning(tables.kb_initiatives.c.id)
            ).scalar_one()
            match = Match(kb_id, 1.0, ("first seen here",))
        conn.execute(
            update(tables.initiatives)
            .where(tables.initiatives.c.id == row.id)
            .values(kb_initiative_id=match.kb_initiative_id, confidence=match.confidence, reasons=list(match.reasons))
        )
        touched.add(match.kb_initiative_id)
    refresh_initiatives(conn, touched)
