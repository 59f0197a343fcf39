"""navidrome ``db/migrations/20210418232815_fix_album_comments.go``, ported: its Go loop as
Python doing the same: an album's comment becomes its songs' comment when all its songs
share one, else empty (``getComment``); albums whose songs' comments are all NULL are left.
"""

import sqlite3

from edi_migrations.changes import Recompute

CHANGES = (
    # upstream's point: an album with songs takes its songs' comment when they all share one,
    # else '' (albums whose songs' comments are all NULL, and albums without songs, keep theirs)
    Recompute(
        "album",
        "comment",
        expression="CASE WHEN NOT EXISTS (SELECT 1 FROM media_file WHERE media_file.album_id = album.id AND media_file.comment IS NOT NULL) THEN comment "
        "WHEN (SELECT count(DISTINCT media_file.comment) FROM media_file WHERE media_file.album_id = album.id) = 1 "
        "AND NOT EXISTS (SELECT 1 FROM media_file WHERE media_file.album_id = album.id AND media_file.comment IS NULL) "
        "THEN (SELECT media_file.comment FROM media_file WHERE media_file.album_id = album.id LIMIT 1) ELSE '' END",
    ),
)

_ZWSP = "\u200b"  # consts.Zwsp, the separator group_concat joins the comments with


def _comment(comments: str, separator: str) -> str:
    """getComment: the first comment if every one equals it, else ''."""
    first, *rest = comments.split(separator)
    return first if all(c == first for c in rest) else ""


def upgrade(conn):
    rows = conn.execute(
        "\n\tSELECT album.id, group_concat(media_file.comment, '"
        + _ZWSP
        + "') FROM album, media_file WHERE media_file.album_id = album.id GROUP BY album.id;\n\t   "
    ).fetchall()
    for album_id, comments in rows:
        if comments is None:
            continue
        try:
            conn.execute(
                "UPDATE album SET comment = ? WHERE id = ?", (_comment(comments, _ZWSP), album_id)
            )
        except sqlite3.DatabaseError:
            pass  # upstream: log.Error("Error setting album's comments", ...) and go on
