"""darktable ``_upgrade_library_schema_step``: ``version == 31``, "remove duplicates" from
``meta_data`` (the first row of each image and key stays), then "recreate the index with
UNIQUE option". SQL verbatim."""

from edi_migrations.changes import DeleteRows

LINT_ACKNOWLEDGED = {
    "EM107": "upstream's DELETE of the duplicates runs first: no (id, key) repeats when the index is made",
}

CHANGES = (
    # upstream: "remove duplicates" (all but the lowest rowid of each (id, key))
    DeleteRows("meta_data", where="rowid NOT IN (SELECT MIN(rowid) FROM meta_data GROUP BY id, key)"),
)


def upgrade(conn):
    conn.execute(
        "DELETE FROM main.meta_data WHERE rowid NOT IN (SELECT MIN(rowid) "
        "FROM main.meta_data GROUP BY id, key)"
    )
    conn.execute("DROP INDEX IF EXISTS metadata_index")
    conn.execute("CREATE UNIQUE INDEX main.metadata_index ON meta_data (id, key)")
