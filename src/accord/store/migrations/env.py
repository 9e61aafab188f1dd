"""Run accord's migrations on the connection the caller hands over (no alembic.ini)."""

from alembic import context

from accord.store.tables import metadata

context.configure(connection=context.config.attributes["connection"], target_metadata=metadata)
with context.begin_transaction():
    context.run_migrations()
