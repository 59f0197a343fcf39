"""calibre ``src/calibre/db/schema_upgrades.py``, `upgrade_version_12` (user_version 12 to 13): DB based preference store.

The method's body as written; `self.db` is `db` (calibre's connection, `_calibre_db`),
then calibre's own bookkeeping: `SchemaUpgrade` sets `pragma user_version=13`.
"""

from _calibre_db import CalibreDb


def upgrade(conn):
    db = CalibreDb(conn)
    assert db is not None
    script = '''
    DROP TABLE IF EXISTS preferences;
    CREATE TABLE preferences(id INTEGER PRIMARY KEY,
                             key TEXT NOT NULL,
                             val TEXT NOT NULL,
                             UNIQUE(key));
    '''
    db.execute(script)
    db.execute('pragma user_version=13')
