"""darktable ``_upgrade_library_schema_step``: ``version == 33``, two indexes (the capture
time without case, the metadata key). SQL verbatim."""


def upgrade(conn):
    conn.execute("CREATE INDEX IF NOT EXISTS main.images_datetime_taken_nc ON images (datetime_taken COLLATE NOCASE)")
    conn.execute("CREATE INDEX IF NOT EXISTS main.metadata_index_key ON meta_data (key)")
