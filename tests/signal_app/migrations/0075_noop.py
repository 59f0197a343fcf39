"""Signal Desktop ``ts/sql/migrations/75-noop.ts``, ported: it only sets the version ("This
was previously a FTS5 migration, but we had to reorder the migrations for backports"):
nothing to run.
"""


def upgrade(conn):
    pass
