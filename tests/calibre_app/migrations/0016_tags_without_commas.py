"""calibre ``src/calibre/db/schema_upgrades.py``, `upgrade_version_15` (user_version 15 to 16): Remove commas from tags.

The method's body as written; `self.db` is `db` (calibre's connection, `_calibre_db`),
then calibre's own bookkeeping: `SchemaUpgrade` sets `pragma user_version=16`.
"""

from _calibre_db import CalibreDb


def upgrade(conn):
    db = CalibreDb(conn)
    assert db is not None
    db.execute("UPDATE OR IGNORE tags SET name=REPLACE(name, ',', ';')")
    db.execute("UPDATE OR IGNORE tags SET name=REPLACE(name, ',', ';;')")
    db.execute("UPDATE OR IGNORE tags SET name=REPLACE(name, ',', '')")
    db.execute('pragma user_version=16')
