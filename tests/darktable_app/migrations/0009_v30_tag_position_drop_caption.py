"""darktable ``_upgrade_library_schema_step``: ``version == 29``, "add position in
tagged_images table" (filled from the tag and image ids) and "remove caption and description
fields from images table" (a rebuild of ``images`` and its four indexes). SQL verbatim."""

from edi_migrations.changes import Backfill, DropColumn

CHANGES = (
    # upstream: "populate position on tagged_images"
    Backfill("tagged_images", "position", expression="(tagid + imgid) << 32"),
    # upstream: "remove caption and description fields from images table"
    DropColumn("images", "caption"),
    DropColumn("images", "description"),
)


def upgrade(conn):
    conn.execute("ALTER TABLE main.tagged_images ADD COLUMN position INTEGER")
    conn.execute("CREATE INDEX IF NOT EXISTS main.tagged_images_imgid_index ON tagged_images (imgid)")
    conn.execute("CREATE INDEX IF NOT EXISTS main.tagged_images_position_index ON tagged_images (position)")
    conn.execute("UPDATE main.tagged_images SET position = (tagid + imgid) << 32")
    conn.execute(
        "CREATE TABLE main.i (id INTEGER PRIMARY KEY AUTOINCREMENT, group_id INTEGER, film_id INTEGER, "
        "width INTEGER, height INTEGER, filename VARCHAR, maker VARCHAR, model VARCHAR, "
        "lens VARCHAR, exposure REAL, aperture REAL, iso REAL, focal_length REAL, "
        "focus_distance REAL, datetime_taken CHAR(20), flags INTEGER, "
        "output_width INTEGER, output_height INTEGER, crop REAL, "
        "raw_parameters INTEGER, raw_denoise_threshold REAL, "
        "raw_auto_bright_threshold REAL, raw_black INTEGER, raw_maximum INTEGER, "
        "license VARCHAR, sha1sum CHAR(40), "
        "orientation INTEGER, histogram BLOB, lightmap BLOB, longitude REAL, "
        "latitude REAL, altitude REAL, color_matrix BLOB, colorspace INTEGER, version INTEGER, "
        "max_version INTEGER, write_timestamp INTEGER, history_end INTEGER, position INTEGER, "
        "aspect_ratio REAL, exposure_bias REAL, "
        "import_timestamp INTEGER DEFAULT -1, change_timestamp INTEGER DEFAULT -1, "
        "export_timestamp INTEGER DEFAULT -1, print_timestamp INTEGER DEFAULT -1)"
    )
    conn.execute(
        "INSERT INTO main.i SELECT id, group_id, film_id, width, height, filename, maker, model,"
        " lens, exposure, aperture, iso, focal_length, focus_distance, datetime_taken, flags,"
        " output_width, output_height, crop, raw_parameters, raw_denoise_threshold,"
        " raw_auto_bright_threshold, raw_black, raw_maximum, license, sha1sum,"
        " orientation, histogram, lightmap, longitude, latitude, altitude, color_matrix, colorspace, version,"
        " max_version, write_timestamp, history_end, position, aspect_ratio, exposure_bias,"
        " import_timestamp, change_timestamp, export_timestamp, print_timestamp "
        "FROM main.images"
    )
    conn.execute("DROP TABLE main.images")
    conn.execute("ALTER TABLE main.i RENAME TO images")
    conn.execute("CREATE INDEX main.images_group_id_index ON images (group_id)")
    conn.execute("CREATE INDEX main.images_film_id_index ON images (film_id)")
    conn.execute("CREATE INDEX main.images_filename_index ON images (filename)")
    conn.execute("CREATE INDEX main.image_position_index ON images (position)")
