"""Joplin ``packages/lib/JoplinDatabase.ts``, ``upgradeDatabase``'s ``targetVersion === 19``,
ported: its queries in order, each as upstream wrote it.
"""

from _joplin import run_queries


def upgrade(conn):
    new_table_sql = """
					CREATE TABLE revisions (
						id TEXT PRIMARY KEY,
						parent_id TEXT NOT NULL DEFAULT "",
						item_type INT NOT NULL,
						item_id TEXT NOT NULL,
						item_updated_time INT NOT NULL,
						title_diff TEXT NOT NULL DEFAULT "",
						body_diff TEXT NOT NULL DEFAULT "",
						metadata_diff TEXT NOT NULL DEFAULT "",
						encryption_cipher_text TEXT NOT NULL DEFAULT "",
						encryption_applied INT NOT NULL DEFAULT 0,
						updated_time INT NOT NULL,
						created_time INT NOT NULL
					);
				"""
    run_queries(
        conn,
        [
            new_table_sql,
            "CREATE INDEX revisions_parent_id ON revisions (parent_id)",
            "CREATE INDEX revisions_item_type ON revisions (item_type)",
            "CREATE INDEX revisions_item_id ON revisions (item_id)",
            "CREATE INDEX revisions_item_updated_time ON revisions (item_updated_time)",
            "CREATE INDEX revisions_updated_time ON revisions (updated_time)",
            "ALTER TABLE item_changes ADD COLUMN source INT NOT NULL DEFAULT 1",
            'ALTER TABLE item_changes ADD COLUMN before_change_item TEXT NOT NULL DEFAULT ""',
        ],
    )
