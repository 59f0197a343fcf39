"""linkding ``bookmarks/migrations/0047_populate_url_normalized_field.py``: a data migration only (``sqlmigrate`` shows one Python operation).
``populate_url_normalized``, by hand: every bookmark's ``url_normalized`` is ``normalize_url(url)`` (``bookmarks/utils.py``, in ``_urls.py``), written row by row as upstream's batches of 500 write it.
"""

from _urls import normalize_url

from edi_migrations.changes import Recompute

# Every bookmark's normalized URL computed from its URL (the project's conftest registers
# linkding_normalize_url for the harness).
CHANGES = (
    Recompute("bookmarks_bookmark", "url_normalized", expression="linkding_normalize_url(url)"),
)


def upgrade(conn):
    rows = conn.execute('SELECT "id", "url" FROM "bookmarks_bookmark" ORDER BY "id"').fetchall()
    for bookmark_id, url in rows:
        conn.execute(
            'UPDATE "bookmarks_bookmark" SET "url_normalized" = ? WHERE "id" = ?',
            (normalize_url(url), bookmark_id),
        )
