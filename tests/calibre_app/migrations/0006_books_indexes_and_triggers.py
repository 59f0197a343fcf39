"""calibre ``src/calibre/db/schema_upgrades.py``, `upgrade_version_5` (user_version 5 to 6): Update indexes/triggers for new books table.

The method's body as written; `self.db` is `db` (calibre's connection, `_calibre_db`),
then calibre's own bookkeeping: `SchemaUpgrade` sets `pragma user_version=6`.
"""

from _calibre_db import CalibreDb


def upgrade(conn):
    db = CalibreDb(conn)
    assert db is not None
    db.execute('''
    CREATE INDEX authors_idx ON books (author_sort COLLATE NOCASE);
    CREATE INDEX books_idx ON books (sort COLLATE NOCASE);
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
    END;
    CREATE TRIGGER books_insert_trg
        AFTER INSERT ON books
        BEGIN
        UPDATE books SET sort=title_sort(NEW.title) WHERE id=NEW.id;
    END;
    CREATE TRIGGER books_update_trg
        AFTER UPDATE ON books
        BEGIN
        UPDATE books SET sort=title_sort(NEW.title) WHERE id=NEW.id;
    END;

    UPDATE books SET sort=title_sort(title) WHERE sort IS NULL;
    ''')
    db.execute('pragma user_version=6')
