"""darktable ``_upgrade_library_schema_step``: ``version == 26``, ``film_rolls`` rebuilt with
``access_timestamp`` (seconds since the epoch, UTC) in place of ``datetime_accessed`` (text,
``YYYY:MM:DD hh:mm:ss``). SQL verbatim."""

from edi_migrations.changes import Backfill, DropColumn

CHANGES = (
    # upstream: the text date becomes a Unix time, read as UTC
    Backfill(
        "film_rolls",
        "access_timestamp",
        expression="strftime('%s', replace(substr(datetime_accessed, 1, 10), ':', '-') "
        "|| substr(datetime_accessed, 11), 'utc')",
    ),
    DropColumn("film_rolls", "datetime_accessed"),  # upstream: replaced by access_timestamp
)


def upgrade(conn):
    conn.execute(
        "CREATE TABLE main.new_film_rolls "
        "(id INTEGER PRIMARY KEY, "
        "access_timestamp INTEGER, "
        "folder VARCHAR(1024) NOT NULL)"
    )
    conn.execute(
        "INSERT INTO main.new_film_rolls"
        "(id, access_timestamp, folder) "
        "SELECT id, "
        "strftime('%s', replace(substr(datetime_accessed, 1, 10), ':', '-') || substr(datetime_accessed, 11), 'utc'), "
        "folder "
        "FROM film_rolls "
        "WHERE folder IS NOT NULL"
    )
    conn.execute("DROP TABLE film_rolls")
    conn.execute("ALTER TABLE main.new_film_rolls RENAME TO film_rolls")
    conn.execute("CREATE INDEX main.film_rolls_folder_index ON film_rolls (folder)")
