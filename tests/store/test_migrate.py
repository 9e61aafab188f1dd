"""A store at the newest revision opens without running Alembic; any other is migrated."""

from __future__ import annotations

from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, text

from accord.store import open_store
from accord.store.migrate import alembic_config, current_revision, head_revision


def test_the_newest_revision_read_from_the_scripts_is_alembics_head() -> None:
    assert head_revision() == ScriptDirectory.from_config(alembic_config()).get_current_head()


def test_a_store_behind_the_newest_revision_is_migrated_when_opened(store: Engine, database_url: str) -> None:
    assert current_revision(store) == head_revision()
    config = alembic_config()
    with store.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "-1")
    assert current_revision(store) != head_revision()
    reopened = open_store(database_url)
    try:
        assert current_revision(reopened) == head_revision()
        with reopened.connect() as conn:
            conn.execute(text("SELECT found_by FROM initiatives"))
    finally:
        reopened.dispose()
