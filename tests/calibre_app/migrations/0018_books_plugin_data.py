"""calibre ``src/calibre/db/schema_upgrades.py``, `upgrade_version_17` (user_version 17 to 18): custom book data table (for plugins).

The method's body as written; `self.db` is `db` (calibre's connection, `_calibre_db`),
then calibre's own bookkeeping: `SchemaUpgrade` sets `pragma user_version=18`.
"""

from _calibre_db import CalibreDb


def upgrade(conn):
    db = CalibreDb(conn)
    assert db is not None
    script = '''
    DROP TABLE IF EXISTS books_plugin_data;
    CREATE TABLE books_plugin_data(id INTEGER PRIMARY KEY,
                                 book INTEGER NOT NULL,
                                 name TEXT NOT NULL,
                                 val TEXT NOT NULL,
                                 UNIQUE(book,name));
    DROP TRIGGER IF EXISTS books_delete_trg;
    CREATE TRIGGER books_delete_trg
        AFTER DELETE ON books
        BEGIN
            DELETE FROM books_authors_link WHERE book=OLD.id;
            DELETE FROM books_publishers_link WHERE book=OLD.id;
            DELETE FROM books_ratings_link WHERE book=OLD.id;
            DELETE FROM books_series_link WHERE book=OLD.id;
            DELETE FROM books_tags_link WHERE book=OLD.id;
            DELETE FROM data WHERE book=OLD.id;
            DELETE FROM comments WHERE book=OLD.id;
            DELETE FROM conversion_options WHERE book=OLD.id;
            DELETE FROM books_plugin_data WHERE book=OLD.id;
    END;
    '''
    db.execute(script)
    db.execute('pragma user_version=18')
