"""Joplin ``packages/lib/JoplinDatabase.ts``, ``upgradeDatabase``'s ``targetVersion === 9``,
ported: its queries in order, each as upstream wrote it.
"""

from _joplin import run_queries


def upgrade(conn):
    new_table_sql = """
					CREATE TABLE master_keys (
						id TEXT PRIMARY KEY,
						created_time INT NOT NULL,
						updated_time INT NOT NULL,
						source_application TEXT NOT NULL,
						encryption_method INT NOT NULL,
						checksum TEXT NOT NULL,
						content TEXT NOT NULL
					);
				"""
    queries = [new_table_sql]
    for n in ["notes", "folders", "tags", "note_tags", "resources"]:
        queries.append(
            f'ALTER TABLE {n} ADD COLUMN encryption_cipher_text TEXT NOT NULL DEFAULT ""'
        )
        queries.append(f"ALTER TABLE {n} ADD COLUMN encryption_applied INT NOT NULL DEFAULT 0")
        queries.append(f"CREATE INDEX {n}_encryption_applied ON {n} (encryption_applied)")
    queries.append("ALTER TABLE sync_items ADD COLUMN force_sync INT NOT NULL DEFAULT 0")
    queries.append(
        "ALTER TABLE resources ADD COLUMN encryption_blob_encrypted INT NOT NULL DEFAULT 0"
    )
    run_queries(conn, queries)
