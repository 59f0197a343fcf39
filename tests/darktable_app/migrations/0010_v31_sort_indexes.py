"""darktable ``_upgrade_library_schema_step``: ``version == 30``, "add second columns to speed
up sorting" and "map refinement: avoid full table scan". SQL verbatim."""


def upgrade(conn):
    conn.execute("DROP INDEX IF EXISTS `history_imgid_index`")
    conn.execute("CREATE INDEX `history_imgid_index` ON `history` ( `imgid`, `operation` )")
    conn.execute("DROP INDEX IF EXISTS `images_filename_index`")
    conn.execute("CREATE INDEX `images_filename_index` ON `images` ( `filename`, `version` )")
    conn.execute("DROP INDEX IF EXISTS `images_film_id_index`")
    conn.execute("CREATE INDEX `images_film_id_index` ON `images` ( `film_id`, `filename` )")
    conn.execute("DROP INDEX IF EXISTS `images_group_id_index`")
    conn.execute("CREATE INDEX `images_group_id_index` ON `images` ( `group_id`, `id` )")
    conn.execute("DROP INDEX IF EXISTS `masks_history_imgid_index`")
    conn.execute("CREATE INDEX `masks_history_imgid_index` ON `masks_history` ( `imgid`, `num` )")
    conn.execute("CREATE INDEX `images_latlong_index` ON `images` ( `latitude` DESC, `longitude` DESC )")
