"""Joplin ``packages/lib/JoplinDatabase.ts``, ``upgradeDatabase``'s ``targetVersion === 22``,
ported: its queries in order, each as upstream wrote it.
"""

from _joplin import run_queries


def upgrade(conn):
    new_table_sql = """
					CREATE TABLE resources_to_download (
						id INTEGER PRIMARY KEY,
						resource_id TEXT NOT NULL,
						updated_time INT NOT NULL,
						created_time INT NOT NULL
					);
				"""
    run_queries(
        conn,
        [
            new_table_sql,
            "CREATE INDEX resources_to_download_resource_id ON resources_to_download (resource_id)",
            "CREATE INDEX resources_to_download_updated_time ON resources_to_download (updated_time)",
        ],
    )
