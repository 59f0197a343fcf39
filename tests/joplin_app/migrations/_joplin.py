"""Joplin's helpers the upgrade steps call, ported from ``packages/lib/database.ts`` and
``packages/lib/services/database/addMigrationFile.ts`` (upstream commit in the README).

``alter_column_queries`` writes the same SQL as ``Database.alterColumnQueries``: the table
copied into a TEMPORARY backup, dropped, made again with the fields given, filled back. Like
upstream it names only the table and its columns: the table's indexes and triggers are not
made again.
"""

import time


def escape_field(field):
    """``Database.escapeField``: a name in backticks (``a.b`` as ``a.`b```)."""
    parts = field.split(".")
    if len(parts) == 1:
        return f"`{field}`"
    if len(parts) == 2:
        return f"{parts[0]}.`{parts[1]}`"
    raise ValueError(f"Invalid field format: {field}")


def alter_column_queries(table_name, fields):
    """``Database.alterColumnQueries(tableName, fields)``: its statements, one per line."""
    no_type = ",".join(escape_field(name) for name in fields)
    with_type = ",".join(f"{escape_field(name)} {kind}" for name, kind in fields.items())
    sql = """
			CREATE TEMPORARY TABLE _BACKUP_TABLE_NAME_(_FIELDS_TYPE_);
			INSERT INTO _BACKUP_TABLE_NAME_ SELECT _FIELDS_NO_TYPE_ FROM _TABLE_NAME_;
			DROP TABLE _TABLE_NAME_;
			CREATE TABLE _TABLE_NAME_(_FIELDS_TYPE_);
			INSERT INTO _TABLE_NAME_ SELECT _FIELDS_NO_TYPE_ FROM _BACKUP_TABLE_NAME_;
			DROP TABLE _BACKUP_TABLE_NAME_;
		"""
    sql = sql.replace("_BACKUP_TABLE_NAME_", escape_field(f"{table_name}_backup"))
    sql = sql.replace("_TABLE_NAME_", escape_field(table_name))
    sql = sql.replace("_FIELDS_NO_TYPE_", no_type)
    sql = sql.replace("_FIELDS_TYPE_", with_type)
    return sql.strip().split("\n")


def run_queries(conn, queries):
    """``transactionExecBatch``'s body: each query in order (the runner's step is the
    transaction); a query is a string or ``(sql, params)``."""
    for query in queries:
        if isinstance(query, tuple):
            conn.execute(*query)
        else:
            conn.execute(query)


def add_migration_file(num):
    """``addMigrationFile(num)``: a row for the app's MigrationService, stamped
    ``Date.now()`` (milliseconds)."""
    timestamp = int(time.time() * 1000)
    return (
        "INSERT INTO migrations (number, created_time, updated_time) VALUES (?, ?, ?)",
        (num, timestamp, timestamp),
    )


def upgrade_version_10(queries):
    """``upgradeVersion10``: the change log and the note-resource links, every note
    logged as created at ``Date.now()``."""
    item_changes_table = """
					CREATE TABLE item_changes (
						id INTEGER PRIMARY KEY AUTOINCREMENT,
						item_type INT NOT NULL,
						item_id TEXT NOT NULL,
						type INT NOT NULL,
						created_time INT NOT NULL
					);
				"""
    note_resources_table = """
					CREATE TABLE note_resources (
						id INTEGER PRIMARY KEY,
						note_id TEXT NOT NULL,
						resource_id TEXT NOT NULL,
						is_associated INT NOT NULL,
						last_seen_time INT NOT NULL
					);
				"""
    queries.append(item_changes_table)
    queries.append("CREATE INDEX item_changes_item_id ON item_changes (item_id)")
    queries.append("CREATE INDEX item_changes_created_time ON item_changes (created_time)")
    queries.append("CREATE INDEX item_changes_item_type ON item_changes (item_type)")
    queries.append(note_resources_table)
    queries.append("CREATE INDEX note_resources_note_id ON note_resources (note_id)")
    queries.append("CREATE INDEX note_resources_resource_id ON note_resources (resource_id)")
    queries.append(
        (
            "INSERT INTO item_changes (item_type, item_id, type, created_time) SELECT 1, id, 1, ? FROM notes",
            (int(time.time() * 1000),),
        )
    )
