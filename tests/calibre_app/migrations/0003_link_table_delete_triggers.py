"""calibre ``src/calibre/db/schema_upgrades.py``, `upgrade_version_2` (user_version 2 to 3): Fix Foreign key constraints for deleting from link tables.

The method's body as written; `self.db` is `db` (calibre's connection, `_calibre_db`),
then calibre's own bookkeeping: `SchemaUpgrade` sets `pragma user_version=3`.
"""

from _calibre_db import CalibreDb

from edi_migrations.changes import DeleteRows, DropObject

_LINKS = (("authors", "authors", "author"), ("publishers", "publishers", "publisher"),
          ("tags", "tags", "tag"), ("series", "series", "series"))

CHANGES = (
    # upstream's point: the old delete guards (the base schema's, reading OLD.book on
    # authors and publishers, which they lack) are replaced by fkc_delete_on_<table>
    *(DropObject("trigger", f"fkc_delete_books_{ltable}_link") for ltable, _, _ in _LINKS),
    # upstream's point: authors, publishers, tags and series no book links to are deleted
    *(
        DeleteRows(table, f"(SELECT COUNT(id) FROM books_{ltable}_link WHERE {col}={table}.id) < 1")
        for ltable, table, col in _LINKS
    ),
)


def upgrade(conn):
    db = CalibreDb(conn)
    assert db is not None
    script = '''\
    DROP TRIGGER IF EXISTS fkc_delete_books_%(ltable)s_link;
    CREATE TRIGGER fkc_delete_on_%(table)s
    BEFORE DELETE ON %(table)s
    BEGIN
        SELECT CASE
            WHEN (SELECT COUNT(id) FROM books_%(ltable)s_link WHERE %(ltable_col)s=OLD.id) > 0
            THEN RAISE(ABORT, 'Foreign key violation: %(table)s is still referenced')
        END;
    END;
    DELETE FROM %(table)s WHERE (SELECT COUNT(id) FROM books_%(ltable)s_link WHERE %(ltable_col)s=%(table)s.id) < 1;
    '''
    db.execute(script % dict(ltable='authors', table='authors', ltable_col='author'))
    db.execute(script % dict(ltable='publishers', table='publishers', ltable_col='publisher'))
    db.execute(script % dict(ltable='tags', table='tags', ltable_col='tag'))
    db.execute(script % dict(ltable='series', table='series', ltable_col='series'))
    db.execute('pragma user_version=3')
