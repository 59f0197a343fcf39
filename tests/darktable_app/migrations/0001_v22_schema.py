"""darktable's ``library.db`` at library version 22, the base: the tables as the blocks that
last built them left them (README: how and why). ``film_rolls`` as block 7 rebuilt it (its
folder index went with the old table), ``images`` and ``history`` as block 21 rebuilt them
(``images`` without an index: block 22 brings them back), ``masks_history`` as block 17 made
it, ``module_order`` as block 21 made it, and ``selected_images``, ``tagged_images``,
``color_labels`` and ``meta_data`` as ``_create_library_schema()`` makes them less what blocks
23 to 33 add (``tagged_images.position``, the foreign keys, the UNIQUE ``metadata_index``).
``db_info`` is not made: the runner's bookkeeping holds the version.
"""

from _app_data import write_app_data

SCHEMA = (
    # block 7 (version 7 -> 8)
    "CREATE TABLE main.film_rolls "
    "(id INTEGER PRIMARY KEY, datetime_accessed CHAR(20), "
    "folder VARCHAR(1024) NOT NULL)",
    # block 21 (version 21 -> 22): the table `i`, renamed to images
    "CREATE TABLE images (id INTEGER PRIMARY KEY AUTOINCREMENT, group_id INTEGER, film_id INTEGER, "
    "width INTEGER, height INTEGER, filename VARCHAR, maker VARCHAR, model VARCHAR, "
    "lens VARCHAR, exposure REAL, aperture REAL, iso REAL, focal_length REAL, "
    "focus_distance REAL, datetime_taken CHAR(20), flags INTEGER, "
    "output_width INTEGER, output_height INTEGER, crop REAL, "
    "raw_parameters INTEGER, raw_denoise_threshold REAL, "
    "raw_auto_bright_threshold REAL, raw_black INTEGER, raw_maximum INTEGER, "
    "caption VARCHAR, description VARCHAR, license VARCHAR, sha1sum CHAR(40), "
    "orientation INTEGER, histogram BLOB, lightmap BLOB, longitude REAL, "
    "latitude REAL, altitude REAL, color_matrix BLOB, colorspace INTEGER, version INTEGER, "
    "max_version INTEGER, write_timestamp INTEGER, history_end INTEGER, position INTEGER, aspect_ratio REAL)",
    "CREATE TABLE main.selected_images (imgid INTEGER PRIMARY KEY)",
    # block 21: the table `h`, renamed to history, and its index
    "CREATE TABLE history (imgid INTEGER, num INTEGER, module INTEGER, "
    "operation VARCHAR(256), op_params BLOB, enabled INTEGER, "
    "blendop_params BLOB, blendop_version INTEGER, multi_priority INTEGER, multi_name VARCHAR(256))",
    "CREATE INDEX main.history_imgid_index ON history (imgid)",
    # block 17 (version 17 -> 18)
    "CREATE TABLE main.masks_history (imgid INTEGER, num INTEGER, formid INTEGER, form INTEGER, name VARCHAR(256), "
    "version INTEGER, points BLOB, points_count INTEGER, source BLOB)",
    "CREATE INDEX main.masks_history_imgid_index ON masks_history (imgid)",
    # _create_library_schema() less block 29's position and block 32's foreign key
    "CREATE TABLE main.tagged_images (imgid INTEGER, tagid INTEGER, PRIMARY KEY (imgid, tagid))",
    "CREATE INDEX main.tagged_images_tagid_index ON tagged_images (tagid)",
    "CREATE TABLE main.color_labels (imgid INTEGER, color INTEGER)",
    "CREATE UNIQUE INDEX main.color_labels_idx ON color_labels (imgid, color)",
    # _migrate_schema()'s index (block 31 makes it UNIQUE, block 32 adds `value`)
    "CREATE TABLE main.meta_data (id INTEGER, key INTEGER, value VARCHAR)",
    "CREATE INDEX main.metadata_index ON meta_data (id, key)",
    # block 21
    "CREATE TABLE module_order (imgid INTEGER PRIMARY KEY, version INTEGER, iop_list VARCHAR)",
)


def upgrade(conn):
    for statement in SCHEMA:
        conn.execute(statement)


def app_writes(conn, ctx):
    write_app_data(conn, ctx)
