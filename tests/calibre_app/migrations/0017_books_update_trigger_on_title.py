"""calibre ``src/calibre/db/schema_upgrades.py``, `upgrade_version_16` (user_version 16 to 17): books update trigger on title.

The method's body as written; `self.db` is `db` (calibre's connection, `_calibre_db`),
then calibre's own bookkeeping: `SchemaUpgrade` sets `pragma user_version=17`.
"""

from _calibre_db import CalibreDb


def upgrade(conn):
    db = CalibreDb(conn)
    assert db is not None
    db.execute('''
    DROP TRIGGER IF EXISTS books_update_trg;
    CREATE TRIGGER books_update_trg
        AFTER UPDATE ON books
        BEGIN
        UPDATE books SET sort=title_sort(NEW.title)
                     WHERE id=NEW.id AND OLD.title <> NEW.title;
        END;
    ''')
    db.execute('pragma user_version=17')
