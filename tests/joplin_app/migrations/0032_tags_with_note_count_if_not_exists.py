"""Joplin ``packages/lib/JoplinDatabase.ts``, ``upgradeDatabase``'s ``targetVersion === 32``,
ported: its queries in order, each as upstream wrote it.
"""

from _joplin import run_queries


def upgrade(conn):
    # This is the same as version 25 - this is to complete the
    # revert of the hierarchical tag feature.
    run_queries(
        conn,
        [
            """CREATE VIEW IF NOT EXISTS tags_with_note_count AS
						SELECT tags.id as id, tags.title as title, tags.created_time as created_time, tags.updated_time as updated_time, COUNT(notes.id) as note_count
						FROM tags
							LEFT JOIN note_tags nt on nt.tag_id = tags.id
							LEFT JOIN notes on notes.id = nt.note_id
						WHERE notes.id IS NOT NULL
						GROUP BY tags.id""",
        ],
    )
