"""Joplin ``packages/lib/services/database/migrations/42.ts``, ported: its queries in order,
each as upstream wrote it.
"""

from _joplin import add_migration_file, run_queries

from edi_migrations.changes import AddRows, MigrationTime

CHANGES = (
    # a row for the app's MigrationService (packages/lib/migrations/NN.js, run by the
    # app after the upgrade, not ported), stamped with the time
    AddRows("migrations"),
    # addMigrationFile stamps its row with Date.now()
    MigrationTime("migrations", "created_time"),
    MigrationTime("migrations", "updated_time"),
)


def upgrade(conn):
    run_queries(conn, [add_migration_file(42)])
