"""darktable ``_upgrade_library_schema_step``: ``version == 27``, four timestamps on
``images`` (DEFAULT -1): the import time taken from the film roll's access time, the change
time from ``write_timestamp`` for the image tagged ``darktable|changed`` (``data.tags``, the
data database darktable attaches). SQL verbatim."""

from edi_migrations.changes import Backfill

CHANGES = (
    # upstream: "populate import_timestamp column from film_rolls.access_timestamp"
    Backfill(
        "images",
        "import_timestamp",
        expression="(SELECT access_timestamp FROM film_rolls WHERE film_rolls.id = images.film_id)",
    ),
    # upstream: "populate change_timestamp column from images.write_timestamp" (its `=` takes
    # the first image the subquery finds tagged darktable|changed)
    Backfill(
        "images",
        "change_timestamp",
        expression="CASE WHEN images.write_timestamp IS NOT NULL AND images.id = (SELECT imgid FROM "
        "tagged_images JOIN data.tags ON tags.id = tagged_images.tagid WHERE data.tags.name = "
        "'darktable|changed') THEN images.write_timestamp ELSE -1 END",
    ),
)


def upgrade(conn):
    conn.execute("ALTER TABLE main.images ADD COLUMN import_timestamp INTEGER DEFAULT -1")
    conn.execute("ALTER TABLE main.images ADD COLUMN change_timestamp INTEGER DEFAULT -1")
    conn.execute("ALTER TABLE main.images ADD COLUMN export_timestamp INTEGER DEFAULT -1")
    conn.execute("ALTER TABLE main.images ADD COLUMN print_timestamp INTEGER DEFAULT -1")
    conn.execute(
        "UPDATE main.images SET import_timestamp = (SELECT access_timestamp "
        "FROM main.film_rolls WHERE film_rolls.id = images.film_id)"
    )
    conn.execute(
        "UPDATE main.images SET change_timestamp = images.write_timestamp "
        "WHERE images.write_timestamp IS NOT NULL "
        "AND images.id = (SELECT imgid FROM tagged_images "
        "JOIN data.tags ON tags.id = tagged_images.tagid "
        "WHERE data.tags.name = 'darktable|changed')"
    )
