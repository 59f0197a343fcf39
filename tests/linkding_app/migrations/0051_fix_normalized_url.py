"""linkding ``bookmarks/migrations/0051_fix_normalized_url.py``: a data migration only (``sqlmigrate`` shows one Python operation).
``fix_url_normalized``, by hand: a bookmark whose ``url_normalized`` is still empty gets ``normalize_url(url)``.
"""

from _urls import normalize_url

from edi_migrations.changes import Recompute

# Normalized URLs left empty (bookmarks saved between 0046 and 0047's fix) computed.
CHANGES = (
    Recompute(
        "bookmarks_bookmark",
        "url_normalized",
        expression="CASE WHEN url_normalized = '' THEN linkding_normalize_url(url) "
        "ELSE url_normalized END",
    ),
)


def upgrade(conn):
    rows = conn.execute(
        'SELECT "id", "url" FROM "bookmarks_bookmark" WHERE "url_normalized" = ? ORDER BY "id"',
        ("",),
    ).fetchall()
    for bookmark_id, url in rows:
        conn.execute(
            'UPDATE "bookmarks_bookmark" SET "url_normalized" = ? WHERE "id" = ?',
            (normalize_url(url), bookmark_id),
        )
