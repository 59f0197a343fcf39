"""Joplin ``packages/lib/JoplinDatabase.ts``, ``upgradeDatabase``'s ``targetVersion === 30``,
ported: its queries in order, each as upstream wrote it.
"""

from _joplin import alter_column_queries, run_queries

from edi_migrations.changes import ChangeType

CHANGES = (
    # that's the change: `order` from INT to NUMERIC, so a note fits between two
    ChangeType("notes", "order", to="NUMERIC"),
)


def upgrade(conn):
    # Change the type of the "order" field from INT to NUMERIC
    # Making it a float provides a much bigger range when inserting notes.
    # For example, with an INT, inserting a note C between note A with order 1000 and
    # note B with order 1001 wouldn't be possible without changing the order
    # value of note A or B. But with a float, we can set the order of note C to 1000.5
    run_queries(
        conn,
        alter_column_queries(
            "notes",
            {
                "id": "TEXT PRIMARY KEY",
                "parent_id": 'TEXT NOT NULL DEFAULT ""',
                "title": 'TEXT NOT NULL DEFAULT ""',
                "body": 'TEXT NOT NULL DEFAULT ""',
                "created_time": "INT NOT NULL",
                "updated_time": "INT NOT NULL",
                "is_conflict": "INT NOT NULL DEFAULT 0",
                "latitude": "NUMERIC NOT NULL DEFAULT 0",
                "longitude": "NUMERIC NOT NULL DEFAULT 0",
                "altitude": "NUMERIC NOT NULL DEFAULT 0",
                "author": 'TEXT NOT NULL DEFAULT ""',
                "source_url": 'TEXT NOT NULL DEFAULT ""',
                "is_todo": "INT NOT NULL DEFAULT 0",
                "todo_due": "INT NOT NULL DEFAULT 0",
                "todo_completed": "INT NOT NULL DEFAULT 0",
                "source": 'TEXT NOT NULL DEFAULT ""',
                "source_application": 'TEXT NOT NULL DEFAULT ""',
                "application_data": 'TEXT NOT NULL DEFAULT ""',
                "order": "NUMERIC NOT NULL DEFAULT 0",  # that's the change!
                "user_created_time": "INT NOT NULL DEFAULT 0",
                "user_updated_time": "INT NOT NULL DEFAULT 0",
                "encryption_cipher_text": 'TEXT NOT NULL DEFAULT ""',
                "encryption_applied": "INT NOT NULL DEFAULT 0",
                "markup_language": "INT NOT NULL DEFAULT 1",
                "is_shared": "INT NOT NULL DEFAULT 0",
            },
        ),
    )
