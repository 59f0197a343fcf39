"""Joplin ``packages/lib/services/database/migrations/45.ts``, ported: its queries in order,
each as upstream wrote it.
"""

from _joplin import run_queries


def upgrade(conn):
    queries = [
        'ALTER TABLE `resources` ADD COLUMN `ocr_text` TEXT NOT NULL DEFAULT ""',
        'ALTER TABLE `resources` ADD COLUMN `ocr_details` TEXT NOT NULL DEFAULT ""',
        "ALTER TABLE `resources` ADD COLUMN `ocr_status` INT NOT NULL DEFAULT 0",
        'ALTER TABLE `resources` ADD COLUMN `ocr_error` TEXT NOT NULL DEFAULT ""',
    ]
    items_normalized = """
		CREATE TABLE items_normalized (
			id INTEGER PRIMARY KEY AUTOINCREMENT,
			title TEXT NOT NULL DEFAULT "",
			body TEXT NOT NULL DEFAULT "",
			item_id TEXT NOT NULL,
			item_type INT NOT NULL,
			user_updated_time INT NOT NULL DEFAULT 0,
			reserved1 INT NULL,
			reserved2 INT NULL,
			reserved3 INT NULL,
			reserved4 INT NULL,
			reserved5 INT NULL,
			reserved6 INT NULL
		);
	"""
    queries.append(items_normalized)
    queries.append("CREATE INDEX items_normalized_id ON items_normalized (id)")
    queries.append("CREATE INDEX items_normalized_item_id ON items_normalized (item_id)")
    queries.append("CREATE INDEX items_normalized_item_type ON items_normalized (item_type)")
    table_fields = "id, title, body, item_id, item_type, user_updated_time, reserved1, reserved2, reserved3, reserved4, reserved5, reserved6"
    queries.append(f"""
		CREATE VIRTUAL TABLE items_fts USING fts4(
			content="items_normalized",
			notindexed="id",
			notindexed="item_id",
			notindexed="item_type",
			notindexed="user_updated_time",
			notindexed="reserved1",
			notindexed="reserved2",
			notindexed="reserved3",
			notindexed="reserved4",
			notindexed="reserved5",
			notindexed="reserved6",
			{table_fields}
		);""")
    queries.append("""
		CREATE TRIGGER items_fts_before_update BEFORE UPDATE ON items_normalized BEGIN
			DELETE FROM items_fts WHERE docid=old.rowid;
		END;""")
    queries.append("""
		CREATE TRIGGER items_fts_before_delete BEFORE DELETE ON items_normalized BEGIN
			DELETE FROM items_fts WHERE docid=old.rowid;
		END;""")
    queries.append(f"""
		CREATE TRIGGER items_after_update AFTER UPDATE ON items_normalized BEGIN
			INSERT INTO items_fts(docid, {table_fields}) SELECT rowid, {table_fields} FROM items_normalized WHERE new.rowid = items_normalized.rowid;
		END;""")
    queries.append(f"""
		CREATE TRIGGER items_after_insert AFTER INSERT ON items_normalized BEGIN
			INSERT INTO items_fts(docid, {table_fields}) SELECT rowid, {table_fields} FROM items_normalized WHERE new.rowid = items_normalized.rowid;
		END;""")
    run_queries(conn, queries)
