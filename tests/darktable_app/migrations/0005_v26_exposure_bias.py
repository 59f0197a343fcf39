"""darktable ``_upgrade_library_schema_step``: ``version == 25``, ``images.exposure_bias``."""


def upgrade(conn):
    conn.execute("ALTER TABLE main.images ADD COLUMN exposure_bias REAL")
