"""darktable ``_upgrade_library_schema_step``: ``version == 24``, ``history_hash.mipmap_hash``."""


def upgrade(conn):
    conn.execute("ALTER TABLE main.history_hash ADD COLUMN mipmap_hash BLOB")
