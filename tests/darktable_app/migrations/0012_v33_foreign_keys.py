"""darktable ``_upgrade_library_schema_step``: ``version == 32``, "add foreign keys for
database consistency": ``images`` and the eight tables naming an image rebuilt with foreign
keys (``ON DELETE CASCADE``), after deleting what would break them ("needs to delete orphaned
entries"): images of a film roll that does not exist, group ids naming no image (set to the
image's own id), and every row naming an image that is not there. SQL verbatim.
"""

from edi_migrations.changes import DeleteRows, DropObject, Recompute

# the images the block keeps: "corner case: database inconsistency with images having
# invalid film id" deletes the others first (a NULL film id is kept: NOT IN is NULL there)
KEPT = "(SELECT id FROM images WHERE (film_id NOT IN (SELECT id FROM film_rolls)) IS NOT 1)"

LINT_ACKNOWLEDGED = {
    "EM107": "color_labels_idx and metadata_index are made over rows copied from tables that"
    " held the same UNIQUE (color_labels) or a stricter one (meta_data's (id, key))",
}

CHANGES = (
    # upstream: "corner case: database inconsistency with images having invalid film id"
    DeleteRows("images", where="film_id NOT IN (SELECT id FROM film_rolls)"),
    # upstream: "fix invalid group ids" (a group naming an image not kept)
    Recompute("images", "group_id", expression=f"CASE WHEN group_id NOT IN {KEPT} THEN id ELSE group_id END"),
    # upstream: "delete orphaned ... elements", table by table
    DeleteRows("history", where=f"imgid NOT IN {KEPT}"),
    DeleteRows("history_hash", where=f"imgid NOT IN {KEPT}"),
    DeleteRows("tagged_images", where=f"imgid NOT IN {KEPT}"),
    DeleteRows("masks_history", where=f"imgid NOT IN {KEPT}"),
    DeleteRows("color_labels", where=f"imgid NOT IN {KEPT}"),
    DeleteRows("meta_data", where=f"id NOT IN {KEPT}"),
    DeleteRows("selected_images", where=f"imgid NOT IN {KEPT}"),
    DeleteRows("module_order", where=f"imgid NOT IN {KEPT}"),
    # upstream: history_imgid_index dropped, replaced by history_imgid_op_index (same columns)
    # and history_imgid_num_index
    DropObject("index", "history_imgid_index"),
    # upstream: "old indices", block 29's tagged_images_imgid_index dropped (the primary key
    # (imgid, tagid) serves a look-up by image)
    DropObject("index", "tagged_images_imgid_index"),
)

STATEMENTS = (
    # images first
    "ALTER TABLE `images` RENAME TO `images_old`",
    "CREATE TABLE `images` (id INTEGER PRIMARY KEY AUTOINCREMENT, group_id INTEGER, film_id INTEGER, "
    "width INTEGER, height INTEGER, filename VARCHAR, maker VARCHAR, model VARCHAR, lens VARCHAR, "
    "exposure REAL, aperture REAL, iso REAL, focal_length REAL, focus_distance REAL, datetime_taken CHAR(20), "
    "flags INTEGER, output_width INTEGER, output_height INTEGER, crop REAL, "
    "raw_parameters INTEGER, raw_denoise_threshold REAL, raw_auto_bright_threshold REAL, "
    "raw_black INTEGER, raw_maximum INTEGER, license VARCHAR, sha1sum CHAR(40), "
    "orientation INTEGER, histogram BLOB, lightmap BLOB, longitude REAL, latitude REAL, altitude REAL, "
    "color_matrix BLOB, colorspace INTEGER, version INTEGER, max_version INTEGER, write_timestamp INTEGER, "
    "history_end INTEGER, position INTEGER, aspect_ratio REAL, exposure_bias REAL, "
    "import_timestamp INTEGER DEFAULT -1, change_timestamp INTEGER DEFAULT -1, export_timestamp INTEGER DEFAULT -1, print_timestamp INTEGER DEFAULT -1, "
    "FOREIGN KEY(film_id) REFERENCES film_rolls(id) ON DELETE CASCADE ON UPDATE CASCADE, "
    "FOREIGN KEY(group_id) REFERENCES images(id) ON DELETE RESTRICT ON UPDATE CASCADE)",
    "DELETE FROM `images_old` WHERE film_id NOT IN (SELECT id FROM `film_rolls`)",
    "UPDATE `images_old` SET group_id=id WHERE group_id NOT IN (SELECT id from `images_old`)",
    "INSERT INTO `images` SELECT * FROM `images_old`",
    "DROP INDEX IF EXISTS `image_position_index`",
    "CREATE INDEX `image_position_index` ON `images` (position)",
    "DROP INDEX IF EXISTS `images_filename_index`",
    "CREATE INDEX `images_filename_index` ON `images` ( `filename`, `version` )",
    "DROP INDEX IF EXISTS `images_film_id_index`",
    "CREATE INDEX `images_film_id_index` ON `images` ( `film_id`, `filename` )",
    "DROP INDEX IF EXISTS `images_group_id_index`",
    "CREATE INDEX `images_group_id_index` ON `images` ( `group_id`, `id` )",
    "DROP INDEX IF EXISTS `images_latlong_index`",
    "CREATE INDEX `images_latlong_index` ON `images` ( latitude DESC, longitude DESC )",
    "DROP TABLE `images_old`",
    # history
    "ALTER TABLE `history` RENAME TO `history_old`",
    "CREATE TABLE `history` (imgid INTEGER, num INTEGER, module INTEGER, "
    "operation VARCHAR(256), op_params BLOB, enabled INTEGER, blendop_params BLOB, blendop_version INTEGER, "
    "multi_priority INTEGER, multi_name VARCHAR(256), "
    "FOREIGN KEY(imgid) REFERENCES images(id) ON DELETE CASCADE ON UPDATE CASCADE)",
    "DELETE FROM `history_old` WHERE imgid NOT IN (SELECT id FROM `images`)",
    "INSERT INTO history SELECT * FROM history_old",
    "DROP INDEX IF EXISTS `history_imgid_index`",
    "CREATE INDEX `history_imgid_op_index` ON `history` ( `imgid`, `operation` )",
    "CREATE INDEX `history_imgid_num_index` ON `history` ( `imgid`, `num` DESC )",
    "DROP TABLE `history_old`",
    # history hash
    "ALTER TABLE `history_hash` RENAME TO `history_hash_old`",
    "CREATE TABLE `history_hash` (imgid INTEGER PRIMARY KEY, basic_hash BLOB, auto_hash BLOB, current_hash BLOB, "
    "mipmap_hash BLOB, FOREIGN KEY(imgid) REFERENCES images(id) ON DELETE CASCADE ON UPDATE CASCADE)",
    "DELETE FROM `history_hash_old` WHERE imgid NOT IN (SELECT id FROM `images`)",
    "INSERT INTO `history_hash` SELECT * FROM `history_hash_old`",
    "DROP TABLE `history_hash_old`",
    # tagged images
    "ALTER TABLE `tagged_images` RENAME TO `tagged_images_old`",
    "CREATE TABLE `tagged_images` (imgid integer, tagid integer, position INTEGER, "
    "primary key(imgid, tagid), FOREIGN KEY(imgid) REFERENCES images(id) ON DELETE CASCADE ON UPDATE CASCADE)",
    "DELETE FROM `tagged_images_old` WHERE imgid NOT IN (SELECT id FROM `images`)",
    "INSERT INTO `tagged_images` SELECT * FROM `tagged_images_old`",
    "DROP INDEX IF EXISTS tagged_images_imgid_index",
    "DROP INDEX IF EXISTS tagged_images_position_index",
    "CREATE INDEX tagged_images_position_index ON tagged_images (position)",
    "DROP INDEX IF EXISTS tagged_images_tagid_index",
    "CREATE INDEX tagged_images_tagid_index ON tagged_images (tagid)",
    "DROP TABLE `tagged_images_old`",
    # masks history
    "ALTER TABLE `masks_history` RENAME TO `masks_history_old`",
    "CREATE TABLE masks_history (imgid INTEGER, num INTEGER, formid INTEGER, form INTEGER, "
    "name VARCHAR(256), version INTEGER, points BLOB, points_count INTEGER, source BLOB, "
    "FOREIGN KEY(imgid) REFERENCES images(id) ON DELETE CASCADE ON UPDATE CASCADE)",
    "DELETE FROM `masks_history_old` WHERE imgid NOT IN (SELECT id FROM `images`)",
    "INSERT INTO `masks_history` SELECT * FROM `masks_history_old`",
    "DROP INDEX IF EXISTS `masks_history_imgid_index`",
    "CREATE INDEX `masks_history_imgid_index` ON `masks_history` ( imgid, num )",
    "DROP TABLE masks_history_old",
    # color labels
    "ALTER TABLE `color_labels` RENAME TO `color_labels_old`",
    "CREATE TABLE `color_labels` (imgid INTEGER, color INTEGER, "
    "FOREIGN KEY(imgid) REFERENCES images(id) ON DELETE CASCADE ON UPDATE CASCADE)",
    "DELETE FROM `color_labels_old` WHERE imgid NOT IN (SELECT id FROM `images`)",
    "INSERT INTO `color_labels` SELECT * FROM `color_labels_old`",
    "DROP TABLE color_labels_old",
    "CREATE UNIQUE INDEX `color_labels_idx` ON `color_labels` (imgid, color)",
    # meta data
    "ALTER TABLE `meta_data` RENAME TO `meta_data_old`",
    "CREATE TABLE `meta_data` (id integer, key integer, value varchar, "
    "FOREIGN KEY(id) REFERENCES images(id) ON DELETE CASCADE ON UPDATE CASCADE)",
    "DELETE FROM `meta_data_old` WHERE id NOT IN (SELECT id FROM `images`)",
    "INSERT INTO `meta_data` SELECT * FROM `meta_data_old`",
    "DROP TABLE meta_data_old",
    "CREATE UNIQUE INDEX `metadata_index` ON `meta_data` (id, key, value)",
    # selected images
    "ALTER TABLE `selected_images` RENAME TO `selected_images_old`",
    "CREATE TABLE `selected_images` (imgid INTEGER PRIMARY KEY, "
    "FOREIGN KEY(imgid) REFERENCES images(id) ON DELETE CASCADE ON UPDATE CASCADE)",
    "DELETE FROM `selected_images_old` WHERE imgid NOT IN (SELECT id FROM `images`)",
    "INSERT INTO `selected_images` SELECT * FROM `selected_images_old`",
    "DROP TABLE selected_images_old",
    # module order
    "ALTER TABLE `module_order` RENAME TO `module_order_old`",
    "CREATE TABLE `module_order` (imgid INTEGER PRIMARY KEY, version INTEGER, iop_list VARCHAR, "
    "FOREIGN KEY(imgid) REFERENCES images(id) ON DELETE CASCADE ON UPDATE CASCADE)",
    "DELETE FROM `module_order_old` WHERE imgid NOT IN (SELECT id FROM `images`)",
    "INSERT INTO `module_order` SELECT * FROM `module_order_old`",
    "DROP TABLE module_order_old",
)


def upgrade(conn):
    for statement in STATEMENTS:
        conn.execute(statement)
