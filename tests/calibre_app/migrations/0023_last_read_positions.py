"""calibre ``src/calibre/db/schema_upgrades.py``, `upgrade_version_22` (user_version 22 to 23): Create the last_read_positions table.

The method's body as written; `self.db` is `db` (calibre's connection, `_calibre_db`),
then calibre's own bookkeeping: `SchemaUpgrade` sets `pragma user_version=23`.
"""

from _calibre_db import CalibreDb


def upgrade(conn):
    db = CalibreDb(conn)
    assert db is not None
    db.execute('''
DROP TABLE IF EXISTS last_read_positions;
CREATE TABLE last_read_positions ( id INTEGER PRIMARY KEY,
    book INTEGER NOT NULL,
    format TEXT NOT NULL COLLATE NOCASE,
    user TEXT NOT NULL,
    device TEXT NOT NULL,
    cfi TEXT NOT NULL,
    epoch REAL NOT NULL,
    pos_frac REAL NOT NULL DEFAULT 0,
    UNIQUE(user, device, book, format)
);
DROP INDEX IF EXISTS lrp_idx;
CREATE INDEX lrp_idx ON last_read_positions (book);

DROP TRIGGER IF EXISTS books_delete_trg;
CREATE TRIGGER books_delete_trg
    AFTER DELETE ON books
    BEGIN
    DELETE FROM books_authors_link WHERE book=OLD.id;
    DELETE FROM books_publishers_link WHERE book=OLD.id;
    DELETE FROM books_ratings_link WHERE book=OLD.id;
    DELETE FROM books_series_link WHERE book=OLD.id;
    DELETE FROM books_tags_link WHERE book=OLD.id;
    DELETE FROM books_languages_link WHERE book=OLD.id;
    DELETE FROM data WHERE book=OLD.id;
    DELETE FROM last_read_positions WHERE book=OLD.id;
    DELETE FROM comments WHERE book=OLD.id;
    DELETE FROM conversion_options WHERE book=OLD.id;
    DELETE FROM books_plugin_data WHERE book=OLD.id;
    DELETE FROM identifiers WHERE book=OLD.id;
END;

DROP TRIGGER IF EXISTS fkc_lrp_insert;
DROP TRIGGER IF EXISTS fkc_lrp_update;
CREATE TRIGGER fkc_lrp_insert
    BEFORE INSERT ON last_read_positions
    BEGIN
        SELECT CASE
            WHEN (SELECT id from books WHERE id=NEW.book) IS NULL
            THEN RAISE(ABORT, 'Foreign key violation: book not in books')
        END;
    END;
CREATE TRIGGER fkc_lrp_update
    BEFORE UPDATE OF book ON last_read_positions
    BEGIN
        SELECT CASE
            WHEN (SELECT id from books WHERE id=NEW.book) IS NULL
            THEN RAISE(ABORT, 'Foreign key violation: book not in books')
        END;
    END;

    ''')
    db.execute('pragma user_version=23')
