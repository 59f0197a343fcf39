"""calibre ``src/calibre/db/schema_upgrades.py``, `upgrade_version_4` (user_version 4 to 5): Rationalize books table.

The method's body as written; `self.db` is `db` (calibre's connection, `_calibre_db`),
then calibre's own bookkeeping: `SchemaUpgrade` sets `pragma user_version=5`.
"""

from _calibre_db import CalibreDb


def upgrade(conn):
    db = CalibreDb(conn)
    assert db is not None
    db.execute('''
    CREATE TEMPORARY TABLE
    books_backup(id,title,sort,timestamp,series_index,author_sort,isbn,path);
    INSERT INTO books_backup SELECT id,title,sort,timestamp,series_index,author_sort,isbn,path FROM books;
    DROP TABLE books;
    CREATE TABLE books ( id      INTEGER PRIMARY KEY AUTOINCREMENT,
                         title     TEXT NOT NULL DEFAULT 'Unknown' COLLATE NOCASE,
                         sort      TEXT COLLATE NOCASE,
                         timestamp TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
                         pubdate   TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
                         series_index REAL NOT NULL DEFAULT 1.0,
                         author_sort TEXT COLLATE NOCASE,
                         isbn TEXT DEFAULT "" COLLATE NOCASE,
                         lccn TEXT DEFAULT "" COLLATE NOCASE,
                         path TEXT NOT NULL DEFAULT "",
                         flags INTEGER NOT NULL DEFAULT 1
                    );
    INSERT INTO
        books (id,title,sort,timestamp,pubdate,series_index,author_sort,isbn,path)
        SELECT id,title,sort,timestamp,timestamp,series_index,author_sort,isbn,path FROM books_backup;
    DROP TABLE books_backup;

    DROP VIEW IF EXISTS meta;
    CREATE VIEW meta AS
    SELECT id, title,
           (SELECT concat(name) FROM authors WHERE authors.id IN (SELECT author from books_authors_link WHERE book=books.id)) authors,
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
           flags
    FROM books;
    ''')
    db.execute('pragma user_version=5')
