"""calibre ``src/calibre/db/schema_upgrades.py``, `upgrade_version_9` (user_version 9 to 10): Add custom columns.

The method's body as written; `self.db` is `db` (calibre's connection, `_calibre_db`),
then calibre's own bookkeeping: `SchemaUpgrade` sets `pragma user_version=10`.
"""

from _calibre_db import CalibreDb


def upgrade(conn):
    db = CalibreDb(conn)
    assert db is not None
    db.execute('''
            CREATE TABLE custom_columns (
                id       INTEGER PRIMARY KEY AUTOINCREMENT,
                label    TEXT NOT NULL,
                name     TEXT NOT NULL,
                datatype TEXT NOT NULL,
                mark_for_delete   BOOL DEFAULT 0 NOT NULL,
                editable BOOL DEFAULT 1 NOT NULL,
                display  TEXT DEFAULT "{}" NOT NULL,
                is_multiple BOOL DEFAULT 0 NOT NULL,
                normalized BOOL NOT NULL,
                UNIQUE(label)
            );
            CREATE INDEX IF NOT EXISTS custom_columns_idx ON custom_columns (label);
            CREATE INDEX IF NOT EXISTS formats_idx ON data (format);
    ''')
    db.execute('pragma user_version=10')
