"""Anki ``rslib/src/storage/upgrades/mod.rs``, ``ver < 17``: ``upgrade_tags_to_schema17``
(``tag/mod.rs``) reads every tag, runs ``upgrades/schema17_upgrade.sql`` (the tags table
made again with ``collapsed`` and ``config``) and registers each tag again
(``tag/add.sql``, ``collapsed`` = not expanded: a tag read from schema 14 is not
expanded); then ``update col set ver = 17`` (Anki's bookkeeping, kept).

``COLLATE unicase``: Anki's collation, as in ``0002_schema14``.
"""

from edi_migrations.changes import Recompute

CHANGES = (
    # Anki's own bookkeeping: the schema version the collection is at
    Recompute("col", "ver", expression="17"),
)


def upgrade(conn):
    tags = conn.execute("select tag, usn from tags").fetchall()
    conn.executescript(
        r"""
DROP TABLE tags;
CREATE TABLE tags (
  tag text NOT NULL PRIMARY KEY COLLATE unicase,
  usn integer NOT NULL,
  collapsed boolean NOT NULL,
  config blob NULL
) without rowid;
"""
    )
    for tag, usn in tags:
        conn.execute(
            "INSERT OR REPLACE INTO tags (tag, usn, collapsed) VALUES (?, ?, ?)", (tag, usn, True)
        )
    conn.executescript("update col set ver = 17")

