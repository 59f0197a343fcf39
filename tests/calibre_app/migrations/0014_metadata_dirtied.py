"""calibre ``src/calibre/db/schema_upgrades.py``, `upgrade_version_13` (user_version 13 to 14): Dirtied table for OPF metadata backups.

The method's body as written; `self.db` is `db` (calibre's connection, `_calibre_db`),
then calibre's own bookkeeping: `SchemaUpgrade` sets `pragma user_version=14`.
"""

from _calibre_db import CalibreDb


def upgrade(conn):
    db = CalibreDb(conn)
    assert db is not None
    script = '''
    DROP TABLE IF EXISTS metadata_dirtied;
    CREATE TABLE metadata_dirtied(id INTEGER PRIMARY KEY,
                         book INTEGER NOT NULL,
                         UNIQUE(book));
    INSERT INTO metadata_dirtied (book) SELECT id FROM books;
    '''
    db.execute(script)
    db.execute('pragma user_version=14')
