"""calibre ``src/calibre/db/schema_upgrades.py``, `upgrade_version_6` (user_version 6 to 7): Show authors in order.

The method's body as written; `self.db` is `db` (calibre's connection, `_calibre_db`),
then calibre's own bookkeeping: `SchemaUpgrade` sets `pragma user_version=7`.
"""

from _calibre_db import CalibreDb


def upgrade(conn):
    db = CalibreDb(conn)
    assert db is not None
    db.execute('''
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
           flags
    FROM books;
    ''')
    db.execute('pragma user_version=7')
