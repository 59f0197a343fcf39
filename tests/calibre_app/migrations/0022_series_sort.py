"""calibre ``src/calibre/db/schema_upgrades.py``, `upgrade_version_21` (user_version 21 to 22): Write the series sort into the existing sort column in the series table.

The method's body as written; `self.db` is `db` (calibre's connection, `_calibre_db`),
then calibre's own bookkeeping: `SchemaUpgrade` sets `pragma user_version=22`.
"""

from _calibre_db import CalibreDb


def upgrade(conn):
    db = CalibreDb(conn)
    assert db is not None
    script = '''
    DROP TRIGGER IF EXISTS series_insert_trg;
    DROP TRIGGER IF EXISTS series_update_trg;

    UPDATE series SET sort=title_sort(name);

    CREATE TRIGGER series_insert_trg
        AFTER INSERT ON series
        BEGIN
          UPDATE series SET sort=title_sort(NEW.name) WHERE id=NEW.id;
        END;

    CREATE TRIGGER series_update_trg
        AFTER UPDATE ON series
        BEGIN
          UPDATE series SET sort=title_sort(NEW.name) WHERE id=NEW.id;
        END;
    '''
    db.execute(script)
    db.execute('pragma user_version=22')
