"""Joplin ``packages/lib/JoplinDatabase.ts``, ``upgradeDatabase``'s ``targetVersion === 31``,
ported: its queries in order, each as upstream wrote it.
"""

from _joplin import run_queries


def upgrade(conn):
    # This empty version is due to the revert of the hierarchical tag feature
    # We need to keep the version for the users who have upgraded using
    # the pre-release
    run_queries(conn, ['ALTER TABLE tags ADD COLUMN parent_id TEXT NOT NULL DEFAULT ""'])
    # Drop the tag note count view, instead compute note count on the fly
    # queries.push('DROP VIEW tags_with_note_count');
    # queries.push(addMigrationFile(31));
