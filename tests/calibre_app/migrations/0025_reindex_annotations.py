"""calibre ``src/calibre/db/schema_upgrades.py``, `upgrade_version_24` (user_version 24 to 25): reindex annotations.

The method's body as written; `self.db` is `db` (calibre's connection, `_calibre_db`),
then calibre's own bookkeeping: `SchemaUpgrade` sets `pragma user_version=25`.

`self.db.reindex_annotations()` is inlined: `backend.py`'s method body, as written.
"""

from _calibre_db import CalibreDb


def upgrade(conn):
    db = CalibreDb(conn)
    assert db is not None
    db.execute(
        '''
            INSERT INTO {0}({0}) VALUES('rebuild');
            INSERT INTO {1}({1}) VALUES('rebuild');
        '''.format('annotations_fts', 'annotations_fts_stemmed')
    )
    db.execute('pragma user_version=25')
