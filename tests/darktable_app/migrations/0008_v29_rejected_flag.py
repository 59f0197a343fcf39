"""darktable ``_upgrade_library_schema_step``: ``version == 28``, the rejected flag: "clear
flag DT_IMAGE_REJECTED (was not used)", then "add DT_IMAGE_REJECTED and clear rating for all
images being rejected" (a rating of 6 was the old reject). SQL verbatim."""

from edi_migrations.changes import Recompute

CHANGES = (
    # upstream's two UPDATEs as one expression over the row before them
    Recompute(
        "images",
        "flags",
        expression="CASE WHEN (flags & 7) = 6 THEN ((flags & ~8) | 8) & ~7 ELSE flags & ~8 END",
    ),
)


def upgrade(conn):
    conn.execute("UPDATE main.images SET flags = (flags & ~8)")
    conn.execute("UPDATE main.images SET flags = (flags | 8) & ~7 WHERE (flags & 7) = 6")
