"""calibre ``src/calibre/db/schema_upgrades.py``, `upgrade_version_7` (user_version 7 to 8): Add uuid column.

The method's body as written; `self.db` is `db` (calibre's connection, `_calibre_db`),
then calibre's own bookkeeping: `SchemaUpgrade` sets `pragma user_version=8`.
"""

from _calibre_db import CalibreDb


def upgrade(conn):
    db = CalibreDb(conn)
    assert db is not None
    db.execute('''
    ALTER TABLE books ADD COLUMN uuid TEXT;
    DROP TRIGGER IF EXISTS books_insert_trg;
    DROP TRIGGER IF EXISTS books_update_trg;
    UPDATE books SET uuid=uuid4();

    CREATE TRIGGER books_insert_trg AFTER INSERT ON books
    BEGIN
        UPDATE books SET sort=title_sort(NEW.title),uuid=uuid4() WHERE id=NEW.id;
    END;

    CREATE TRIGGER books_update_trg AFTER UPDATE ON books
    BEGIN
        UPDATE books SET sort=title_sort(NEW.title) WHERE id=NEW.id;
    END;

    DROP VIEW IF EXISTS meta;
    CREATE VIEW meta AS
    SELECT id, title,
           (SELECT sortconcat(bal.id, name) FROM books_authors_link AS bal JOIN authors ON(author = authors.id) WHERE book = books.id) authors,
           (SELECT name FROM publishers WHERE publishers.id IN (SELECT publisher from books_publishers_link WHERE book=books.id)) publisher,
           (SELECT rating FROM ratings WHERE ratings.id IN (SELECT rating from books_ratings_link WHERE book=books.id)) rating,
           timestamp,
           (SELECT MAX(uncompressed_size) FROM data WHERE book=books.id) size,
           (SELECT concat(name) FROM tags WHERE tags.id IN (SELECT tag from books_tags_link WHERE book=books.id)) tags,
           (SELECT text FROM comments WHERE book=books.id) comments,
           (SELECT name FROM series WHERE series.id IN (SELECT series FROM books_series_link WHERE book=books.id)) series,
           series_index,
           sort,
           author_sort,
           (SELECT concat(format) FROM data WHERE data.book=books.id) formats,
           isbn,
           path,
           lccn,
           pubdate,
           flags,
           uuid
    FROM books;
    ''')
    db.execute('pragma user_version=8')
