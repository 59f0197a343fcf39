"""Joplin ``packages/lib/JoplinDatabase.ts``, ``upgradeDatabase``'s ``targetVersion === 14``,
ported: its queries in order, each as upstream wrote it.
"""

from _joplin import alter_column_queries, run_queries

from edi_migrations.changes import DropColumn

CHANGES = (
    # the fetch state moves to resource_local_states (copied above), out of resources
    DropColumn("resources", "fetch_status"),
    DropColumn("resources", "fetch_error"),
)


def upgrade(conn):
    resource_local_states = """
					CREATE TABLE resource_local_states (
						id INTEGER PRIMARY KEY,
						resource_id TEXT NOT NULL,
						fetch_status INT NOT NULL DEFAULT "2",
						fetch_error TEXT NOT NULL DEFAULT ""
					);
				"""
    queries = [
        resource_local_states,
        "INSERT INTO resource_local_states SELECT null, id, fetch_status, fetch_error FROM resources",
        "CREATE INDEX resource_local_states_resource_id ON resource_local_states (resource_id)",
        "CREATE INDEX resource_local_states_resource_fetch_status ON resource_local_states (fetch_status)",
    ]
    queries += alter_column_queries(
        "resources",
        {
            "id": "TEXT PRIMARY KEY",
            "title": 'TEXT NOT NULL DEFAULT ""',
            "mime": "TEXT NOT NULL",
            "filename": 'TEXT NOT NULL DEFAULT ""',
            "created_time": "INT NOT NULL",
            "updated_time": "INT NOT NULL",
            "user_created_time": "INT NOT NULL DEFAULT 0",
            "user_updated_time": "INT NOT NULL DEFAULT 0",
            "file_extension": 'TEXT NOT NULL DEFAULT ""',
            "encryption_cipher_text": 'TEXT NOT NULL DEFAULT ""',
            "encryption_applied": "INT NOT NULL DEFAULT 0",
            "encryption_blob_encrypted": "INT NOT NULL DEFAULT 0",
        },
    )
    run_queries(conn, queries)
