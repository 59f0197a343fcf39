"""AntennaPod ``DBUpgrader``: ``if (oldVersion < 2030000)``: an episode's ``content_encoded``
becomes its description where it is the longer of the two, then every
``content_encoded`` is emptied ("Database size: Only store content_encoded or
description", upstream's pull request 3974); ``Feeds.tags``. SQL verbatim. Declared as the
pull request says it (the longer text kept): the SQL's ``length(description)`` is NULL for
an episode without a description, so its ``content_encoded`` is not moved and is lost.
"""

from edi_migrations.changes import Recompute

CHANGES = (
    # upstream (pull request 3974): "For existing episodes, moves the longer text to
    # `description` and sets `content_encoded` to `NULL`": a missing description is the
    # shorter text
    Recompute(
        "FeedItems",
        "description",
        "CASE WHEN length(coalesce(description, '')) < length(content_encoded) "
        "THEN content_encoded ELSE description END",
    ),
    # upstream: "UPDATE FeedItems SET content_encoded = NULL": the column is no longer read
    Recompute("FeedItems", "content_encoded", "NULL"),
)


def upgrade(conn):
    conn.execute(
        "UPDATE FeedItems SET description = content_encoded, content_encoded = NULL "
        "WHERE length(description) < length(content_encoded)"
    )
    conn.execute("UPDATE FeedItems SET content_encoded = NULL")
    conn.execute("ALTER TABLE Feeds ADD COLUMN tags TEXT;")
