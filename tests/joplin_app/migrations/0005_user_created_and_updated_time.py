"""Joplin ``packages/lib/JoplinDatabase.ts``, ``upgradeDatabase``'s ``targetVersion === 5``,
ported: its queries in order, each as upstream wrote it.
"""

from _joplin import run_queries

from edi_migrations.changes import Recompute

CHANGES = (
    # the user-editable times start as the item's own times, for every item
    Recompute("notes", "user_created_time", expression="created_time"),
    Recompute("notes", "user_updated_time", expression="updated_time"),
    Recompute("folders", "user_created_time", expression="created_time"),
    Recompute("folders", "user_updated_time", expression="updated_time"),
    Recompute("tags", "user_created_time", expression="created_time"),
    Recompute("tags", "user_updated_time", expression="updated_time"),
    Recompute("note_tags", "user_created_time", expression="created_time"),
    Recompute("note_tags", "user_updated_time", expression="updated_time"),
    Recompute("resources", "user_created_time", expression="created_time"),
    Recompute("resources", "user_updated_time", expression="updated_time"),
)


def upgrade(conn):
    queries = []
    for n in ["notes", "folders", "tags", "note_tags", "resources"]:
        queries.append(f"ALTER TABLE {n} ADD COLUMN user_created_time INT NOT NULL DEFAULT 0")
        queries.append(f"ALTER TABLE {n} ADD COLUMN user_updated_time INT NOT NULL DEFAULT 0")
        queries.append(f"UPDATE {n} SET user_created_time = created_time")
        queries.append(f"UPDATE {n} SET user_updated_time = updated_time")
        queries.append(f"CREATE INDEX {n}_user_updated_time ON {n} (user_updated_time)")
    run_queries(conn, queries)
