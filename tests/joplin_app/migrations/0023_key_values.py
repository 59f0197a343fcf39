"""Joplin ``packages/lib/JoplinDatabase.ts``, ``upgradeDatabase``'s ``targetVersion === 23``,
ported: its queries in order, each as upstream wrote it.
"""

from _joplin import run_queries


def upgrade(conn):
    new_table_sql = """
					CREATE TABLE key_values (
						id INTEGER PRIMARY KEY,
						`key` TEXT NOT NULL,
						`value` TEXT NOT NULL,
						`type` INT NOT NULL,
						updated_time INT NOT NULL
					);
				"""
    run_queries(conn, [new_table_sql, "CREATE UNIQUE INDEX key_values_key ON key_values (key)"])
