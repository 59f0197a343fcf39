"""linkding ``bookmarks/migrations/0041_merge_metadata.py``: a data migration only (``sqlmigrate`` shows one Python operation).
``forwards``, by hand: a bookmark without a title (NULL or empty) takes its ``website_title``, one without a description its ``website_description``, where those are not NULL (two ``update()``s with ``RawSQL``).
"""

from edi_migrations.changes import Recompute

# The scraped metadata merged into the bookmark's own title and description.
CHANGES = (
    Recompute(
        "bookmarks_bookmark",
        "title",
        expression="CASE WHEN (title IS NULL OR title = '') AND website_title IS NOT NULL "
        "THEN website_title ELSE title END",
    ),
    Recompute(
        "bookmarks_bookmark",
        "description",
        expression="CASE WHEN (description IS NULL OR description = '') "
        "AND website_description IS NOT NULL THEN website_description ELSE description END",
    ),
)


def upgrade(conn):
    conn.execute(
        'UPDATE "bookmarks_bookmark" SET "title" = (website_title) '
        'WHERE (("bookmarks_bookmark"."title" IS NULL OR "bookmarks_bookmark"."title" = ?) '
        "AND (website_title IS NOT NULL))",
        ("",),
    )
    conn.execute(
        'UPDATE "bookmarks_bookmark" SET "description" = (website_description) '
        'WHERE (("bookmarks_bookmark"."description" IS NULL '
        'OR "bookmarks_bookmark"."description" = ?) AND (website_description IS NOT NULL))',
        ("",),
    )
