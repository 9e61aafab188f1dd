"""Curation: people correct what extraction got wrong, and their corrections outlive every ingest.

Every function takes a connection inside the caller's transaction and the name of who acts, and
appends what it changed to the audit log (`accord.store.audit`). Curated rows are kept when no
document supports them any more; curated values are laid back over the machine's after each
ingest (`accord.store.curated`), and what the machine would now say differently is left for review.
"""

from accord.curation.facts import (
    edit_entity,
    edit_figure,
    edit_initiative,
    judge_entity,
    judge_figure,
    judge_initiative,
)
from accord.curation.manual import add_initiative
from accord.curation.merges import merge_entities, merge_initiatives, split_entity, split_initiative
from accord.curation.notes import attach_note
from accord.curation.review import decide, disputes, pending, review_queue

__all__ = [
    "add_initiative",
    "attach_note",
    "decide",
    "disputes",
    "edit_entity",
    "edit_figure",
    "edit_initiative",
    "judge_entity",
    "judge_figure",
    "judge_initiative",
    "merge_entities",
    "merge_initiatives",
    "pending",
    "review_queue",
    "split_entity",
    "split_initiative",
]
