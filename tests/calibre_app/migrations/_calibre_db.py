"""What calibre's upgrade methods reach through ``self``, over the step's connection.

``SchemaUpgrade.upgrade_version_N`` runs SQL on calibre's apsw ``Connection``
(``src/calibre/db/backend.py``): ``execute`` runs every statement of a script, ``get``
returns all rows or the first row's first value. ``CalibreDb`` is that much of it over
``sqlite3``, with the functions calibre registers on every connection it opens
(``_calibre_functions.register``). ``FIELD_METADATA`` is the part of
``library/field_metadata.py`` the tag browser upgrades read (categories with a link column,
in its order); ``LIBRARY_PATH`` is a library folder holding no files (no cover.jpg).
"""

from datetime import UTC, datetime

from _calibre_functions import register

LIBRARY_PATH = "/nonexistent/calibre-library"

# calibre.utils.date: DEFAULT_DATE and isoformat(DEFAULT_DATE, sep=' ')
DEFAULT_DATE = datetime(2000, 1, 1, tzinfo=UTC)


def isoformat(date_time, sep="T"):
    return date_time.astimezone(UTC).isoformat(sep)


def _field(table, column, link_column, category_sort):
    return {
        "table": table, "column": column, "link_column": link_column,
        "category_sort": category_sort, "is_custom": False, "is_category": True,
    }


FIELD_METADATA = {
    "authors": _field("authors", "name", "author", "sort"),
    "languages": _field("languages", "lang_code", "lang_code", "lang_code"),
    "series": _field("series", "name", "series", "(title_sort(name))"),
    "publisher": _field("publishers", "name", "publisher", "name"),
    "rating": _field("ratings", "rating", "rating", "rating"),
    "tags": _field("tags", "name", "tag", "name"),
}


class CalibreDb:
    """calibre's ``Connection.execute``/``get``/``executemany`` on a sqlite3 connection."""

    def __init__(self, conn):
        register(conn)
        self.conn = conn

    def execute(self, sql, bindings=()):
        if bindings:
            return self.conn.execute(sql, bindings)
        statements, rest = [], ""
        for line in sql.splitlines(keepends=True):
            rest += line
            if sqlite3_complete(rest):
                statements.append(rest)
                rest = ""
        if len(statements) <= 1:
            return self.conn.execute(sql)
        self.conn.executescript(sql)
        return iter(())

    def executemany(self, sql, sequence):
        return self.conn.executemany(sql, sequence)

    def get(self, sql, bindings=(), all=True):
        rows = self.conn.execute(sql, bindings)
        if all:
            return rows.fetchall()
        row = rows.fetchone()
        return None if row is None else row[0]


def sqlite3_complete(text):
    import sqlite3

    return sqlite3.complete_statement(text)
