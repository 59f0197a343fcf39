"""calibre ``src/calibre/db/schema_upgrades.py``, `upgrade_version_14` (user_version 14 to 15): Cache has_cover.

The method's body as written; `self.db` is `db` (calibre's connection, `_calibre_db`),
then calibre's own bookkeeping: `SchemaUpgrade` sets `pragma user_version=15`.
"""

import os

from _calibre_db import LIBRARY_PATH, CalibreDb


def upgrade(conn):
    db = CalibreDb(conn)
    assert db is not None
    db.execute('ALTER TABLE books ADD COLUMN has_cover BOOL DEFAULT 0')
    data = db.get('SELECT id,path FROM books', all=True)

    def has_cover(path):
        if path:
            path = os.path.join(LIBRARY_PATH, path.replace('/', os.sep), 'cover.jpg')
            return os.path.exists(path)
        return False

    ids = [(x[0],) for x in data if has_cover(x[1])]
    db.executemany('UPDATE books SET has_cover=1 WHERE id=?', ids)
    db.execute('pragma user_version=15')
