"""darktable ``_upgrade_library_schema_step``: ``version == 22``, the indexes block 21's
rebuild of ``images`` lost (and ``film_rolls``' folder index, lost in block 7's). SQL verbatim."""


def upgrade(conn):
    conn.execute("CREATE INDEX IF NOT EXISTS main.images_group_id_index ON images (group_id)")
    conn.execute("CREATE INDEX IF NOT EXISTS  main.images_film_id_index ON images (film_id)")
    conn.execute("CREATE INDEX IF NOT EXISTS main.images_filename_index ON images (filename)")
    conn.execute("CREATE INDEX IF NOT EXISTS main.image_position_index ON images (position)")
    conn.execute("CREATE INDEX IF NOT EXISTS main.film_rolls_folder_index ON film_rolls (folder)")
