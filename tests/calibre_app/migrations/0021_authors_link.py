"""calibre ``src/calibre/db/schema_upgrades.py``, `upgrade_version_20` (user_version 20 to 21): Add a link column to the authors table.

The method's body as written; `self.db` is `db` (calibre's connection, `_calibre_db`),
then calibre's own bookkeeping: `SchemaUpgrade` sets `pragma user_version=21`.
"""

from _calibre_db import CalibreDb


def upgrade(conn):
    db = CalibreDb(conn)
    assert db is not None
    script = '''
    ALTER TABLE authors ADD COLUMN link TEXT NOT NULL DEFAULT "";
    '''
    db.execute(script)
    db.execute('pragma user_version=21')
