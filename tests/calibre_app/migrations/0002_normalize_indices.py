"""calibre ``src/calibre/db/schema_upgrades.py``, `upgrade_version_1` (user_version 1 to 2): Normalize indices.

The method's body as written; `self.db` is `db` (calibre's connection, `_calibre_db`),
then calibre's own bookkeeping: `SchemaUpgrade` sets `pragma user_version=2`.
"""

from _calibre_db import CalibreDb


def upgrade(conn):
    db = CalibreDb(conn)
    assert db is not None
    db.execute('''\
    DROP INDEX IF EXISTS authors_idx;
    CREATE INDEX authors_idx ON books (author_sort COLLATE NOCASE, sort COLLATE NOCASE);
    DROP INDEX IF EXISTS series_idx;
    CREATE INDEX series_idx ON series (name COLLATE NOCASE);
    DROP INDEX IF EXISTS series_sort_idx;
    CREATE INDEX series_sort_idx ON books (series_index, id);
    ''')
    db.execute('pragma user_version=2')
